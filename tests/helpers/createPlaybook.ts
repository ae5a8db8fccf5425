import { playbookSummarySchema, type PlaybookSummary } from '../../shared/api/playbooksApi.js';
import { owner } from './people.js';

/**
 * Creates a playbook through `POST /api/playbooks` on the server at `httpUrl` (blank unless a template is
 * given), as the server's first administrator (who becomes its facilitator), and returns its summary;
 * throws with the answer when the server refuses.
 */
export async function createPlaybook(
  httpUrl: string,
  body: { title?: string; templateId?: string | null } = {},
): Promise<PlaybookSummary> {
  const response = await fetch(`${httpUrl}/api/playbooks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: (await owner(httpUrl)).cookie },
    body: JSON.stringify({ title: 'Testdrejebog', templateId: null, ...body }),
  });
  const answer: unknown = await response.json();
  if (response.status !== 201) throw new Error(`POST /api/playbooks: ${response.status} ${JSON.stringify(answer)}`);
  return playbookSummarySchema.parse(answer);
}
