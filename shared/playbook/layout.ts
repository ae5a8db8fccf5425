import type { SectionId } from './sectionIds.js';

/**
 * The layout of one playbook's Y.Doc. Every container is a ROOT type, reached by name with
 * `doc.getMap(name)`, `doc.getArray(name)` or `doc.getXmlFragment(name)`. Root types exist in every replica
 * without being created, so two clients can never create the same container twice and lose one of them
 * (the classic nested-Y-type race); only items inside the arrays are created, each by one client.
 *
 * ```
 * name              Yjs type                 holds
 * ----------------  -----------------------  ------------------------------------------------------------
 * meta              Y.Map                    schemaVersion (number), title, status, version, area, region,
 *                                            organiser, approvedBy, approvedOn, nextReviewOn
 *                                            (strings; dates as 'YYYY-MM-DD' or null)
 * ruleBasis         Y.Map                    regelgrundlag: name, reference, validFrom, validTo (or null)
 * partners          Y.Array<Y.Map>           id, order, kind (kommune | akasse | andet), name, branch
 * promptsVisible    Y.Map                    <sectionId> -> boolean: facilitator prompts shown or hidden
 * section:<id>      Y.XmlFragment × 13       rich text of each section, bound to tiptap through the
 *                                            Collaboration extension with `field: 'section:<id>'`
 * agenda            Y.Array<Y.Map>           id, order, title, purpose, lead (jobcenter | akasse | borger |
 *                                            faelles), minutes (number or null), mustCover, keyQuestions
 *                                            (string[])
 * roles             Y.Array<Y.Map>           id, order, task, jobcenter, akasse, borger
 *                                            (each leder | bidrager | informeres | null)
 * checklistItems    Y.Array<Y.Map>           id, order, sectionId (before | rights | after), group, text,
 *                                            who (a lead code or null)
 * ifThenCards       Y.Array<Y.Map>           id, order, trigger ("hvis"), response ("så"), who, ruleNote
 * contacts          Y.Array<Y.Map>           id, order, partnerId (or null), role, phone, email, note
 * actionCards       Y.Array<Y.Map>           a learning group's action cards (aktionskort), used in the
 *                                            group's working space: see shared/course/actionCards.ts
 * logbook           Y.Map                    in a group's working space only: sharedChangedAt (epoch ms), a
 *                                            signal the server bumps when the group's shared logbook entries
 *                                            change (never entry text): shared/course/sharedLogbookSignal.ts
 * ```
 *
 * Order: items of every array are shown sorted by their `order` number (ties broken by `id`), not by their
 * position in the Y.Array. A move changes one number instead of deleting and re-inserting the Y.Map, so an
 * edit made by someone else to the moved item at the same moment is kept.
 *
 * Merging: each Y.Map field is last-writer-wins on its own, so two people changing the title and the minutes
 * of one agenda item both win; two people changing the same title at once keep the later one. Prose that
 * people write together belongs in the section's fragment, which merges character by character.
 * `keyQuestions` is one value (last writer wins as a whole) because it is edited as one short list.
 *
 * The section prompts are not in the document: they come from the catalogue (`sections.ts`), in Danish
 * and English. The section catalogue, not the document, decides which sections exist.
 */
export const layout = {
  meta: 'meta',
  ruleBasis: 'ruleBasis',
  partners: 'partners',
  promptsVisible: 'promptsVisible',
  agenda: 'agenda',
  roles: 'roles',
  checklistItems: 'checklistItems',
  ifThenCards: 'ifThenCards',
  contacts: 'contacts',
  actionCards: 'actionCards',
} as const;

/** Names of the root Y.Arrays that hold ordered lists of Y.Maps. */
export type ListName = 'partners' | 'agenda' | 'roles' | 'checklistItems' | 'ifThenCards' | 'contacts' | 'actionCards';

/**
 * Name of a section's Y.XmlFragment, e.g. `section:agenda`. Pass it as the Collaboration extension's
 * `field`: tiptap's default ('default', or 'prosemirror' in y-tiptap's helpers) would bind every editor to
 * one shared, wrong fragment.
 */
export function sectionFieldName(id: SectionId): `section:${SectionId}` {
  return `section:${id}`;
}
