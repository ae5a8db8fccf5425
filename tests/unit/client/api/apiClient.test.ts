import { afterEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../../client/api/ApiError.js';
import { apiRequest } from '../../../../client/api/apiClient.js';
import { archivePlaybook, listPlaybooks } from '../../../../client/api/playbooksApi.js';
import { da, en } from '../../../../client/i18n/resources.js';

const okSchema = z.strictObject({ ok: z.literal(true) });

function answer(status: number, body: unknown, contentType = 'application/json'): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(status === 204 ? null : text, { status, headers: { 'content-type': contentType } });
}

function stubFetch(impl: (input: RequestInfo | URL, init?: RequestInit) => Response | Promise<Response>) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(impl(input, init)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/** The URL of the n-th fetch call. */
function calledUrl(fetchMock: ReturnType<typeof stubFetch>, n = 0): URL {
  const input = fetchMock.mock.calls[n]?.[0];
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : (input?.url ?? '');
  return new URL(href, 'http://localhost');
}

/** Looks a dotted key up in a translation tree. */
function lookup(tree: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('apiRequest', () => {
  test('returns the answer parsed by the schema', async () => {
    stubFetch(() => answer(200, { ok: true }));
    await expect(apiRequest('/api/x', { schema: okSchema })).resolves.toEqual({ ok: true });
  });

  test('sends a body as JSON with its content type', async () => {
    const fetchMock = stubFetch(() => answer(200, { ok: true }));
    await apiRequest('/api/x', { method: 'POST', body: { title: 'Kystø' }, schema: okSchema });
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"title":"Kystø"}');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  test('an answer that does not match the schema is an invalidResponse error, never passed on', async () => {
    stubFetch(() => answer(200, { ok: 'yes' }));
    const error = await failure(apiRequest('/api/x', { schema: okSchema }));
    expect(error).toMatchObject({ kind: 'invalidResponse', code: 'invalid_response', status: 200 });
    expect(error.messageKey).toBe('list.apiError.invalidResponse');
  });

  test('a 2xx body that is not JSON is an invalidResponse error', async () => {
    stubFetch(() => answer(200, '<html>proxy</html>', 'text/html'));
    expect(await failure(apiRequest('/api/x', { schema: okSchema }))).toMatchObject({ kind: 'invalidResponse' });
  });

  test('a failed fetch (no connection) is a network error', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(apiRequest('/api/x', { schema: okSchema }));
    expect(error).toMatchObject({ kind: 'network', code: 'network_error', status: null });
    expect(error.messageKey).toBe('list.apiError.network');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  test('a request that takes too long is a timeout error', async () => {
    stubFetch(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('This operation was aborted', 'AbortError')),
          );
        }),
    );
    const error = await failure(apiRequest('/api/x', { schema: okSchema, timeoutMs: 20 }));
    expect(error).toMatchObject({ kind: 'timeout', code: 'timeout', messageKey: 'list.apiError.timeout' });
  });

  test("the caller's abort rejects with the abort reason, not an ApiError", async () => {
    stubFetch(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('This operation was aborted', 'AbortError')),
          );
        }),
    );
    const controller = new AbortController();
    const pending = apiRequest('/api/x', { schema: okSchema, signal: controller.signal });
    controller.abort();
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  test.each([
    [400, 'invalid_request', 'list.apiError.invalidRequest'],
    [401, 'unauthorized', 'list.apiError.forbidden'],
    [403, 'forbidden', 'list.apiError.forbidden'],
    [404, 'not_found', 'list.apiError.notFound'],
    [409, 'conflict', 'list.apiError.conflict'],
    [413, 'payload_too_large', 'list.apiError.client'],
    [422, 'unprocessable', 'list.apiError.invalidRequest'],
    [429, 'rate_limited', 'list.apiError.rateLimited'],
  ] as const)('a %i answer is a client error with the server code and a plain message', async (status, code, key) => {
    stubFetch(() => answer(status, { code, message: 'technical text' }));
    const error = await failure(apiRequest('/api/x', { schema: okSchema }));
    expect(error).toMatchObject({ kind: 'client', code, status, messageKey: key });
    expect(error.message).toBe('technical text');
  });

  test.each([500, 502, 503])('a %i answer is a server error', async (status) => {
    stubFetch(() => answer(status, { code: 'internal_error', message: 'Internal error' }));
    const error = await failure(apiRequest('/api/x', { schema: okSchema }));
    expect(error).toMatchObject({ kind: 'server', code: 'internal_error', status, messageKey: 'list.apiError.server' });
  });

  test('keeps the validation issues of a 400', async () => {
    stubFetch(() => answer(400, { code: 'invalid_request', message: 'Invalid request', issues: ['title: Too small'] }));
    expect((await failure(apiRequest('/api/x', { schema: okSchema }))).issues).toEqual(['title: Too small']);
  });

  test('an error answer without a valid error body still maps by status, with an http_<status> code', async () => {
    stubFetch(() => answer(502, '<html>Bad gateway</html>', 'text/html'));
    expect(await failure(apiRequest('/api/x', { schema: okSchema }))).toMatchObject({
      kind: 'server',
      code: 'http_502',
      messageKey: 'list.apiError.server',
    });
    stubFetch(() => answer(404, { error: 'nope' }));
    expect(await failure(apiRequest('/api/x', { schema: okSchema }))).toMatchObject({
      kind: 'client',
      code: 'http_404',
      messageKey: 'list.apiError.notFound',
    });
  });

  test('every message key exists in Danish and English, in plain words', () => {
    const keys = [
      'network',
      'timeout',
      'invalidRequest',
      'forbidden',
      'notFound',
      'conflict',
      'rateLimited',
      'client',
      'server',
      'invalidResponse',
    ].map((k) => `list.apiError.${k}`);
    for (const key of keys) {
      for (const tree of [da, en]) {
        const text = lookup(tree, key);
        expect(typeof text, key).toBe('string');
        expect(String(text), key).not.toMatch(/\b(4\d\d|5\d\d|HTTP|JSON|fetch)\b/);
      }
    }
  });
});

describe('playbooksApi', () => {
  const summary = {
    id: 'drejebog-abc',
    title: 'Fællessamtaler på Klippeø',
    status: 'kladde',
    area: 'Klippeø',
    templateId: 'standard',
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-02T10:00:00.000Z',
    archivedAt: null,
    role: 'facilitator' as const,
  };

  test('listPlaybooks sends the trimmed search and the archive filter as query parameters', async () => {
    const fetchMock = stubFetch(() => answer(200, { playbooks: [summary] }));
    await expect(listPlaybooks({ q: ' klippeø ', archived: 'include' })).resolves.toEqual([summary]);
    const url = calledUrl(fetchMock);
    expect(url.pathname).toBe('/api/playbooks');
    expect(url.searchParams.get('q')).toBe('klippeø');
    expect(url.searchParams.get('archived')).toBe('include');
  });

  test('listPlaybooks leaves out an empty search', async () => {
    const fetchMock = stubFetch(() => answer(200, { playbooks: [] }));
    await listPlaybooks({ q: '  ', archived: 'exclude' });
    expect(calledUrl(fetchMock).searchParams.has('q')).toBe(false);
  });

  test('a playbook row with an unknown status is refused', async () => {
    stubFetch(() => answer(200, { playbooks: [{ ...summary, status: 'udkast' }] }));
    expect(await failure(listPlaybooks({ q: '', archived: 'exclude' }))).toMatchObject({ kind: 'invalidResponse' });
  });

  test('archivePlaybook posts to the escaped id and returns the archived summary', async () => {
    const archived = { ...summary, archivedAt: '2026-05-03T10:00:00.000Z' };
    const fetchMock = stubFetch(() => answer(200, archived));
    await expect(archivePlaybook('drejebog-abc')).resolves.toEqual(archived);
    expect(calledUrl(fetchMock).pathname).toBe('/api/playbooks/drejebog-abc/archive');
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('POST');
  });
});
