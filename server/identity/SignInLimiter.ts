/** Failed sign-ins allowed per address and e-mail within the window. @default 5 */
export const SIGN_IN_MAX_FAILURES = 5;
/** The window failures are counted in. @default 15 minutes */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
// A bound on memory under a spray of random e-mails; the oldest keys go first.
const MAX_KEYS = 10_000;

/**
 * Counts failed sign-ins per key (client address + e-mail) in a sliding window. In memory: a restart forgets,
 * which costs an attacker nothing they could not get by waiting; a cluster would need a shared store.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxFailures = SIGN_IN_MAX_FAILURES,
    private readonly windowMs = SIGN_IN_WINDOW_MS,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxFailures) return 0;
    // The attempt that frees a slot is the one that leaves the window first.
    const freeAt = recent[recent.length - this.maxFailures]! + this.windowMs;
    return Math.max(1, Math.ceil((freeAt - this.now()) / 1000));
  }

  recordFailure(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.delete(key);
    this.failures.set(key, recent);
    if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }

  /** A successful sign-in clears the key: the person knows their password. */
  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const recent = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }
}
