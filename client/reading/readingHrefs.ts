/** The server-rendered reading pages of a playbook, in the interface's language (`?lang=`). */
export function readingHrefs(playbookId: string, language: string) {
  const base = `/p/${encodeURIComponent(playbookId)}`;
  const lang = language === 'en' ? 'en' : 'da';
  return { reader: `${base}/laes?lang=${lang}`, card: `${base}/kort?lang=${lang}` };
}
