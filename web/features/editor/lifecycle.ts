// Status and freshness in plain words, and which lifecycle steps an owner can take.
import type { TFunction } from 'i18next';
import type { Listing } from '../../api/client.ts';
import { formatDate, localeOf } from '../listing/format.ts';
import type { ListingStatus } from './api.ts';

type ListingAction = NonNullable<Listing['allowedActions']>[number];

/**
 * The steps from each status and the permission each needs: the same table as
 * api/listings/lifecycle.ts (which the browser does not load). The server decides in the end.
 */
const steps: Record<ListingStatus, { to: ListingStatus; action: ListingAction }[]> = {
  concept: [
    { to: 'ter_controle', action: 'submit' },
    { to: 'gepubliceerd', action: 'publish' },
    { to: 'gearchiveerd', action: 'archive' },
  ],
  ter_controle: [
    { to: 'gepubliceerd', action: 'publish' },
    { to: 'concept', action: 'unpublish' },
    { to: 'gearchiveerd', action: 'archive' },
  ],
  gepubliceerd: [
    { to: 'concept', action: 'unpublish' },
    { to: 'gearchiveerd', action: 'archive' },
  ],
  gearchiveerd: [{ to: 'concept', action: 'restore' }],
};

export type Step = { to: ListingStatus; action: ListingAction; needsReason: boolean };

/** The steps this person may take now, as the server's `allowedActions` says. */
export function availableSteps(listing: Pick<Listing, 'status' | 'allowedActions'>): Step[] {
  const allowed = new Set(listing.allowedActions ?? []);
  return steps[listing.status]
    .filter((s) => allowed.has(s.action))
    .map((s) => ({ ...s, needsReason: listing.status === 'ter_controle' && s.to === 'concept' }));
}

/** "3 maanden geleden" / "3 months ago", from a number of days. */
export function ago(days: number, language: string): string {
  const rtf = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' });
  if (days < 14) return rtf.format(-days, 'day');
  if (days < 60) return rtf.format(-Math.floor(days / 7), 'week');
  if (days < 730) return rtf.format(-Math.floor(days / 30.44), 'month');
  return rtf.format(-Math.floor(days / 365.25), 'year');
}

/** What is out of date, and when it was last checked ("Openingstijden verlopen sinds 3 maart 2026"). */
export function freshnessLines(freshness: Listing['freshness'], t: TFunction, language: string): { text: string; stale: boolean }[] {
  const lines: { text: string; stale: boolean }[] = [];
  const { fields } = freshness;
  for (const part of ['hours', 'contact', 'listing'] as const) {
    const f = fields[part];
    if (f.stale && f.expiresAt) lines.push({ text: t(`editor:freshness.stale.${part}`, { date: formatDate(f.expiresAt, language) }), stale: true });
  }
  if (freshness.state === 'onbekend' || freshness.ageDays === null) lines.push({ text: t('editor:freshness.never'), stale: false });
  else lines.push({ text: t('editor:freshness.checked', { ago: ago(freshness.ageDays, language) }), stale: false });
  return lines;
}
