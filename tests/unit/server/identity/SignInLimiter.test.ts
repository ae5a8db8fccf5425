import { describe, expect, it } from 'vitest';
import { SIGN_IN_WINDOW_MS, SignInLimiter } from '../../../../server/identity/SignInLimiter.js';

describe('SignInLimiter', () => {
  it('locks a key after five failures and says when it may try again', () => {
    let now = 0;
    const limiter = new SignInLimiter(() => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfterSeconds('ip|anne')).toBe(0);
      limiter.recordFailure('ip|anne');
      now += 1000;
    }
    expect(limiter.retryAfterSeconds('ip|anne')).toBe((SIGN_IN_WINDOW_MS - 5000) / 1000);
    expect(limiter.retryAfterSeconds('ip|bo')).toBe(0);
    now = SIGN_IN_WINDOW_MS + 1;
    expect(limiter.retryAfterSeconds('ip|anne')).toBe(0);
  });

  it('forgets failures after a successful sign-in', () => {
    const limiter = new SignInLimiter(() => 0);
    for (let i = 0; i < 5; i++) limiter.recordFailure('k');
    limiter.reset('k');
    expect(limiter.retryAfterSeconds('k')).toBe(0);
  });
});
