import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';

/** Unknown API routes answer JSON, not an HTML page. */
export const apiNotFound: RequestHandler = (_req, res) => {
  res.status(404).json({ code: 'not_found', message: 'No such API route.' });
};

/** Every error leaves as `{ code, message }`; stack traces stay in the log. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
    if (status >= 500 || !Number.isInteger(status)) {
      log.error({ err: error }, 'request failed');
      res.status(500).json({ code: 'internal_error', message: 'Something went wrong on the server.' });
      return;
    }
    const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : 'bad_request';
    res.status(status).json({ code: type.replaceAll('.', '_'), message: 'The request could not be processed.' });
  };
}
