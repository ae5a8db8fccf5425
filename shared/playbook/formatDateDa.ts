const MONTHS_DA = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** An ISO date ('2026-07-01') as Danish text ('1. juli 2026'); other strings are returned unchanged. */
export function formatDateDa(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS_DA[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])}. ${month} ${match[1]}`;
}

/**
 * The inverse of `formatDateDa`: the first Danish date in `text` ("1. juli 2026") as an ISO date
 * ("2026-07-01"); null when there is none.
 */
export function parseDateDa(text: string): string | null {
  const match = /(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})/i.exec(text);
  const month = match ? MONTHS_DA.indexOf((match[2] ?? '').toLowerCase()) + 1 : 0;
  if (!match || month === 0) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}
