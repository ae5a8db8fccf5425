/** The download addresses of a playbook's exports (GET /api/playbooks/:id/export.{md,docx,pdf}). */
export function exportHrefs(playbookId: string): { markdown: string; word: string; pdf: string } {
  const base = `/api/playbooks/${encodeURIComponent(playbookId)}/export`;
  return { markdown: `${base}.md`, word: `${base}.docx`, pdf: `${base}.pdf` };
}
