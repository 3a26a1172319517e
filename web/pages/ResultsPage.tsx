// /zoeken: the results for the state in the URL (words, location, filters, page, list or map).
// Nothing lives only in memory except which result is highlighted on the map, so a shared link
// or the back button restores the same search.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Filters } from '../features/search/Filters.tsx';
import { formatCount } from '../features/search/format.ts';
import { NoResults } from '../features/search/NoResults.tsx';
import { Pagination } from '../features/search/Pagination.tsx';
import { goSearch, pageOf, toApiParams, withoutPage } from '../features/search/params.ts';
import { ResultsMap } from '../features/map/ResultsMap.tsx';
import { ResultList } from '../features/search/ResultList.tsx';
import { SearchForm } from '../features/search/SearchForm.tsx';
import { useMediaQuery, wideScreen } from '../features/search/useMediaQuery.ts';
import { useSearch } from '../features/search/useSearch.ts';
import '../features/search/search.css';
import type { Route } from '../router.ts';

type View = 'list' | 'map';

export function ResultsPage({ route }: { route: Route }) {
  const { t, i18n } = useTranslation(['results', 'common']);
  const query = route.query;
  const apiQuery = toApiParams(query).toString();
  const { answer, problem, loading } = useSearch(apiQuery);
  const wide = useMediaQuery(wideScreen);
  const view: View = query.get('weergave') === 'kaart' ? 'map' : 'list';
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** Said to screen readers when a result is shown on the map (the map itself is visual). */
  const [announcement, setAnnouncement] = useState('');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResultsNext = useRef(false);
  const page = pageOf(query);
  const q = query.get('q')?.trim() ?? '';

  const title = q ? t('titleWithWords', { q }) : t('title');
  useEffect(() => {
    document.title = `${title} – ${t('common:siteName')}`;
  }, [title, t]);

  // After "Volgende" / "Vorige": the new page's results get the focus, not the top of the page.
  useEffect(() => {
    if (!loading && focusResultsNext.current) {
      focusResultsNext.current = false;
      resultsHeading.current?.focus();
    }
  }, [loading, answer]);

  const change = useCallback((next: URLSearchParams) => goSearch(next, { replace: true }), []);

  const setView = (v: View) => change(keepPage(query, v));

  const showOnMap = (id: string) => {
    setSelectedId(id);
    const title = answer?.hits.find((h) => h.id === id)?.title;
    if (title) setAnnouncement(t('list.shownOnMap', { title }));
    if (!wide) change(keepPage(query, 'map'));
  };

  const selectFromMap = (id: string) => {
    setSelectedId(id);
    if (wide) document.getElementById(`sk-result-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const searchArea = (bbox: [number, number, number, number]) => {
    const next = withoutPage(query);
    next.set('bbox', bbox.map((n) => n.toFixed(5)).join(','));
    next.delete('postcode');
    next.delete('radius');
    if (!(next.get('lat') && next.get('lon')) && next.get('sort') === 'distance') next.delete('sort');
    change(next);
  };

  const total = answer?.total ?? 0;
  const countText = answer
    ? t('count', { count: total, formatted: formatCount(total, i18n.language) })
    : problem
      ? ''
      : t('common:loading');

  const showList = wide || view === 'list';
  const showMap = Boolean(answer) && (wide || view === 'map');

  return (
    <div className="sk-results">
      <h1 className="sk-results__title">{title}</h1>
      <SearchForm
        key={`${query.get('q')}|${query.get('postcode')}|${query.get('lat')}|${query.get('lon')}`}
        base={query}
        postcodeProblemId={problem?.kind === 'postcode' ? 'sk-results-problem' : undefined}
      />

      <div className={`sk-results__layout${wide ? ' sk-results__layout--wide' : ''}`}>
        <div className="sk-results__side">
          <Filters query={query} facets={answer?.facets ?? null} onChange={change} />

          {/* The count is the results' heading and is announced when it changes. Spaces around it keep it a
              separate word in the page's plain text (textContent). */}
          {' '}
          <p className="sk-visually-hidden" aria-live="polite">
            {announcement}
          </p>
          <div className="sk-results__status" aria-live="polite">
            {countText && (
              <h2 ref={resultsHeading} tabIndex={-1} id="sk-results-heading" className="sk-results__count">
                {countText}
              </h2>
            )}
          </div>{' '}
          {problem && (
            <div className="sk-results__problem" role="alert" id="sk-results-problem">
              <p>{t(`problem.${problem.kind}`)}</p>
            </div>
          )}
          {answer?.relaxedQuery && (
            <p className="sk-results__relaxed">{t('relaxed', { q: answer.relaxedQuery })}</p>
          )}

          {!wide && answer && answer.total > 0 && (
            <div className="sk-view-toggle sk-no-print" role="group" aria-label={t('view.label')}>
              <button type="button" className="sk-view-toggle__button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
                {t('view.list')}
              </button>
              <button type="button" className="sk-view-toggle__button" aria-pressed={view === 'map'} onClick={() => setView('map')}>
                {t('view.map')}
              </button>
            </div>
          )}

          {showList && answer && answer.hits.length > 0 && (
            <>
              <ResultList hits={answer.hits} selectedId={selectedId} busy={loading} onShowOnMap={showOnMap} />
              <Pagination query={query} page={page} total={answer.total} onNavigate={() => (focusResultsNext.current = true)} />
            </>
          )}
          {showList && answer && answer.total > 0 && answer.hits.length === 0 && (
            <div>
              <p>{t('emptyPage')}</p>
              <Pagination query={query} page={page} total={answer.total} onNavigate={() => (focusResultsNext.current = true)} />
            </div>
          )}
          {answer && answer.total === 0 && (
            <NoResults query={query} suggestions={answer.suggestions} headingId="sk-no-results-heading" />
          )}
        </div>

        {showMap && answer && answer.total > 0 && (
          <div className="sk-results__map sk-no-print">
            {/* The map component loads Leaflet itself, only when it is shown. */}
            <ResultsMap
              hits={answer.hits}
              origin={answer.origin ? { lat: answer.origin.lat, lon: answer.origin.lon } : null}
              selectedId={selectedId}
              onSelect={selectFromMap}
              onSearchArea={searchArea}
            />
          </div>
        )}
      </div>
    </div>
  );
}

/** The same state with the list or the map shown (the page stays: it is the same results). */
function keepPage(query: URLSearchParams, view: View): URLSearchParams {
  const next = new URLSearchParams(query);
  if (view === 'map') next.set('weergave', 'kaart');
  else next.delete('weergave');
  return next;
}
