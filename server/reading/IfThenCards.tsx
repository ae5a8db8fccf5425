import type { IfThenCard } from '../../shared/playbook/playbookFileSchema.js';
import type { ReadingTexts } from './readingTexts.js';

/** "Hvis … så" cards: the situation, what we do, who does it, and the rule it rests on. */
export function IfThenCards({ cards, texts }: { cards: readonly IfThenCard[]; texts: ReadingTexts }) {
  if (cards.length === 0) return null;
  return (
    <ul className="cards" data-testid="if-then-cards">
      {cards.map((card) => (
        <li key={card.id} className="card" data-testid="if-then-card">
          <p className="card__if">
            <strong>{texts.ifLabel}</strong> {card.trigger}
          </p>
          <p className="card__then">
            <strong>{texts.thenLabel}</strong> {card.response}
          </p>
          {(card.who ?? card.ruleNote) && (
            <p className="card__meta">
              {card.who && (
                <span>
                  {texts.who}: {texts.leads[card.who]}
                </span>
              )}
              {card.who && card.ruleNote && ' · '}
              {card.ruleNote && (
                <span>
                  {texts.ruleNote}: {card.ruleNote}
                </span>
              )}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
