import { describe, expect, it } from 'vitest';
import { getPlaybookSchema, playbookExtensions } from '../../../shared/editor/extensions.js';

describe('playbook editor extensions', () => {
  it('build a schema in Node without a DOM', () => {
    expect(typeof globalThis.document).toBe('undefined');
    const schema = getPlaybookSchema();
    expect(schema.topNodeType.name).toBe('doc');
  });

  it('include headings, lists, links and underline from StarterKit', () => {
    const schema = getPlaybookSchema();
    for (const node of ['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'hardBreak']) {
      expect(schema.nodes[node], node).toBeDefined();
    }
    for (const mark of ['bold', 'italic', 'strike', 'link', 'underline']) {
      expect(schema.marks[mark], mark).toBeDefined();
    }
  });

  it('leave undo/redo to the Collaboration extension', () => {
    const [starterKit] = playbookExtensions;
    expect(starterKit?.name).toBe('starterKit');
    expect((starterKit?.options as { undoRedo: unknown }).undoRedo).toBe(false);
  });

  it('return the same schema object every time', () => {
    expect(getPlaybookSchema()).toBe(getPlaybookSchema());
  });
});
