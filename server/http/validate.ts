import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { HttpError } from './HttpError.js';

/** At most this many problems are listed in a 400; the first ones are usually the ones to fix. */
const MAX_LISTED_ISSUES = 10;

interface Schemas {
  query?: z.ZodType;
  body?: z.ZodType;
}

/** What the handler receives: each validated part, typed by its schema. */
export type Validated<S extends Schemas> = {
  [K in keyof S]: S[K] extends z.ZodType ? z.output<S[K]> : never;
};

/**
 * Parses the query and JSON body of a request with shared zod schemas before `handle` sees them; the first
 * problems answer `400 { code: 'invalid_request', message, issues: ['path: message'] }`. A route with a body
 * schema also requires `Content-Type: application/json` (else `400 invalid_content_type`), so a form post
 * is never mistaken for an empty body. Rejections of `handle` go to the error handler (Express 5).
 */
export function validate<S extends Schemas>(
  schemas: S,
  handle: (input: Validated<S>, req: Request, res: Response) => Promise<void> | void,
): RequestHandler {
  return async (req, res) => {
    const input: Record<string, unknown> = {};
    if (schemas.body && !req.is('application/json')) {
      throw new HttpError(400, 'invalid_content_type', 'Send the body as JSON with Content-Type: application/json.');
    }
    for (const part of ['query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const parsed = schema.safeParse(req[part] ?? {});
      if (!parsed.success) throw invalidRequest(parsed.error);
      input[part] = parsed.data;
    }
    // reason: every key of `Validated<S>` was filled from its own schema in the loop above.
    await handle(input as Validated<S>, req, res);
  };
}

/** A zod error as the API's 400 answer. */
export function invalidRequest(error: z.ZodError): HttpError {
  const issues = error.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(request)';
    return `${where}: ${issue.message}`;
  });
  return new HttpError(400, 'invalid_request', 'The request is not valid; see issues.', issues);
}
