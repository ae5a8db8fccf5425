import type { LiveCell, LiveSnapshot } from '../../shared/api/liveViewApi.js';
import type { RoomRegistry } from '../collab/RoomRegistry.js';
import type { CourseStore, StoredCourse } from '../courses/CourseStore.js';
import { readPlaybookDoc } from '../playbooks/readPlaybookDoc.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { onlinePeople, summariseActions, summariseDoc, type DocSummary } from './docSummary.js';
import { SectionActivity } from './SectionActivity.js';
import type { SectionEdit } from './SectionActivityStore.js';

/** Summaries kept between snapshots; far more than the playbooks of the courses watched at once. */
const MAX_CACHED_SUMMARIES = 500;

export interface LiveViewServiceDeps {
  courses: CourseStore;
  store: DocumentStore;
  registry: Pick<RoomRegistry, 'connectedPrincipals'>;
  activity: SectionActivity;
  now?: () => number;
}

/**
 * Computes the facilitator's live view of a course: each playbook's content summary is read from storage
 * once and kept until a room commits a change to that playbook (`invalidate`), so a snapshot after one
 * group typed reads one document, not every group's.
 */
export class LiveViewService {
  private readonly summaries = new Map<string, DocSummary>();
  private readonly now: () => number;

  constructor(private readonly deps: LiveViewServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** The playbook changed: its summary is read again next time. */
  invalidate(playbookId: string): void {
    this.summaries.delete(playbookId);
  }

  private async summary(playbookId: string): Promise<DocSummary> {
    const cached = this.summaries.get(playbookId);
    if (cached) return cached;
    const doc = await readPlaybookDoc(this.deps.store, playbookId);
    try {
      const summary = summariseDoc(doc);
      if (this.summaries.size >= MAX_CACHED_SUMMARIES) {
        // Oldest first (insertion order): a course being watched reads its few playbooks again.
        const oldest = this.summaries.keys().next().value;
        if (oldest !== undefined) this.summaries.delete(oldest);
      }
      this.summaries.set(playbookId, summary);
      return summary;
    } finally {
      doc.destroy();
    }
  }

  /** The playbooks of a course: its target playbook, then each group's working space. */
  async playbooksOf(course: StoredCourse): Promise<string[]> {
    const groups = await this.deps.courses.listGroups(course.id);
    return [course.playbookId, ...groups.map((group) => group.playbookId)];
  }

  async snapshot(course: StoredCourse): Promise<LiveSnapshot> {
    const now = this.now();
    const today = new Date(now).toISOString().slice(0, 10);
    const groups = await this.deps.courses.listGroups(course.id);
    const edits = await this.deps.activity.lastEdits([course.playbookId, ...groups.map((g) => g.playbookId)]);
    const cells = async (playbookId: string): Promise<{ cells: LiveCell[]; summary: DocSummary }> => {
      const summary = await this.summary(playbookId);
      return {
        summary,
        cells: summary.sections.map((section) => ({
          ...section,
          lastEdit: lastEditOf(SectionActivity.find(edits, playbookId, section.sectionId)),
        })),
      };
    };
    const online = async (playbookId: string) => onlinePeople(await this.deps.registry.connectedPrincipals(playbookId));

    const own = await cells(course.playbookId);
    return {
      courseId: course.id,
      title: course.title,
      at: new Date(now).toISOString(),
      today,
      course: { playbookId: course.playbookId, sections: own.cells, online: await online(course.playbookId) },
      groups: await Promise.all(
        groups.map(async (group) => {
          const space = await cells(group.playbookId);
          return {
            id: group.id,
            name: group.name,
            playbookId: group.playbookId,
            sections: space.cells,
            online: await online(group.playbookId),
            actions: summariseActions(space.summary.actionCards, today),
          };
        }),
      ),
    };
  }
}

function lastEditOf(edit: SectionEdit | null): LiveCell['lastEdit'] {
  if (!edit) return null;
  return {
    at: new Date(edit.at).toISOString(),
    organisation: edit.organisation,
    organisationName: edit.organisationName,
  };
}
