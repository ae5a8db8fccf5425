import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Reasons a message or connection is refused; the label values of `drejebog_rejected_total`. */
export type RejectReason =
  | 'malformed'
  | 'update_rejected'
  | 'missing_dependencies'
  | 'document_too_large'
  | 'rate_limited'
  | 'slow_consumer'
  | 'message_too_big'
  | 'protocol_error'
  | 'text_frame'
  | 'invalid_utf8'
  | 'invalid_room'
  | 'unauthorized'
  | 'timeout'
  | 'unknown_type'
  | 'read_only'
  | 'forged_presence'
  | 'too_many_connections'
  | 'cross_origin';

/**
 * A count bumped on every websocket message: a plain number, handed to its prom-client counter only when
 * the metrics are read (prom-client's `collect`). prom-client's own `inc` costs a label lookup and checks
 * on each call, which showed in the CPU profile of a busy room (about 4 % of the server's time).
 */
export class HotCount {
  private pending = 0;

  inc(by = 1): void {
    this.pending += by;
  }

  /** The count since the last call. */
  take(): number {
    const value = this.pending;
    this.pending = 0;
    return value;
  }
}

/** The server's Prometheus metrics, in a registry of its own so several servers can share one process. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'drejebog_' });
  const hot = {
    updatesIn: new HotCount(),
    updatesOut: new HotCount(),
    bytesIn: new HotCount(),
    bytesOut: new HotCount(),
  };
  // Per protocol message type, in the label values the counter has always had.
  const messagesInByType = {
    sync: new HotCount(),
    awareness: new HotCount(),
    queryAwareness: new HotCount(),
    other: new HotCount(),
  };
  const typeLabels = { sync: 'sync', awareness: 'awareness', queryAwareness: 'query_awareness', other: 'other' };
  const m = {
    registry,
    connections: new Gauge({
      name: 'drejebog_connections',
      help: 'Open collaboration websockets',
      registers: [registry],
    }),
    rooms: new Gauge({ name: 'drejebog_rooms_loaded', help: 'Playbooks held in memory', registers: [registry] }),
    updatesIn: hot.updatesIn,
    updatesOut: hot.updatesOut,
    bytesIn: hot.bytesIn,
    bytesOut: hot.bytesOut,
    rejected: new Counter({
      name: 'drejebog_rejected_total',
      help: 'Messages or connections refused, by reason',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
    persistSeconds: new Histogram({
      name: 'drejebog_persist_seconds',
      help: 'Time to commit one update to storage',
      buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25, 1],
      registers: [registry],
    }),
    compactions: new Counter({
      name: 'drejebog_compactions_total',
      help: 'Update logs merged into a snapshot',
      registers: [registry],
    }),
  };
  const collected = (name: string, help: string, count: HotCount) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.inc(count.take());
      },
    });
  collected('drejebog_updates_in_total', 'Document updates received and committed', hot.updatesIn);
  collected(
    'drejebog_updates_out_total',
    'Document updates sent to clients (one per receiving connection)',
    hot.updatesOut,
  );
  collected('drejebog_bytes_in_total', 'WebSocket bytes received', hot.bytesIn);
  collected('drejebog_bytes_out_total', 'WebSocket bytes sent', hot.bytesOut);
  new Counter({
    name: 'drejebog_messages_in_total',
    help: 'WebSocket messages received, by protocol message type',
    labelNames: ['type'] as const,
    registers: [registry],
    collect() {
      for (const [key, label] of Object.entries(typeLabels)) {
        this.labels(label).inc(messagesInByType[key as keyof typeof messagesInByType].take());
      }
    },
  });
  return { ...m, messagesInByType };
}

export type Metrics = ReturnType<typeof createMetrics>;
