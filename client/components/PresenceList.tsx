import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { Peer } from '../collab/Peer.js';
import { initials } from '../workspace/PeerDots.js';

interface PresenceListProps {
  peers: readonly Peer[];
  /** Without a connection only you are known: the list says so instead of showing a count of one. */
  connected: boolean;
  /** The title of a section, for "i 5. Dagsorden …". */
  sectionTitle: (id: SectionId) => string;
}

/**
 * Everyone who has the playbook open right now, you first: an avatar in their caret colour, their name,
 * their organisation (jobcenter / a-kasse / anden) and the section they are working in.
 */
export function PresenceList({ peers, connected, sectionTitle }: PresenceListProps) {
  const { t } = useTranslation();
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <div className="presence__head">
        <h2 id="presence-heading" className="presence__heading">
          {t('presence.heading')}
        </h2>
        <p className="presence__meta">
          {connected ? t('presence.count', { count: peers.length }) : t('presence.notConnected')}
        </p>
      </div>
      <ul className="presence__list" data-testid="presence-list">
        {peers.map((peer) => (
          <li
            key={peer.clientId}
            className={`presence__person presence__person--${peer.organisation}`}
            data-section={peer.section ?? undefined}
          >
            <span className="presence__avatar" style={{ backgroundColor: peer.color }} aria-hidden="true">
              {initials(peer.name)}
            </span>
            <span className="presence__text">
              <span className="presence__name">
                {peer.name}
                {peer.isLocal && <span className="presence__you"> ({t('presence.you')})</span>}
              </span>
              <span className="presence__detail">
                {t(`editor.organisation.${peer.organisation}`)}
                {peer.section && (
                  <span className="presence__section">
                    {' '}
                    · {t('editor.presence.inSection', { section: sectionTitle(peer.section) })}
                  </span>
                )}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
