import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** Serves the built client; any other non-API GET gets `index.html` so client-side routes survive a reload. */
export function staticClient(dir: string): Router {
  const router = Router();
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  router.use(express.static(root, { index: false, maxAge: '1h', immutable: false }));
  router.get('/{*rest}', (req, res, next) => {
    if (req.path.startsWith('/api/') || req.path.startsWith('/collab/')) return next();
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The client is not built yet: run `npm run build`.');
      return;
    }
    res.sendFile(index);
  });
  return router;
}
