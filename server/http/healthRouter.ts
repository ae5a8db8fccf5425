import { Router } from 'express';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { Metrics } from '../ops/metrics.js';

/** `GET /api/health` (200 only when storage answers) and `GET /metrics` (Prometheus text format). */
export function healthRouter(store: DocumentStore, metrics: Metrics): Router {
  const router = Router();
  router.get('/api/health', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', code: 'storage_unavailable' });
    }
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
