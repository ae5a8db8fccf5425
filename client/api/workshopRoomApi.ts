import {
  playbookCourseAnswerSchema,
  workshopRoomAnswerSchema,
  type FollowBody,
  type MessageBody,
  type PhaseBody,
  type PlaybookCourse,
  type PromptsBody,
  type TimerBody,
  type WorkshopRoomAnswer,
} from '../../shared/api/workshopRoomApi.js';
import { apiRequest } from './apiClient.js';

/**
 * Client calls of the workshop room API (docs/API.md "Workshop room"). Each answer comes with the local
 * times the request was sent and answered, so the caller can estimate the server's clock (`clockOffset`).
 */
export interface TimedAnswer extends WorkshopRoomAnswer {
  sentAt: number;
  receivedAt: number;
}

const roomPath = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/room`;

async function timed(request: () => Promise<WorkshopRoomAnswer>): Promise<TimedAnswer> {
  const sentAt = Date.now();
  const answer = await request();
  return { ...answer, sentAt, receivedAt: Date.now() };
}

export function getWorkshopRoom(courseId: string, signal?: AbortSignal): Promise<TimedAnswer> {
  return timed(() => apiRequest(roomPath(courseId), { schema: workshopRoomAnswerSchema, signal }));
}

export function changeTimer(courseId: string, body: TimerBody): Promise<TimedAnswer> {
  return timed(() =>
    apiRequest(`${roomPath(courseId)}/timer`, { method: 'POST', body, schema: workshopRoomAnswerSchema }),
  );
}

export function setPrompts(courseId: string, body: PromptsBody): Promise<TimedAnswer> {
  return timed(() =>
    apiRequest(`${roomPath(courseId)}/prompts`, { method: 'PUT', body, schema: workshopRoomAnswerSchema }),
  );
}

export function setMessage(courseId: string, body: MessageBody): Promise<TimedAnswer> {
  return timed(() =>
    apiRequest(`${roomPath(courseId)}/message`, { method: 'PUT', body, schema: workshopRoomAnswerSchema }),
  );
}

export function setFollow(courseId: string, body: FollowBody): Promise<TimedAnswer> {
  return timed(() =>
    apiRequest(`${roomPath(courseId)}/follow`, { method: 'PUT', body, schema: workshopRoomAnswerSchema }),
  );
}

export function setPhase(courseId: string, groupId: string, body: PhaseBody): Promise<TimedAnswer> {
  const path = `/api/courses/${encodeURIComponent(courseId)}/groups/${encodeURIComponent(groupId)}/phase`;
  return timed(() => apiRequest(path, { method: 'PUT', body, schema: workshopRoomAnswerSchema }));
}

/** The course a playbook belongs to, or null when it is in none. */
export async function getPlaybookCourse(playbookId: string, signal?: AbortSignal): Promise<PlaybookCourse | null> {
  const { course } = await apiRequest(`/api/playbooks/${encodeURIComponent(playbookId)}/course`, {
    schema: playbookCourseAnswerSchema,
    signal,
  });
  return course;
}
