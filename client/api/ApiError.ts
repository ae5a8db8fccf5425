/** How a request failed, from the user's point of view. */
export type ApiErrorKind = 'network' | 'timeout' | 'client' | 'server' | 'invalidResponse';

/** Translation keys of the plain-language message for each failure; see client/i18n/da.list.json. */
export type ApiErrorMessageKey =
  | 'list.apiError.network'
  | 'list.apiError.timeout'
  | 'list.apiError.invalidRequest'
  | 'list.apiError.forbidden'
  | 'list.apiError.notFound'
  | 'list.apiError.conflict'
  | 'list.apiError.rateLimited'
  | 'list.apiError.client'
  | 'list.apiError.server'
  | 'list.apiError.invalidResponse';

export interface ApiErrorFields {
  kind: ApiErrorKind;
  /**
   * The server's error code (`not_found`, `invalid_request`, …), or ours for failures without one:
   * `network_error`, `timeout`, `invalid_response`, `unexpected`, `http_<status>`.
   */
  code: string;
  /** The HTTP status, or null when no answer arrived. */
  status: number | null;
  /** The text to show, as a translation key. */
  messageKey: ApiErrorMessageKey;
  /** Validation problems ("path: message") the server listed for a 400. */
  issues?: readonly string[];
  /** The server's own (English, technical) message: for logs and debugging, not for users. */
  detail?: string;
  /** How long the server asked us to wait (its `Retry-After` header, in seconds), when it said. */
  retryAfterSeconds?: number | null;
  cause?: unknown;
}

/** A failed API request, as data the UI can switch on and explain. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly code: string;
  readonly status: number | null;
  readonly messageKey: ApiErrorMessageKey;
  readonly issues: readonly string[];
  readonly retryAfterSeconds: number | null;

  constructor({
    kind,
    code,
    status,
    messageKey,
    issues = [],
    detail,
    retryAfterSeconds = null,
    cause,
  }: ApiErrorFields) {
    super(detail ?? code, { cause });
    this.kind = kind;
    this.code = code;
    this.status = status;
    this.messageKey = messageKey;
    this.issues = issues;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Any rejection as an ApiError; a non-API failure (a bug) becomes `invalidResponse` so the UI can still explain. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    kind: 'invalidResponse',
    code: 'unexpected',
    status: null,
    messageKey: 'list.apiError.invalidResponse',
    detail: String(error),
    cause: error,
  });
}
