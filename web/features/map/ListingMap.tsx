// A small, still map of a listing's location(s), for the listing page and the print page.
// Loaded lazily like the results map; nothing is shown for a listing without coordinates.
import { lazy, Suspense } from 'react';
import { MapBoundary, MapPlaceholder } from './MapFrame.tsx';
import type { ListingMapProps } from './types.ts';
import './map.css';

export type { ListingMapProps } from './types.ts';

const ListingMapImpl = lazy(() => import('./ListingMapImpl.tsx'));

export const hasMapPoints = (locations: ListingMapProps['locations']) =>
  locations.some((l) => l.lat !== undefined && l.lon !== undefined);

export function ListingMap(props: ListingMapProps) {
  if (!hasMapPoints(props.locations)) return null;
  const className = `sk-map--listing ${props.className ?? ''}`.trim();
  return (
    <MapBoundary className={className}>
      <Suspense fallback={<MapPlaceholder className={className} />}>
        <ListingMapImpl {...props} />
      </Suspense>
    </MapBoundary>
  );
}

export default ListingMap;
