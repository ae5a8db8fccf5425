import { Router } from 'express';
import { searchQuerySchema } from '../../shared/api/searchApi.js';
import type { SearchService } from '../search/SearchService.js';
import { requireCaller } from './callerContext.js';
import { validate } from './validate.js';

/** `GET /api/search?q=…` (docs/API.md "Search"): the caller's readable playbooks only. */
export function searchRouter(search: SearchService): Router {
  const router = Router();
  router.get(
    '/',
    validate({ query: searchQuerySchema }, async ({ query }, req, res) => {
      const caller = requireCaller(req);
      res.json(await search.search(caller, query.q));
    }),
  );
  return router;
}
