// "Vorige" / "Volgende": links with the page in the URL, so every page can be shared and bookmarked.
import { useTranslation } from 'react-i18next';
import { SearchLink } from './SearchLink.tsx';
import { pageSize } from './params.ts';

type Props = { query: URLSearchParams; page: number; total: number; onNavigate: () => void };

const maxPage = 500; // the API's limit

export function Pagination({ query, page, total, onNavigate }: Props) {
  const { t } = useTranslation('results');
  const pages = Math.min(maxPage, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  const to = (n: number) => {
    const next = new URLSearchParams(query);
    if (n <= 1) next.delete('page');
    else next.set('page', String(n));
    return next;
  };
  return (
    <nav className="sk-pagination sk-no-print" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <SearchLink query={to(Math.min(page - 1, pages))} rel="prev" className="sk-pagination__link" onClick={onNavigate}>
          <span aria-hidden="true">←</span>
          {t('pagination.previous')}
        </SearchLink>
      ) : (
        <span />
      )}
      <span className="sk-pagination__status">{t('pagination.status', { page, pages: Math.max(pages, 1) })}</span>
      {page < pages ? (
        <SearchLink query={to(page + 1)} rel="next" className="sk-pagination__link" onClick={onNavigate}>
          {t('pagination.next')}
          <span aria-hidden="true">→</span>
        </SearchLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
