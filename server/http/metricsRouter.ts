import crypto from 'node:crypto';
import { Router } from 'express';
import type { CallerResolver } from '../access/resolveCaller.js';
import type { Metrics } from '../ops/metrics.js';

/** Compares without revealing, by timing, how much of a guess was right. */
function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/**
 * `GET /metrics` (Prometheus text format) for a scraper holding `METRICS_TOKEN` (`Authorization: Bearer`)
 * or a signed-in system administrator; everyone else gets 401/403. Connection counts, room counts and
 * refusal reasons say a lot about a deployment, so they are not public.
 */
export function metricsRouter(metrics: Metrics, resolveCaller: CallerResolver, metricsToken: string): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    const bearer = /^Bearer (\S{1,256})$/.exec(req.headers.authorization ?? '')?.[1];
    let allowed = metricsToken !== '' && bearer !== undefined && sameSecret(bearer, metricsToken);
    if (!allowed) {
      const resolved = await resolveCaller(req, { queryToken: false });
      if (!resolved) {
        res.status(401).json({ code: 'not_signed_in', message: 'Metrics need METRICS_TOKEN or an administrator.' });
        return;
      }
      allowed = resolved.caller.kind === 'user' && resolved.caller.user.isAdmin;
    }
    if (!allowed) {
      res.status(403).json({ code: 'administrators_only', message: 'Only administrators can read the metrics.' });
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
