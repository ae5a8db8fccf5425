import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
// zod/mini: the same parsing with a fraction of the bundle size of the chained API.
import * as z from 'zod/mini';
import type { LocalUser } from './LocalUser.js';

/** Longest display name, in characters. */
export const USER_NAME_MAX_CHARS = 60;

const STORAGE_KEY = 'drejebog.user';

// Dark enough that white caret-label text on them passes WCAG AA (at least 4.5:1).
const PALETTE = ['#1d4ed8', '#7c3aed', '#b91c1c', '#047857', '#a16207', '#be185d', '#0e7490', '#4338ca'] as const;

const storedUser = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(USER_NAME_MAX_CHARS)),
  color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i)),
});

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

function load(guestWord: string): LocalUser {
  try {
    const parsed = storedUser.safeParse(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null'));
    if (parsed.success) return parsed.data;
  } catch {
    // reason: unreadable or disabled storage; a fresh guest identity is the right answer.
  }
  return { name: `${guestWord} ${Math.floor(10 + Math.random() * 90)}`, color: pick(PALETTE) };
}

function save(user: LocalUser): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(user));
  } catch {
    // reason: without storage the name lasts for this page view only.
  }
}

/**
 * The local user's display name and caret colour, remembered in this browser. A new visitor is "Gæst NN"
 * with a random colour until they type their name. `setName` ignores empty names (the field keeps showing
 * what was typed; the last non-empty name stays in use).
 */
export function useLocalUser(): [LocalUser, (name: string) => void] {
  const { t } = useTranslation();
  const [user, setUser] = useState<LocalUser>(() => load(t('presence.guest')));
  useEffect(() => save(user), [user]);
  const setName = useCallback((name: string) => {
    const trimmed = name.trim().slice(0, USER_NAME_MAX_CHARS);
    if (trimmed === '') return;
    setUser((previous) => (previous.name === trimmed ? previous : { ...previous, name: trimmed }));
  }, []);
  return [user, setName];
}
