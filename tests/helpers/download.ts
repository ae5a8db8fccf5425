/** A downloaded file: status, headers and the raw bytes. */
export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
}

/** GET `path` with the given headers (a session cookie or `Authorization: Bearer …`), keeping the bytes. */
export async function download(httpUrl: string, path: string, headers: Record<string, string> = {}): Promise<Download> {
  const response = await fetch(`${httpUrl}${path}`, { headers });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}
