import 'i18next';
import type { da } from './resources.js';

// Danish is the source language: every `t('…')` key is checked against da.json at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof da };
  }
}
