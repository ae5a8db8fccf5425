import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { HttpError } from './HttpError.js';

/** Unknown API routes answer JSON, not an HTML page. */
export const apiNotFound: RequestHandler = (_req, res) => {
  res.status(404).json({ code: 'not_found', message: 'No such API route.' });
};

// Errors of express's body parser (their `type`), as the API names them.
const BODY_PARSER_ERRORS: Readonly<Record<string, { code: string; message: string }>> = {
  'entity.too.large': { code: 'payload_too_large', message: 'The request body is too large.' },
  'entity.parse.failed': { code: 'invalid_json', message: 'The request body is not valid JSON.' },
  'charset.unsupported': { code: 'unsupported_charset', message: 'Send the body as UTF-8.' },
  'encoding.unsupported': { code: 'unsupported_encoding', message: 'The body encoding is not supported.' },
};

/** Every error leaves as `{ code, message }` (plus `issues` for validation errors); stack traces stay in the log. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (error instanceof HttpError) {
      const { status, code, message, issues } = error;
      res.status(status).json(issues ? { code, message, issues } : { code, message });
      return;
    }
    const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
    if (status >= 500 || !Number.isInteger(status)) {
      log.error({ err: error }, 'request failed');
      res.status(500).json({ code: 'internal_error', message: 'Something went wrong on the server.' });
      return;
    }
    const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : 'bad_request';
    const known = BODY_PARSER_ERRORS[type];
    res
      .status(status)
      .json(known ?? { code: type.replaceAll('.', '_'), message: 'The request could not be processed.' });
  };
}
