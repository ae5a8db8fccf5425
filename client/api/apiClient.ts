import { z } from 'zod';
import { apiErrorSchema } from '../../shared/api/playbooksApi.js';
import { reportSessionEnded } from '../auth/sessionEnded.js';
import { ApiError, type ApiErrorMessageKey } from './ApiError.js';

/** How long a request may take before we give up and say so. */
export const API_TIMEOUT_MS = 15_000;

export interface ApiRequest<T> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Every answer is parsed with this schema from shared/api before the app sees it. */
  schema: z.ZodType<T>;
  /** Aborting rejects with the signal's reason (an AbortError), never with an ApiError. */
  signal?: AbortSignal;
  /** @default API_TIMEOUT_MS */
  timeoutMs?: number;
}

/**
 * Calls the app's HTTP API and returns the parsed answer. Every failure becomes an {@link ApiError}: no
 * answer (`network`, `timeout`), an error answer (`client` for 4xx, `server` for 5xx, with the server's code
 * when its body is a valid error), or an answer that does not match the schema (`invalidResponse`).
 */
export async function apiRequest<T>(path: string, request: ApiRequest<T>): Promise<T> {
  const { method = 'GET', body, schema, signal, timeoutMs = API_TIMEOUT_MS } = request;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: combined,
    });
  } catch (error: unknown) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) {
      throw new ApiError({
        kind: 'timeout',
        code: 'timeout',
        status: null,
        messageKey: 'list.apiError.timeout',
        cause: error,
      });
    }
    throw new ApiError({
      kind: 'network',
      code: 'network_error',
      status: null,
      messageKey: 'list.apiError.network',
      cause: error,
    });
  }
  const payload = await readJson(response, signal);
  // Outside /api/auth/, a 401 means the session we had is gone: the app returns to the sign-in page.
  if (response.status === 401 && !path.startsWith(AUTH_PATH_PREFIX)) reportSessionEnded();
  if (!response.ok) throw errorFromAnswer(response.status, payload, retryAfter(response));
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalidResponse',
      code: 'invalid_response',
      status: response.status,
      messageKey: 'list.apiError.invalidResponse',
      detail: parsed.error.message,
    });
  }
  return parsed.data;
}

const NO_BODY = Symbol('no JSON body');

async function readJson(response: Response, signal: AbortSignal | undefined): Promise<unknown> {
  if (response.status === 204) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    if (signal?.aborted) throw signal.reason;
    // reason: an HTML error page from a proxy, or a body cut off mid-way; the status still says what happened.
    return NO_BODY;
  }
}

const AUTH_PATH_PREFIX = '/api/auth/';

// Some errors carry more than the common fields (`retryAfterSeconds` of a 429): still an error body.
const errorBodySchema = z.object(apiErrorSchema.shape);

/** The seconds of a `Retry-After: <seconds>` header, or null without one. */
function retryAfter(response: Response): number | null {
  const seconds = Number(response.headers.get('retry-after') ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

function errorFromAnswer(status: number, payload: unknown, retryAfterSeconds: number | null): ApiError {
  const parsed = errorBodySchema.safeParse(payload);
  const fromServer = parsed.success
    ? { code: parsed.data.code, issues: parsed.data.issues ?? [], detail: parsed.data.message, retryAfterSeconds }
    : { code: `http_${status}`, retryAfterSeconds };
  if (status >= 500) return new ApiError({ kind: 'server', status, messageKey: 'list.apiError.server', ...fromServer });
  if (status >= 400) {
    return new ApiError({ kind: 'client', status, messageKey: clientErrorMessageKey(status), ...fromServer });
  }
  // reason: a 1xx/3xx reaching fetch's caller means the server answered something we never asked for.
  return new ApiError({
    kind: 'invalidResponse',
    code: 'invalid_response',
    status,
    messageKey: 'list.apiError.invalidResponse',
  });
}

function clientErrorMessageKey(status: number): ApiErrorMessageKey {
  switch (status) {
    case 400:
    case 422:
      return 'list.apiError.invalidRequest';
    case 401:
    case 403:
      return 'list.apiError.forbidden';
    case 404:
    case 410:
      return 'list.apiError.notFound';
    case 409:
      return 'list.apiError.conflict';
    case 429:
      return 'list.apiError.rateLimited';
    default:
      return 'list.apiError.client';
  }
}
