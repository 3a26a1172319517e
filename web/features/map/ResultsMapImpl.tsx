// The results map itself (loaded lazily by ResultsMap.tsx): one marker per hit with a place,
// clustered; the chosen hit highlighted and brought into view; "Zoek in dit gebied" once the
// resident has moved the map themselves (never after the map moved on its own).
import 'leaflet/dist/leaflet.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.Default.css';
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttributionControl, MapContainer, Marker, Popup, ZoomControl, useMap, useMapEvents } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import type { SearchHit } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { OpeningState } from '../../components/OpeningState.tsx';
import { BaseLayer, pinIcon } from './BaseLayer.tsx';
import { MapFailed, MapPlaceholder } from './MapFrame.tsx';
import { useMapConfig } from './mapData.ts';
import type { BBox, ResultsMapProps } from './types.ts';

/** The few methods of Leaflet.markercluster used here (its types are not installed). */
type Cluster = L.Marker & { getChildCount(): number; getAllChildMarkers(): L.Marker[]; spiderfy(): void };
type ClusterGroup = L.FeatureGroup & { getVisibleParent(marker: L.Marker): L.Marker | Cluster | null };
const isCluster = (m: L.Marker | Cluster): m is Cluster => 'spiderfy' in m;
type Placed = SearchHit & { location: NonNullable<SearchHit['location']> & { lat: number; lon: number } };

const placed = (hit: SearchHit): hit is Placed => hit.location?.lat !== undefined && hit.location.lon !== undefined;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const originIcon = L.divIcon({ className: 'sk-origin', html: '<span class="sk-origin__dot" aria-hidden="true"></span>', iconSize: [24, 24] });

const round = (n: number) => Math.round(n * 1e5) / 1e5;

export default function ResultsMapImpl(props: ResultsMapProps) {
  const { t } = useTranslation('map');
  const config = useMapConfig();
  const [moved, setMoved] = useState(false);
  const mapRef = useRef<L.Map | null>(null);
  /** After "Zoek in dit gebied" the map stays where the resident put it when the new hits arrive. */
  const keepViewUntil = useRef(0);

  const hits = useMemo(() => props.hits.filter(placed), [props.hits]);
  const notOnMap = props.hits.length - hits.length;

  if (config.failed) return <MapFailed className="sk-map--results" />;
  if (!config.value) return <MapPlaceholder className="sk-map--results" />;
  const [minLon, minLat, maxLon, maxLat] = config.value.map.bounds;

  const searchArea = () => {
    const map = mapRef.current;
    if (!map) return;
    const b = map.getBounds();
    const bbox: BBox = [round(b.getWest()), round(b.getSouth()), round(b.getEast()), round(b.getNorth())];
    keepViewUntil.current = performance.now() + 10_000;
    setMoved(false);
    props.onSearchArea(bbox);
  };

  return (
    <>
      <div className="sk-map sk-map--results">
        {moved && (
          <button type="button" className="sk-button sk-map__search-area" onClick={searchArea}>
            {t('searchArea')}
          </button>
        )}
        <MapContainer
          ref={mapRef}
          className="sk-map__canvas"
          bounds={[
            [minLat, minLon],
            [maxLat, maxLon],
          ]}
          zoomControl={false}
          attributionControl={false}
          minZoom={9}
          maxZoom={19}
        >
          <BaseLayer config={config.value} labels />
          <ZoomControl position="topleft" zoomInTitle={t('zoomIn')} zoomOutTitle={t('zoomOut')} />
          <AttributionControl prefix={false} />
          <Markers hits={hits} origin={props.origin} selectedId={props.selectedId} onSelect={props.onSelect} onMoved={setMoved} keepViewUntil={keepViewUntil} />
        </MapContainer>
      </div>
      {notOnMap > 0 && <p className="sk-map__note">{t('notOnMap', { count: notOnMap })}</p>}
    </>
  );
}

type MarkersProps = {
  hits: Placed[];
  origin: ResultsMapProps['origin'];
  selectedId: string | null;
  onSelect(id: string): void;
  onMoved(moved: boolean): void;
  keepViewUntil: { current: number };
};

function Markers({ hits, origin, selectedId, onSelect, onMoved, keepViewUntil }: MarkersProps) {
  const { t } = useTranslation('map');
  const map = useMap();
  const cluster = useRef<ClusterGroup | null>(null);
  const markers = useRef(new Map<string, L.Marker>());
  const selected = useRef(selectedId);
  selected.current = selectedId;
  /** A marker the resident clicked is already in view: selecting it does not move the map. */
  const clicked = useRef<string | null>(null);

  // Moves the map makes on its own (fit to the hits, show the chosen hit, popup auto-pan) end
  // within this time; a drag, zoom or arrow key outside it is the resident's.
  const ownMoveUntil = useRef(0);
  const residentMoving = useRef(false);
  const ownMove = useCallback((ms = 1200) => {
    ownMoveUntil.current = performance.now() + ms;
    residentMoving.current = false;
  }, []);
  const isOwnMove = () => performance.now() < ownMoveUntil.current;

  useMapEvents({
    dragstart: () => {
      ownMoveUntil.current = 0;
      residentMoving.current = true;
    },
    zoomstart: () => {
      if (!isOwnMove()) residentMoving.current = true;
    },
    autopanstart: () => ownMove(),
    popupopen: (e) => {
      // Leaflet's close button says "Close popup" in English: give it the resident's language.
      e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t('closePopup'));
    },
    moveend: () => {
      if (isOwnMove()) {
        // A move of several steps (zoom, then pan) stays the map's own.
        ownMoveUntil.current = Math.max(ownMoveUntil.current, performance.now() + 300);
        return;
      }
      if (residentMoving.current) {
        residentMoving.current = false;
        onMoved(true);
      }
    },
  });

  // Arrow keys and +/- on the focused map move it too (Leaflet's keyboard handling).
  useEffect(() => {
    const container = map.getContainer();
    const onKey = (e: KeyboardEvent) => {
      if (e.target === container && /^(Arrow(Up|Down|Left|Right)|[-+=_])$/.test(e.key) && !isOwnMove()) residentMoving.current = true;
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [map]);

  // Fit the map to the hits (and the search location) whenever the set of hits changes.
  const pointsKey = hits.map((h) => h.id).join(',') + (origin ? `@${origin.lat},${origin.lon}` : '');
  useEffect(() => {
    if (performance.now() < keepViewUntil.current) {
      keepViewUntil.current = 0;
      return;
    }
    const points: L.LatLngTuple[] = hits.map((h) => [h.location.lat, h.location.lon]);
    if (origin) points.push([origin.lat, origin.lon]);
    onMoved(false);
    if (points.length === 0) return;
    ownMove();
    if (points.length === 1) map.setView(points[0]!, 15);
    else map.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: 16 });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for hits and origin
  }, [pointsKey, map]);

  /**
   * Bring a marker into view: pan to it; while it is still inside a cluster, zoom in around it; a
   * cluster of places at the very same spot (or when already close in) is spread out instead.
   * Every step is the map's own move, so "Zoek in dit gebied" does not appear.
   */
  const reveal = useCallback(
    (marker: L.Marker, attempt: number) => {
      const target = marker.getLatLng();
      const next = () => {
        // Only while this hit is still the chosen one.
        const stillChosen = () => selected.current !== null && markers.current.get(selected.current) === marker;
        if (attempt < 4) window.setTimeout(() => stillChosen() && reveal(marker, attempt + 1), 350);
      };
      const visible = cluster.current?.getVisibleParent(marker) ?? (map.hasLayer(marker) ? marker : null);
      ownMove(2000);
      if (!visible) {
        // Off screen: go there first, then look again.
        map.once('moveend', next);
        map.panTo(target);
      } else if (!isCluster(visible)) {
        map.panTo(target);
      } else if (map.getZoom() >= 16 || visible.getAllChildMarkers().every((m) => m.getLatLng().equals(target, 1e-6))) {
        visible.spiderfy();
        map.panTo(target);
      } else {
        map.once('moveend', next);
        map.setView(target, Math.min(map.getZoom() + 2, 16));
      }
    },
    [map, ownMove],
  );

  // Highlight the chosen hit and bring it into view (out of its cluster if needed).
  useEffect(() => {
    for (const [id, marker] of markers.current) highlight(marker, id === selectedId);
    if (!selectedId) return;
    const marker = markers.current.get(selectedId);
    if (!marker) return;
    if (clicked.current === selectedId) {
      clicked.current = null;
      return;
    }
    reveal(marker, 0);
  }, [selectedId, reveal]);

  const clusterIcon = useCallback(
    (c: Cluster) => {
      const n = c.getChildCount();
      return L.divIcon({
        className: 'sk-cluster',
        // The number is shown; a screen reader hears the whole sentence.
        html: `<span aria-hidden="true">${n}</span><span class="sk-visually-hidden">${escapeHtml(t('cluster', { count: n }))}</span>`,
        iconSize: [44, 44],
      });
    },
    [t],
  );

  return (
    <>
      <MarkerClusterGroup
        key={t('cluster', { count: 2 })}
        ref={(group: unknown) => {
          cluster.current = group as ClusterGroup | null;
        }}
        chunkedLoading
        showCoverageOnHover={false}
        iconCreateFunction={clusterIcon}
      >
        {hits.map((hit) => (
          <Marker
            key={hit.id}
            position={[hit.location.lat, hit.location.lon]}
            icon={pinIcon}
            title={hit.title}
            ref={(marker: L.Marker | null) => {
              if (marker) markers.current.set(hit.id, marker);
              else markers.current.delete(hit.id);
            }}
            eventHandlers={{
              click: () => {
                clicked.current = hit.id;
                onSelect(hit.id);
              },
              // A marker leaving a cluster gets a new element: keep its highlight.
              add: (e) => highlight(e.target as L.Marker, selected.current === hit.id),
            }}
          >
            <Popup>
              <p className="sk-map__popup-title">
                <Link to={`/aanbod/${hit.id}`}>{hit.title}</Link>
              </p>
              {hit.location.street && (
                <p className="sk-map__popup-line">
                  {[hit.location.street, hit.location.houseNumber].filter(Boolean).join(' ')}
                </p>
              )}
              <p className="sk-map__popup-line">
                <OpeningState state={hit.openingState} />
              </p>
            </Popup>
          </Marker>
        ))}
      </MarkerClusterGroup>
      {origin && <Marker position={[origin.lat, origin.lon]} icon={originIcon} interactive={false} keyboard={false} title={t('origin')} />}
    </>
  );
}

function highlight(marker: L.Marker, on: boolean) {
  marker.getElement()?.classList.toggle('sk-marker--selected', on);
  marker.setZIndexOffset(on ? 1000 : 0);
}
