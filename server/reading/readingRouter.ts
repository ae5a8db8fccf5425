import type http from 'node:http';
import path from 'node:path';
import { Router, type Request, type Response } from 'express';
import { createElement, type ReactElement } from 'react';
import { yDocToPlaybookFile } from '../../shared/playbook/yDocToPlaybookFile.js';
import { isValidRoomName } from '../../shared/protocol/roomName.js';
import type { AccessService, Caller } from '../access/AccessService.js';
import type { CallerResolver } from '../access/resolveCaller.js';
import type { PlaybookCatalog } from '../playbooks/PlaybookCatalog.js';
import { readPlaybookDoc } from '../playbooks/readPlaybookDoc.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { SqliteOptions } from '../storage/SqliteDocumentStore.js';
import type Database from 'better-sqlite3';
import { InterviewCardPage } from './InterviewCardPage.js';
import { NotFoundPage, SignInPage } from './MessagePage.js';
import { READING_ASSETS_PATH } from './PageShell.js';
import { pickLanguage } from './pickLanguage.js';
import { ReaderPage } from './ReaderPage.js';
import { READING_TEXTS } from './readingTexts.js';
import { renderPage } from './renderPage.js';
import { sectionHashes } from './sectionHashes.js';
import { SqliteReadingLog } from './SqliteReadingLog.js';
import type { Edition } from './StatusLabel.js';
import { readApprovedDoc } from '../versions/readApprovedDoc.js';
import type { VersionStore } from '../versions/VersionStore.js';
import * as Y from 'yjs';
import { INSTALL_ROOT } from '../installRoot.js';

export interface ReadingRouterDeps {
  resolveCaller: CallerResolver;
  access: AccessService;
  catalog: PlaybookCatalog;
  store: DocumentStore;
  /** Approved versions: readers see the newest one when there is one (`?kladde=1` shows the draft). */
  versions: VersionStore;
  /** Where readers' visits are remembered: the app's SQLite connection, or its file. */
  sqlite: { database: Database.Database } | SqliteOptions;
  /** Closes the reading log's own connection (when it has one) when this server closes. */
  closeWith?: http.Server;
  now?: () => number;
}

// The files under assets/ that may be fetched, with nothing else on disk reachable.
const ASSETS = new Set(['reading.css', 'readerSearch.js']);
const ASSETS_DIR = path.join(INSTALL_ROOT, 'server/reading/assets');

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** Who a visit belongs to: a person, or a tool's access token. */
function visitSubject(caller: Caller): string {
  return caller.kind === 'user' ? `user:${caller.user.id}` : `token:${caller.token.id}`;
}

/**
 * The server-rendered reading pages: `GET /p/:id/laes` (the reader view) and `GET /p/:id/kort` (the
 * interview card), plain HTML from the stored document without a websocket, for anyone with at least the
 * reader role (session cookie or `Authorization: Bearer` token). Not signed in: 401 with a sign-in link;
 * no role, or no such playbook: the same 404 page.
 */
export function readingRouter(deps: ReadingRouterDeps): Router {
  const { resolveCaller, access, catalog, store, versions } = deps;
  const now = deps.now ?? Date.now;
  const log = new SqliteReadingLog(deps.sqlite);
  deps.closeWith?.on('close', () => log.close());
  const router = Router();

  const send = (res: Response, status: number, page: ReactElement) => {
    res
      .status(status)
      .set({ 'Cache-Control': 'no-store', Vary: 'Cookie, Authorization, Accept-Language' })
      .type('html')
      .send(renderPage(page));
  };

  /** The caller and the playbook's content, or null after answering 401 or 404. */
  const open = async (req: Request<{ id: string }>, res: Response) => {
    const language = pickLanguage(req);
    const texts = READING_TEXTS[language];
    const { id } = req.params;
    const resolved = await resolveCaller(req, { queryToken: false });
    if (!resolved) {
      send(res, 401, createElement(SignInPage, { language, texts, back: req.originalUrl }));
      return null;
    }
    const role = isValidRoomName(id) ? await access.roleOf(resolved.caller, id) : null;
    const entry = role ? await catalog.get(id) : null;
    if (!role || !entry) {
      send(res, 404, createElement(NotFoundPage, { language, texts }));
      return null;
    }
    const current = await readPlaybookDoc(store, id);
    const approved = await readApprovedDoc(versions, id);
    const wantsDraft = req.query.kladde === '1';
    let edition: Edition = { kind: 'current' };
    let shown = current;
    if (approved && !wantsDraft) {
      const { label, approvedBy, approvedAt } = approved.version;
      // Anything in the draft the frozen copy does not have (the approval itself is in both).
      const changedSince = !sameBytes(Y.encodeStateVector(current), Y.encodeStateVector(approved.doc));
      edition = { kind: 'approved', label, approvedBy, approvedAt, changedSince };
      shown = approved.doc;
    } else if (approved) {
      edition = { kind: 'draftOfApproved', label: approved.version.label };
    }
    try {
      return {
        id,
        caller: resolved.caller,
        language,
        texts,
        file: yDocToPlaybookFile(shown),
        edition,
        archivedAt: entry.archivedAt,
      };
    } finally {
      current.destroy();
      approved?.doc.destroy();
    }
  };

  router.get('/p/:id/laes', async (req, res) => {
    const opened = await open(req, res);
    if (!opened) return;
    const { id, caller, file } = opened;
    const visit = log.recordVisit(visitSubject(caller), id, sectionHashes(file), now());
    send(res, 200, createElement(ReaderPage, { ...opened, visit }));
  });

  router.get('/p/:id/kort', async (req, res) => {
    const opened = await open(req, res);
    if (!opened) return;
    send(res, 200, createElement(InterviewCardPage, opened));
  });

  router.get(`${READING_ASSETS_PATH}/:file`, (req, res, next) => {
    const { file } = req.params;
    if (!ASSETS.has(file)) return next();
    res.sendFile(path.join(ASSETS_DIR, file), { maxAge: '1h' });
  });

  return router;
}
