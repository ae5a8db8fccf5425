import type { Peer } from '../collab/Peer.js';

/** Initials for an avatar: first letters of the first two words ("Anna Berg" → "AB", "Gæst 74" → "G"). */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => [...word][0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/**
 * Small round avatars of the people in one section, in their caret colours. Decorative: the caller says in
 * words who is there (the names are also each avatar's tooltip).
 */
export function PeerDots({ peers, max = 3 }: { peers: readonly Peer[]; max?: number }) {
  if (peers.length === 0) return null;
  const shown = peers.slice(0, max);
  const more = peers.length - shown.length;
  return (
    <span className="peer-dots" aria-hidden="true">
      {shown.map((peer) => (
        <span key={peer.clientId} className="peer-dot" style={{ backgroundColor: peer.color }} title={peer.name}>
          {initials(peer.name)}
        </span>
      ))}
      {more > 0 && <span className="peer-dot peer-dot--more">+{more}</span>}
    </span>
  );
}
