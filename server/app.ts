import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Config } from './config.js';
import type { AccessStore } from './access/AccessStore.js';
import { AccessService } from './access/AccessService.js';
import { authorizePlaybookMember } from './access/authorizePlaybookMember.js';
import { callerResolver } from './access/resolveCaller.js';
import { SqliteAccessStore } from './access/SqliteAccessStore.js';
import { searchRouter } from './http/searchRouter.js';
import { CourseService } from './courses/CourseService.js';
import { authorizeCourseRoom, closeCourseRoomsOnRemoval, withCourseRooms } from './courses/authorizeCourseRoom.js';
import { CourseRoomService } from './courses/CourseRoomService.js';
import { SqliteCourseStore } from './courses/SqliteCourseStore.js';
import { coursesRouter } from './http/coursesRouter.js';
import { createLiveView } from './liveView/createLiveView.js';
import { logbookRouter } from './http/logbookRouter.js';
import { LogbookService } from './logbook/LogbookService.js';
import { SqliteLogbookStore } from './logbook/SqliteLogbookStore.js';
import { workshopRoomRouter } from './http/workshopRoomRouter.js';
import { versionsRouter } from './http/versionsRouter.js';
import { SqliteVersionStore } from './versions/SqliteVersionStore.js';
import type { VersionStore } from './versions/VersionStore.js';
import { SearchService } from './search/SearchService.js';
import type { SearchIndex } from './search/SearchIndex.js';
import { SqliteSearchIndex } from './search/SqliteSearchIndex.js';
import { attachCaller } from './http/callerContext.js';
import { exportRouter } from './http/exportRouter.js';
import { importRouter } from './http/importRouter.js';
import { invitationsRouter } from './http/invitationsRouter.js';
import { membersRouter } from './http/membersRouter.js';
import { organisationsRouter } from './http/organisationsRouter.js';
import type { Authorize } from './collab/authorize.js';
import { attachCollabServer, type CollabServer } from './collab/collabServer.js';
import { InProcessFanout } from './fanout/InProcessFanout.js';
import type { Fanout } from './fanout/Fanout.js';
import { authRouter } from './http/authRouter.js';
import { apiNotFound, errorHandler } from './http/errorHandler.js';
import { healthRouter } from './http/healthRouter.js';
import { metricsRouter } from './http/metricsRouter.js';
import { securityHeaders } from './http/securityHeaders.js';
import { rejectCrossSiteWrites } from './security/rejectCrossSiteWrites.js';
import { playbooksRouter } from './http/playbooksRouter.js';
import { staticClient } from './http/staticClient.js';
import type { IdentityStore } from './identity/IdentityStore.js';
import { SessionService } from './identity/SessionService.js';
import { SqliteIdentityStore } from './identity/SqliteIdentityStore.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics, type Metrics } from './ops/metrics.js';
import { followDocumentsInCatalog } from './playbooks/followDocumentsInCatalog.js';
import type { PlaybookCatalog } from './playbooks/PlaybookCatalog.js';
import { loadPlaybookLibrary, type PlaybookLibrary } from './playbooks/playbookLibrary.js';
import { SqlitePlaybookCatalog } from './playbooks/SqlitePlaybookCatalog.js';
import { readingRouter } from './reading/readingRouter.js';
import type { DocumentStore } from './storage/DocumentStore.js';
import { SqliteDocumentStore } from './storage/SqliteDocumentStore.js';
import { forgetPhase } from '../shared/course/courseRoom.js';

export interface AppDeps {
  config: Config;
  log?: Logger;
  store?: DocumentStore;
  fanout?: Fanout;
  /** Default: the `playbooks` table in the document store's SQLite file. */
  catalog?: PlaybookCatalog;
  /** Default: the templates and examples in playbooks/, read and validated now. */
  library?: PlaybookLibrary;
  /**
   * Who may open which room. Default: members of playbooks in the catalogue, by session cookie or access
   * token (`authorizePlaybookMember`); `admitEveryone` opens raw protocol rooms of any valid name (protocol
   * tests, benchmarks).
   */
  authorize?: Authorize;
  /**
   * Accounts, sign-in and who may do what; defaults: the identity and access tables in the document
   * store's SQLite file, real time.
   */
  auth?: { identity?: IdentityStore; accessStore?: AccessStore; now?: () => number };
}

export interface App {
  config: Config;
  log: Logger;
  store: DocumentStore;
  catalog: PlaybookCatalog;
  library: PlaybookLibrary;
  metrics: Metrics;
  identity: IdentityStore;
  sessions: SessionService;
  access: AccessService;
  /** Approved versions of playbooks (what readers see once a playbook is approved). */
  versions: VersionStore;
  httpServer: http.Server;
  collab: CollabServer;
  /** Starts listening; resolves with the bound port (useful with PORT=0). */
  listen(): Promise<number>;
  /** Graceful stop: no new connections, every room flushed, storage closed. */
  close(): Promise<void>;
}

/**
 * Builds the whole server (HTTP API, static client, collaboration websocket) without listening. Throws
 * `PlaybookLibraryError` when a file in playbooks/ is invalid.
 */
export function createApp(deps: AppDeps): App {
  const { config } = deps;
  const log = deps.log ?? createLogger(config.LOG_LEVEL);
  const library = deps.library ?? loadPlaybookLibrary();
  const sqlite = { file: path.join(config.DATA_DIR, 'drejebog.sqlite'), synchronous: config.SQLITE_SYNCHRONOUS };
  const store =
    deps.store ??
    new SqliteDocumentStore({ ...sqlite, checkpointIntervalMs: config.SQLITE_CHECKPOINT_INTERVAL_MS, log });
  // One connection when we own the store; an injected store gets the catalogue its own connection to the file.
  const catalog =
    deps.catalog ??
    new SqlitePlaybookCatalog(store instanceof SqliteDocumentStore ? { database: store.database } : sqlite);
  const fanout = deps.fanout ?? new InProcessFanout();
  // Accounts, sessions and playbook roles: every API route and websocket goes through them.
  const shared = store instanceof SqliteDocumentStore ? { database: store.database } : sqlite;
  const identity = deps.auth?.identity ?? new SqliteIdentityStore(shared);
  // After the identity tables: members and invitations reference users and organisations.
  const accessStore = deps.auth?.accessStore ?? new SqliteAccessStore(shared);
  const now = deps.auth?.now ?? Date.now;
  const sessions = new SessionService(identity, now);
  const access = new AccessService(accessStore, identity, now);
  const searchIndex: SearchIndex = new SqliteSearchIndex(shared);
  const versions: VersionStore = new SqliteVersionStore(shared);
  // After the identity tables: group members reference users.
  const courseStore = new SqliteCourseStore(shared);
  const liveView = createLiveView({ sqlite: shared, courses: courseStore, store, access, identity, log, now });
  const courses = new CourseService({
    courses: courseStore,
    identity,
    access,
    catalog,
    library,
    store,
    now,
    log,
    onGroupsChanged: (courseId) => liveView.courseChanged(courseId),
    // Called only once requests are served, long after courseRooms below exists.
    onGroupDeleted: async (courseId, groupId) => {
      await courseRooms.change(courseId, (doc) => forgetPhase(doc, groupId));
    },
  });
  // After the course tables: logbook entries reference courses and users.
  const logbookStore = new SqliteLogbookStore(shared);
  const search = new SearchService({ index: searchIndex, catalog, store, access, log });
  const resolveCaller = callerResolver(sessions, access);
  const metrics = createMetrics();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use('/api', rejectCrossSiteWrites(config.ALLOWED_ORIGINS));
  const httpServer = http.createServer(app);
  httpServer.on('clientError', (error, socket) => {
    // Only the code: Node's parse error carries the raw request (URL, cookies, tokens).
    log.debug({ code: (error as NodeJS.ErrnoException).code }, 'malformed HTTP request');
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  const collab = attachCollabServer(httpServer, {
    config,
    store,
    fanout,
    metrics,
    log,
    // Course rooms (`forloeb-<courseId>`, the live workshop room) answer to the course; the rest are playbooks.
    authorize:
      deps.authorize ??
      withCourseRooms(
        authorizeCourseRoom({ resolveCaller, access, identity, courses: courseStore }),
        authorizePlaybookMember({ resolveCaller, access, identity, catalog }),
      ),
    onDocumentChanged: followDocumentsInCatalog(catalog, log),
    // The facilitator's live view listens to the app's rooms; raw protocol rooms (benchmarks) stay bare.
    ...(deps.authorize ? {} : liveView.roomHooks),
  });
  // Removed members, revoked tokens and deleted accounts lose their open connections at once.
  access.onChange((change) => collab.dropSubject(change.subject, change.playbookId, change.effect));
  const logbook = new LogbookService({
    logbook: logbookStore,
    courses: courseStore,
    access,
    identity,
    store,
    registry: collab.registry,
    now,
    log,
  });
  closeCourseRoomsOnRemoval(access, courseStore, collab, log);
  const courseRooms = new CourseRoomService({ courses: courseStore, registry: collab.registry, store });

  app.use(healthRouter(store));
  app.use(metricsRouter(metrics, resolveCaller, config.METRICS_TOKEN));
  app.use('/api/auth', authRouter({ config, identity, sessions, access, now }));
  app.use('/api', attachCaller(resolveCaller));
  app.use('/api/invitations/:secret', invitationsRouter({ config, access, identity, sessions, catalog }));
  app.use('/api/organisations', organisationsRouter({ identity, access }));
  app.use('/api/search', searchRouter(search));
  app.use('/api', workshopRoomRouter({ access, courses, rooms: courseRooms }));
  // Before the other course routers: their smaller JSON limits would refuse a section being restored.
  app.use('/api/courses', liveView.router(collab.registry));
  app.use('/api/courses', logbookRouter({ access, courses: courseStore, logbook }));
  app.use('/api/courses', coursesRouter({ access, courses }));
  // Before the routers with smaller body limits: an import carries a whole Markdown document.
  app.use('/api/playbooks', importRouter({ catalog, library, store, access }));
  app.use('/api/playbooks/:id', exportRouter({ access, store, versions }));
  app.use('/api/playbooks/:id', membersRouter({ access, catalog }));
  app.use(
    '/api/playbooks/:id/versions',
    versionsRouter({ access, versions, registry: collab.registry, store, identity }),
  );
  app.use('/api', playbooksRouter({ catalog, library, store, registry: collab.registry, access }));
  app.use('/api', apiNotFound);
  // Before the client's fallback: /p/<id>/laes and /p/<id>/kort are server-rendered pages.
  app.use(readingRouter({ resolveCaller, access, catalog, store, versions, sqlite: shared, closeWith: httpServer }));
  if (config.STATIC_DIR) app.use(staticClient(config.STATIC_DIR));
  app.use(errorHandler(log));

  let closing: Promise<void> | null = null;
  return {
    config,
    log,
    store,
    catalog,
    library,
    metrics,
    identity,
    sessions,
    access,
    versions,
    httpServer,
    collab,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.PORT, config.HOST, () => {
          httpServer.off('error', reject);
          resolve((httpServer.address() as AddressInfo).port);
        });
      }),
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        // Live view streams end first (they would hold the server open); pending activity is written.
        await liveView.close();
        await collab.close();
        httpServer.closeAllConnections();
        await stopped;
        await fanout.close();
        // Before the store: the catalogue may share the store's connection.
        await catalog.close();
        await accessStore.close();
        await searchIndex.close();
        await versions.close();
        logbookStore.close();
        courseStore.close();
        await identity.close();
        await store.close();
      })();
      return closing;
    },
  };
}
