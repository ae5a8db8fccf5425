import type { Request } from 'express';
import type { ReadingLanguage } from './readingTexts.js';

/**
 * The language of a reading page: English with `?lang=en`, else Danish. Like the app, which is Danish
 * unless the person chose English (a choice kept in the browser's localStorage, where the server cannot
 * see it), the browser's own language settings are not consulted; the app's links pass `?lang=`.
 */
export function pickLanguage(req: Request): ReadingLanguage {
  return req.query.lang === 'en' ? 'en' : 'da';
}
