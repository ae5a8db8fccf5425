import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../../../server/collab/SerialQueue.js';

describe('SerialQueue', () => {
  it('runs synchronous tasks at once, in order, without waiting for a microtask', () => {
    const queue = new SerialQueue(() => {});
    const ran: number[] = [];
    queue.push(() => {
      ran.push(1);
      queue.push(() => void ran.push(3)); // queued by a running task: runs after it
      ran.push(2);
    });
    queue.push(() => void ran.push(4));
    expect(ran).toEqual([1, 2, 3, 4]);
  });

  it('waits for a task that returns a promise before running the next', async () => {
    const queue = new SerialQueue(() => {});
    const ran: string[] = [];
    let release!: () => void;
    queue.push(
      () =>
        new Promise<void>((resolve) => {
          ran.push('slow start');
          release = () => {
            ran.push('slow end');
            resolve();
          };
        }),
    );
    queue.push(() => void ran.push('next'));
    expect(ran).toEqual(['slow start']);
    release();
    await queue.idle();
    expect(ran).toEqual(['slow start', 'slow end', 'next']);
  });

  it('reports a failing task, sync or async, and goes on with the rest', async () => {
    const errors: unknown[] = [];
    const queue = new SerialQueue((error) => errors.push(error));
    const ran: string[] = [];
    queue.push(() => {
      throw new Error('sync');
    });
    queue.push(() => Promise.reject(new Error('async')));
    queue.push(() => void ran.push('after'));
    await queue.idle();
    expect(errors.map((error) => (error as Error).message)).toEqual(['sync', 'async']);
    expect(ran).toEqual(['after']);
  });

  it('clear drops the tasks not yet started', async () => {
    const queue = new SerialQueue(() => {});
    const ran: string[] = [];
    let release!: () => void;
    queue.push(() => new Promise<void>((resolve) => (release = resolve)));
    queue.push(() => void ran.push('dropped'));
    queue.clear();
    release();
    await queue.idle();
    expect(ran).toEqual([]);
  });
});
