import { expect, it } from 'vitest';
import { removePersonalData } from '../../../shared/playbook/removePersonalData.js';

it('removes every CPR number and leaves everything else as written', () => {
  expect(removePersonalData('Borger 010190-1234 og 2505851234, tlf. 56 92 00 00')).toBe(
    'Borger  og , tlf. 56 92 00 00',
  );
  expect(removePersonalData('Lov nr. 1750 af 29/12/2025')).toBe('Lov nr. 1750 af 29/12/2025');
});
