// The map to place a location's pin (click to place, drag to move). Leaflet loads only when the
// editor shows a map, so the resident pages never carry it. The latitude and longitude fields
// next to it do the same for keyboard and screen reader users.
import { lazy, Suspense } from 'react';
import { MapBoundary, MapPlaceholder } from '../map/MapFrame.tsx';
import '../map/map.css';

export type PinMapProps = {
  lat: number | null;
  lon: number | null;
  onPlace(lat: number, lon: number): void;
};

const PinMapImpl = lazy(() => import('./PinMapImpl.tsx'));

export function PinMap(props: PinMapProps) {
  return (
    <MapBoundary className="sk-map--pin">
      <Suspense fallback={<MapPlaceholder className="sk-map--pin" />}>
        <PinMapImpl {...props} />
      </Suspense>
    </MapBoundary>
  );
}
