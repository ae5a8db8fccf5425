import { expect, test } from 'vitest';
import { normaliseLinkHref } from '../../../../client/editor/normaliseLinkHref.js';

test('turns what people type into a safe link', () => {
  expect(normaliseLinkHref('star.dk')).toBe('https://star.dk');
  expect(normaliseLinkHref(' https://www.retsinformation.dk/eli/lta/2025/1750 ')).toBe(
    'https://www.retsinformation.dk/eli/lta/2025/1750',
  );
  expect(normaliseLinkHref('team@jobcenter.example')).toBe('mailto:team@jobcenter.example');
  expect(normaliseLinkHref('tel:+4500000000')).toBe('tel:+4500000000');
});

test('refuses script links, other protocols and things that are not addresses', () => {
  expect(normaliseLinkHref('javascript:alert(1)')).toBeNull();
  expect(normaliseLinkHref('data:text/html,hej')).toBeNull();
  expect(normaliseLinkHref('file:///etc/passwd')).toBeNull();
  expect(normaliseLinkHref('')).toBeNull();
  expect(normaliseLinkHref('to ord')).toBeNull();
  expect(normaliseLinkHref('localhost')).toBeNull();
});
