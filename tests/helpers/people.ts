import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import { apiCall, type ApiAnswer } from './apiCall.js';

/** The presence vocabulary tests speak in; each maps to an organisation kind. */
export type TestOrganisation = 'jobcenter' | 'akasse' | 'anden';

const ORGANISATIONS: Record<TestOrganisation, { name: string; kind: 'kommune' | 'akasse' | 'andet' }> = {
  jobcenter: { name: 'Testby Kommune, Jobcenter', kind: 'kommune' },
  akasse: { name: 'Test A-kasse', kind: 'akasse' },
  anden: { name: 'Testfacilitering', kind: 'andet' },
};

/** The first administrator of every test server: creates playbooks and invites the others. */
export const OWNER = {
  email: 'facilitator@test.example',
  displayName: 'Facilitator Test',
  password: 'en lang og god adgangskode',
  organisation: ORGANISATIONS.anden,
};

const PASSWORD = 'en anden lang adgangskode';

/** A signed-in person: the `Cookie` header value of their session, and who they are. */
export interface TestPerson {
  cookie: string;
  userId: string;
  displayName: string;
  organisationId: string;
}

const owners = new Map<string, Promise<TestPerson>>();
const people = new Map<string, Promise<TestPerson>>();
const organisations = new Map<string, Promise<string>>();

function sessionCookie(answer: ApiAnswer): string {
  const setCookie = answer.headers.get('set-cookie') ?? '';
  const match = /drejebog_session=([^;]+)/.exec(setCookie);
  if (!match) throw new Error(`no session cookie in the answer (${answer.status} ${answer.text})`);
  return `drejebog_session=${match[1]}`;
}

function person(answer: ApiAnswer): TestPerson {
  const body = answer.body as { user: { id: string; displayName: string; organisationId: string } };
  return {
    cookie: sessionCookie(answer),
    userId: body.user.id,
    displayName: body.user.displayName,
    organisationId: body.user.organisationId,
  };
}

async function signIn(httpUrl: string, email: string, password: string): Promise<TestPerson> {
  const answer = await apiCall(httpUrl, 'POST', '/api/auth/sign-in', { email, password });
  if (answer.status !== 200) throw new Error(`sign-in of ${email}: ${answer.status} ${answer.text}`);
  return person(answer);
}

/**
 * The server's first administrator, signed in: set up through `POST /api/auth/setup` the first time (a
 * fresh data folder), signed in on later calls (a restarted server keeps its accounts).
 */
export function owner(httpUrl: string): Promise<TestPerson> {
  let found = owners.get(httpUrl);
  if (!found) {
    found = (async () => {
      const setup = await apiCall(httpUrl, 'POST', '/api/auth/setup', {
        organisation: OWNER.organisation,
        administrator: { email: OWNER.email, displayName: OWNER.displayName, password: OWNER.password },
      });
      if (setup.status === 201) return person(setup);
      return signIn(httpUrl, OWNER.email, OWNER.password);
    })();
    owners.set(httpUrl, found);
    found.catch(() => owners.delete(httpUrl));
  }
  return found;
}

/** One API call as `who` (their session cookie; JSON body as in `apiCall`). */
export async function callAs(
  who: TestPerson,
  httpUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  const json: Record<string, string> = typeof body === 'object' ? { 'content-type': 'application/json' } : {};
  return apiCall(httpUrl, method, path, body, { ...json, ...headers, cookie: who.cookie });
}

/** One API call as the server's first administrator, who facilitates every playbook the tests create. */
export async function ownerCall(httpUrl: string, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  return callAs(await owner(httpUrl), httpUrl, method, path, body);
}

/** The id of the test organisation of that kind, created by the owner on first use. */
function organisationId(httpUrl: string, organisation: TestOrganisation): Promise<string> {
  const key = `${httpUrl}|${organisation}`;
  let found = organisations.get(key);
  if (!found) {
    found = (async () => {
      const list = await ownerCall(httpUrl, 'GET', '/api/organisations');
      const existing = (list.body as { organisations: Array<{ id: string; name: string }> }).organisations.find(
        (org) => org.name === ORGANISATIONS[organisation].name,
      );
      if (existing) return existing.id;
      const created = await ownerCall(httpUrl, 'POST', '/api/organisations', ORGANISATIONS[organisation]);
      if (created.status !== 201) throw new Error(`organisation: ${created.status} ${created.text}`);
      return (created.body as { id: string }).id;
    })();
    organisations.set(key, found);
  }
  return found;
}

/** An e-mail address made from a name, unique per name. */
function emailOf(displayName: string): string {
  const slug = displayName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${slug || 'person'}@test.example`;
}

/**
 * A signed-in person named `displayName` in the test organisation of that kind, created by the owner on
 * first use (the same name is the same person on one server).
 */
export function personNamed(
  httpUrl: string,
  displayName: string,
  organisation: TestOrganisation = 'jobcenter',
): Promise<TestPerson> {
  const key = `${httpUrl}|${displayName}`;
  let found = people.get(key);
  if (!found) {
    found = (async () => {
      const orgId = await organisationId(httpUrl, organisation);
      const email = emailOf(displayName);
      const created = await ownerCall(httpUrl, 'POST', `/api/organisations/${orgId}/users`, {
        email,
        displayName,
        password: PASSWORD,
      });
      if (created.status !== 201 && created.status !== 409) {
        throw new Error(`user ${displayName}: ${created.status} ${created.text}`);
      }
      return signIn(httpUrl, email, PASSWORD);
    })();
    people.set(key, found);
    found.catch(() => people.delete(key));
  }
  return found;
}

/**
 * Makes `who` a member of the playbook with `role`, the way people really join: the owner creates an
 * invitation and `who` accepts it.
 */
export async function addMember(
  httpUrl: string,
  playbookId: string,
  who: TestPerson,
  role: PlaybookRole = 'editor',
): Promise<void> {
  const invitation = await ownerCall(httpUrl, 'POST', `/api/playbooks/${playbookId}/invitations`, {
    role,
    organisation: { id: who.organisationId },
  });
  if (invitation.status !== 201) throw new Error(`invitation: ${invitation.status} ${invitation.text}`);
  const secret = (invitation.body as { path: string }).path.replace('/invite/', '');
  const accepted = await callAs(who, httpUrl, 'POST', `/api/invitations/${secret}/accept`);
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${accepted.text}`);
}
