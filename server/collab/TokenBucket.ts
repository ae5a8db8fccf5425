/** A token bucket: `ratePerSecond` tokens refill continuously up to `burst`. */
export class TokenBucket {
  private tokens: number;
  private refilledAtMs = Date.now();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }

  /** Takes one token; false when none is left. */
  take(nowMs: number): boolean {
    if (nowMs > this.refilledAtMs) {
      this.tokens = Math.min(this.burst, this.tokens + ((nowMs - this.refilledAtMs) * this.ratePerSecond) / 1000);
      this.refilledAtMs = nowMs;
    }
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
