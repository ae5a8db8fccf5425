import { formatDateDa } from '../../shared/playbook/formatDateDa.js';
import type { ReadingLanguage } from './readingTexts.js';

/** An ISO date ('2026-07-01') as text in the page's language; other strings unchanged. */
export function formatDate(isoDate: string, language: ReadingLanguage): string {
  if (language === 'da') return formatDateDa(isoDate);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A moment (epoch ms) as a short date and time in Danish time, in the page's language. */
export function formatMoment(epochMs: number, language: ReadingLanguage): string {
  return new Date(epochMs).toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  });
}
