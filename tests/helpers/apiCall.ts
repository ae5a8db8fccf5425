export interface ApiAnswer {
  status: number;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: unknown;
  text: string;
  headers: Headers;
}

/**
 * One HTTP request to the API. An object body is sent as JSON; a string body is sent as it is, with the
 * headers given (to send malformed JSON or a wrong content type).
 */
export async function apiCall(
  httpUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = typeof body === 'object' ? { 'content-type': 'application/json' } : {},
): Promise<ApiAnswer> {
  const response = await fetch(`${httpUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}
