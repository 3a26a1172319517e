// For stewards in the editor: listings that look like this one, and merging this one into one of
// them (this listing is archived; sources, reports and history go along). Asks once more first.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import type { Listing } from '../../api/client.ts';
import { findDuplicates, mergeListing, type Duplicate } from './api.ts';

export function MergeDuplicates({ listing, onMerged }: { listing: Listing; onMerged(survivor: Listing): void }) {
  const { t } = useTranslation('editor');
  const [items, setItems] = useState<Duplicate[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    findDuplicates({ id: listing.id, title: listing.title, locations: listing.locations, contact: listing.contact })
      .then((found) => current && setItems(found.items))
      .catch(() => current && setItems([]));
    return () => {
      current = false;
    };
  }, [listing.id, listing.title, listing.locations, listing.contact]);

  if (items.length === 0) return null;

  const merge = async (into: Duplicate) => {
    setBusy(true);
    setError(null);
    try {
      onMerged(await mergeListing(listing.id, into.id));
    } catch {
      setError(t('merge.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sk-merge" aria-labelledby="sk-merge-title">
      <h2 id="sk-merge-title">{t('merge.title')}</h2>
      <p>{t('merge.intro')}</p>
      <ul className="sk-duplicates__list">
        {items.map((d) => (
          <li key={d.id}>
            <Link to={`/mijn-aanbod/${d.id}`}>{d.title}</Link>
            {d.organisation && <span className="sk-duplicates__org"> – {d.organisation.name}</span>}
            <span className="sk-duplicates__why"> ({d.reasons.map((r) => t(`duplicates.reasons.${r}`)).join(', ')})</span>{' '}
            {confirming === d.id ? (
              <span className="sk-actions">
                <span>{t('merge.confirm', { title: listing.title, into: d.title })}</span>
                <button type="button" className="sk-button" disabled={busy} onClick={() => void merge(d)}>
                  {t('merge.yes')}
                </button>
                <button type="button" className="sk-button sk-button--subtle" onClick={() => setConfirming(null)}>
                  {t('merge.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="sk-button sk-button--subtle" onClick={() => setConfirming(d.id)}>
                {t('merge.start', { title: d.title })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="sk-field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
