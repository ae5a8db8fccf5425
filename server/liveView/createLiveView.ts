import type Database from 'better-sqlite3';
import type { Router } from 'express';
import type { AccessService } from '../access/AccessService.js';
import type { RoomDeps } from '../collab/Room.js';
import type { RoomRegistry } from '../collab/RoomRegistry.js';
import type { CourseStore } from '../courses/CourseStore.js';
import { liveViewRouter } from '../http/liveViewRouter.js';
import type { IdentityStore } from '../identity/IdentityStore.js';
import type { Logger } from '../logger.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { SqliteOptions } from '../storage/SqliteDocumentStore.js';
import { LiveStreams } from './LiveStreams.js';
import { LiveViewService } from './LiveViewService.js';
import { SectionActivity } from './SectionActivity.js';
import { SectionMerge } from './SectionMerge.js';
import { sectionsOfRoots } from './sectionsOfRoots.js';
import { SqliteSectionActivityStore } from './SqliteSectionActivityStore.js';

export interface LiveView {
  /** For `attachCollabServer`: rooms report committed changes and joins/leaves here. */
  roomHooks: Required<Pick<RoomDeps, 'onCommitted' | 'onConnectionsChanged'>>;
  /** The routes (mounted at `/api/courses`), once the rooms exist. */
  router(registry: RoomRegistry): Router;
  /** Ends the streams and writes pending activity; before the store closes. */
  /** A course's groups changed: its open live views get a new snapshot now, not at the next heartbeat. */
  courseChanged(courseId: string): void;
  close(): Promise<void>;
}

/**
 * The facilitator's live view and merge, wired: section activity (who edited what, by organisation) from
 * the rooms' commits, the snapshot service, the event streams and the merge. The rooms are created after
 * this (they need the hooks) and the service needs the rooms, hence `router(registry)`.
 */
export function createLiveView(deps: {
  sqlite: { database: Database.Database } | SqliteOptions;
  courses: CourseStore;
  store: DocumentStore;
  access: AccessService;
  identity: IdentityStore;
  log: Logger;
  now?: () => number;
}): LiveView {
  const activityStore = new SqliteSectionActivityStore(deps.sqlite);
  const activity = new SectionActivity(activityStore, deps.log, deps.now);
  let streams: LiveStreams | null = null;
  return {
    roomHooks: {
      onCommitted(roomId, roots, by) {
        const sections = sectionsOfRoots(roots);
        // Only people with a server-vouched identity count as "last edit by": tokens and the server do not.
        if (by?.identity && sections.size > 0) activity.record(roomId, sections, by.identity);
        streams?.playbookChanged(roomId, true);
      },
      onConnectionsChanged(roomId) {
        streams?.playbookChanged(roomId, false);
      },
    },
    router(registry) {
      const service = new LiveViewService({
        courses: deps.courses,
        store: deps.store,
        registry,
        activity,
        now: deps.now,
      });
      streams = new LiveStreams({ service, courses: deps.courses, access: deps.access, log: deps.log, now: deps.now });
      const merge = new SectionMerge({ courses: deps.courses, store: deps.store, registry, activity });
      return liveViewRouter({
        access: deps.access,
        courses: deps.courses,
        identity: deps.identity,
        service,
        streams,
        merge,
      });
    },
    courseChanged(courseId) {
      streams?.courseChanged(courseId);
    },
    async close() {
      streams?.close();
      await activity.flush();
      activityStore.close();
    },
  };
}
