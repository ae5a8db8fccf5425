import { MIXED_GROUP_RULES, type MixedGroupRule } from '../../shared/api/coursesApi.js';
import { SqliteTables, type SqliteSource } from '../storage/SqliteTables.js';
import type {
  CoursePatch,
  CourseStore,
  StoredCourse,
  StoredGroup,
  StoredGroupMember,
  StoredWorkshop,
  WorkshopPatch,
} from './CourseStore.js';

// Times are epoch milliseconds. Group members reference the identity tables' users (created first, by
// SqliteIdentityStore): a deleted account leaves its groups. One group per person and course (UNIQUE).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS courses (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  goal TEXT NOT NULL,
  partner_organisation_ids TEXT NOT NULL,
  mixed_groups TEXT NOT NULL,
  playbook_id TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS courses_by_playbook ON courses (playbook_id);
CREATE TABLE IF NOT EXISTS course_workshops (
  id TEXT PRIMARY KEY,
  course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  place TEXT NOT NULL,
  notes TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS course_workshops_by_course ON course_workshops (course_id, date);
CREATE TABLE IF NOT EXISTS course_groups (
  id TEXT PRIMARY KEY,
  course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  playbook_id TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS course_groups_by_course ON course_groups (course_id, created_at);
CREATE INDEX IF NOT EXISTS course_groups_by_playbook ON course_groups (playbook_id);
CREATE TABLE IF NOT EXISTS course_group_members (
  course_id TEXT NOT NULL,
  group_id TEXT NOT NULL REFERENCES course_groups (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  added_at INTEGER NOT NULL,
  PRIMARY KEY (course_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS course_group_members_by_group ON course_group_members (group_id);
`;

interface CourseRow {
  id: string;
  title: string;
  goal: string;
  partner_organisation_ids: string;
  mixed_groups: string;
  playbook_id: string;
  created_by: string;
  created_at: number;
}

interface WorkshopRow {
  id: string;
  course_id: string;
  title: string;
  date: string;
  place: string;
  notes: string;
}

interface GroupRow {
  id: string;
  course_id: string;
  name: string;
  playbook_id: string;
  created_at: number;
}

// A value this version does not know (written by a newer one) reads as the stricter rule.
function toRule(value: string): MixedGroupRule {
  return (MIXED_GROUP_RULES as readonly string[]).includes(value) ? (value as MixedGroupRule) : 'refuse';
}

function toIds(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
}

const toCourse = (row: CourseRow): StoredCourse => ({
  id: row.id,
  title: row.title,
  goal: row.goal,
  partnerOrganisationIds: toIds(row.partner_organisation_ids),
  mixedGroups: toRule(row.mixed_groups),
  playbookId: row.playbook_id,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

const toWorkshop = (row: WorkshopRow): StoredWorkshop => ({
  id: row.id,
  courseId: row.course_id,
  title: row.title,
  date: row.date,
  place: row.place,
  notes: row.notes,
});

const toGroup = (row: GroupRow): StoredGroup => ({
  id: row.id,
  courseId: row.course_id,
  name: row.name,
  playbookId: row.playbook_id,
  createdAt: row.created_at,
});

const COURSE_COLUMNS = 'id, title, goal, partner_organisation_ids, mixed_groups, playbook_id, created_by, created_at';
const WORKSHOP_COLUMNS = 'id, course_id, title, date, place, notes';
const GROUP_COLUMNS = 'id, course_id, name, playbook_id, created_at';

/**
 * Courses, workshops and groups in the app's SQLite file. Pass `{ database }` to share a connection (closed
 * by its owner) or the file options to open one of its own.
 */
export class SqliteCourseStore extends SqliteTables implements CourseStore {
  private readonly stmts;

  constructor(source: SqliteSource) {
    super(source, SCHEMA, { foreignKeys: true });
    this.stmts = {
      insertCourse: this.db.prepare<[string, string, string, string, string, string, string, number]>(
        `INSERT INTO courses (${COURSE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      course: this.db.prepare<[string], CourseRow>(`SELECT ${COURSE_COLUMNS} FROM courses WHERE id = ?`),
      coursesOfPlaybooks: this.db.prepare<[string], CourseRow>(
        `SELECT ${COURSE_COLUMNS} FROM courses WHERE playbook_id IN (SELECT value FROM json_each(?))
         ORDER BY created_at DESC, id`,
      ),
      insertWorkshop: this.db.prepare<[string, string, string, string, string, string]>(
        `INSERT INTO course_workshops (${WORKSHOP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      workshops: this.db.prepare<[string], WorkshopRow>(
        `SELECT ${WORKSHOP_COLUMNS} FROM course_workshops WHERE course_id = ? ORDER BY date, title, id`,
      ),
      workshop: this.db.prepare<[string, string], WorkshopRow>(
        `SELECT ${WORKSHOP_COLUMNS} FROM course_workshops WHERE course_id = ? AND id = ?`,
      ),
      deleteWorkshop: this.db.prepare<[string, string]>('DELETE FROM course_workshops WHERE course_id = ? AND id = ?'),
      insertGroup: this.db.prepare<[string, string, string, string, number]>(
        `INSERT INTO course_groups (${GROUP_COLUMNS}) VALUES (?, ?, ?, ?, ?)`,
      ),
      groups: this.db.prepare<[string], GroupRow>(
        `SELECT ${GROUP_COLUMNS} FROM course_groups WHERE course_id = ? ORDER BY created_at, id`,
      ),
      groupOfPlaybook: this.db.prepare<[string], GroupRow>(
        `SELECT ${GROUP_COLUMNS} FROM course_groups WHERE playbook_id = ? ORDER BY created_at, id LIMIT 1`,
      ),
      renameGroup: this.db.prepare<[string, string, string]>(
        'UPDATE course_groups SET name = ? WHERE course_id = ? AND id = ?',
      ),
      deleteGroup: this.db.prepare<[string, string]>('DELETE FROM course_groups WHERE course_id = ? AND id = ?'),
      members: this.db.prepare<[string], { group_id: string; user_id: string }>(
        'SELECT group_id, user_id FROM course_group_members WHERE course_id = ? ORDER BY added_at, user_id',
      ),
      clearGroup: this.db.prepare<[string]>('DELETE FROM course_group_members WHERE group_id = ?'),
      leaveCourseGroups: this.db.prepare<[string, string]>(
        'DELETE FROM course_group_members WHERE course_id = ? AND user_id = ?',
      ),
      insertMember: this.db.prepare<[string, string, string, number]>(
        'INSERT INTO course_group_members (course_id, group_id, user_id, added_at) VALUES (?, ?, ?, ?)',
      ),
    };
  }

  createCourse(course: StoredCourse, workshops: StoredWorkshop[]): void {
    this.db.transaction(() => {
      this.stmts.insertCourse.run(
        course.id,
        course.title,
        course.goal,
        JSON.stringify(course.partnerOrganisationIds),
        course.mixedGroups,
        course.playbookId,
        course.createdBy,
        course.createdAt,
      );
      for (const workshop of workshops) this.createWorkshop(workshop);
    })();
  }

  getCourse(id: string): StoredCourse | null {
    const row = this.stmts.course.get(id);
    return row ? toCourse(row) : null;
  }

  coursesOfPlaybooks(playbookIds: string[]): StoredCourse[] {
    return this.stmts.coursesOfPlaybooks.all(JSON.stringify(playbookIds)).map(toCourse);
  }

  updateCourse(id: string, patch: CoursePatch): void {
    const current = this.getCourse(id);
    if (!current) return;
    const next = { ...current, ...patch };
    this.db
      .prepare<[string, string, string, string, string]>(
        'UPDATE courses SET title = ?, goal = ?, partner_organisation_ids = ?, mixed_groups = ? WHERE id = ?',
      )
      .run(next.title, next.goal, JSON.stringify(next.partnerOrganisationIds), next.mixedGroups, id);
  }

  listWorkshops(courseId: string): StoredWorkshop[] {
    return this.stmts.workshops.all(courseId).map(toWorkshop);
  }

  createWorkshop(workshop: StoredWorkshop): void {
    const { id, courseId, title, date, place, notes } = workshop;
    this.stmts.insertWorkshop.run(id, courseId, title, date, place, notes);
  }

  updateWorkshop(courseId: string, id: string, patch: WorkshopPatch): boolean {
    const row = this.stmts.workshop.get(courseId, id);
    if (!row) return false;
    const next = { ...toWorkshop(row), ...patch };
    this.db
      .prepare<[string, string, string, string, string]>(
        'UPDATE course_workshops SET title = ?, date = ?, place = ?, notes = ? WHERE id = ?',
      )
      .run(next.title, next.date, next.place, next.notes, id);
    return true;
  }

  deleteWorkshop(courseId: string, id: string): boolean {
    return this.stmts.deleteWorkshop.run(courseId, id).changes > 0;
  }

  listGroups(courseId: string): StoredGroup[] {
    return this.stmts.groups.all(courseId).map(toGroup);
  }

  groupOfPlaybook(playbookId: string): StoredGroup | null {
    const row = this.stmts.groupOfPlaybook.get(playbookId);
    return row ? toGroup(row) : null;
  }

  createGroup(group: StoredGroup): void {
    this.stmts.insertGroup.run(group.id, group.courseId, group.name, group.playbookId, group.createdAt);
  }

  renameGroup(courseId: string, id: string, name: string): boolean {
    return this.stmts.renameGroup.run(name, courseId, id).changes > 0;
  }

  deleteGroup(courseId: string, id: string): boolean {
    return this.stmts.deleteGroup.run(courseId, id).changes > 0;
  }

  groupMembers(courseId: string): StoredGroupMember[] {
    return this.stmts.members.all(courseId).map((row) => ({ groupId: row.group_id, userId: row.user_id }));
  }

  setGroupMembers(courseId: string, groupId: string, userIds: string[], now: number): void {
    this.db.transaction(() => {
      this.stmts.clearGroup.run(groupId);
      for (const userId of userIds) {
        this.stmts.leaveCourseGroups.run(courseId, userId);
        this.stmts.insertMember.run(courseId, groupId, userId, now);
      }
    })();
  }
}
