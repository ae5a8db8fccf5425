import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { InsertedBlock, MergeBody, MergeResult, SectionComparison } from '../../shared/api/liveViewApi.js';
import { getPlaybookSchema } from '../../shared/editor/extensions.js';
import { countWords, fragmentText } from '../../shared/playbook/fragmentText.js';
import { emptyRichTextDoc, type RichTextDoc } from '../../shared/playbook/richTextDocSchema.js';
import { sectionFragment } from '../../shared/playbook/sectionFragment.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { PresenceIdentity } from '../collab/authorize.js';
import type { RoomRegistry } from '../collab/RoomRegistry.js';
import { groupNotFound } from '../courses/CourseService.js';
import type { CourseStore, StoredCourse, StoredGroup } from '../courses/CourseStore.js';
import { HttpError } from '../http/HttpError.js';
import { readPlaybookDoc } from '../playbooks/readPlaybookDoc.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { SectionActivity } from './SectionActivity.js';

export interface SectionMergeDeps {
  courses: CourseStore;
  store: DocumentStore;
  registry: Pick<RoomRegistry, 'changeFromServer'>;
  activity: SectionActivity;
}

interface Block {
  /** The block as the editor shows it (tiptap JSON). */
  json: RichTextDoc;
  /** A copy of its Yjs content, holding only what the editor shows; not yet in any document. */
  copy: Y.XmlElement;
}

/**
 * The top-level blocks of a section the editor can show, each rendered on its own in a throw-away document.
 * y-tiptap drops (and deletes) nodes that do not fit the schema; doing it on a copy keeps the real document
 * untouched, and checking the result keeps anything the editor would refuse out of the course playbook,
 * where it would stop that section from syncing. The side-by-side view numbers exactly these blocks.
 */
function renderableBlocks(fragment: Y.XmlFragment): Block[] {
  const schema = getPlaybookSchema();
  const blocks: Block[] = [];
  for (const child of fragment.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    const probe = new Y.Doc();
    try {
      const copy = probe.getXmlFragment('probe');
      copy.insert(0, [child.clone()]);
      const root = yXmlFragmentToProseMirrorRootNode(copy, schema);
      root.check();
      const shown = copy.get(0);
      if (root.childCount !== 1 || copy.length !== 1 || !(shown instanceof Y.XmlElement)) continue;
      blocks.push({ json: root.child(0).toJSON() as RichTextDoc, copy: shown.clone() });
    } catch {
      // Not something the editor can show: left out.
    } finally {
      probe.destroy();
    }
  }
  return blocks;
}

/** A section's rich text as tiptap JSON, as the editor shows it (nothing written: an empty editor). */
function fragmentJson(fragment: Y.XmlFragment): RichTextDoc {
  const blocks = renderableBlocks(fragment);
  return blocks.length === 0 ? emptyRichTextDoc() : { type: 'doc', content: blocks.map((block) => block.json) };
}

const wordsOf = (fragment: Y.XmlFragment) => countWords(fragmentText(fragment));

/** Nothing written: no blocks, or only empty paragraphs (what a fresh section holds). */
function isBlank(fragment: Y.XmlFragment): boolean {
  return fragment
    .toArray()
    .every(
      (node) =>
        node instanceof Y.XmlElement &&
        node.nodeName === 'paragraph' &&
        wordsOf(node as unknown as Y.XmlFragment) === 0,
    );
}

/**
 * The side-by-side view and the merge: reads how each learning group answered a section, and copies a
 * group's text into the course playbook's section through its room (`changeFromServer`), so everyone who
 * has the course playbook open sees it at once. The group's Yjs content is cloned node by node, so
 * formatting, lists and links arrive exactly as the group wrote them; nothing is parsed from HTML.
 */
export class SectionMerge {
  constructor(private readonly deps: SectionMergeDeps) {}

  async compare(course: StoredCourse, sectionId: SectionId): Promise<SectionComparison> {
    const groups = await this.deps.courses.listGroups(course.id);
    const edits = await this.deps.activity.lastEdits(groups.map((g) => g.playbookId));
    const read = async (playbookId: string) => {
      const doc = await readPlaybookDoc(this.deps.store, playbookId);
      try {
        const fragment = sectionFragment(doc, sectionId);
        return { playbookId, content: fragmentJson(fragment), words: wordsOf(fragment) };
      } finally {
        doc.destroy();
      }
    };
    return {
      sectionId,
      course: await read(course.playbookId),
      groups: await Promise.all(
        groups.map(async (group) => {
          const edit = SectionActivity.find(edits, group.playbookId, sectionId);
          return {
            id: group.id,
            name: group.name,
            ...(await read(group.playbookId)),
            lastEdit: edit
              ? {
                  at: new Date(edit.at).toISOString(),
                  organisation: edit.organisation,
                  organisationName: edit.organisationName,
                }
              : null,
          };
        }),
      ),
    };
  }

  private async group(course: StoredCourse, groupId: string): Promise<StoredGroup> {
    const group = (await this.deps.courses.listGroups(course.id)).find((g) => g.id === groupId);
    if (!group) throw groupNotFound();
    return group;
  }

  /**
   * Copies the group's section (or the chosen top-level blocks of it) into the course playbook: after what
   * is there (`append`; a blank section is simply filled) or instead of it (`replace`). No attribution line
   * is added: the course playbook is the text people will use, and the side-by-side view shows the sources.
   */
  async merge(course: StoredCourse, body: MergeBody, by: PresenceIdentity | null): Promise<MergeResult> {
    const group = await this.group(course, body.groupId);
    const source = await readPlaybookDoc(this.deps.store, group.playbookId);
    let copies: Y.XmlElement[];
    try {
      // The blocks the side-by-side view numbered: those the editor shows.
      const blocks = renderableBlocks(sectionFragment(source, body.sectionId));
      const chosen = body.blocks ? [...new Set(body.blocks)].sort((a, b) => a - b) : blocks.map((_, index) => index);
      const missing = chosen.filter((index) => index >= blocks.length);
      if (missing.length > 0) {
        throw new HttpError(400, 'unknown_block', "The group's section has fewer blocks than asked for.", [
          `blocks: ${missing.join(', ')} not in the section (it has ${blocks.length})`,
        ]);
      }
      copies = chosen.map((index) => blocks[index]!.copy);
    } finally {
      source.destroy();
    }
    const replaced = body.mode === 'replace';
    return this.write(course, body.sectionId, by, (target) => {
      if (replaced || isBlank(target)) target.delete(0, target.length);
      target.insert(target.length, copies);
      return { inserted: copies.map(itemIdOf), replaced };
    });
  }

  /**
   * Undoes a merge: takes out the blocks it inserted that are still there (`remove`), and puts `content`
   * (tiptap JSON, checked against the editor schema by the caller) back at the top, where a `replace` took it
   * from. Blocks others added meanwhile stay. Without `remove`, `content` replaces the whole section.
   */
  async restore(
    course: StoredCourse,
    sectionId: SectionId,
    undo: { remove?: InsertedBlock[]; content?: RichTextDoc },
    by: PresenceIdentity | null,
  ): Promise<MergeResult> {
    return this.write(course, sectionId, by, (target) => {
      if (undo.remove) {
        const wanted = new Set(undo.remove.map(({ client, clock }) => `${client}:${clock}`));
        // From the end, so the indexes of the blocks still to look at do not move.
        for (let index = target.length - 1; index >= 0; index -= 1) {
          const item = target.get(index);
          if (item instanceof Y.XmlElement && wanted.has(itemKeyOf(item))) target.delete(index, 1);
        }
      } else {
        target.delete(0, target.length);
      }
      if (undo.content) {
        // Built in a scratch document, then cloned in at the top: prosemirrorJSONToYXmlFragment only appends.
        const scratch = new Y.Doc();
        const built = scratch.getXmlFragment('restore');
        prosemirrorJSONToYXmlFragment(getPlaybookSchema(), undo.content, built);
        const blocks = built
          .toArray()
          .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement)
          .map((node) => node.clone());
        scratch.destroy();
        if (isBlank(target)) target.delete(0, target.length);
        target.insert(0, blocks);
      }
      return { inserted: [], replaced: false };
    });
  }

  private async write(
    course: StoredCourse,
    sectionId: SectionId,
    by: PresenceIdentity | null,
    change: (target: Y.XmlFragment) => { inserted: InsertedBlock[]; replaced: boolean },
  ): Promise<MergeResult> {
    let previous: RichTextDoc = emptyRichTextDoc();
    let content: RichTextDoc = emptyRichTextDoc();
    let words = 0;
    let changed: { inserted: InsertedBlock[]; replaced: boolean } = { inserted: [], replaced: false };
    await this.deps.registry.changeFromServer(course.playbookId, (doc) => {
      const target = sectionFragment(doc, sectionId);
      previous = fragmentJson(target);
      changed = change(target);
      // An editor bound to an empty fragment would write its own empty paragraph; the server writes it once.
      if (target.length === 0) target.insert(0, [new Y.XmlElement('paragraph')]);
      content = fragmentJson(target);
      words = wordsOf(target);
    });
    if (by) this.deps.activity.record(course.playbookId, [sectionId], by);
    return { sectionId, content, previous, words, ...changed };
  }
}

/** A block's Yjs item id: unique in its document, and stable while the block exists. */
function itemIdOf(block: Y.XmlElement): InsertedBlock {
  const id = block._item?.id;
  if (!id) throw new Error('a block was not integrated into the document');
  return { client: id.client, clock: id.clock };
}

function itemKeyOf(block: Y.XmlElement): string {
  const id = block._item?.id;
  return id ? `${id.client}:${id.clock}` : '';
}
