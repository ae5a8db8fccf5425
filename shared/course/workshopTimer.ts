/**
 * The workshop room's shared countdown, as pure arithmetic over server time (epoch ms). The server applies
 * a facilitator's action to the stored timer; every client computes what is left from `endsAt` and its own
 * estimate of the server's clock, so the display keeps counting without a connection.
 *
 * - start: running for `minutes` from now (a running or paused timer starts over).
 * - pause: a running timer keeps what is left (`remainingMs`); one that already reached zero pauses at 0.
 * - resume: a paused timer runs again for what it had left.
 * - extend: running → `endsAt` moves later (a timer already at zero gets `minutes` from now); paused →
 *   `remainingMs` grows; idle → refused (`not_started`, HTTP 409): there is nothing to extend. More than
 *   TIMER_MAX_MINUTES left is refused (`too_long`).
 * - reset: back to idle.
 */

export const TIMER_STATUSES = ['idle', 'running', 'paused'] as const;
export type TimerStatus = (typeof TIMER_STATUSES)[number];

export interface WorkshopTimer {
  status: TimerStatus;
  /** The length set at start plus every extension, in ms (0 when idle). */
  durationMs: number;
  /** Server time (epoch ms) at which a running timer reaches zero; null unless running. */
  endsAt: number | null;
  /** What a paused timer has left, in ms; null unless paused. */
  remainingMs: number | null;
  /** What the time is for ("Gruppearbejde"), shown with the countdown; may be empty. */
  label: string;
}

export const MINUTE_MS = 60_000;
/** Longest timer, in minutes, at start and after extensions. */
export const TIMER_MAX_MINUTES = 180;
/** Longest single extension, in minutes. */
export const EXTEND_MAX_MINUTES = 60;
export const TIMER_LABEL_MAX_CHARS = 80;

export const IDLE_TIMER: WorkshopTimer = Object.freeze({
  status: 'idle',
  durationMs: 0,
  endsAt: null,
  remainingMs: null,
  label: '',
});

export type TimerAction =
  | { action: 'start'; minutes: number; label?: string | undefined }
  | { action: 'pause' }
  | { action: 'resume' }
  | { action: 'extend'; minutes: number }
  | { action: 'reset' };

/** Why an action does not apply to the timer as it is (answered with HTTP 409). */
export type TimerRefusal = 'not_running' | 'not_paused' | 'not_started' | 'too_long';

export type TimerResult = { ok: true; timer: WorkshopTimer } | { ok: false; reason: TimerRefusal };

export function startTimer(now: number, minutes: number, label = ''): WorkshopTimer {
  const durationMs = minutes * MINUTE_MS;
  return { status: 'running', durationMs, endsAt: now + durationMs, remainingMs: null, label };
}

export function pauseTimer(timer: WorkshopTimer, now: number): TimerResult {
  if (timer.status !== 'running' || timer.endsAt === null) return { ok: false, reason: 'not_running' };
  return {
    ok: true,
    timer: { ...timer, status: 'paused', endsAt: null, remainingMs: Math.max(0, timer.endsAt - now) },
  };
}

export function resumeTimer(timer: WorkshopTimer, now: number): TimerResult {
  if (timer.status !== 'paused' || timer.remainingMs === null) return { ok: false, reason: 'not_paused' };
  return { ok: true, timer: { ...timer, status: 'running', endsAt: now + timer.remainingMs, remainingMs: null } };
}

export function extendTimer(timer: WorkshopTimer, now: number, minutes: number): TimerResult {
  const extraMs = minutes * MINUTE_MS;
  let next: WorkshopTimer;
  if (timer.status === 'running' && timer.endsAt !== null) {
    next = { ...timer, durationMs: timer.durationMs + extraMs, endsAt: Math.max(timer.endsAt, now) + extraMs };
  } else if (timer.status === 'paused' && timer.remainingMs !== null) {
    next = { ...timer, durationMs: timer.durationMs + extraMs, remainingMs: timer.remainingMs + extraMs };
  } else {
    return { ok: false, reason: 'not_started' };
  }
  if ((remainingAt(next, now) ?? 0) > TIMER_MAX_MINUTES * MINUTE_MS) return { ok: false, reason: 'too_long' };
  return { ok: true, timer: next };
}

/** The timer after a facilitator's action at server time `now`. */
export function applyTimerAction(timer: WorkshopTimer, action: TimerAction, now: number): TimerResult {
  switch (action.action) {
    case 'start':
      return { ok: true, timer: startTimer(now, action.minutes, action.label ?? '') };
    case 'pause':
      return pauseTimer(timer, now);
    case 'resume':
      return resumeTimer(timer, now);
    case 'extend':
      return extendTimer(timer, now, action.minutes);
    case 'reset':
      return { ok: true, timer: IDLE_TIMER };
  }
}

/**
 * What is left at server time `now`, in ms (never below 0, never above the length set); null for an idle
 * timer. A client's estimate of the server's clock may be a little behind: a 5-minute timer still never
 * shows more than 5 minutes.
 */
export function remainingAt(timer: WorkshopTimer, now: number): number | null {
  if (timer.status === 'running' && timer.endsAt !== null) {
    return Math.min(timer.durationMs, Math.max(0, timer.endsAt - now));
  }
  if (timer.status === 'paused' && timer.remainingMs !== null) return Math.max(0, timer.remainingMs);
  return null;
}

/** True when a started timer has reached zero (running past its end, or paused at 0). */
export function isFinished(timer: WorkshopTimer, now: number): boolean {
  return remainingAt(timer, now) === 0;
}

/**
 * `mm:ss` of what is left, rounding up to the whole second: a 5-minute timer shows 05:00 when it starts and
 * 00:00 only once the time is up. Minutes go past 59 (`90:00`) rather than showing hours.
 */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
