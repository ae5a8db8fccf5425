import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { FillIndicator } from '../sections/FillIndicator.js';
import { sectionElementId } from '../sections/useSectionTexts.js';
import type { NavItem } from './NavItem.js';
import { PeerDots } from './PeerDots.js';

interface SectionNavProps {
  items: readonly NavItem[];
  /** The section in view: highlighted and marked `aria-current`. */
  current: SectionId | null;
  onNavigate: (id: SectionId) => void;
}

/**
 * The list of all sections on wide screens: number, title, fill state and who is working where. Links
 * (Tab reaches them; Up/Down/Home/End move between them); following one scrolls to the section and
 * focuses its heading.
 */
export function SectionNav({ items, current, onNavigate }: SectionNavProps) {
  const { t } = useTranslation();
  const links = useRef<Array<HTMLAnchorElement | null>>([]);

  const move = (event: KeyboardEvent<HTMLOListElement>) => {
    const index = links.current.findIndex((link) => link === document.activeElement);
    if (index < 0) return;
    const last = items.length - 1;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(index + 1, last)
        : event.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    links.current[next]?.focus();
  };

  return (
    <ol className="section-nav" onKeyDown={move} data-testid="section-nav">
      {items.map((item, index) => {
        const peopleHere = item.peers.map((peer) => peer.name).join(', ');
        return (
          <li key={item.id} className="section-nav__item">
            <a
              ref={(element) => {
                links.current[index] = element;
              }}
              href={`#${sectionElementId(item.id)}`}
              className="section-nav__link"
              aria-current={item.id === current ? 'location' : undefined}
              data-section={item.id}
              data-fill={item.fill}
              onClick={(event) => {
                event.preventDefault();
                onNavigate(item.id);
              }}
            >
              <FillIndicator state={item.fill} />
              <span className="section-nav__number" aria-hidden="true">
                {item.number}
              </span>
              <span className="section-nav__title">{item.title}</span>
              <PeerDots peers={item.peers} />
              {peopleHere && (
                <span className="visually-hidden">{t('editor.nav.peopleHere', { names: peopleHere })}</span>
              )}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
