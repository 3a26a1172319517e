// Where: each place with its address and a "Route" link to OpenStreetMap (a link only: nothing is
// loaded from there), or "online".
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { addressLines, routeUrl } from './format.ts';

export function LocationsInfo({ locations, print = false }: { locations: Listing['locations']; print?: boolean }) {
  const { t } = useTranslation('listing');
  if (locations.length === 0) return <p>{t('where.unknown')}</p>;
  return (
    <ul className="sk-listing__places">
      {locations.map((l, i) => {
        const lines = addressLines(l);
        const name = l.name ?? lines[0] ?? '';
        return (
          <li key={i} className="sk-listing__place">
            {l.name && <p className="sk-listing__place-name">{l.name}</p>}
            {lines.length > 0 && (
              <p className="sk-listing__address">
                {lines.map((line, j) => (
                  <span key={j} className="sk-listing__address-line">
                    {line}
                  </span>
                ))}
              </p>
            )}
            {l.online && <p>{t('where.online')}</p>}
            {!print && l.lat !== undefined && l.lon !== undefined && (
              <p>
                <a href={routeUrl(l.lat, l.lon)} target="_blank" rel="noopener noreferrer" className="sk-listing__route">
                  {t('where.route')}
                  <span className="sk-visually-hidden">{t('where.routeTo', { place: name })}</span>
                </a>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
