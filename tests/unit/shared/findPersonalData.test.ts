import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../shared/playbook/findPersonalData.js';

// Test numbers use replacement-style days (61–91) where possible, so no real person's number is typed.
describe('findPersonalData', () => {
  it('finds a CPR number with a dash and reports where it is', () => {
    const text = 'Borgeren (610190-1234) kom for sent';
    expect(findPersonalData(text)).toEqual([{ kind: 'cpr', text: '610190-1234', start: 10, end: 21 }]);
  });

  it('finds the same digits without a dash, with a space and with an en dash', () => {
    expect(findPersonalData('cpr 6101901234')).toHaveLength(1);
    expect(findPersonalData('cpr 610190 1234')).toHaveLength(1);
    expect(findPersonalData('cpr 610190–1234')).toHaveLength(1);
  });

  it('does not rely on the modulus-11 check', () => {
    // Weights 4,3,2,7,6,5,4,3,2,1 give 24 + 3 + 7 + 2 = 36, not a multiple of 11: CPR form all the same.
    expect(findPersonalData('610100-0002')).toHaveLength(1);
  });

  it('finds replacement numbers (day raised by 6) and ordinary days', () => {
    expect(findPersonalData('910190-1234')).toHaveLength(1);
    expect(findPersonalData('310190-1234')).toHaveLength(1);
  });

  it('finds several numbers in one text', () => {
    expect(findPersonalData('611290-1111 og 6212851234')).toHaveLength(2);
  });

  it('leaves dates, laws, phone numbers and longer numbers alone', () => {
    for (const text of [
      'lov nr. 1750 af 29/12/2025',
      'fra 01-07-2026',
      'ring 56 95 12 34',
      'ring 56951234',
      'konto 12345678901234',
      '2026-07-01',
      '41 timer',
      '321290-1234', // day 32 does not exist
      '611390-1234', // month 13 does not exist
      '9212901234', // day 92 is not a replacement day
    ]) {
      expect(findPersonalData(text), text).toEqual([]);
    }
  });
});
