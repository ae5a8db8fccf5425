import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isSectionId, type SectionId } from '../../shared/playbook/sectionIds.js';
import type { NavItem } from './NavItem.js';

interface SectionSelectProps {
  items: readonly NavItem[];
  current: SectionId | null;
  onNavigate: (id: SectionId) => void;
}

/**
 * The section navigation on phones: one native select (the platform's own accessible picker) that stays at
 * the top while scrolling. Each option says the section's fill state and how many others are in it.
 */
export function SectionSelect({ items, current, onNavigate }: SectionSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="section-select">
      <label className="section-select__label" htmlFor={id}>
        {t('editor.nav.jump')}
      </label>
      <select
        id={id}
        className="field__input section-select__input"
        value={current ?? items[0]?.id}
        onChange={(event) => {
          if (isSectionId(event.target.value)) onNavigate(event.target.value);
        }}
      >
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {t('editor.nav.option', {
              number: item.number,
              title: item.title,
              fill: t(`editor.fill.${item.fill}`),
            })}
            {item.peers.length > 0 ? ` · ${t('editor.nav.othersHere', { count: item.peers.length })}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
