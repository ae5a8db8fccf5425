import { createListAccessor } from './createListAccessor.js';
import { checklistItemSchema, type ChecklistItem } from './playbookFileSchema.js';

/**
 * Checklist items of all sections that have a checklist ("before", "rights", "after"), in one flat list:
 * each item names its section and group, so adding an item never has to create a nested container.
 */
export const checklistItems = createListAccessor<ChecklistItem>('checklistItems', checklistItemSchema, {
  sectionId: 'before',
  group: '',
  text: '',
  who: null,
});
