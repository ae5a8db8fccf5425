import type { MaybePromise } from '../storage/DocumentStore.js';

type Task = () => MaybePromise<void>;

/**
 * Runs tasks one at a time, in order, waiting for those that return a promise. Synchronous tasks run
 * without a microtask hop, so with the embedded store a message is fully handled before the next arrives.
 */
export class SerialQueue {
  private readonly tasks: Task[] = [];
  private draining = false;

  constructor(private readonly onError: (error: unknown) => void) {}

  push(task: Task): void {
    this.tasks.push(task);
    if (!this.draining) this.drain();
  }

  /** Drops every task not yet started. */
  clear(): void {
    this.tasks.length = 0;
  }

  /** Resolves once every queued task has run. */
  async idle(): Promise<void> {
    while (this.draining || this.tasks.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * Runs tasks until one returns a promise, then goes on when it settles. Not an async function: that
   * would cost a promise for every message even when every task is synchronous (the embedded store).
   */
  private drain(): void {
    this.draining = true;
    while (this.tasks.length > 0) {
      const task = this.tasks.shift()!;
      let result: MaybePromise<void>;
      try {
        result = task();
      } catch (error) {
        this.onError(error);
        continue;
      }
      if (result instanceof Promise) {
        result.then(
          () => this.drain(),
          (error: unknown) => {
            this.onError(error);
            this.drain();
          },
        );
        return;
      }
    }
    this.draining = false;
  }
}
