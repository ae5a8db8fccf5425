import { Icon, type IconName } from '../components/Icon.js';
import { useMenuButton } from '../components/useMenuButton.js';

export interface RowMenuItem {
  id: string;
  label: string;
  icon: IconName;
  onSelect: () => void;
}

/** A "more actions" button with a menu (WAI-ARIA menu button; keyboard as in `useMenuButton`). */
export function RowMenu({ label, items }: { label: string; items: RowMenuItem[] }) {
  const { menuId, open, active, rootRef, buttonRef, itemRef, openAt, close, onButtonKey, onMenuKey } = useMenuButton(
    items.length,
  );

  return (
    <div className="row-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="row-menu__button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        <Icon name="more" />
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={label} className="row-menu__list" onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <button
              key={item.id}
              ref={itemRef(index)}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              className="row-menu__item"
              onClick={() => {
                close(true); // the action may move focus on (into a form, to a message)
                item.onSelect();
              }}
            >
              <Icon name={item.icon} />
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
