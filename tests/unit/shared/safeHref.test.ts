import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../shared/playbook/safeHref.js';

describe('safeHref', () => {
  it('keeps http(s), mailto and tel links', () => {
    for (const href of ['https://example.org/a?b=1', 'http://x.dk', 'mailto:a@b.dk', 'tel:+4500000000']) {
      expect(safeHref(href)).toBe(href);
    }
  });

  it('drops script, data, relative and disguised links', () => {
    const hostile = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ];
    for (const href of [...hostile, '/relative', '#anchor', '', 42, null]) expect(safeHref(href)).toBeNull();
  });
});
