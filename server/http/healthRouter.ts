import { Router } from 'express';
import type { DocumentStore } from '../storage/DocumentStore.js';

/**
 * `GET /api/health`: 200 only when storage answers. Open to all (load balancers and uptime checks ask it)
 * and says nothing but ok or unavailable.
 */
export function healthRouter(store: DocumentStore): Router {
  const router = Router();
  router.get('/api/health', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', code: 'storage_unavailable' });
    }
  });
  return router;
}
