import express, { Router, type Request, type Response } from 'express';
import type { z } from 'zod';
import {
  followBodySchema,
  messageBodySchema,
  phaseBodySchema,
  promptsBodySchema,
  timerBodySchema,
  type PlaybookCourseAnswer,
  type WorkshopRoomAnswer,
} from '../../shared/api/workshopRoomApi.js';
import { courseIdSchema } from '../../shared/api/coursesApi.js';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import { courseRoomWriters, type CourseRoomState } from '../../shared/course/courseRoom.js';
import { isValidRoomName } from '../../shared/protocol/roomName.js';
import type { AccessService } from '../access/AccessService.js';
import { courseNotFound, groupNotFound } from '../courses/CourseService.js';
import type { CourseRoomService } from '../courses/CourseRoomService.js';
import type { StoredCourse } from '../courses/CourseStore.js';
import { requireCaller, requireRole, requireUser } from './callerContext.js';
import { HttpError } from './HttpError.js';
import { invalidRequest } from './validate.js';

// Small bodies only; parsed per route, so the router can sit under /api without touching other routes.
const json = express.json({ limit: '8kb' });

export interface WorkshopRoomRouterDeps {
  access: AccessService;
  courses: { get(id: string): Promise<StoredCourse | null> };
  rooms: CourseRoomService;
}

/**
 * The live workshop room (docs/API.md "Workshop room"), mounted at `/api`: `GET /courses/:id/room` for everyone
 * in the course; the timer, prompts for everyone, the message, "follow me" (`/courses/:id/room/…`) and a
 * group's phase (`PUT /courses/:id/groups/:groupId/phase`) for its facilitators; and `GET
 * /playbooks/:id/course`, which course a playbook belongs to (for its members; `{course: null}` for none). Who is asking is checked before the body is
 * read: no session 401, outsiders and unknown ids 404, participants changing something 403. Every room answer
 * carries `serverNow`.
 */
export function workshopRoomRouter({ access, courses, rooms }: WorkshopRoomRouterDeps): Router {
  const router = Router();

  async function find(req: Request, needed: PlaybookRole): Promise<StoredCourse> {
    requireCaller(req);
    const parsed = courseIdSchema.safeParse(req.params['id']);
    const course = parsed.success ? await courses.get(parsed.data) : null;
    if (!course) throw courseNotFound();
    try {
      await requireRole(access, req, course.playbookId, needed);
    } catch (error: unknown) {
      if (error instanceof HttpError && error.status === 404) throw courseNotFound();
      throw error;
    }
    return course;
  }

  function body<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
    if (!req.is('application/json')) {
      throw new HttpError(400, 'invalid_content_type', 'Send the body as JSON with Content-Type: application/json.');
    }
    const parsed = schema.safeParse(req.body ?? {});
    if (!parsed.success) throw invalidRequest(parsed.error);
    return parsed.data;
  }

  const answer = (res: Response, state: CourseRoomState) => {
    const payload: WorkshopRoomAnswer = { state, serverNow: rooms.now() };
    res.json(payload);
  };

  router.get('/courses/:id/room', async (req, res) => {
    const course = await find(req, 'reader');
    answer(res, await rooms.read(course.id));
  });

  router.post('/courses/:id/room/timer', json, async (req, res) => {
    const course = await find(req, 'facilitator');
    answer(res, await rooms.timer(course.id, body(req, timerBodySchema)));
  });

  router.put('/courses/:id/room/prompts', json, async (req, res) => {
    const course = await find(req, 'facilitator');
    const { prompts } = body(req, promptsBodySchema);
    answer(res, await rooms.change(course.id, (doc) => courseRoomWriters.prompts(doc, prompts)));
  });

  router.put('/courses/:id/room/message', json, async (req, res) => {
    const course = await find(req, 'facilitator');
    const { text } = body(req, messageBodySchema);
    answer(res, await rooms.change(course.id, (doc) => courseRoomWriters.message(doc, text)));
  });

  router.put('/courses/:id/room/follow', json, async (req, res) => {
    const course = await find(req, 'facilitator');
    const user = requireUser(req);
    const { sectionId } = body(req, followBodySchema);
    const follow = sectionId === null ? null : { sectionId, userId: user.id, name: user.displayName };
    answer(res, await rooms.change(course.id, (doc) => courseRoomWriters.follow(doc, follow)));
  });

  router.put('/courses/:id/groups/:groupId/phase', json, async (req, res) => {
    const course = await find(req, 'facilitator');
    const groupId = courseIdSchema.safeParse(req.params['groupId']);
    if (!groupId.success || !(await rooms.hasGroup(course.id, groupId.data))) throw groupNotFound();
    const { phase } = body(req, phaseBodySchema);
    answer(res, await rooms.change(course.id, (doc) => courseRoomWriters.phase(doc, groupId.data, phase)));
  });

  router.get('/playbooks/:id/course', async (req, res) => {
    const caller = requireCaller(req);
    const playbookId = req.params['id'] ?? '';
    // Members of the playbook only, like every playbook route: an outsider learns nothing about it.
    if (!isValidRoomName(playbookId) || !(await access.roleOf(caller, playbookId))) throw HttpError.notFound();
    const found = await rooms.courseOfPlaybook(playbookId);
    const role = found ? await access.roleOf(caller, found.course.playbookId) : null;
    if (!found || !role) {
      res.json({ course: null } satisfies PlaybookCourseAnswer);
      return;
    }
    const ownGroupId = caller.kind === 'user' ? await rooms.groupOf(found.course.id, caller.user.id) : null;
    const payload: PlaybookCourseAnswer = {
      course: { courseId: found.course.id, groupId: found.group?.id ?? null, role, ownGroupId },
    };
    res.json(payload);
  });

  return router;
}
