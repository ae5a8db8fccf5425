import type { LogbookEntry } from '../../shared/api/logbookApi.js';
import { formatDateDa } from '../../shared/playbook/formatDateDa.js';
import { sectionById } from '../../shared/playbook/sections.js';

/** An ISO date-time as a Danish day in Denmark's time zone ("22. november 2026"). */
function danishDay(iso: string): string {
  return formatDateDa(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(iso)));
}

/**
 * A person's own logbook in a course as a Markdown file they can keep (before leaving a course, for
 * example: their private entries are deleted then). Oldest first, as a diary reads; each entry says whether
 * it was private or shared, and where it was used. The entries' text is written as it was typed.
 */
export function logbookToMarkdown(courseTitle: string, entries: readonly LogbookEntry[], exportedAt: Date): string {
  const lines = [
    `# Min logbog – ${courseTitle}`,
    '',
    `_Hentet ${danishDay(exportedAt.toISOString())}. Kun dine egne indlæg; ingen andre kan læse dine private indlæg._`,
    '',
  ];
  if (entries.length === 0) lines.push('Logbogen er tom.', '');
  const oldestFirst = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const entry of oldestFirst) {
    const state = entry.sharedAt ? `delt med gruppen ${danishDay(entry.sharedAt)}` : 'privat';
    lines.push(`## ${danishDay(entry.createdAt)} (${state})`, '', entry.text.trim(), '');
    if (entry.usedIn.length > 0) {
      const sections = [...new Set(entry.usedIn.map((use) => sectionById(use.sectionId)))]
        .map((section) => `${section.number}. ${section.title.da}`)
        .join(', ');
      lines.push(`Brugt i drejebogen: ${sections}.`, '');
    }
  }
  return lines.join('\n');
}
