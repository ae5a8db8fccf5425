import { expect, test } from 'vitest';
import type { Me } from '../../../../shared/api/authApi.js';
import { presenceUser } from '../../../../client/auth/presenceUser.js';
import { ORGANISATION_COLOURS } from '../../../../client/identity/Organisation.js';

function meOf(displayName: string, kind: Me['organisation']['kind']): Me {
  return {
    user: {
      id: 'u',
      email: 'a@b.dk',
      displayName,
      organisationId: 'o',
      isAdmin: false,
      isOrganisationAdmin: false,
      createdAt: '2026-11-22T12:30:00.000Z',
    },
    organisation: { id: 'o', name: 'Et navn', kind },
  };
}

test('the account name is the presence name, and the organisation kind maps as the server maps it', () => {
  expect(presenceUser(meOf('Anna Jensen', 'kommune'))).toMatchObject({
    name: 'Anna Jensen',
    organisation: 'jobcenter',
  });
  expect(presenceUser(meOf('Bo Berg', 'akasse'))).toMatchObject({ name: 'Bo Berg', organisation: 'akasse' });
  expect(presenceUser(meOf('Cai Holm', 'andet'))).toMatchObject({ name: 'Cai Holm', organisation: 'anden' });
});

test("the colour comes from the organisation's hue family and stays the same for the same person", () => {
  for (const kind of ['kommune', 'akasse', 'andet'] as const) {
    const user = presenceUser(meOf('Dorthe Dam', kind));
    expect(ORGANISATION_COLOURS[user.organisation]).toContain(user.color);
    expect(presenceUser(meOf('Dorthe Dam', kind)).color).toBe(user.color);
  }
});
