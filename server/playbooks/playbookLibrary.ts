import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import type { TemplateSummary } from '../../shared/api/playbooksApi.js';
import { playbookFileSchema, type PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
import { playbookFileToYDoc } from '../../shared/playbook/playbookFileToYDoc.js';
import { playbookMeta, type PlaybookMetaFields } from '../../shared/playbook/playbookMeta.js';
import { INSTALL_ROOT } from '../installRoot.js';
import { blankPlaybookFile } from './blankPlaybookFile.js';
import { describeTemplate, describeTemplateInEnglish } from './describeTemplate.js';

/** The folder with `templates/*.json` and `examples/*.json`, at the repository root. */
export const PLAYBOOKS_DIR = path.join(INSTALL_ROOT, 'playbooks');
/** The template a blank playbook takes its rule basis from; it must exist. */
export const STANDARD_TEMPLATE_ID = 'standard';
const FOLDERS = [
  { folder: 'templates', kind: 'template' },
  { folder: 'examples', kind: 'example' },
] as const;
const FILE_ID = /^[a-z0-9-]{1,64}$/;
const MAX_LISTED_ISSUES = 10;

/** A data file in playbooks/ is missing, unreadable or invalid: the server refuses to start. */
export class PlaybookLibraryError extends Error {
  override name = 'PlaybookLibraryError';
}

/** Thrown by `seed` for an id that is neither a template nor an example. */
export class UnknownTemplateError extends Error {
  override name = 'UnknownTemplateError';
}

/** A new playbook's document, ready to store, and the metadata it holds. */
export interface SeededPlaybook {
  /** `Y.encodeStateAsUpdate` of the seeded document. */
  update: Uint8Array;
  meta: PlaybookMetaFields;
}

export interface PlaybookLibrary {
  /** Templates (the standard one first), then examples. */
  readonly templates: readonly TemplateSummary[];
  /**
   * Seeds a new playbook on the server from template or example `templateId` (null: blank) under `title`.
   * The copy is a draft: status Kladde, no approval. Throws `UnknownTemplateError`.
   */
  seed(templateId: string | null, title: string): SeededPlaybook;
}

/** Reads and validates every file in `dir` once; throws `PlaybookLibraryError` naming the file and problems. */
export function loadPlaybookLibrary(dir: string = PLAYBOOKS_DIR): PlaybookLibrary {
  const files = new Map<string, PlaybookFile>();
  const templates: TemplateSummary[] = [];
  for (const { folder, kind } of FOLDERS) {
    for (const name of jsonFiles(dir, folder)) {
      const where = `${path.join(dir, folder, name)}`;
      const id = name.slice(0, -'.json'.length);
      if (!FILE_ID.test(id)) throw new PlaybookLibraryError(`${where}: use 1–64 of a–z, 0–9 and "-" in the name`);
      if (files.has(id)) throw new PlaybookLibraryError(`${where}: another data file is also called "${id}"`);
      const file = readPlaybookFile(where);
      files.set(id, file);
      templates.push({
        id,
        kind,
        title: file.meta.title,
        description: describeTemplate(id, kind, file),
        english: describeTemplateInEnglish(id),
      });
    }
  }
  const standard = files.get(STANDARD_TEMPLATE_ID);
  if (!standard) {
    throw new PlaybookLibraryError(
      `${path.join(dir, 'templates', `${STANDARD_TEMPLATE_ID}.json`)} is missing: the standard template is ` +
        'offered first and gives a blank playbook its rule basis',
    );
  }
  templates.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  // Checked like the data files, so a blank playbook can never hold what the schema refuses.
  const blank = playbookFileSchema.parse(blankPlaybookFile(standard.meta));

  return {
    templates,
    seed(templateId, title) {
      const source = templateId === null ? blank : files.get(templateId);
      if (!source) throw new UnknownTemplateError(`No template or example has the id "${templateId}"`);
      const meta = { ...source.meta, title, status: 'kladde' as const, approvedBy: '', approvedOn: null };
      const doc = new Y.Doc();
      try {
        playbookFileToYDoc({ ...source, meta }, doc);
        return { update: Y.encodeStateAsUpdate(doc), meta: playbookMeta.read(doc) };
      } finally {
        doc.destroy();
      }
    },
  };
}

function rank(template: TemplateSummary): number {
  if (template.id === STANDARD_TEMPLATE_ID) return 0;
  return template.kind === 'template' ? 1 : 2;
}

function jsonFiles(dir: string, folder: string): string[] {
  const full = path.join(dir, folder);
  // examples/ may be absent; templates/ must hold at least the standard template (checked by the caller).
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

function readPlaybookFile(where: string): PlaybookFile {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(where, 'utf8'));
  } catch (error: unknown) {
    throw new PlaybookLibraryError(`${where} cannot be read as JSON: ${String(error)}`);
  }
  const parsed = playbookFileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    return `  - ${issue.path.join('.') || '(file)'}: ${issue.message}`;
  });
  const more = parsed.error.issues.length - issues.length;
  throw new PlaybookLibraryError(
    `${where} is not a valid playbook file:\n${issues.join('\n')}${more > 0 ? `\n  … and ${more} more` : ''}`,
  );
}
