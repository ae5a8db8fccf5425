import express, { Router, type Request } from 'express';
import {
  courseIdSchema,
  createCourseBodySchema,
  createGroupBodySchema,
  setGroupMembersBodySchema,
  updateCourseBodySchema,
  updateGroupBodySchema,
  updateWorkshopBodySchema,
  workshopBodySchema,
} from '../../shared/api/coursesApi.js';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import type { AccessService } from '../access/AccessService.js';
import { courseNotFound, groupNotFound, workshopNotFound, type CourseService } from '../courses/CourseService.js';
import type { StoredCourse } from '../courses/CourseStore.js';
import { UnknownTemplateError } from '../playbooks/playbookLibrary.js';
import { requireRole, requireUser } from './callerContext.js';
import { HttpError } from './HttpError.js';
import { validate } from './validate.js';

const MAX_JSON_BODY = '64kb';

export interface CoursesRouterDeps {
  access: AccessService;
  courses: CourseService;
}

/**
 * Courses, workshops and learning groups (docs/API.md "Courses and groups"), mounted at `/api/courses`.
 * A course answers to the members of its target playbook (participants read, facilitators change); everyone
 * else gets 404 as for an unknown id.
 */
export function coursesRouter({ access, courses }: CoursesRouterDeps): Router {
  const router = Router();
  router.use(express.json({ limit: MAX_JSON_BODY }));

  /** The course of the route for a caller with at least `needed` in its target playbook (else 404/403). */
  async function find(req: Request, needed: PlaybookRole): Promise<{ course: StoredCourse; role: PlaybookRole }> {
    const parsed = courseIdSchema.safeParse(req.params.id);
    if (!parsed.success) throw courseNotFound();
    const course = await courses.get(parsed.data);
    if (!course) throw courseNotFound();
    try {
      const { role } = await requireRole(access, req, course.playbookId, needed);
      return { course, role };
    } catch (error: unknown) {
      if (error instanceof HttpError && error.status === 404) throw courseNotFound();
      throw error;
    }
  }

  function entityParam(req: Request, name: string, notFound: () => HttpError): string {
    const parsed = courseIdSchema.safeParse(req.params[name]);
    if (!parsed.success) throw notFound();
    return parsed.data;
  }

  /** The overview after a change, as every changing route answers. */
  async function answerOverview(req: Request, res: express.Response, status = 200): Promise<void> {
    const { course, role } = await find(req, 'reader');
    const viewer = req.caller?.caller.kind === 'user' ? req.caller.caller.user.id : undefined;
    res.status(status).json(await courses.overview(course, role, viewer));
  }

  router.get('/', async (req, res) => {
    const user = requireUser(req);
    res.json({ courses: await courses.listFor(user.id) });
  });

  router.post(
    '/',
    validate({ body: createCourseBodySchema }, async ({ body }, req, res) => {
      const user = requireUser(req);
      let course: StoredCourse;
      try {
        course = await courses.create(body, user.id);
      } catch (error: unknown) {
        if (!(error instanceof UnknownTemplateError)) throw error;
        throw new HttpError(400, 'unknown_template', error.message, [`templateId: ${error.message}`]);
      }
      res
        .status(201)
        .location(`/api/courses/${course.id}`)
        .json(await courses.overview(course, 'facilitator'));
    }),
  );

  router.get('/:id', async (req, res) => {
    await answerOverview(req, res);
  });

  router.patch(
    '/:id',
    validate({ body: updateCourseBodySchema }, async ({ body }, req, res) => {
      const { course } = await find(req, 'facilitator');
      await courses.update(course, body);
      await answerOverview(req, res);
    }),
  );

  router.post(
    '/:id/workshops',
    validate({ body: workshopBodySchema }, async ({ body }, req, res) => {
      const { course } = await find(req, 'facilitator');
      await courses.addWorkshop(course, { ...body, place: body.place ?? '', notes: body.notes ?? '' });
      await answerOverview(req, res, 201);
    }),
  );

  router.patch(
    '/:id/workshops/:workshopId',
    validate({ body: updateWorkshopBodySchema }, async ({ body }, req, res) => {
      const { course } = await find(req, 'facilitator');
      await courses.updateWorkshop(course, entityParam(req, 'workshopId', workshopNotFound), body);
      await answerOverview(req, res);
    }),
  );

  router.delete('/:id/workshops/:workshopId', async (req, res) => {
    const { course } = await find(req, 'facilitator');
    await courses.deleteWorkshop(course, entityParam(req, 'workshopId', workshopNotFound));
    await answerOverview(req, res);
  });

  router.post(
    '/:id/groups',
    validate({ body: createGroupBodySchema }, async ({ body }, req, res) => {
      const { course } = await find(req, 'facilitator');
      await courses.addGroup(course, body.name, requireUser(req).id);
      await answerOverview(req, res, 201);
    }),
  );

  router.patch(
    '/:id/groups/:groupId',
    validate({ body: updateGroupBodySchema }, async ({ body }, req, res) => {
      const { course } = await find(req, 'facilitator');
      await courses.renameGroup(course, entityParam(req, 'groupId', groupNotFound), body.name);
      await answerOverview(req, res);
    }),
  );

  router.delete('/:id/groups/:groupId', async (req, res) => {
    const { course } = await find(req, 'facilitator');
    await courses.deleteGroup(course, entityParam(req, 'groupId', groupNotFound));
    await answerOverview(req, res);
  });

  router.put(
    '/:id/groups/:groupId/members',
    validate({ body: setGroupMembersBodySchema }, async ({ body }, req, res) => {
      const { course } = await find(req, 'facilitator');
      await courses.setMembers(course, entityParam(req, 'groupId', groupNotFound), body.userIds);
      await answerOverview(req, res);
    }),
  );

  return router;
}
