// Nothing found: never a dead end. Broader searches that do find something (from the API's
// suggestions), what else to try, the phone route, and the way back to the start.
import { useTranslation } from 'react-i18next';
import type { SearchAnswer } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { formatCount } from './format.ts';
import { filterParams, withoutPage } from './params.ts';
import { SearchLink } from './SearchLink.tsx';

type Props = { query: URLSearchParams; suggestions: SearchAnswer['suggestions']; headingId: string };

export function NoResults({ query, suggestions, headingId }: Props) {
  const { t, i18n } = useTranslation('results');
  const q = query.get('q')?.trim() ?? '';

  const suggestionQuery = (s: SearchAnswer['suggestions'][number]) => {
    const next = withoutPage(query);
    if (s.q) next.set('q', s.q);
    else next.delete('q');
    if (s.reason === 'without-filters') for (const p of filterParams) next.delete(p);
    else next.delete('radius');
    return next;
  };

  return (
    <div className="sk-no-results">
      <h2 id={headingId} tabIndex={-1}>
        {t('none.title')}
      </h2>
      <p>{q ? t('none.forWords', { q }) : t('none.forChoices')}</p>
      {suggestions.length > 0 && (
        <>
          <p>{t('none.tryThis')}</p>
          <ul className="sk-no-results__suggestions">
            {suggestions.map((s) => (
              <li key={s.reason}>
                <SearchLink query={suggestionQuery(s)}>
                  {t(`none.suggestion.${s.reason}`, { count: s.total, total: formatCount(s.total, i18n.language) })}
                </SearchLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="sk-no-results__tips">
        {q && <li>{t('none.tipWords')}</li>}
        <li>{t('none.tipCall')}</li>
      </ul>
      <p>
        <Link to="/">{t('none.toStart')}</Link>
      </p>
    </div>
  );
}
