// Nederlands / English: the other language as a button, in its own language.
import { useTranslation } from 'react-i18next';
import { navigate } from '../router.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  const change = () => {
    void i18n.changeLanguage(other);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', other);
    navigate(url.pathname + url.search, { replace: true });
  };
  return (
    <button type="button" className="sk-button sk-button--subtle" onClick={change} lang={other}>
      {t('switchLanguage')}
    </button>
  );
}
