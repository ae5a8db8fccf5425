import { describe, expect, it } from 'vitest';
import {
  applyTimerAction,
  extendTimer,
  formatCountdown,
  IDLE_TIMER,
  isFinished,
  MINUTE_MS,
  pauseTimer,
  remainingAt,
  resumeTimer,
  startTimer,
  type WorkshopTimer,
} from '../../../shared/course/workshopTimer.js';

const T0 = 1_800_000_000_000;
const ok = (result: ReturnType<typeof pauseTimer>): WorkshopTimer => {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.timer;
};

describe('the workshop timer', () => {
  it('starts running for the minutes given, ending at a server time', () => {
    const timer = startTimer(T0, 5, 'Runde 1');
    expect(timer).toEqual({
      status: 'running',
      durationMs: 5 * MINUTE_MS,
      endsAt: T0 + 5 * MINUTE_MS,
      remainingMs: null,
      label: 'Runde 1',
    });
    expect(remainingAt(timer, T0)).toBe(5 * MINUTE_MS);
    expect(remainingAt(timer, T0 + 90_000)).toBe(3.5 * MINUTE_MS);
    expect(remainingAt(timer, T0 + 10 * MINUTE_MS)).toBe(0);
    // A clock estimate a little behind the server's never shows more than the length set.
    expect(remainingAt(timer, T0 - 2000)).toBe(5 * MINUTE_MS);
    expect(isFinished(timer, T0 + 5 * MINUTE_MS - 1)).toBe(false);
    expect(isFinished(timer, T0 + 5 * MINUTE_MS)).toBe(true);
  });

  it('pauses keeping what is left, and resumes for exactly that', () => {
    const paused = ok(pauseTimer(startTimer(T0, 5), T0 + 60_000));
    expect(paused).toMatchObject({ status: 'paused', endsAt: null, remainingMs: 4 * MINUTE_MS });
    // Time passing does not change a paused timer.
    expect(remainingAt(paused, T0 + 60 * MINUTE_MS)).toBe(4 * MINUTE_MS);
    const resumed = ok(resumeTimer(paused, T0 + 10 * MINUTE_MS));
    expect(resumed).toMatchObject({ status: 'running', endsAt: T0 + 14 * MINUTE_MS, remainingMs: null });
    // A timer that already ran out pauses at zero.
    expect(ok(pauseTimer(startTimer(T0, 1), T0 + 5 * MINUTE_MS)).remainingMs).toBe(0);
  });

  it('extends a running timer from its end, or from now once it ran out, and a paused one by its remainder', () => {
    const running = startTimer(T0, 5);
    expect(ok(extendTimer(running, T0 + 60_000, 1))).toMatchObject({
      endsAt: T0 + 6 * MINUTE_MS,
      durationMs: 6 * MINUTE_MS,
    });
    expect(ok(extendTimer(running, T0 + 20 * MINUTE_MS, 5)).endsAt).toBe(T0 + 25 * MINUTE_MS);
    const paused = ok(pauseTimer(running, T0 + 2 * MINUTE_MS));
    expect(ok(extendTimer(paused, T0 + 3 * MINUTE_MS, 5))).toMatchObject({
      status: 'paused',
      remainingMs: 8 * MINUTE_MS,
    });
  });

  it('refuses what does not fit: pause unless running, resume unless paused, extend when idle or past 180 minutes', () => {
    expect(pauseTimer(IDLE_TIMER, T0)).toEqual({ ok: false, reason: 'not_running' });
    expect(resumeTimer(startTimer(T0, 5), T0)).toEqual({ ok: false, reason: 'not_paused' });
    expect(extendTimer(IDLE_TIMER, T0, 5)).toEqual({ ok: false, reason: 'not_started' });
    expect(extendTimer(startTimer(T0, 170), T0, 20)).toEqual({ ok: false, reason: 'too_long' });
    expect(extendTimer(startTimer(T0, 170), T0, 10).ok).toBe(true);
  });

  it('applies the API actions, reset included, and says nothing is left on an idle timer', () => {
    let timer = ok(applyTimerAction(IDLE_TIMER, { action: 'start', minutes: 10 }, T0));
    timer = ok(applyTimerAction(timer, { action: 'pause' }, T0 + MINUTE_MS));
    timer = ok(applyTimerAction(timer, { action: 'extend', minutes: 1 }, T0 + MINUTE_MS));
    timer = ok(applyTimerAction(timer, { action: 'resume' }, T0 + 2 * MINUTE_MS));
    expect(remainingAt(timer, T0 + 2 * MINUTE_MS)).toBe(10 * MINUTE_MS);
    timer = ok(applyTimerAction(timer, { action: 'reset' }, T0 + 3 * MINUTE_MS));
    expect(timer).toEqual(IDLE_TIMER);
    expect(remainingAt(timer, T0)).toBeNull();
    expect(isFinished(timer, T0)).toBe(false);
  });

  it('shows mm:ss rounded up to the second', () => {
    expect(formatCountdown(5 * MINUTE_MS)).toBe('05:00');
    expect(formatCountdown(5 * MINUTE_MS - 1)).toBe('05:00');
    expect(formatCountdown(4 * MINUTE_MS + 59_000)).toBe('04:59');
    expect(formatCountdown(900)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-5000)).toBe('00:00');
    expect(formatCountdown(125 * MINUTE_MS)).toBe('125:00');
  });
});
