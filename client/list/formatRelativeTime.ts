const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Whole calendar days from `then` to `now` in the local time zone (1 = yesterday, whatever the hour). */
function calendarDaysBetween(then: Date, now: Date): number {
  const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((startOfDay(now) - startOfDay(then)) / (24 * HOUR_MS));
}

/**
 * A past moment in words, e.g. "for 5 minutter siden", "i går", "for 3 uger siden" (Danish) or "5 minutes
 * ago", "yesterday" (English). Moments in the future (a skewed clock) read as "nu" / "now".
 */
export function formatRelativeTime(then: Date, now: Date, locale: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsedMs = Math.max(0, now.getTime() - then.getTime());
  if (elapsedMs < MINUTE_MS) return rtf.format(0, 'second');
  if (elapsedMs < HOUR_MS) return rtf.format(-Math.floor(elapsedMs / MINUTE_MS), 'minute');
  const days = calendarDaysBetween(then, now);
  if (days === 0) return rtf.format(-Math.floor(elapsedMs / HOUR_MS), 'hour');
  if (days < 7) return rtf.format(-days, 'day');
  if (days < 31) return rtf.format(-Math.floor(days / 7), 'week');
  const months = (now.getFullYear() - then.getFullYear()) * 12 + now.getMonth() - then.getMonth();
  if (months < 12) return rtf.format(-Math.max(1, months), 'month');
  return rtf.format(-Math.floor(months / 12), 'year');
}
