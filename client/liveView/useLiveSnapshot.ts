import { useEffect, useState } from 'react';
import { LIVE_SNAPSHOT_EVENT, liveSnapshotSchema, type LiveSnapshot } from '../../shared/api/liveViewApi.js';
import { liveSnapshotPath, liveStreamPath } from '../api/liveViewApi.js';

/** `connecting` until the first snapshot, `live` while it streams, `reconnecting` after a drop, `refused` for good. */
export type LiveConnection = 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface LiveState {
  snapshot: LiveSnapshot | null;
  connection: LiveConnection;
  /** Why the stream was refused: `forbidden` (not a facilitator), `notFound`, `signedOut`, or `other`. */
  refusal: 'forbidden' | 'notFound' | 'signedOut' | 'other' | null;
}

/**
 * The course's live snapshot, from the server's event stream. EventSource reconnects by itself after a
 * drop; when the server refuses the stream outright (an answer that is not a stream) it stops, and the
 * same snapshot as JSON tells us why.
 */
export function useLiveSnapshot(courseId: string): LiveState {
  const [state, setState] = useState<LiveState>({ snapshot: null, connection: 'connecting', refusal: null });

  useEffect(() => {
    const source = new EventSource(liveStreamPath(courseId));
    let stopped = false;
    source.addEventListener(LIVE_SNAPSHOT_EVENT, (event: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      const parsed = liveSnapshotSchema.safeParse(data);
      if (parsed.success) setState({ snapshot: parsed.data, connection: 'live', refusal: null });
    });
    source.addEventListener('error', () => {
      if (stopped) return;
      if (source.readyState === EventSource.CONNECTING) {
        setState((current) => ({ ...current, connection: 'reconnecting' }));
        return;
      }
      // Closed for good: the server answered something other than a stream. Ask once why.
      void fetch(liveSnapshotPath(courseId), { headers: { accept: 'application/json' } }).then(
        (response) => {
          if (stopped) return;
          const refusal =
            response.status === 403
              ? 'forbidden'
              : response.status === 404
                ? 'notFound'
                : response.status === 401
                  ? 'signedOut'
                  : 'other';
          setState((current) => ({ ...current, connection: 'refused', refusal }));
        },
        () => {
          if (!stopped) setState((current) => ({ ...current, connection: 'refused', refusal: 'other' }));
        },
      );
    });
    return () => {
      stopped = true;
      source.close();
    };
  }, [courseId]);

  return state;
}
