import express, { Router, type Request } from 'express';
import { courseIdSchema } from '../../shared/api/coursesApi.js';
import {
  createLogbookEntryBodySchema,
  logbookEntryIdSchema,
  setLogbookSharedBodySchema,
  updateLogbookEntryBodySchema,
  useLogbookEntryBodySchema,
} from '../../shared/api/logbookApi.js';
import type { AccessService } from '../access/AccessService.js';
import { courseNotFound } from '../courses/CourseService.js';
import type { CourseStore } from '../courses/CourseStore.js';
import { entryNotFound, groupNotFound, type LogbookService, type LogbookViewer } from '../logbook/LogbookService.js';
import { exportFileName } from '../export/exportFileName.js';
import { logbookToMarkdown } from '../logbook/logbookToMarkdown.js';
import { requireCaller, requireUser } from './callerContext.js';
import { validate } from './validate.js';

const MAX_JSON_BODY = '32kb';

export interface LogbookRouterDeps {
  access: AccessService;
  courses: CourseStore;
  logbook: LogbookService;
}

/**
 * The base of links the server writes into documents: the page's own origin when the browser sent it (same
 * host as the request), else this request's scheme and host.
 */
function linkOrigin(req: Request): string {
  const origin = req.headers.origin;
  if (origin) {
    try {
      const url = new URL(origin);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host === req.headers.host) return url.origin;
    } catch {
      // reason: a malformed Origin header is ignored; the host below is what this request reached.
    }
  }
  return `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}

/**
 * Personal logbooks (docs/API.md "Logbook and action cards"), mounted at `/api/courses`:
 * `/:id/logbook…` for the caller's own entries and `/:id/groups/:groupId/logbook` for a group's shared ones.
 * Only signed-in people with a role in the course's target playbook; everyone else gets 404 as for an
 * unknown course, and an entry they may not see is 404 as for an unknown id.
 */
export function logbookRouter({ access, courses, logbook }: LogbookRouterDeps): Router {
  const router = Router();
  router.use(express.json({ limit: MAX_JSON_BODY }));

  async function viewer(req: Request): Promise<LogbookViewer> {
    const caller = requireCaller(req);
    const id = courseIdSchema.safeParse(req.params.id);
    const course = id.success ? await courses.getCourse(id.data) : null;
    if (!course) throw courseNotFound();
    const role = await access.roleOf(caller, course.playbookId);
    if (!role) throw courseNotFound();
    return { course, role, user: requireUser(req) };
  }

  const entryId = (req: Request): string => {
    const parsed = logbookEntryIdSchema.safeParse(req.params.entryId);
    if (!parsed.success) throw entryNotFound();
    return parsed.data;
  };

  router.get('/:id/logbook', async (req, res) => {
    res.json({ entries: await logbook.listOwn(await viewer(req)) });
  });

  // The caller's own logbook as a file to keep: only their own entries, like the list above.
  router.get('/:id/logbook.md', async (req, res) => {
    const who = await viewer(req);
    const markdown = logbookToMarkdown(who.course.title, await logbook.listOwn(who), new Date());
    res
      .type('text/markdown; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${exportFileName(`logbog-${who.course.title}`, 'md')}"`)
      .set('Cache-Control', 'no-store')
      .send(markdown);
  });

  router.post(
    '/:id/logbook',
    validate({ body: createLogbookEntryBodySchema }, async ({ body }, req, res) => {
      const entry = await logbook.create(await viewer(req), body);
      res.status(201).location(`/api/courses/${entry.courseId}/logbook/${entry.id}`).json(entry);
    }),
  );

  router.get('/:id/logbook/:entryId', async (req, res) => {
    const who = await viewer(req);
    res.json(await logbook.get(who, entryId(req)));
  });

  router.patch(
    '/:id/logbook/:entryId',
    validate({ body: updateLogbookEntryBodySchema }, async ({ body }, req, res) => {
      const who = await viewer(req);
      res.json(await logbook.update(who, entryId(req), body));
    }),
  );

  router.delete('/:id/logbook/:entryId', async (req, res) => {
    const who = await viewer(req);
    await logbook.remove(who, entryId(req));
    res.status(204).end();
  });

  router.put(
    '/:id/logbook/:entryId/shared',
    validate({ body: setLogbookSharedBodySchema }, async ({ body }, req, res) => {
      const who = await viewer(req);
      res.json(await logbook.setShared(who, entryId(req), body.shared));
    }),
  );

  router.post(
    '/:id/logbook/:entryId/use',
    validate({ body: useLogbookEntryBodySchema }, async ({ body }, req, res) => {
      const who = await viewer(req);
      res.json(await logbook.use(who, entryId(req), body.sectionId, linkOrigin(req)));
    }),
  );

  router.get('/:id/groups/:groupId/logbook', async (req, res) => {
    const who = await viewer(req);
    const groupId = courseIdSchema.safeParse(req.params.groupId);
    if (!groupId.success) throw groupNotFound();
    res.json({ entries: await logbook.listGroup(who, groupId.data) });
  });

  return router;
}
