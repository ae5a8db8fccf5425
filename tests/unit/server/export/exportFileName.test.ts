import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../server/export/exportFileName.js';

describe('exportFileName', () => {
  it('folds Danish letters and accents to ASCII and joins words with "-"', () => {
    expect(exportFileName('Fællessamtalen på Ærø – Åbenrå/Søby', 'pdf')).toBe(
      'Faellessamtalen-paa-Aeroe-Aabenraa-Soeby.pdf',
    );
    expect(exportFileName('Café "Noël"; rm -rf /', 'md')).toBe('Cafe-Noel-rm-rf.md');
  });

  it('never gives an empty or very long name', () => {
    expect(exportFileName('«»', 'docx')).toBe('drejebog.docx');
    expect(exportFileName('ord '.repeat(100), 'md').length).toBeLessThanOrEqual(83);
  });
});
