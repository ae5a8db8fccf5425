import type { Response } from 'express';
import { roleAtLeast } from '../../shared/access/playbookRole.js';
import { LIVE_SNAPSHOT_EVENT, type LiveSnapshot } from '../../shared/api/liveViewApi.js';
import type { AccessService, Caller } from '../access/AccessService.js';
import type { CourseStore } from '../courses/CourseStore.js';
import type { Logger } from '../logger.js';
import type { LiveViewService } from './LiveViewService.js';

/** At most one snapshot per course this often: a typing group would otherwise send one per keystroke. */
export const LIVE_MIN_INTERVAL_MS = 500;
/** Changes arriving together (a paste, several people) become one snapshot. */
const LIVE_COALESCE_MS = 50;
/**
 * A comment line this often keeps proxies from closing an idle stream; the snapshot is computed again too,
 * so what no room reports (a new group, a new day making cards overdue) still arrives.
 */
export const LIVE_HEARTBEAT_MS = 20_000;

interface Subscriber {
  res: Response;
  caller: Caller;
}

interface Watched {
  courseId: string;
  subscribers: Set<Subscriber>;
  /** The course's playbooks, as of the last snapshot. */
  playbooks: Set<string>;
  lastSentAt: number;
  /** The last snapshot sent, without its time, to skip heartbeats that change nothing. */
  lastSent: string | null;
  timer: NodeJS.Timeout | null;
  running: boolean;
  again: boolean;
}

/**
 * The server-sent event streams of the live view, per course: a snapshot at once, then again (throttled)
 * whenever one of the course's playbooks commits a change or someone joins or leaves one of them. Every
 * send re-checks that the person is still a facilitator of the course; otherwise their stream ends.
 */
export class LiveStreams {
  private readonly watched = new Map<string, Watched>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly deps: {
      service: LiveViewService;
      courses: CourseStore;
      access: AccessService;
      log: Pick<Logger, 'error' | 'debug'>;
      now?: () => number;
    },
  ) {
    this.heartbeat = setInterval(() => this.beat(), LIVE_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** Streams course `courseId` to `res` until the client goes away. */
  subscribe(courseId: string, res: Response, caller: Caller): void {
    let watched = this.watched.get(courseId);
    if (!watched) {
      watched = {
        courseId,
        subscribers: new Set(),
        playbooks: new Set(),
        lastSentAt: 0,
        lastSent: null,
        timer: null,
        running: false,
        again: false,
      };
      this.watched.set(courseId, watched);
    }
    const subscriber: Subscriber = { res, caller };
    watched.subscribers.add(subscriber);
    res.on('close', () => this.unsubscribe(courseId, subscriber));
    // The newcomer needs a snapshot now, whatever the others were sent recently.
    void this.sendTo(watched, [subscriber]);
  }

  private unsubscribe(courseId: string, subscriber: Subscriber): void {
    const watched = this.watched.get(courseId);
    if (!watched) return;
    watched.subscribers.delete(subscriber);
    if (watched.subscribers.size > 0) return;
    if (watched.timer) clearTimeout(watched.timer);
    this.watched.delete(courseId);
  }

  /** A room committed a change to `playbookId`, or someone joined or left it. */
  playbookChanged(playbookId: string, contentChanged: boolean): void {
    if (contentChanged) this.deps.service.invalidate(playbookId);
    for (const watched of this.watched.values()) if (watched.playbooks.has(playbookId)) this.schedule(watched);
  }

  /** The course's groups (or their members) changed: its watchers get a new snapshot soon. */
  courseChanged(courseId: string): void {
    const watched = this.watched.get(courseId);
    if (watched) this.schedule(watched);
  }

  private schedule(watched: Watched): void {
    if (watched.running) {
      watched.again = true;
      return;
    }
    if (watched.timer) return;
    const wait = Math.max(LIVE_COALESCE_MS, watched.lastSentAt + LIVE_MIN_INTERVAL_MS - this.now());
    watched.timer = setTimeout(() => {
      watched.timer = null;
      void this.sendTo(watched, null);
    }, wait);
  }

  /** Computes the course's snapshot and sends it to `only` (or every subscriber, when null). */
  private async sendTo(watched: Watched, only: Subscriber[] | null, skipUnchanged = false): Promise<void> {
    if (watched.running && only === null) {
      watched.again = true;
      return;
    }
    const full = only === null;
    if (full) watched.running = true;
    try {
      const course = await this.deps.courses.getCourse(watched.courseId);
      const targets = [...(only ?? watched.subscribers)];
      if (!course) {
        for (const subscriber of targets) subscriber.res.end();
        return;
      }
      const snapshot: LiveSnapshot = await this.deps.service.snapshot(course);
      watched.playbooks = new Set([snapshot.course.playbookId, ...snapshot.groups.map((g) => g.playbookId)]);
      const { at: _at, ...content } = snapshot;
      const fingerprint = JSON.stringify(content);
      if (skipUnchanged && fingerprint === watched.lastSent) return;
      if (full) {
        watched.lastSent = fingerprint;
        watched.lastSentAt = this.now();
      }
      const frame = `event: ${LIVE_SNAPSHOT_EVENT}\ndata: ${JSON.stringify(snapshot)}\n\n`;
      for (const subscriber of targets) {
        // Gone while the snapshot was computed: nothing to write to.
        if (!watched.subscribers.has(subscriber) || subscriber.res.destroyed) continue;
        // Demoted or removed since the stream began: the stream ends (the client then sees 403/404).
        const role = await this.deps.access.roleOf(subscriber.caller, course.playbookId);
        if (!role || !roleAtLeast(role, 'facilitator')) {
          subscriber.res.end();
          continue;
        }
        subscriber.res.write(frame);
      }
    } catch (error: unknown) {
      this.deps.log.error({ err: error, course: watched.courseId }, 'live view snapshot failed');
    } finally {
      if (full) {
        watched.running = false;
        if (watched.again) {
          watched.again = false;
          this.schedule(watched);
        }
      }
    }
  }

  private beat(): void {
    for (const watched of this.watched.values()) {
      for (const subscriber of watched.subscribers) {
        if (!subscriber.res.destroyed) subscriber.res.write(': keep-alive\n\n');
      }
      void this.sendTo(watched, null, true);
    }
  }

  /** Ends every stream (shutdown). */
  close(): void {
    clearInterval(this.heartbeat);
    for (const watched of this.watched.values()) {
      if (watched.timer) clearTimeout(watched.timer);
      for (const subscriber of watched.subscribers) subscriber.res.end();
    }
    this.watched.clear();
  }
}
