import { createListAccessor } from './createListAccessor.js';
import { partnerSchema, type Partner } from './playbookFileSchema.js';

/** The partner organisations: the municipality/job centre, each a-kasse, and any other party. */
export const partners = createListAccessor<Partner>('partners', partnerSchema, {
  kind: 'akasse',
  name: '',
  branch: '',
});
