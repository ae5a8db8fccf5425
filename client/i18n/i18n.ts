import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import * as z from 'zod/mini';
import { da, en } from './resources.js';

/** Languages the UI is translated into; Danish is the default and the source of every key. */
export type Language = 'da' | 'en';

const LANGUAGE_STORAGE_KEY = 'drejebog.language';
const storedLanguage = z.catch(z.enum(['da', 'en']), 'da');

function initialLanguage(): Language {
  try {
    return storedLanguage.parse(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    // reason: localStorage throws when storage is disabled; Danish is the right fallback then.
    return 'da';
  }
}

/** The app's configured i18next instance. Changing language is remembered and sets `<html lang>`. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'da',
  supportedLngs: ['da', 'en'],
  interpolation: { escapeValue: false }, // React escapes already.
  initAsync: false,
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // reason: without storage the choice simply lasts for this page view.
  }
});
