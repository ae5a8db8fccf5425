import type { Request } from 'express';
import type { ReadingLanguage } from './readingTexts.js';

/**
 * The language of a reading page: `?lang=da|en` when given (the app's links pass the reader's choice, which
 * lives in the browser's localStorage where the server cannot see it), else English when the browser's
 * first preferred language is English, else Danish.
 */
export function pickLanguage(req: Request): ReadingLanguage {
  const asked = req.query.lang;
  if (asked === 'en' || asked === 'da') return asked;
  const first = (req.headers['accept-language'] ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first === 'en' || first.startsWith('en-') ? 'en' : 'da';
}
