import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { EMPTY_COURSE_ROOM, readCourseRoom, type CourseRoomState } from '../../shared/course/courseRoom.js';
import { courseRoomId } from '../../shared/course/courseRoomId.js';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { COLLAB_PATH_PREFIX } from '../../shared/protocol/roomName.js';
import { getWorkshopRoom, type TimedAnswer } from '../api/workshopRoomApi.js';

const SECOND_SAMPLE_MS = 3_000;

/** The connection to the room as the bar shows it; `stopped`: the server refused us for good. */
export type RoomConnection = 'connecting' | 'online' | 'offline' | 'stopped';

export interface CourseRoomSnapshot {
  state: CourseRoomState;
  connection: RoomConnection;
  /** How far the server's clock is ahead of this browser's, in ms: server time ≈ Date.now() + clockOffset. */
  clockOffset: number;
  /** The room's content arrived at least once (over the socket or HTTP). */
  loaded: boolean;
}

// Final refusals: no session, removed from the course, no such course. Anything else is worth a retry.
const FINAL_CLOSE_CODES: readonly number[] = [
  CloseCodes.unauthorized.code,
  CloseCodes.forbidden.code,
  CloseCodes.removed.code,
  CloseCodes.invalidRoom.code,
];

/**
 * One course's live workshop room, followed READ-ONLY: a Y.Doc kept in step with the server by a stock
 * y-websocket provider (the server refuses any write to it, and this class never makes one), plus the
 * clock offset estimated from the HTTP answers' `serverNow`. No copy is kept in the browser: what matters is
 * live, and the timer keeps counting from `endsAt` while offline.
 */
export class CourseRoomConnection {
  private readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private readonly listeners = new Set<() => void>();
  private snapshot: CourseRoomSnapshot = {
    state: EMPTY_COURSE_ROOM,
    connection: 'connecting',
    clockOffset: 0,
    loaded: false,
  };
  private connected = false;
  private synced = false;
  private lostConnection = false;
  private stopped = false;
  /** Round trip of the answer the offset came from: a quicker one gives a better estimate. */
  private offsetRoundTrip = Number.POSITIVE_INFINITY;
  private offsetAt = 0;
  private readonly aborter = new AbortController();
  private secondSample: number | undefined;

  constructor(readonly courseId: string) {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const serverUrl = `${scheme}://${window.location.host}${COLLAB_PATH_PREFIX.replace(/\/$/, '')}`;
    this.provider = new WebsocketProvider(serverUrl, courseRoomId(courseId), this.doc, {
      disableBc: true,
      shouldReconnect: (event) => !FINAL_CLOSE_CODES.includes(event.code),
    });
    this.provider.on('status', ({ status }) => {
      this.connected = status === 'connected';
      this.refresh();
    });
    this.provider.on('sync', (synced) => {
      this.synced = synced;
      if (synced) {
        this.fetchClock();
        // A page still loading answers late, which skews the estimate: ask once more when it has settled.
        window.clearTimeout(this.secondSample);
        this.secondSample = window.setTimeout(() => this.fetchClock(), SECOND_SAMPLE_MS);
      }
      this.refresh();
    });
    this.provider.on('connection-close', (event) => {
      this.connected = false;
      this.synced = false;
      this.lostConnection = true;
      if (event && FINAL_CLOSE_CODES.includes(event.code)) this.stopped = true;
      this.refresh();
    });
    this.doc.on('update', this.onUpdate);
    // Like the playbook's session: drop a dead socket at once when the browser goes offline, and reconnect
    // when it is back, so the bar says "offline" honestly (the timer counts on regardless).
    window.addEventListener('offline', this.goOffline);
    window.addEventListener('online', this.goOnline);
    this.fetchClock();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): CourseRoomSnapshot => this.snapshot;

  /** Takes a room answer into account: its state (until the socket says more) and the server's clock. */
  noteAnswer(answer: TimedAnswer): void {
    const roundTrip = answer.receivedAt - answer.sentAt;
    // The server answered somewhere between sending and receiving: assume half way.
    const offset = answer.serverNow - (answer.sentAt + answer.receivedAt) / 2;
    const stale = answer.receivedAt - this.offsetAt > 60_000;
    if (roundTrip <= this.offsetRoundTrip || stale) {
      this.offsetRoundTrip = roundTrip;
      this.offsetAt = answer.receivedAt;
      this.snapshot = { ...this.snapshot, clockOffset: offset };
    }
    this.snapshot = { ...this.snapshot, state: answer.state, loaded: true };
    this.emit();
  }

  destroy(): void {
    window.clearTimeout(this.secondSample);
    this.aborter.abort();
    this.listeners.clear();
    window.removeEventListener('offline', this.goOffline);
    window.removeEventListener('online', this.goOnline);
    this.doc.off('update', this.onUpdate);
    this.provider.destroy();
    this.doc.destroy();
  }

  private fetchClock(): void {
    getWorkshopRoom(this.courseId, this.aborter.signal).then(
      (answer) => this.noteAnswer(answer),
      () => {
        // Offline or refused: the socket's state says which; the last offset stays.
      },
    );
  }

  private readonly onUpdate = (): void => {
    this.snapshot = { ...this.snapshot, state: readCourseRoom(this.doc), loaded: true };
    this.emit();
  };

  private readonly goOffline = (): void => {
    if (!this.stopped) this.provider.disconnect();
  };

  private readonly goOnline = (): void => {
    if (!this.stopped && !this.provider.shouldConnect) this.provider.connect();
  };

  private refresh(): void {
    const connection: RoomConnection = this.stopped
      ? 'stopped'
      : this.connected && this.synced
        ? 'online'
        : this.lostConnection
          ? 'offline'
          : 'connecting';
    if (connection === this.snapshot.connection) return;
    this.snapshot = { ...this.snapshot, connection };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

const open = new Map<string, { connection: CourseRoomConnection; users: number; closing: number | null }>();
const registryListeners = new Set<() => void>();
// A page switch (or React's double mount in development) releases and acquires again at once: keep the
// socket a moment instead of closing and reopening it.
const CLOSE_DELAY_MS = 2_000;

const announce = () => registryListeners.forEach((listener) => listener());

/** The shared connection to a course's room; every `acquire` needs one `release`. */
export function acquireCourseRoom(courseId: string): CourseRoomConnection {
  let entry = open.get(courseId);
  const created = !entry;
  if (!entry) {
    entry = { connection: new CourseRoomConnection(courseId), users: 0, closing: null };
    open.set(courseId, entry);
  }
  if (entry.closing !== null) window.clearTimeout(entry.closing);
  entry.closing = null;
  entry.users += 1;
  if (created) announce();
  return entry.connection;
}

export function releaseCourseRoom(connection: CourseRoomConnection): void {
  const entry = open.get(connection.courseId);
  if (!entry || entry.connection !== connection) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  entry.closing = window.setTimeout(() => {
    open.delete(connection.courseId);
    connection.destroy();
    announce();
  }, CLOSE_DELAY_MS);
}

/** For `useSyncExternalStore`: the open connection of a course, if any. */
export function peekCourseRoom(courseId: string): CourseRoomConnection | null {
  return open.get(courseId)?.connection ?? null;
}

export function subscribeCourseRooms(listener: () => void): () => void {
  registryListeners.add(listener);
  return () => registryListeners.delete(listener);
}
