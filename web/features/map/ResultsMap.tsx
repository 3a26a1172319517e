// The results map (search page). Leaflet is loaded only when the map is shown, so the first
// page's JavaScript stays small: this wrapper is all the first page carries.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { MapBoundary, MapPlaceholder } from './MapFrame.tsx';
import type { ResultsMapProps } from './types.ts';
import './map.css';

export type { BBox, ResultsMapProps } from './types.ts';

const ResultsMapImpl = lazy(() => import('./ResultsMapImpl.tsx'));

export function ResultsMap(props: ResultsMapProps) {
  const { t } = useTranslation('map');
  return (
    <section className="sk-map-section" aria-label={t('label')}>
      <MapBoundary className="sk-map--results">
        <Suspense fallback={<MapPlaceholder className="sk-map--results" />}>
          <ResultsMapImpl {...props} />
        </Suspense>
      </MapBoundary>
    </section>
  );
}

export default ResultsMap;
