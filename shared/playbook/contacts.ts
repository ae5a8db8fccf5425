import { createListAccessor } from './createListAccessor.js';
import { contactSchema, type Contact } from './playbookFileSchema.js';

/** Functional contacts per partner (section "practicalities"). */
export const contacts = createListAccessor<Contact>('contacts', contactSchema, {
  partnerId: null,
  role: '',
  phone: '',
  email: '',
  note: '',
});
