import { apiCall, type ApiAnswer } from '../../helpers/apiCall.js';
import type { TestPerson } from '../../helpers/people.js';

/** GET a reading page as `who` (a person's cookie, a bearer token, or nobody), with extra headers. */
export function getPage(
  httpUrl: string,
  path: string,
  who: TestPerson | { token: string } | null,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  const credentials: Record<string, string> =
    who === null ? {} : 'token' in who ? { authorization: `Bearer ${who.token}` } : { cookie: who.cookie };
  return apiCall(httpUrl, 'GET', path, undefined, { ...credentials, ...headers });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };

/** What a person reads on the page: the text without tags, entities decoded, spaces collapsed. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_match, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many elements of the page are marked `data-testid="<testId>"`. */
export function countTestId(html: string, testId: string): number {
  return html.split(`data-testid="${testId}"`).length - 1;
}
