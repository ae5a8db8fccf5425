import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { ConnectionStatus } from '../collab/connectionStatus.js';
import type { Peer } from '../collab/Peer.js';
import { ConnectionIndicator } from '../components/ConnectionIndicator.js';
import { PresenceList } from '../components/PresenceList.js';
import type { PlaybookHeaderView } from '../playbook/playbookSelectors.js';
import { PartnersLine } from './PartnersLine.js';
import { RuleBasisLine } from './RuleBasisLine.js';
import { StatusBadge } from './StatusBadge.js';
import { TitleField } from './TitleField.js';

interface PlaybookHeaderProps {
  doc: Y.Doc;
  header: PlaybookHeaderView;
  status: ConnectionStatus | null;
  peers: readonly Peer[];
  sectionTitle: (id: SectionId) => string;
  readOnly: boolean;
  /** Access controls beside the connection status: the read-only badge, members and invitations. */
  access?: ReactNode;
}

/**
 * The top of the playbook: status and save state, the title (editable in place), the rule basis with its
 * valid-from date, the partners, and who is here.
 */
export function PlaybookHeader(props: PlaybookHeaderProps) {
  const { doc, header, status, peers, sectionTitle, readOnly, access } = props;
  const { t } = useTranslation();
  const connected = status?.kind === 'saved' || status?.kind === 'saving';
  return (
    <header className="pb-header">
      <div className="pb-header__main">
        <div className="pb-header__top">
          <p className="eyebrow pb-header__eyebrow">
            <span>{t('editor.eyebrow')}</span>
            <StatusBadge status={header.status} version={header.version} />
          </p>
          <ConnectionIndicator status={status} />
          {access}
        </div>
        <TitleField doc={doc} title={header.title} readOnly={readOnly} />
        <dl className="pb-header__meta">
          <RuleBasisLine ruleBasis={header.ruleBasis} />
          <PartnersLine partners={header.partners} />
        </dl>
      </div>
      <PresenceList peers={peers} connected={connected} sectionTitle={sectionTitle} />
    </header>
  );
}
