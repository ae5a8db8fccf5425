import type { Authorize, PresenceIdentity } from '../../server/collab/authorize.js';

/**
 * A test `Authorize` that reads the role (and, optionally, the identity) from the upgrade URL's query:
 * `?role=reader` connects read-only, anything else may write; `?name=…&org=…` makes the server vouch for
 * that name and organisation, and treats the name as the person's id. It stands in for sessions and tokens, which decide the same two things.
 */
export const roleFromQuery: Authorize = (request) => {
  const query = new URL(request.url ?? '/', 'http://test').searchParams;
  const name = query.get('name');
  const org = query.get('org');
  const identity: PresenceIdentity | undefined =
    name && (org === 'jobcenter' || org === 'akasse' || org === 'anden')
      ? { name, organisation: org, organisationName: `${org} test` }
      : undefined;
  return Promise.resolve({
    ok: true,
    principal: {
      kind: 'token',
      canWrite: query.get('role') !== 'reader',
      // The name stands in for a user id: the same name is the same person.
      subject: name,
      ...(identity ? { identity } : {}),
    },
  });
};
