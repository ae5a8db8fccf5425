import { createListAccessor } from './createListAccessor.js';
import { ifThenCardSchema, type IfThenCard } from './playbookFileSchema.js';

/** The "hvis … så" cards of section "special-situations". */
export const ifThenCards = createListAccessor<IfThenCard>('ifThenCards', ifThenCardSchema, {
  trigger: '',
  response: '',
  who: null,
  ruleNote: '',
});
