import WebSocket from 'ws';

/**
 * Opens a websocket to `collabUrl/<room>` with the given headers (a session cookie, an origin) and resolves
 * with the close code once the server closes it; `null` when it is still open after `openForMs` (the
 * server admitted it), and then the socket is closed by the test.
 */
export function closeCodeOf(
  collabUrl: string,
  room: string,
  headers: Record<string, string> = {},
  openForMs = 1_500,
): Promise<number | null> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${collabUrl}/${room}`, { headers });
    ws.on('error', () => {
      // A refused upgrade reports an error and then a close (1006); the close settles the promise.
    });
    const timer = setTimeout(() => {
      ws.close();
      resolve(null);
    }, openForMs);
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
