/** A `YYYY-MM-DD` date in words for the UI language ("1. juli 2026", "1 July 2026"); the input if invalid. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}
