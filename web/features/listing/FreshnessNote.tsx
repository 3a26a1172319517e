// How fresh the information is, in plain words: when someone last checked it, and a warning to
// call ahead when that was too long ago.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { formatAgo, formatDate } from './format.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since the last check, from the server's freshness (or the verified date alone). */
function ageDays(listing: Listing): number | null {
  if (listing.freshness?.ageDays != null) return listing.freshness.ageDays;
  const at = listing.freshness?.verifiedAt ?? listing.verifiedAt;
  const ms = at ? Date.parse(at) : NaN;
  return Number.isNaN(ms) ? null : Math.max(0, Math.floor((Date.now() - ms) / DAY_MS));
}

/** Shown high on the page when the information has expired: residents should check before going. */
export function StaleNote({ listing }: { listing: Listing }) {
  const { t } = useTranslation('listing');
  if (listing.freshness?.state !== 'verlopen') return null;
  return (
    <p className="sk-listing__stale">
      <span aria-hidden="true">ⓘ </span>
      {t('freshness.stale')}
    </p>
  );
}

/** "Laatst gecontroleerd: 3 maanden geleden" / "Nog niet gecontroleerd". */
export function LastChecked({ listing }: { listing: Listing }) {
  const { t, i18n } = useTranslation('listing');
  const days = ageDays(listing);
  const at = listing.freshness?.verifiedAt ?? listing.verifiedAt;
  if (listing.freshness?.state === 'onbekend' || days === null || !at) return <>{t('notVerified')}</>;
  return (
    <>
      {t('freshness.checked', { ago: formatAgo(days, i18n.language) })}{' '}
      <time dateTime={at} className="sk-listing__checked-date">
        ({formatDate(at, i18n.language)})
      </time>
    </>
  );
}
