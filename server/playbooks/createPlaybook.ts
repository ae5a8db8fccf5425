import type { PlaybookCatalogEntry } from '../../shared/api/playbooksApi.js';
import type { AccessService } from '../access/AccessService.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { newPlaybookId } from './newPlaybookId.js';
import type { PlaybookCatalog } from './PlaybookCatalog.js';
import type { PlaybookLibrary } from './playbookLibrary.js';

export interface CreatePlaybookDeps {
  catalog: PlaybookCatalog;
  library: PlaybookLibrary;
  store: DocumentStore;
  access: AccessService;
}

/**
 * A new playbook seeded from a template or example (null: blank): the seeded document, its creator as
 * facilitator, then its catalogue row. Throws `UnknownTemplateError` for an unknown `templateId` before
 * anything is stored. Used by `POST /api/playbooks` and by courses (target playbook, group working spaces).
 */
export async function createPlaybook(
  { catalog, library, store, access }: CreatePlaybookDeps,
  input: { templateId: string | null; title: string; creatorId: string },
): Promise<PlaybookCatalogEntry> {
  const seeded = library.seed(input.templateId, input.title);
  const id = await newPlaybookId(catalog);
  // Document first: a catalogue row always points at a seeded document, never at an empty one.
  await store.appendUpdate(id, seeded.update);
  const { title, status, area } = seeded.meta;
  // Membership before the catalogue row: a listed playbook always has its facilitator.
  await access.addCreator(id, input.creatorId);
  return catalog.create({ id, title, status, area, templateId: input.templateId, now: Date.now() });
}
