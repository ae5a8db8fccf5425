import type { DocumentStore, StoredDocument } from '../../server/storage/DocumentStore.js';

/**
 * Wraps a real store so that every read and write answers asynchronously after `delayMs`, as a network
 * database (the PostgreSQL adapter) does. The embedded SQLite adapter answers synchronously, which hides
 * every ordering problem of the room's queue; this makes them visible with real SQLite underneath.
 */
export class DelayedDocumentStore implements DocumentStore {
  constructor(
    private readonly inner: DocumentStore,
    private readonly delayMs = 5,
  ) {}

  private async later<T>(call: () => T | Promise<T>): Promise<T> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    return call();
  }

  load(docId: string): Promise<StoredDocument> {
    return this.later(() => this.inner.load(docId));
  }

  appendUpdate(docId: string, update: Uint8Array, afterSeq?: number): Promise<number> {
    return this.later(() => this.inner.appendUpdate(docId, update, afterSeq));
  }

  compact(docId: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    return this.later(() => this.inner.compact(docId, snapshot, upToSeq));
  }

  list(): Promise<string[]> {
    return this.later(() => this.inner.list());
  }

  delete(docId: string): Promise<void> {
    return this.later(() => this.inner.delete(docId));
  }

  async ping(): Promise<void> {
    await this.inner.ping();
  }

  async close(): Promise<void> {
    await this.inner.close();
  }
}
