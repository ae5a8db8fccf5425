import { createMapAccessor } from './createMapAccessor.js';
import { ruleBasisSchema, type RuleBasis } from './playbookFileSchema.js';

/** Typed access to the `ruleBasis` map: the rule regime (regelgrundlag) and its validity dates. */
export const ruleBasis = createMapAccessor<RuleBasis>('ruleBasis', ruleBasisSchema, {
  name: '',
  reference: '',
  // An unknown start date reads as the epoch, so a rule check treats the playbook as old, never as current.
  validFrom: '1970-01-01',
  validTo: null,
});
