/**
 * The download addresses of a playbook's exports (GET /api/playbooks/:id/export.{md,docx,pdf}): the current
 * text, or with `edition: 'approved'` the newest approved version.
 */
export function exportHrefs(
  playbookId: string,
  edition: 'current' | 'approved' = 'current',
): { markdown: string; word: string; pdf: string } {
  const base = `/api/playbooks/${encodeURIComponent(playbookId)}/export`;
  const query = edition === 'approved' ? '?version=approved' : '';
  return { markdown: `${base}.md${query}`, word: `${base}.docx${query}`, pdf: `${base}.pdf${query}` };
}
