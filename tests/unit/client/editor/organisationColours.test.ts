import { expect, test } from 'vitest';
import { colourFor, ORGANISATION_COLOURS, ORGANISATIONS } from '../../../../client/identity/Organisation.js';

// WCAG 2.1 relative luminance and contrast ratio.
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

test('every caret colour is #rrggbb and carries white label text at WCAG AA', () => {
  for (const colour of Object.values(ORGANISATION_COLOURS).flat()) {
    expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastWithWhite(colour), colour).toBeGreaterThanOrEqual(4.5);
  }
});

test('a person keeps one colour from their organisation family, and the families do not overlap', () => {
  for (const organisation of ORGANISATIONS) {
    const colour = colourFor(organisation, 'Anna Jensen');
    expect(colourFor(organisation, 'Anna Jensen')).toBe(colour);
    expect(ORGANISATION_COLOURS[organisation]).toContain(colour);
    for (const other of ORGANISATIONS) {
      if (other !== organisation) expect(ORGANISATION_COLOURS[other]).not.toContain(colour);
    }
  }
});
