import { useTranslation } from 'react-i18next';

/** One button that switches between Danish and English; it names the other language in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.resolvedLanguage === 'en' ? 'da' : 'en';
  return (
    <button
      type="button"
      className="button button--quiet language-switch"
      lang={other}
      aria-label={t('language.switchToLabel')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('language.switchTo')}
    </button>
  );
}
