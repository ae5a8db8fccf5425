import type { SearchResponse, Snippet } from '../../shared/api/searchApi.js';
import type { Caller } from '../access/AccessService.js';
import type { AccessService } from '../access/AccessService.js';
import type { Logger } from '../logger.js';
import type { PlaybookCatalog } from '../playbooks/PlaybookCatalog.js';
import { readPlaybookDoc } from '../playbooks/readPlaybookDoc.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { playbookSearchEntries } from './playbookSearchEntries.js';
import { MATCH_END, MATCH_START, type SearchIndex } from './SearchIndex.js';
import { searchTerms } from './searchTerms.js';

const MAX_RESULTS = 50;

/** A marked snippet as pieces of text; the markers never reach the client. */
export function toSnippet(marked: string): Snippet {
  const pieces: Snippet = [];
  for (const part of marked.split(MATCH_START)) {
    const end = part.indexOf(MATCH_END);
    if (end >= 0) {
      pieces.push({ text: part.slice(0, end), match: true });
      if (end + 1 < part.length) pieces.push({ text: part.slice(end + 1), match: false });
    } else if (part !== '') {
      pieces.push({ text: part, match: false });
    }
  }
  return pieces.map((piece) => ({ ...piece, text: piece.text.replaceAll(MATCH_END, '') }));
}

/**
 * Full-text search over the playbooks a caller may read, and nothing else: the candidate set is the
 * caller's memberships (or a token's one playbook) before the index is asked. Before searching, every
 * candidate whose document changed since it was indexed is indexed again from storage, so results always
 * reflect the stored document (however it changed: editing, renaming, importing, or before a restart).
 */
export class SearchService {
  constructor(
    private readonly deps: {
      index: SearchIndex;
      catalog: PlaybookCatalog;
      store: DocumentStore;
      access: AccessService;
      log: Logger;
    },
  ) {}

  async search(caller: Caller, query: string): Promise<SearchResponse> {
    const terms = searchTerms(query);
    const { index, catalog, access } = this.deps;
    const readable =
      caller.kind === 'user'
        ? await access.rolesOfUser(caller.user.id)
        : new Map([[caller.token.playbookId, caller.token.role]]);
    const entries = (await catalog.list({ archived: 'exclude' })).filter((entry) => readable.has(entry.id));
    if (terms.length === 0 || entries.length === 0) return { results: [], searchedWords: terms };
    await this.catchUp(entries);
    const titles = new Map(entries.map((entry) => [entry.id, entry.title]));
    const hits = await index.search(terms, [...titles.keys()], MAX_RESULTS);
    return {
      searchedWords: terms,
      results: hits.map((hit) => ({
        playbookId: hit.playbookId,
        playbookTitle: titles.get(hit.playbookId) ?? '',
        sectionId: hit.sectionId,
        snippet: toSnippet(hit.markedSnippet),
      })),
    };
  }

  /** Indexes again every playbook whose document changed after it was last indexed. */
  private async catchUp(entries: Array<{ id: string; updatedAt: string }>): Promise<void> {
    const { index, store, log } = this.deps;
    const indexed = await index.indexedAt(entries.map((entry) => entry.id));
    for (const entry of entries) {
      const changedAt = Date.parse(entry.updatedAt);
      const at = indexed.get(entry.id);
      if (at !== undefined && at >= changedAt) continue;
      try {
        const doc = await readPlaybookDoc(store, entry.id);
        await index.replace(entry.id, playbookSearchEntries(doc), changedAt);
        doc.destroy();
      } catch (error) {
        // One unreadable playbook must not stop everyone's search; it stays unindexed and is retried.
        log.error({ room: entry.id, err: error }, 'indexing a playbook for search failed');
      }
    }
  }
}
