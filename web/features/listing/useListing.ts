// Loads one listing and its opening hours for the listing and print pages.
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { HoursAnswer } from '../../../api/listings/schemas.ts';
import { ApiError, api, type Listing } from '../../api/client.ts';

export type Hours = z.infer<typeof HoursAnswer>;

export type ListingState =
  | { status: 'loading' }
  | { status: 'ok'; listing: Listing; hours: Hours | null }
  | { status: 'not-found' }
  | { status: 'gone' }
  | { status: 'error' };

export const hoursOf = (id: string, signal?: AbortSignal) =>
  fetch(`/api/listings/${encodeURIComponent(id)}/hours`, { signal, headers: { accept: 'application/json' } }).then((res) =>
    res.ok ? (res.json() as Promise<Hours>) : null,
  );

/** The listing with its hours; the hours are left out (null) when only they fail. */
export async function loadListing(id: string, signal?: AbortSignal): Promise<ListingState> {
  try {
    const [listing, hours] = await Promise.all([api.listing(id, signal), hoursOf(id, signal).catch(() => null)]);
    return { status: 'ok', listing, hours };
  } catch (err) {
    if (signal?.aborted) throw err;
    if (err instanceof ApiError && err.status === 404) return { status: 'not-found' };
    if (err instanceof ApiError && err.status === 410) return { status: 'gone' };
    return { status: 'error' };
  }
}

export function useListing(id: string): [ListingState, () => void] {
  const [state, setState] = useState<ListingState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    loadListing(id, controller.signal).then(setState, () => {});
    return () => controller.abort();
  }, [id, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}
