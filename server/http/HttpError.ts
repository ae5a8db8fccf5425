/**
 * An error meant for the API caller: it leaves as `status` + `{ code, message, issues? }` (see errorHandler).
 * `message` is plain English for developers; clients choose what to show by `code`.
 */
export class HttpError extends Error {
  override name = 'HttpError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Validation problems, each "path: message". */
    readonly issues?: string[],
  ) {
    super(message);
  }

  static notFound(what = 'No playbook has this id.'): HttpError {
    return new HttpError(404, 'not_found', what);
  }
}
