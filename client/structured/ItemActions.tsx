import { useTranslation } from 'react-i18next';
import { StructuredIcon } from './StructuredIcon.js';

interface ItemActionsProps {
  /** The item's name as people see it, for the buttons' accessible names. */
  name: string;
  index: number;
  count: number;
  onMove: (index: number) => void;
  onRemove: () => void;
}

/**
 * Move up, move down and delete for one item of a list. At the ends of the list a move button stays
 * focusable but says it is unavailable (aria-disabled): a disabled button would drop the keyboard focus
 * of someone who just moved the item to the top.
 */
export function ItemActions({ name, index, count, onMove, onRemove }: ItemActionsProps) {
  const { t } = useTranslation();
  const atTop = index === 0;
  const atBottom = index === count - 1;
  return (
    <div className="structured-actions">
      <button
        type="button"
        className="structured-icon-button"
        aria-label={t('structured.actions.moveUp', { name })}
        title={t('structured.actions.moveUp', { name })}
        aria-disabled={atTop || undefined}
        onClick={() => !atTop && onMove(index - 1)}
        data-testid="move-up"
      >
        <StructuredIcon name="up" />
      </button>
      <button
        type="button"
        className="structured-icon-button"
        aria-label={t('structured.actions.moveDown', { name })}
        title={t('structured.actions.moveDown', { name })}
        aria-disabled={atBottom || undefined}
        onClick={() => !atBottom && onMove(index + 1)}
        data-testid="move-down"
      >
        <StructuredIcon name="down" />
      </button>
      <button
        type="button"
        className="structured-icon-button structured-icon-button--danger"
        aria-label={t('structured.actions.remove', { name })}
        title={t('structured.actions.remove', { name })}
        onClick={onRemove}
        data-testid="remove"
      >
        <StructuredIcon name="trash" />
      </button>
    </div>
  );
}
