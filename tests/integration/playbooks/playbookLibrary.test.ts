import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  loadPlaybookLibrary,
  PLAYBOOKS_DIR,
  PlaybookLibraryError,
  UnknownTemplateError,
} from '../../../server/playbooks/playbookLibrary.js';
import { makeDataDir, removeDataDir } from '../../helpers/startServer.js';

const standardJson = fs.readFileSync(path.join(PLAYBOOKS_DIR, 'templates/standard.json'), 'utf8');

describe('the playbook library read at start-up', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) removeDataDir(dir);
  });

  /** A playbooks/ folder holding `files` (path → content). */
  function libraryDir(files: Record<string, string>): string {
    const dir = makeDataDir();
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
  }

  const failure = (dir: string): PlaybookLibraryError => {
    try {
      loadPlaybookLibrary(dir);
    } catch (error: unknown) {
      if (error instanceof PlaybookLibraryError) return error;
      throw error;
    }
    throw new Error('the library loaded');
  };

  it('loads the real playbooks/ folder', () => {
    const library = loadPlaybookLibrary();
    expect(library.templates.length).toBeGreaterThanOrEqual(4);
    expect(() => library.seed('findes-ikke', 'X')).toThrow(UnknownTemplateError);
  });

  it('refuses a file that breaks the schema, naming the file and each problem', () => {
    const broken = JSON.parse(standardJson) as { meta: { status: string }; agenda: { lead: string }[] };
    broken.meta.status = 'færdig';
    broken.agenda[0]!.lead = 'chefen';
    const dir = libraryDir({
      'templates/standard.json': standardJson,
      'templates/daarlig.json': JSON.stringify(broken),
    });
    const error = failure(dir);
    expect(error.message).toContain(path.join(dir, 'templates/daarlig.json'));
    expect(error.message).toMatch(/meta\.status: /);
    expect(error.message).toMatch(/agenda\.0\.lead: /);
  });

  it('refuses a file with a CPR number, which the schema forbids', () => {
    const withCpr = standardJson.replace('"Drejebog for fællessamtalen"', '"Drejebog 010203-1234"');
    const dir = libraryDir({ 'templates/standard.json': standardJson, 'examples/cpr.json': withCpr });
    expect(failure(dir).message).toMatch(/examples\/cpr\.json[\s\S]*meta\.title: Looks like a CPR number/);
  });

  it('refuses a file that is not JSON', () => {
    const dir = libraryDir({ 'templates/standard.json': standardJson, 'examples/halv.json': '{ "schemaVersion": 1,' });
    expect(failure(dir).message).toMatch(/examples\/halv\.json cannot be read as JSON/);
  });

  it('refuses a folder without the standard template, and a name used twice', () => {
    expect(failure(libraryDir({ 'templates/andet.json': standardJson })).message).toMatch(/standard\.json is missing/);
    const twice = libraryDir({ 'templates/standard.json': standardJson, 'examples/standard.json': standardJson });
    expect(failure(twice).message).toMatch(/another data file is also called "standard"/);
  });

  it('lists a file without a written description with one derived from its content', () => {
    const dir = libraryDir({ 'templates/standard.json': standardJson, 'examples/ny-kommune.json': standardJson });
    const example = loadPlaybookLibrary(dir).templates.find((t) => t.id === 'ny-kommune');
    expect(example?.kind).toBe('example');
    expect(example?.description).toMatch(/^Eksempel med 9 dagsordenspunkter/);
  });
});
