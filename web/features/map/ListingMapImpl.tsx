// A still map of a listing's places (loaded lazily by ListingMap.tsx). Not interactive: the
// address next to it is the information, the map helps to see where it is. So it is hidden
// from screen readers and has nothing to tab to; its source is written below it as text.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker } from 'react-leaflet';
import { plainAttribution } from './attribution.ts';
import { BaseLayer, pinIcon } from './BaseLayer.tsx';
import { MapFailed, MapPlaceholder } from './MapFrame.tsx';
import { useMapConfig } from './mapData.ts';
import type { ListingMapProps } from './types.ts';

const still = {
  zoomControl: false,
  attributionControl: false,
  dragging: false,
  scrollWheelZoom: false,
  doubleClickZoom: false,
  touchZoom: false,
  boxZoom: false,
  keyboard: false,
  maxZoom: 19,
} as const;

export default function ListingMapImpl({ locations, className = '' }: ListingMapProps) {
  const { t } = useTranslation('map');
  const config = useMapConfig();
  const frame = `sk-map--listing ${className}`.trim();
  if (config.failed) return <MapFailed className={frame} />;
  if (!config.value) return <MapPlaceholder className={frame} />;

  const points: L.LatLngTuple[] = locations.flatMap((l) => (l.lat !== undefined && l.lon !== undefined ? [[l.lat, l.lon] as L.LatLngTuple] : []));
  if (points.length === 0) return null;
  const view =
    points.length === 1
      ? { center: points[0]!, zoom: 14 }
      : { bounds: L.latLngBounds(points), boundsOptions: { padding: [24, 24] as L.PointTuple, maxZoom: 15 } };

  return (
    <figure className={`sk-map-figure ${className}`.trim()}>
      <div className="sk-map sk-map--listing" aria-hidden="true">
        <MapContainer className="sk-map__canvas" {...still} {...view}>
          <BaseLayer config={config.value} />
          {points.map((p) => (
            <Marker key={p.join(',')} position={p} icon={pinIcon} interactive={false} keyboard={false} />
          ))}
        </MapContainer>
      </div>
      <figcaption className="sk-map__caption">{t('source', { source: plainAttribution(config.value.map.tileAttribution) })}</figcaption>
    </figure>
  );
}
