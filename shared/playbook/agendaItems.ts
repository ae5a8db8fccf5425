import { createListAccessor } from './createListAccessor.js';
import { agendaItemSchema, type AgendaItem } from './playbookFileSchema.js';

/** The agenda of the interview (section "agenda"): ordered items with lead and time box. */
export const agendaItems = createListAccessor<AgendaItem>('agenda', agendaItemSchema, {
  title: '',
  purpose: '',
  lead: 'faelles',
  minutes: null,
  mustCover: false,
  keyQuestions: [],
});
