import { useTranslation } from 'react-i18next';
import type { LiveCell } from '../../shared/api/liveViewApi.js';
import { formatRelativeTime } from '../list/formatRelativeTime.js';
import { FillIndicator } from '../sections/FillIndicator.js';

/** One section of one playbook: fill state, words, and "for 2 min. siden · Test A-kasse". */
export function LiveCellView({ cell, now }: { cell: LiveCell; now: Date }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="live-cell__body">
      <span className="live-cell__fill">
        <FillIndicator state={cell.fill} />
        <span className="live-cell__words">{t('liveview.words', { count: cell.words })}</span>
      </span>
      {cell.lastEdit && (
        <span className={`live-cell__edit live-cell__edit--${cell.lastEdit.organisation}`}>
          {t('liveview.lastEdit', {
            when: formatRelativeTime(new Date(cell.lastEdit.at), now, i18n.language),
            organisation: cell.lastEdit.organisationName,
          })}
        </span>
      )}
    </div>
  );
}
