// /printen?ids=a,b,c: a handout for people who are not online. Large type, phone numbers first,
// a small map and a QR code per listing; one listing per A4 page; sources at the bottom.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebConfig } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { formatDate } from '../features/listing/format.ts';
import { loadListing, type ListingState } from '../features/listing/useListing.ts';
import { loadMapConfig } from '../features/map/mapData.ts';
import { plainAttribution } from '../features/map/attribution.ts';
import { Handout } from '../features/print/Handout.tsx';
import { parsePrintIds } from '../features/print/printUrl.tsx';
import type { Route } from '../router.ts';
import '../features/listing/listing.css';
import '../features/print/print.css';

type Loaded = Extract<ListingState, { status: 'ok' }>;

export function PrintPage({ route }: { route: Route }) {
  const { t, i18n } = useTranslation('print');
  const ids = parsePrintIds(route.query);
  const key = ids.join(',');
  const [items, setItems] = useState<ListingState[] | null>(null);
  const [config, setConfig] = useState<WebConfig | null>(null);

  useEffect(() => {
    document.title = `${t('title')} – ${t('common:siteName')}`;
  }, [t]);

  useEffect(() => {
    loadMapConfig().then(setConfig, () => {});
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setItems(null);
    Promise.all(key ? key.split(',').map((id) => loadListing(id, controller.signal)) : []).then(setItems, () => {});
    return () => controller.abort();
  }, [key]);

  const found = (items ?? []).filter((s): s is Loaded => s.status === 'ok');
  const missing = (items ?? []).length - found.length;
  const sources = [
    ...new Set([
      ...found.map((s) => s.listing.attribution).filter((a): a is string => !!a),
      ...(config && found.some((s) => s.listing.locations.some((l) => l.lat !== undefined))
        ? [t('mapSource', { source: plainAttribution(config.map.tileAttribution) })]
        : []),
    ]),
  ];

  return (
    <div className="sk-print">
      <div className="sk-print__toolbar sk-no-print">
        <button type="button" className="sk-button" onClick={() => window.print()} disabled={found.length === 0}>
          {t('print')}
        </button>
        <Link to="/bewaard">{t('toFavourites')}</Link>
      </div>

      <header className="sk-print__intro">
        <h1>{t('title')}</h1>
        <p>
          {t('made', { date: formatDate(new Date().toISOString(), i18n.language) })} {t('callFirst')}
        </p>
      </header>

      {ids.length === 0 ? (
        <p>{t('nothing')}</p>
      ) : items === null ? (
        <p role="status">{t('common:loading')}</p>
      ) : (
        <>
          {missing > 0 && <p className="sk-print__missing">{t('missing', { count: missing })}</p>}
          {found.map((s) => (
            <Handout key={s.listing.id} listing={s.listing} hours={s.hours} />
          ))}
        </>
      )}

      <footer className="sk-print__sources">
        {config && <p>{t('madeWith', { gemeente: config.gemeente.name, site: window.location.host })}</p>}
        {sources.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </footer>
    </div>
  );
}
