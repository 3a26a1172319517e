// The map's background: the configured tile server, or (tests, offline, no tile URL) the
// gemeente and its stadsdelen drawn as outlines on a plain background. In that mode nothing is
// requested from any other origin.
import L from 'leaflet';
import type { Feature } from 'geojson';
import { GeoJSON, TileLayer } from 'react-leaflet';
import type { WebConfig } from '../../api/client.ts';
import { useOutlines } from './mapData.ts';

const levelOf = (feature: Feature | undefined) => String(feature?.properties?.level ?? '');

export function BaseLayer({ config, labels = false }: { config: WebConfig; labels?: boolean }) {
  const { tileUrl, tileAttribution } = config.map;
  const outlines = useOutlines(!tileUrl);
  if (tileUrl) return <TileLayer url={tileUrl} attribution={tileAttribution} />;
  if (!outlines.value) return null;
  return (
    <GeoJSON
      key={labels ? 'labelled' : 'plain'}
      data={outlines.value}
      attribution={tileAttribution}
      interactive={false}
      // Colours come from the CSS (sk-area--…), so a gemeente's theme applies to the map too.
      style={(feature) => ({ className: `sk-area sk-area--${levelOf(feature)}` })}
      onEachFeature={(feature, layer) => {
        if (!labels || levelOf(feature) === 'gemeente') return;
        // An element with textContent: names are data and never become HTML.
        const label = document.createElement('span');
        label.textContent = String(feature.properties?.name ?? '');
        layer.bindTooltip(label, { permanent: true, direction: 'center', className: 'sk-area-label', interactive: false });
      }}
    />
  );
}

/** A pin drawn with CSS (no image, no CDN): 44 × 44 px, so it is easy to tap. */
export const pinIcon = L.divIcon({
  className: 'sk-marker',
  html: '<span class="sk-marker__pin" aria-hidden="true"></span>',
  iconSize: [44, 44],
  iconAnchor: [22, 42],
  popupAnchor: [0, -38],
});
