import type { Logger } from '../logger.js';

/**
 * Calls `notify` at most once per `delayMs` after changes, and once more on `flush` when a change is still
 * pending. A failing listener is logged, never allowed to break the room.
 */
export class ChangeNotifier {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly notify: (() => void) | undefined,
    private readonly delayMs: number,
    private readonly log: Logger,
  ) {}

  changed(): void {
    if (!this.notify || this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    try {
      this.notify?.();
    } catch (error) {
      this.log.error({ err: error }, 'change notification failed');
    }
  }
}
