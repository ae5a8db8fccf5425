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
    if (!this.draining) void this.drain();
  }

  /** Drops every task not yet started. */
  clear(): void {
    this.tasks.length = 0;
  }

  /** Resolves once every queued task has run. */
  async idle(): Promise<void> {
    while (this.draining || this.tasks.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.tasks.length > 0) {
        const task = this.tasks.shift()!;
        try {
          const result = task();
          if (result instanceof Promise) await result;
        } catch (error) {
          this.onError(error);
        }
      }
    } finally {
      this.draining = false;
    }
  }
}
