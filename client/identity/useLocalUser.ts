import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
// zod/mini: the same parsing with a fraction of the bundle size of the chained API.
import * as z from 'zod/mini';
import type { LocalUser } from './LocalUser.js';
import { colourFor, isColourOf, ORGANISATIONS, type Organisation } from './Organisation.js';

/** Longest display name, in characters. */
export const USER_NAME_MAX_CHARS = 60;

const STORAGE_KEY = 'drejebog.user';

// Until accounts exist, who you are lives in this browser only. Older entries have no organisation.
const storedUser = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(USER_NAME_MAX_CHARS)),
  color: z.optional(z.string().check(z.regex(/^#[0-9a-f]{6}$/i))),
  organisation: z.optional(z.enum(ORGANISATIONS)),
});

function load(guestWord: string): LocalUser {
  try {
    const parsed = storedUser.safeParse(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null'));
    if (parsed.success) {
      const { name, color, organisation } = parsed.data;
      const org = organisation ?? 'anden';
      // The colour always comes from the organisation's family, whatever an older version stored.
      const colour = color !== undefined && isColourOf(org, color) ? color.toLowerCase() : colourFor(org, name);
      return { name, color: colour, organisation: org, confirmed: organisation !== undefined };
    }
  } catch {
    // reason: unreadable or disabled storage; a fresh guest identity is the right answer.
  }
  const name = `${guestWord} ${Math.floor(10 + Math.random() * 90)}`;
  return { name, color: colourFor('anden', name), organisation: 'anden', confirmed: false };
}

function save(user: LocalUser): void {
  if (!user.confirmed) return; // a guest name is not worth remembering
  try {
    const { name, color, organisation } = user;
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ name, color, organisation }));
  } catch {
    // reason: without storage the identity lasts for this page view only.
  }
}

/**
 * Who is at this browser: display name, organisation and the caret colour derived from it, remembered in
 * localStorage until accounts exist. A new visitor is "Gæst NN" (`confirmed: false`) until they answer
 * "Hvem er du?". `setIdentity` ignores an empty name.
 */
export function useLocalUser(): [LocalUser, (name: string, organisation: Organisation) => void] {
  const { t } = useTranslation();
  const [user, setUser] = useState<LocalUser>(() => load(t('presence.guest')));
  useEffect(() => save(user), [user]);
  const setIdentity = useCallback((name: string, organisation: Organisation) => {
    const trimmed = name.trim().slice(0, USER_NAME_MAX_CHARS);
    if (trimmed === '') return;
    setUser((previous) => {
      if (previous.confirmed && previous.name === trimmed && previous.organisation === organisation) return previous;
      const color =
        previous.organisation === organisation && isColourOf(organisation, previous.color)
          ? previous.color
          : colourFor(organisation, trimmed);
      return { name: trimmed, color, organisation, confirmed: true };
    });
  }, []);
  return [user, setIdentity];
}
