import type { DocumentStore, StoredDocument } from '../../server/storage/DocumentStore.js';

/**
 * Wraps a real store so a test decides when appended updates are committed: while the gate is closed,
 * `appendUpdate` waits. Shows whether a client claims "saved" before the server really stored a change.
 */
export class GatedDocumentStore implements DocumentStore {
  private waiting: Array<() => void> = [];
  private closed = false;

  constructor(private readonly inner: DocumentStore) {}

  /** From now on, appended updates wait until `open()`. */
  closeGate(): void {
    this.closed = true;
  }

  /** Lets every waiting and future update through. */
  open(): void {
    this.closed = false;
    for (const release of this.waiting.splice(0)) release();
  }

  /** Number of updates waiting at the gate. */
  get held(): number {
    return this.waiting.length;
  }

  load(docId: string): StoredDocument | Promise<StoredDocument> {
    return this.inner.load(docId);
  }

  async appendUpdate(docId: string, update: Uint8Array, afterSeq?: number): Promise<number> {
    if (this.closed) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.inner.appendUpdate(docId, update, afterSeq);
  }

  compact(docId: string, snapshot: Uint8Array, upToSeq: number): void | Promise<void> {
    return this.inner.compact(docId, snapshot, upToSeq);
  }

  list(): string[] | Promise<string[]> {
    return this.inner.list();
  }

  delete(docId: string): void | Promise<void> {
    return this.inner.delete(docId);
  }

  ping(): void | Promise<void> {
    return this.inner.ping();
  }

  close(): void | Promise<void> {
    this.open();
    return this.inner.close();
  }
}
