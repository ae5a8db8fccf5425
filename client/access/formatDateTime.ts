/** An ISO timestamp as a date in words for the UI language ("12. maj 2026", "12 May 2026"). */
export function formatDay(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long' }).format(date);
}
