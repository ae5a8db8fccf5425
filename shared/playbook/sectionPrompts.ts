import type { SectionId } from './sectionIds.js';

/**
 * Facilitator prompts ("Spørgsmål til drøftelse", the dialogue boxes of the KL/AK-Samvirke template) per
 * section, Danish and English. They live here, not in each document, so every playbook gets corrections
 * and the English UI can show them; a document only stores whether they are shown (`promptsVisible`).
 */
export const SECTION_PROMPTS: Record<SectionId, { da: readonly string[]; en: readonly string[] }> = {
  cover: {
    da: [
      'Hvem ejer drejebogen, og hvem skal godkende den?',
      'Hvornår skal vi kigge på den igen?',
      'Hvilke regler bygger den på, og hvornår ændrer de sig?',
    ],
    en: [
      'Who owns the playbook, and who must approve it?',
      'When do we look at it again?',
      'Which rules is it based on, and when do they change?',
    ],
  },
  purpose: {
    da: [
      'Hvad er en god fællessamtale set fra borgerens stol?',
      'Hvad skal borgeren kunne sige bagefter?',
      'Hvad kan vi to sammen, som ingen af os kan alene?',
      'Hvilke ord bruger vi forskelligt i jobcenter og a-kasse?',
    ],
    en: [
      "What is a good joint interview from the citizen's chair?",
      'What should the citizen be able to say afterwards?',
      'What can the two of us do together that neither can do alone?',
      'Which words do we use differently in the job centre and the a-kasse?',
    ],
  },
  'target-group': {
    da: [
      'Hvilke borgere møder vi oftest?',
      'Hvornår på året er det svært/let at finde job her?',
      'Hvad betyder sæsonen for, hvad vi siger om rådighed og jobsøgning?',
    ],
    en: [
      'Which citizens do we meet most often?',
      'When in the year is it hard or easy to find work here?',
      'What does the season mean for what we say about availability and job search?',
    ],
  },
  'interview-types': {
    da: [
      'Hvilke fællessamtaler holder vi, og hvornår?',
      'Hvornår er fysisk fremmøde vigtigt, og hvornår er video godt nok?',
      'Hvem sender indkaldelsen, og hvordan får a-kassen besked?',
    ],
    en: [
      'Which joint interviews do we hold, and when?',
      'When does meeting in person matter, and when is video good enough?',
      'Who sends the invitation, and how does the a-kasse hear about it?',
    ],
  },
  before: {
    da: [
      'Hvad skal a-kassen vide fra jobcentret før samtalen, og omvendt?',
      'Hvordan deler vi det lovligt og sikkert?',
      'Hvad skal borgeren have gjort inden?',
      'Hvordan undgår vi at borgeren skal fortælle det samme to gange?',
    ],
    en: [
      'What does the a-kasse need to know from the job centre before the interview, and the other way round?',
      'How do we share it lawfully and securely?',
      'What should the citizen have done beforehand?',
      'How do we spare the citizen from telling the same story twice?',
    ],
  },
  agenda: {
    da: [
      'Hvad skal borgeren have ud af hvert punkt?',
      'Hvem leder punktet?',
      'Hvad må aldrig glemmes?',
      'Hvordan lader vi borgeren sætte dagsordenen først?',
      'Hvor går tiden typisk tabt?',
    ],
    en: [
      'What should the citizen get out of each item?',
      'Who leads the item?',
      'What must never be forgotten?',
      'How do we let the citizen set the agenda first?',
      'Where is time usually lost?',
    ],
  },
  roles: {
    da: [
      'Hvem åbner og hvem lukker samtalen?',
      'Hvad gør vi, hvis vi er uenige foran borgeren?',
      'Hvad er a-kassens særlige bidrag, og hvad er jobcentrets?',
    ],
    en: [
      'Who opens and who closes the interview?',
      'What do we do if we disagree in front of the citizen?',
      "What is the a-kasse's particular contribution, and what is the job centre's?",
    ],
  },
  rights: {
    da: [
      'Hvordan spørger vi, om borgeren ønsker a-kassen med?',
      'Hvad siger vi, hvis borgeren har en bisidder med?',
      'Hvordan sikrer vi, at borgeren forstår aftalerne?',
    ],
    en: [
      'How do we ask whether the citizen wants the a-kasse to take part?',
      'What do we say if the citizen brings a companion?',
      'How do we make sure the citizen understands what was agreed?',
    ],
  },
  after: {
    da: ['Hvem skriver hvad, hvor, og hvornår?', 'Hvordan ved den anden part, hvad der blev aftalt?'],
    en: ['Who writes what, where, and when?', 'How does the other party know what was agreed?'],
  },
  'special-situations': {
    da: ['Hvad sker der oftest, som vi ikke har en aftale om?', 'Hvad gjorde I sidst, og virkede det?'],
    en: ['What happens most often that we have no agreement about?', 'What did you do last time, and did it work?'],
  },
  practicalities: {
    da: ['Hvem ringer vi til, når noget går galt i dag?', 'Hvor langt er der for a-kassens vejleder?'],
    en: ['Whom do we call when something goes wrong today?', "How far does the a-kasse's adviser have to travel?"],
  },
  goals: {
    da: ['Hvordan ved vi om et halvt år, at det virker?', 'Hvilke tal har vi faktisk adgang til?'],
    en: ['How will we know in six months that it works?', 'Which figures do we actually have access to?'],
  },
  'learning-log': {
    da: [
      'Hvad har vi ændret siden sidst, og hvorfor?',
      'Hvilken aktion eller observation førte til ændringen?',
      'Hvilke spørgsmål står stadig åbne?',
    ],
    en: [
      'What have we changed since last time, and why?',
      'Which action or observation led to the change?',
      'Which questions are still open?',
    ],
  },
};
