import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Peer } from '../collab/CollabSession.js';

/** Everyone who has the playbook open right now, you first, each with their caret colour; `children` below. */
export function PresenceList({
  peers,
  connected,
  children,
}: {
  peers: readonly Peer[];
  /** Without a connection only you are known: the list says so instead of showing a count of one. */
  connected: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="panel__heading">
        {t('presence.heading')}
      </h2>
      <p className="panel__meta">
        {connected ? t('presence.count', { count: peers.length }) : t('presence.notConnected')}
      </p>
      <ul className="presence__list" data-testid="presence-list">
        {peers.map((peer) => (
          <li key={peer.clientId} className="presence__person">
            <span className="presence__swatch" style={{ backgroundColor: peer.color }} aria-hidden="true" />
            <span className="presence__name">{peer.name}</span>
            {peer.isLocal && <span className="presence__you">({t('presence.you')})</span>}
          </li>
        ))}
      </ul>
      {children && <div className="presence__identity">{children}</div>}
    </section>
  );
}
