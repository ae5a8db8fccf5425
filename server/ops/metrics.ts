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

/** The server's Prometheus metrics, in a registry of its own so several servers can share one process. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'drejebog_' });
  const m = {
    registry,
    connections: new Gauge({
      name: 'drejebog_connections',
      help: 'Open collaboration websockets',
      registers: [registry],
    }),
    rooms: new Gauge({ name: 'drejebog_rooms_loaded', help: 'Playbooks held in memory', registers: [registry] }),
    updatesIn: new Counter({
      name: 'drejebog_updates_in_total',
      help: 'Document updates received and committed',
      registers: [registry],
    }),
    updatesOut: new Counter({
      name: 'drejebog_updates_out_total',
      help: 'Document updates sent to clients (one per receiving connection)',
      registers: [registry],
    }),
    messagesIn: new Counter({
      name: 'drejebog_messages_in_total',
      help: 'WebSocket messages received, by protocol message type',
      labelNames: ['type'] as const,
      registers: [registry],
    }),
    bytesIn: new Counter({ name: 'drejebog_bytes_in_total', help: 'WebSocket bytes received', registers: [registry] }),
    bytesOut: new Counter({ name: 'drejebog_bytes_out_total', help: 'WebSocket bytes sent', registers: [registry] }),
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
  // Bound once: looking a label up on every message shows in the CPU profile of a busy room.
  const messagesInByType = {
    sync: m.messagesIn.labels('sync'),
    awareness: m.messagesIn.labels('awareness'),
    queryAwareness: m.messagesIn.labels('query_awareness'),
    other: m.messagesIn.labels('other'),
  };
  return { ...m, messagesInByType };
}

export type Metrics = ReturnType<typeof createMetrics>;
