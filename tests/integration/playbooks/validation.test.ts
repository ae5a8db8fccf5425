import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, playbookListResponseSchema } from '../../../shared/api/playbooksApi.js';
import type { ApiAnswer } from '../../helpers/apiCall.js';
import { callAs, owner, ownerCall } from '../../helpers/people.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

const JSON_HEADERS = { 'content-type': 'application/json' };

/** A refusal: the status, the error shape of the contract, and nothing from inside the server. */
function expectError(answer: ApiAnswer, status: number, code: string, issues?: RegExp[]): void {
  expect(answer.status, answer.text).toBe(status);
  const error = apiErrorSchema.parse(answer.body);
  expect(error.code).toBe(code);
  if (issues) {
    expect(error.issues).toHaveLength(issues.length);
    issues.forEach((pattern, index) => expect(error.issues?.[index]).toMatch(pattern));
  }
  expect(answer.text).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|SyntaxError/);
}

describe('requests the playbook API refuses', () => {
  let server: TestServer;
  let existingId = '';

  beforeAll(async () => {
    server = await startPlaybookServer();
    existingId = (await createPlaybook(server.httpUrl, { title: 'Findes' })).id;
  });
  afterAll(() => server.stop());

  const post = async (body: unknown, headers?: Record<string, string>) =>
    callAs(await owner(server.httpUrl), server.httpUrl, 'POST', '/api/playbooks', body, headers);

  it.each<[string, unknown, RegExp[]]>([
    ['a number as title', { title: 42 }, [/^title: .*expected string/]],
    ['no title', { templateId: 'standard' }, [/^title: /]],
    ['an empty title', { title: '' }, [/^title: /]],
    ['a title of spaces only', { title: '    ' }, [/^title: /]],
    ['a title over 200 characters', { title: 'å'.repeat(201) }, [/^title: .*200/]],
    ['a CPR number in the title', { title: 'Borger 010203-1234' }, [/^title: .*CPR/]],
    ['a number as template id', { title: 'X', templateId: 7 }, [/^templateId: /]],
    ['an unknown field', { title: 'X', owner: 'Anna' }, [/owner/]],
    ['an array instead of an object', [{ title: 'X' }], [/^\(request\): /]],
    ['two problems at once', { title: 1, templateId: 2 }, [/^title: /, /^templateId: /]],
  ])('refuses a new playbook with %s: 400 invalid_request with issues', async (_label, body, issues) => {
    expectError(await post(body), 400, 'invalid_request', issues);
  });

  it('refuses an unknown template: 400 unknown_template naming the field', async () => {
    expectError(await post({ title: 'X', templateId: 'findes-ikke' }), 400, 'unknown_template', [/^templateId: /]);
  });

  it('refuses malformed JSON with 400 invalid_json', async () => {
    expectError(await post('{"title": "X"', JSON_HEADERS), 400, 'invalid_json');
    expectError(await post('"just a string"', JSON_HEADERS), 400, 'invalid_json');
  });

  it('refuses a body that is not JSON, or has no content type, with 400 invalid_content_type', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expectError(await post('title=X', form), 400, 'invalid_content_type');
    expectError(await post('{"title":"X"}', { 'content-type': 'text/plain' }), 400, 'invalid_content_type');
    expectError(await post(undefined, {}), 400, 'invalid_content_type');
  });

  it('refuses a body over 64 kB with 413 payload_too_large, and the server keeps answering', async () => {
    expectError(await post({ title: 'x'.repeat(70 * 1024) }), 413, 'payload_too_large');
    expect((await post({ title: 'Efter den store' })).status).toBe(201);
  });

  it('creates nothing when refusing', async () => {
    await post({ title: 'Borger 010203-1234' });
    await post({ title: 'X', templateId: 'findes-ikke' });
    const list = playbookListResponseSchema.parse((await ownerCall(server.httpUrl, 'GET', '/api/playbooks')).body);
    expect(list.playbooks.map((p) => p.title)).not.toContain('X');
    expect(list.playbooks.some((p) => p.title.includes('010203'))).toBe(false);
  });

  it('refuses a rename with a bad title like a new playbook', async () => {
    const patch = async (body: unknown, headers?: Record<string, string>) =>
      callAs(await owner(server.httpUrl), server.httpUrl, 'PATCH', `/api/playbooks/${existingId}`, body, headers);
    expectError(await patch({ title: '' }), 400, 'invalid_request', [/^title: /]);
    expectError(await patch({ title: 'x'.repeat(201) }), 400, 'invalid_request', [/^title: /]);
    expectError(await patch({ title: 'Ny', status: 'godkendt' }), 400, 'invalid_request', [/status/]);
    expectError(await patch('{', JSON_HEADERS), 400, 'invalid_json');
    expect((await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${existingId}`)).body).toMatchObject({
      title: 'Findes',
    });
  });

  describe('unknown or invalid ids answer 404 not_found', () => {
    const ids = ['drejebog-findesikke', 'x'.repeat(65), 'punktum.i.id', '%C3%B8'];
    it.each(ids)('%s', async (id) => {
      expectError(await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${id}`), 404, 'not_found');
      expectError(await ownerCall(server.httpUrl, 'PATCH', `/api/playbooks/${id}`, { title: 'Ny' }), 404, 'not_found');
      expectError(await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${id}/archive`), 404, 'not_found');
      expectError(await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${id}/restore`), 404, 'not_found');
    });
  });

  it('answers unknown API routes and methods with 404 not_found', async () => {
    expectError(await ownerCall(server.httpUrl, 'DELETE', `/api/playbooks/${existingId}`), 404, 'not_found');
    expectError(await ownerCall(server.httpUrl, 'GET', '/api/skabeloner'), 404, 'not_found');
  });
});
