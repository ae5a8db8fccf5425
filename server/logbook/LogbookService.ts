import crypto from 'node:crypto';
import type * as Y from 'yjs';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import {
  groupRoomPath,
  logbookEntryAnchor,
  MAX_LOGBOOK_ENTRIES,
  type LogbookEntry,
} from '../../shared/api/logbookApi.js';
import { findPersonalData } from '../../shared/playbook/findPersonalData.js';
import { formatDateDa } from '../../shared/playbook/formatDateDa.js';
import type { RichTextNode } from '../../shared/playbook/richTextDocSchema.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { AccessService } from '../access/AccessService.js';
import type { CourseStore, StoredCourse, StoredGroup } from '../courses/CourseStore.js';
import { HttpError } from '../http/HttpError.js';
import type { IdentityStore, Organisation, User } from '../identity/IdentityStore.js';
import { presenceIdentity } from '../access/presenceIdentity.js';
import { actionCards } from '../../shared/course/actionCards.js';
import { readPlaybookDoc } from '../playbooks/readPlaybookDoc.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { markSharedLogbookChanged } from '../../shared/course/sharedLogbookSignal.js';
import type { Principal } from '../collab/authorize.js';
import type { Logger } from '../logger.js';
import { appendToSection } from './appendToSection.js';
import type { LogbookStore, StoredLogbookEntry } from './LogbookStore.js';

/** The same answer for an unknown id and for somebody else's private entry: nobody can tell them apart. */
export const entryNotFound = () => new HttpError(404, 'entry_not_found', 'No logbook entry has this id.');
export const groupNotFound = () => new HttpError(404, 'group_not_found', 'The course has no such group.');

/** A signed-in person in a course: their role there is their role in the course's target playbook. */
export interface LogbookViewer {
  course: StoredCourse;
  user: User;
  role: PlaybookRole;
}

export interface LogbookServiceDeps {
  logbook: LogbookStore;
  courses: CourseStore;
  access: AccessService;
  identity: IdentityStore;
  /** Reads a group's working space (its action cards). */
  store: DocumentStore;
  /** Writes into a working space through its room (so open editors see the draft at once). */
  registry: { changeFromServer(id: string, mutate: (doc: Y.Doc) => void, by?: Principal | null): Promise<void> };
  now?: () => number;
  /** Where a failed clean-up after someone left a course is reported. */
  log?: Pick<Logger, 'error'>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A day as Danish text in Denmark's time zone ("12. marts 2026"). */
function danishDay(ms: number): string {
  return formatDateDa(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(ms)));
}

/** 400 `personal_data` when the text holds a CPR number: a logbook is about practice, never a citizen. */
export function refusePersonalData(text: string): void {
  if (findPersonalData(text).length > 0) {
    throw new HttpError(
      400,
      'personal_data',
      'Looks like a CPR number: a logbook entry must never hold personal data about a citizen.',
    );
  }
}

/**
 * The rules of the personal logbook. An entry is its author's alone until they share it; a shared entry is
 * shown to the members of the group it was shared with and to the course's facilitators, nobody else. No
 * private entry is ever returned to anyone but its author or written to any document. Someone who leaves the
 * course (removed from, or leaving, its target playbook) loses their private entries; what they shared stays
 * with the group it was given to.
 */
export class LogbookService {
  private readonly now: () => number;

  constructor(private readonly deps: LogbookServiceDeps) {
    this.now = deps.now ?? Date.now;
    deps.access.onChange((change) => {
      if (change.effect !== 'removed' || change.playbookId === null) return;
      this.forgetPrivateEntries(change.playbookId, change.subject).catch((error: unknown) =>
        deps.log?.error({ err: error, playbookId: change.playbookId }, 'could not delete private logbook entries'),
      );
    });
  }

  private async forgetPrivateEntries(playbookId: string, userId: string): Promise<void> {
    for (const course of await this.deps.courses.coursesOfPlaybooks([playbookId])) {
      await this.deps.logbook.deletePrivateOf(course.id, userId);
    }
  }

  /** The group the person is in now, or null. */
  private async groupOf(courseId: string, userId: string): Promise<string | null> {
    return (await this.deps.courses.groupMembers(courseId)).find((m) => m.userId === userId)?.groupId ?? null;
  }

  /**
   * 400 `unknown_action_card` unless `cardId` (when given) is a card of the group's working space: an entry
   * links only to its own group's cards, never to an id that names nothing or another group's card.
   */
  private async checkActionCard(courseId: string, groupId: string | null, cardId: string | null): Promise<void> {
    if (cardId === null) return;
    const group = groupId ? await this.findGroup(courseId, groupId) : null;
    const doc = group ? await readPlaybookDoc(this.deps.store, group.playbookId) : null;
    try {
      if (doc && actionCards.read(doc).some((card) => card.id === cardId)) return;
    } finally {
      doc?.destroy();
    }
    throw new HttpError(400, 'unknown_action_card', 'The entry can only link to an action card of your own group.');
  }

  private async findGroup(courseId: string, groupId: string): Promise<StoredGroup | null> {
    return (await this.deps.courses.listGroups(courseId)).find((g) => g.id === groupId) ?? null;
  }

  /** Whether the viewer may read a group's shared entries: its members and the course's facilitators. */
  private async seesGroup(viewer: LogbookViewer, groupId: string): Promise<boolean> {
    if (viewer.role === 'facilitator') return true;
    return (await this.groupOf(viewer.course.id, viewer.user.id)) === groupId;
  }

  /** The entry when the viewer may see it (their own, or shared with a group they see), else 404. */
  private async visible(viewer: LogbookViewer, id: string): Promise<StoredLogbookEntry> {
    const entry = await this.deps.logbook.get(viewer.course.id, id);
    if (!entry) throw entryNotFound();
    if (entry.authorId === viewer.user.id) return entry;
    if (entry.sharedAt !== null && entry.groupId !== null && (await this.seesGroup(viewer, entry.groupId))) {
      return entry;
    }
    throw entryNotFound();
  }

  /** The viewer's own entry, else 404 (also for a shared entry of someone else). */
  private async own(viewer: LogbookViewer, id: string): Promise<StoredLogbookEntry> {
    const entry = await this.deps.logbook.get(viewer.course.id, id);
    if (!entry || entry.authorId !== viewer.user.id) throw entryNotFound();
    return entry;
  }

  private async describe(entries: StoredLogbookEntry[]): Promise<LogbookEntry[]> {
    const people = new Map<string, { displayName: string; organisation: Organisation | null }>();
    const result: LogbookEntry[] = [];
    for (const entry of entries) {
      let author = people.get(entry.authorId);
      if (!author) {
        const user = await this.deps.identity.getUser(entry.authorId);
        const organisation = user ? await this.deps.identity.getOrganisation(user.organisationId) : null;
        author = { displayName: user?.displayName ?? '', organisation };
        people.set(entry.authorId, author);
      }
      result.push({
        id: entry.id,
        courseId: entry.courseId,
        groupId: entry.groupId,
        actionCardId: entry.actionCardId,
        text: entry.text,
        author: {
          userId: entry.authorId,
          displayName: author.displayName,
          organisation: author.organisation
            ? { id: author.organisation.id, name: author.organisation.name, kind: author.organisation.kind }
            : null,
        },
        createdAt: iso(entry.createdAt),
        updatedAt: iso(entry.updatedAt),
        sharedAt: entry.sharedAt === null ? null : iso(entry.sharedAt),
        usedIn: entry.usedIn.map((use) => ({ playbookId: use.playbookId, sectionId: use.sectionId, at: iso(use.at) })),
      });
    }
    return result;
  }

  private async describeOne(entry: StoredLogbookEntry): Promise<LogbookEntry> {
    return (await this.describe([entry]))[0]!;
  }

  /** The viewer's own entries, private and shared, newest first. */
  async listOwn(viewer: LogbookViewer): Promise<LogbookEntry[]> {
    return this.describe(await this.deps.logbook.listByAuthor(viewer.course.id, viewer.user.id));
  }

  async create(viewer: LogbookViewer, input: { text: string; actionCardId: string | null }): Promise<LogbookEntry> {
    refusePersonalData(input.text);
    if ((await this.deps.logbook.countByAuthor(viewer.course.id, viewer.user.id)) >= MAX_LOGBOOK_ENTRIES) {
      throw new HttpError(409, 'logbook_full', `A logbook holds at most ${MAX_LOGBOOK_ENTRIES} entries per course.`);
    }
    const groupId = await this.groupOf(viewer.course.id, viewer.user.id);
    await this.checkActionCard(viewer.course.id, groupId, input.actionCardId);
    const now = this.now();
    const entry: StoredLogbookEntry = {
      id: crypto.randomUUID(),
      courseId: viewer.course.id,
      authorId: viewer.user.id,
      groupId,
      actionCardId: input.actionCardId,
      text: input.text,
      createdAt: now,
      updatedAt: now,
      sharedAt: null,
      usedIn: [],
    };
    await this.deps.logbook.create(entry);
    return this.describeOne(entry);
  }

  async get(viewer: LogbookViewer, id: string): Promise<LogbookEntry> {
    return this.describeOne(await this.visible(viewer, id));
  }

  async update(
    viewer: LogbookViewer,
    id: string,
    patch: { text?: string; actionCardId?: string | null },
  ): Promise<LogbookEntry> {
    const before = await this.own(viewer, id);
    if (patch.text !== undefined) refusePersonalData(patch.text);
    if (patch.actionCardId !== undefined) {
      await this.checkActionCard(viewer.course.id, before.groupId, patch.actionCardId);
    }
    if (!(await this.deps.logbook.update(viewer.course.id, viewer.user.id, id, { ...patch, updatedAt: this.now() }))) {
      throw entryNotFound();
    }
    if (before.sharedAt !== null) await this.signalShared(viewer.course.id, before.groupId);
    return this.describeOne(await this.own(viewer, id));
  }

  async remove(viewer: LogbookViewer, id: string): Promise<void> {
    const before = await this.own(viewer, id);
    if (!(await this.deps.logbook.delete(viewer.course.id, viewer.user.id, id))) throw entryNotFound();
    if (before.sharedAt !== null) await this.signalShared(viewer.course.id, before.groupId);
  }

  /**
   * Tells the group's open rooms that its shared entries changed: a timestamp in its working space's
   * `logbook` map (shared/course/sharedLogbookSignal.ts), never the text.
   */
  private async signalShared(courseId: string, groupId: string | null): Promise<void> {
    const group = groupId ? await this.findGroup(courseId, groupId) : null;
    if (!group) return;
    const at = this.now();
    await this.deps.registry.changeFromServer(group.playbookId, (doc) => markSharedLogbookChanged(doc, at));
  }

  /**
   * Shares an own entry with the group it was written in (or, written outside any group, the group the author
   * is in now: 409 `not_in_group` without one), or makes it private again.
   */
  async setShared(viewer: LogbookViewer, id: string, shared: boolean): Promise<LogbookEntry> {
    const entry = await this.own(viewer, id);
    let groupId = entry.groupId;
    if (shared && groupId === null) {
      groupId = await this.groupOf(viewer.course.id, viewer.user.id);
      if (groupId === null) {
        throw new HttpError(409, 'not_in_group', 'Only a member of a learning group can share an entry.');
      }
    }
    const sharedAt = shared ? (entry.sharedAt ?? this.now()) : null;
    await this.deps.logbook.setShared(viewer.course.id, viewer.user.id, id, sharedAt, groupId);
    if ((entry.sharedAt !== null) !== shared) await this.signalShared(viewer.course.id, groupId);
    return this.describeOne(await this.own(viewer, id));
  }

  /** The shared entries of a group, for its members and the course's facilitators (404 for anyone else). */
  async listGroup(viewer: LogbookViewer, groupId: string): Promise<LogbookEntry[]> {
    if (!(await this.findGroup(viewer.course.id, groupId)) || !(await this.seesGroup(viewer, groupId))) {
      throw groupNotFound();
    }
    return this.describe(await this.deps.logbook.listSharedOfGroup(viewer.course.id, groupId));
  }

  /**
   * Uses a shared entry as draft text: appends it to the section of its group's working space, with a line
   * linking back to the entry on the group room page (`origin` + path), and records where it went. Only
   * members of that group and the course's facilitators; a private entry is 404 even to its author, who
   * shares it first.
   */
  async use(viewer: LogbookViewer, id: string, sectionId: SectionId, origin: string): Promise<LogbookEntry> {
    const entry = await this.visible(viewer, id);
    if (entry.sharedAt === null || entry.groupId === null || !(await this.seesGroup(viewer, entry.groupId))) {
      throw entryNotFound();
    }
    const group = await this.findGroup(viewer.course.id, entry.groupId);
    if (!group) throw entryNotFound();
    const [described] = await this.describe([entry]);
    const author = described!.author;
    const source = [author.displayName, author.organisation?.name, danishDay(entry.createdAt)]
      .filter((part) => part !== undefined && part !== '')
      .join(', ');
    const href = `${origin}${groupRoomPath(viewer.course.id, group.id)}#${logbookEntryAnchor(entry.id)}`;
    const blocks: RichTextNode[] = entry.text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }));
    blocks.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: '— ' },
        {
          type: 'text',
          text: `fra logbogen (${source})`,
          marks: [{ type: 'italic' }, { type: 'link', attrs: { href } }],
        },
      ],
    });
    // On the user's behalf: the live view shows their organisation as the section's last editor.
    const organisation = await this.deps.identity.getOrganisation(viewer.user.organisationId);
    const by: Principal = {
      kind: 'user',
      canWrite: true,
      subject: viewer.user.id,
      ...(organisation ? { identity: presenceIdentity(viewer.user.displayName, organisation) } : {}),
    };
    await this.deps.registry.changeFromServer(group.playbookId, (doc) => appendToSection(doc, sectionId, blocks), by);
    await this.deps.logbook.addUse(viewer.course.id, entry.id, {
      playbookId: group.playbookId,
      sectionId,
      at: this.now(),
    });
    // The entry now says where it was used (after it is stored): the group's rooms fetch it again.
    await this.signalShared(viewer.course.id, entry.groupId);
    return this.describeOne((await this.deps.logbook.get(viewer.course.id, entry.id)) ?? entry);
  }
}
