import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { courseIdSchema } from '../../shared/api/coursesApi.js';
import { mergeBodySchema, restoreBodySchema } from '../../shared/api/liveViewApi.js';
import { isSectionId } from '../../shared/playbook/sectionIds.js';
import type { AccessService, Caller } from '../access/AccessService.js';
import { presenceIdentity } from '../access/presenceIdentity.js';
import type { PresenceIdentity } from '../collab/authorize.js';
import { courseNotFound } from '../courses/CourseService.js';
import type { CourseStore, StoredCourse } from '../courses/CourseStore.js';
import type { IdentityStore } from '../identity/IdentityStore.js';
import type { LiveStreams } from '../liveView/LiveStreams.js';
import type { LiveViewService } from '../liveView/LiveViewService.js';
import type { SectionMerge } from '../liveView/SectionMerge.js';
import { requireRole } from './callerContext.js';
import { HttpError } from './HttpError.js';
import { validate } from './validate.js';

// A restore carries a whole section back; sections are far smaller than this.
const MAX_JSON_BODY = '512kb';

export interface LiveViewRouterDeps {
  access: AccessService;
  courses: CourseStore;
  identity: IdentityStore;
  service: LiveViewService;
  streams: LiveStreams;
  merge: SectionMerge;
}

/**
 * The facilitator's live view and side-by-side merge (docs/API.md "Live view and merge"), mounted at
 * `/api/courses`. Facilitators of the course only: participants get 403, everyone else 404 as for an
 * unknown course, and no session 401.
 */
export function liveViewRouter(deps: LiveViewRouterDeps): Router {
  const { access, courses, identity, service, streams, merge } = deps;
  const router = Router();
  // Per route, not router-wide: the other course routes keep their own, smaller limits.
  const json = express.json({ limit: MAX_JSON_BODY });

  async function facilitated(req: Request): Promise<{ course: StoredCourse; caller: Caller }> {
    const parsed = courseIdSchema.safeParse(req.params.id);
    if (!parsed.success) throw courseNotFound();
    const course = await courses.getCourse(parsed.data);
    if (!course) throw courseNotFound();
    try {
      const { caller } = await requireRole(access, req, course.playbookId, 'facilitator');
      return { course, caller };
    } catch (error: unknown) {
      if (error instanceof HttpError && error.status === 404) throw courseNotFound();
      throw error;
    }
  }

  /**
   * Checks who is asking before the body is read (as the other course routes do): an outsider learns nothing
   * from a 400, and the handler finds the course in `res.locals.facilitated`.
   */
  const facilitatorFirst: RequestHandler = async (req, res, next) => {
    res.locals.facilitated = await facilitated(req);
    next();
  };
  const facilitatedOf = (res: Response) => res.locals.facilitated as { course: StoredCourse; caller: Caller };

  /** Who the merge is by, as the live view shows it ("last edit by the a-kasse"); null for a token. */
  async function editorOf(caller: Caller): Promise<PresenceIdentity | null> {
    if (caller.kind !== 'user') return null;
    const organisation = await identity.getOrganisation(caller.user.organisationId);
    return organisation ? presenceIdentity(caller.user.displayName, organisation) : null;
  }

  router.get('/:id/live.json', async (req, res) => {
    const { course } = await facilitated(req);
    res.set('cache-control', 'no-store').json(await service.snapshot(course));
  });

  router.get('/:id/live', async (req, res) => {
    const { course, caller } = await facilitated(req);
    res.status(200).set({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // Proxies (nginx) must pass each event on at once instead of buffering the stream.
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    res.flushHeaders();
    // EventSource reconnects by itself; three seconds is gentle on a server that just restarted.
    res.write('retry: 3000\n\n');
    streams.subscribe(course.id, res, caller);
  });

  router.get('/:id/sections/:sectionId', async (req, res) => {
    const { course } = await facilitated(req);
    const { sectionId } = req.params;
    if (!isSectionId(sectionId)) throw new HttpError(404, 'section_not_found', 'No section has this id.');
    res.set('cache-control', 'no-store').json(await merge.compare(course, sectionId));
  });

  router.post(
    '/:id/merge',
    facilitatorFirst,
    json,
    validate({ body: mergeBodySchema }, async ({ body }, _req, res) => {
      const { course, caller } = facilitatedOf(res);
      res.json(await merge.merge(course, body, await editorOf(caller)));
    }),
  );

  router.post(
    '/:id/merge/restore',
    facilitatorFirst,
    json,
    validate({ body: restoreBodySchema }, async ({ body }, _req, res) => {
      const { course, caller } = facilitatedOf(res);
      const undo = {
        ...(body.remove ? { remove: body.remove } : {}),
        ...(body.content ? { content: body.content } : {}),
      };
      res.json(await merge.restore(course, body.sectionId, undo, await editorOf(caller)));
    }),
  );

  return router;
}
