import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { actionCards, type ActionCard } from '../../../../shared/course/actionCards.js';
import { agendaItems } from '../../../../shared/playbook/agendaItems.js';
import { sectionFragment } from '../../../../shared/playbook/sectionFragment.js';
import { changedRootNames } from '../../../../server/collab/changedRoots.js';
import { onlinePeople, summariseActions, summariseDoc } from '../../../../server/liveView/docSummary.js';
import { sectionsOfRoots } from '../../../../server/liveView/sectionsOfRoots.js';

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

const card = (id: string, status: 'open' | 'done', dueOn: string | null): ActionCard => ({
  id,
  title: `Aktion ${id}`,
  sectionId: null,
  observe: '',
  owners: [],
  dueOn,
  status,
  whatHappened: '',
  why: '',
  learned: '',
  nextStep: '',
  createdAt: '',
});

/** The root names one change to `doc` touched, as a room sees them. */
function rootsOf(doc: Y.Doc, change: () => void): Set<string> {
  let roots = new Set<string>();
  const listen = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    roots = changedRootNames(doc, transaction);
  };
  doc.on('update', listen);
  change();
  doc.off('update', listen);
  return roots;
}

describe('live view summary of a working space', () => {
  it("counts words and applies the editor's fill rule per section", () => {
    const doc = new Y.Doc();
    sectionFragment(doc, 'purpose').push([paragraph('Borgeren sætter dagsordenen')]);
    sectionFragment(doc, 'roles').push([paragraph(Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' '))]);
    const summary = summariseDoc(doc);
    const cell = (id: string) => summary.sections.find((s) => s.sectionId === id);
    expect(summary.sections).toHaveLength(13);
    expect(cell('purpose')).toEqual({ sectionId: 'purpose', fill: 'started', words: 3 });
    expect(cell('roles')).toEqual({ sectionId: 'roles', fill: 'filled', words: 40 });
    expect(cell('goals')).toEqual({ sectionId: 'goals', fill: 'empty', words: 0 });
  });

  it('counts open action cards and the overdue ones among them (done cards are neither)', () => {
    const doc = new Y.Doc();
    actionCards.insert(doc, card('a', 'open', '2026-01-01'));
    actionCards.insert(doc, card('b', 'open', '2026-12-31'));
    actionCards.insert(doc, card('c', 'open', null));
    actionCards.insert(doc, card('d', 'done', '2020-01-01'));
    const actions = summariseActions(summariseDoc(doc).actionCards, '2026-06-01');
    expect(actions).toEqual({
      open: 3,
      overdue: 1,
      openTitles: ['Aktion a', 'Aktion b', 'Aktion c'],
      overdueTitles: ['Aktion a'],
    });
    // Due today is not overdue yet.
    expect(summariseActions([card('e', 'open', '2026-06-01')], '2026-06-01').overdue).toBe(0);
  });

  it('lists each person online once, however many connections, and leaves out connections without identity', () => {
    const identity = { name: 'Anders Akasse', organisation: 'akasse' as const, organisationName: 'Test A-kasse' };
    const people = onlinePeople([
      { kind: 'user', canWrite: true, subject: 'u1', identity },
      { kind: 'user', canWrite: true, subject: 'u1', identity },
      { kind: 'token', canWrite: false, subject: 't1' },
      {
        kind: 'user',
        canWrite: true,
        subject: 'u2',
        identity: { name: 'Birte', organisation: 'jobcenter', organisationName: 'Jobcenter' },
      },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Anders Akasse', 'Birte']);
  });
});

describe('which sections a change touched', () => {
  it('finds the section of a nested rich-text edit, and structured parts by their sections', () => {
    const doc = new Y.Doc();
    const text = new Y.XmlText('Hej');
    const element = new Y.XmlElement('paragraph');
    element.insert(0, [text]);
    sectionFragment(doc, 'before').push([element]);
    const typed = rootsOf(doc, () => text.insert(3, ' med dig'));
    expect(typed).toEqual(new Set(['section:before']));
    expect(sectionsOfRoots(typed)).toEqual(new Set(['before']));

    const deleted = rootsOf(doc, () => text.delete(0, 2));
    expect(sectionsOfRoots(deleted)).toEqual(new Set(['before']));

    const agenda = rootsOf(doc, () =>
      agendaItems.insert(doc, {
        id: 'x',
        title: 'Velkomst',
        purpose: '',
        lead: 'faelles',
        minutes: 5,
        mustCover: false,
        keyQuestions: [],
      }),
    );
    expect(sectionsOfRoots(agenda)).toEqual(new Set(['agenda']));
  });

  it('touches no section for action cards, and two sections in one transaction', () => {
    const doc = new Y.Doc();
    const cards = rootsOf(doc, () => actionCards.insert(doc, card('a', 'open', null)));
    expect(cards).toEqual(new Set(['actionCards']));
    expect(sectionsOfRoots(cards).size).toBe(0);
    const both = rootsOf(doc, () =>
      doc.transact(() => {
        sectionFragment(doc, 'purpose').push([paragraph('a')]);
        sectionFragment(doc, 'goals').push([paragraph('b')]);
      }),
    );
    expect(sectionsOfRoots(both)).toEqual(new Set(['purpose', 'goals']));
  });
});
