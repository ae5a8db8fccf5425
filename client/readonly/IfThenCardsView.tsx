import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ifThenCards } from '../../shared/playbook/ifThenCards.js';
import { useDocSelector } from '../playbook/useDocSelector.js';
import { LeadTag } from './LeadTag.js';
import { StructuredReadOnlyNote } from './StructuredReadOnlyNote.js';

const readCards = (doc: Y.Doc) => ifThenCards.read(doc);

/** The "hvis … så" cards: the situation, what we agreed to do (or that it is still open), who, and the rule. */
export function IfThenCardsView({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const cards = useDocSelector(doc, readCards);
  if (cards.length === 0) return null;
  return (
    <div className="readonly-part" data-testid="if-then-cards">
      <h3 className="readonly-part__heading">{t('editor.ifThen.heading')}</h3>
      <ul className="if-then-list">
        {cards.map((card) => (
          <li key={card.id} className="if-then">
            <p className="if-then__trigger">
              <span className="if-then__word">{t('editor.ifThen.if')}</span> {card.trigger}
            </p>
            {card.response.trim() ? (
              <p className="if-then__response">
                <span className="if-then__word">{t('editor.ifThen.then')}</span> {card.response}
              </p>
            ) : (
              <p className="if-then__open">{t('editor.ifThen.open')}</p>
            )}
            {(card.who || card.ruleNote) && (
              <p className="if-then__meta">
                {card.who && <LeadTag lead={card.who} />}
                {card.ruleNote && <span className="if-then__rule">{card.ruleNote}</span>}
              </p>
            )}
          </li>
        ))}
      </ul>
      <StructuredReadOnlyNote />
    </div>
  );
}
