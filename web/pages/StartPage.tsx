// The start page: one question ("Wat zoek je?"), and ways in for people who'd rather choose than
// type: what you'd like to do, helping others, and support when you care for someone.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchForm } from '../features/search/SearchForm.tsx';
import { SearchLink } from '../features/search/SearchLink.tsx';
import { useTaxonomy } from '../features/search/useTaxonomy.ts';
import '../features/search/search.css';

export function StartPage() {
  const { t } = useTranslation('start');
  const { terms } = useTaxonomy();
  const siteName = t('common:siteName');
  useEffect(() => {
    document.title = siteName;
  }, [siteName]);

  return (
    <div className="sk-start">
      <SearchForm labelAsHeading intro={t('intro')} />

      <section className="sk-start__section" aria-labelledby="sk-start-choose">
        <h2 id="sk-start-choose">{t('choose.title')}</h2>
        <p className="sk-start__help">{t('choose.help')}</p>
        <ul className="sk-entry-grid">
          {terms('deelambitie').map((term) => (
            <li key={term.slug} className="sk-entry">
              <SearchLink query={{ deelambitie: term.slug }} className="sk-entry__link">
                {term.label}
              </SearchLink>
              {term.description && <p className="sk-entry__text">{term.description}</p>}
            </li>
          ))}
          <li className="sk-entry sk-entry--help">
            <SearchLink query={{ kind: 'vacature' }} className="sk-entry__link">
              {t('help.link')}
            </SearchLink>
            <p className="sk-entry__text">{t('help.text')}</p>
          </li>
        </ul>
      </section>

      <section className="sk-start__section sk-start__care" aria-labelledby="sk-start-care">
        <h2 id="sk-start-care">{t('care.title')}</h2>
        <p className="sk-start__help">{t('care.text')}</p>
        <ul className="sk-care-list">
          {terms('vraaggebied').map((term) => (
            <li key={term.slug}>
              <SearchLink query={{ kind: 'steun,steunpunt', vraaggebied: term.slug }}>{term.label}</SearchLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
