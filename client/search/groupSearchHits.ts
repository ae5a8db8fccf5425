import type { SearchHit, Snippet } from '../../shared/api/searchApi.js';
import { isSectionId, type SectionId } from '../../shared/playbook/sectionIds.js';

/** One found piece of text: where it is and the snippet to show. */
export interface FoundPlace {
  /** The section the text is in; null when the playbook's title matched. */
  sectionId: SectionId | null;
  snippet: Snippet;
  /** Opens the playbook at that section (the editor scrolls to `#section-<id>`), or at its top. */
  href: string;
}

/** The hits of one playbook, in the server's order. */
export interface FoundPlaybook {
  playbookId: string;
  playbookTitle: string;
  places: FoundPlace[];
}

/** The address that opens a hit: the playbook, at the section when the hit is in one. */
export function searchHitHref(playbookId: string, sectionId: SectionId | null): string {
  const base = `/p/${encodeURIComponent(playbookId)}`;
  return sectionId === null ? base : `${base}#section-${sectionId}`;
}

/**
 * The server's hits grouped by playbook, playbooks in the order of their first hit. A section id this client
 * does not know (a newer server) opens the playbook at its top instead of at a section that is not there.
 */
export function groupSearchHits(hits: readonly SearchHit[]): FoundPlaybook[] {
  const groups = new Map<string, FoundPlaybook>();
  for (const hit of hits) {
    let group = groups.get(hit.playbookId);
    if (!group) {
      group = { playbookId: hit.playbookId, playbookTitle: hit.playbookTitle, places: [] };
      groups.set(hit.playbookId, group);
    }
    const sectionId = isSectionId(hit.sectionId) ? hit.sectionId : null;
    group.places.push({ sectionId, snippet: hit.snippet, href: searchHitHref(hit.playbookId, sectionId) });
  }
  return [...groups.values()];
}

/** Server's minimum: shorter words are not searched (see shared/api/searchApi.ts). */
export const MIN_SEARCH_WORD_CHARS = 3;

/** The words of `q` too short to be searched, to say why they were left out (the server splits the same way). */
export function tooShortWords(q: string): string[] {
  const words = q.normalize('NFC').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return [...new Set(words.filter((word) => [...word].length < MIN_SEARCH_WORD_CHARS))];
}
