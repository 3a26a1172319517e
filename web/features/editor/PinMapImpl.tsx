// The pin map itself (loaded lazily by PinMap.tsx). Hidden from screen readers and without
// anything to tab to, like the listing map: the coordinate fields are the accessible way.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker, useMap, useMapEvents } from 'react-leaflet';
import { plainAttribution } from '../map/attribution.ts';
import { BaseLayer, pinIcon } from '../map/BaseLayer.tsx';
import { MapFailed, MapPlaceholder } from '../map/MapFrame.tsx';
import { useMapConfig } from '../map/mapData.ts';
import type { PinMapProps } from './PinMap.tsx';

/** Six decimals: about 10 cm, more than enough for an entrance. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

function ClickToPlace({ onPlace }: Pick<PinMapProps, 'onPlace'>) {
  useMapEvents({ click: (e) => onPlace(round(e.latlng.lat), round(e.latlng.lng)) });
  return null;
}

/** Coordinates typed in the fields (or found by postcode) come into view. */
function FollowPoint({ point, zoom }: { point: L.LatLngTuple | null; zoom: number }) {
  const map = useMap();
  const key = point?.join(',');
  useEffect(() => {
    if (!point) return;
    if (!map.getBounds().pad(-0.1).contains(point)) map.setView(point, Math.max(map.getZoom(), zoom));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the point
  }, [key, map]);
  return null;
}

export default function PinMapImpl({ lat, lon, onPlace }: PinMapProps) {
  const { t } = useTranslation('editor');
  const config = useMapConfig();
  if (config.failed) return <MapFailed className="sk-map--pin" />;
  if (!config.value) return <MapPlaceholder className="sk-map--pin" />;
  const [minLon, minLat, maxLon, maxLat] = config.value.map.bounds;
  const point: L.LatLngTuple | null = lat !== null && lon !== null ? [lat, lon] : null;
  // Without tiles only the area outlines are drawn: a street-level zoom would show nothing.
  const closeZoom = config.value.map.tileUrl ? 17 : 14;
  const view = point
    ? { center: point, zoom: closeZoom }
    : {
        bounds: L.latLngBounds([
          [minLat, minLon],
          [maxLat, maxLon],
        ]),
      };

  return (
    <figure className="sk-map-figure">
      <div className="sk-map sk-map--pin" aria-hidden="true">
        <MapContainer className="sk-map__canvas" {...view} zoomControl={false} attributionControl={false} keyboard={false} doubleClickZoom={false} maxZoom={19}>
          <BaseLayer config={config.value} />
          <ClickToPlace onPlace={onPlace} />
          <FollowPoint point={point} zoom={closeZoom} />
          {point && (
            <Marker
              position={point}
              icon={pinIcon}
              draggable
              keyboard={false}
              eventHandlers={{
                dragend: (e) => {
                  const p = (e.target as L.Marker).getLatLng();
                  onPlace(round(p.lat), round(p.lng));
                },
              }}
            />
          )}
        </MapContainer>
      </div>
      <figcaption className="sk-map__caption">
        {t('location.mapHelp')} {t('map:source', { source: plainAttribution(config.value.map.tileAttribution) })}
      </figcaption>
    </figure>
  );
}
