// "Klopt dit nog?" without signing in: the signed link's token opens the listing as it is now and
// confirms that it is still right.
import type { Freshness } from '../../../api/listings/freshness.ts';
import type { Listing } from '../../api/client.ts';
import { api } from '../../api/client.ts';
import { sessionReady } from '../account/session.ts';

export type { Freshness };

/** What the owner checks: the parts of the listing that go out of date. */
export type CheckedListing = Pick<Listing, 'id' | 'title' | 'summary' | 'organisation' | 'schedule' | 'contact' | 'locations'>;
export type FreshnessCheck = { listing: CheckedListing; freshness: Freshness };

export const freshnessCheck = (id: string, token: string, signal?: AbortSignal) =>
  api.get<FreshnessCheck>(`/api/freshness/${encodeURIComponent(id)}?${new URLSearchParams({ t: token })}`, signal);

export async function confirmFresh(id: string, token: string): Promise<{ freshness: Freshness }> {
  // A signed-in visitor's cookie goes along too; the CSRF token keeps that write acceptable.
  await sessionReady();
  return (await api.send<{ freshness: Freshness }>('POST', `/api/freshness/${encodeURIComponent(id)}/confirm`, { token })).body;
}
