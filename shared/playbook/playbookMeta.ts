import { createMapAccessor } from './createMapAccessor.js';
import { metaSchema, type PlaybookMeta } from './playbookFileSchema.js';

/** The scalar metadata of a playbook; partners and the rule basis have their own accessors. */
export type PlaybookMetaFields = Omit<PlaybookMeta, 'partners' | 'ruleBasis'>;

/** Typed access to the `meta` map (title, status, version, area, dates …). */
export const playbookMeta = createMapAccessor<PlaybookMetaFields>('meta', metaSchema, {
  title: '',
  status: 'kladde',
  version: '',
  area: '',
  region: '',
  organiser: '',
  approvedBy: '',
  approvedOn: null,
  nextReviewOn: null,
});
