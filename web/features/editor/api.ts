// The owner's side of the listings API (docs/ownership-api.md): reading with the ETag, saving,
// lifecycle steps, "Klopt nog", history and the duplicate check. Types come from the server's
// zod schemas (types only).
import type { z } from 'zod';
import type { AuditAnswer, DuplicateAnswer, ListingPatch, ListingStatus } from '../../../api/listings/schemas.ts';
import type { Change } from '../../../api/moderation/schemas.ts';
import { ApiError, api, type Listing } from '../../api/client.ts';

export type { Change, ListingPatch, ListingStatus };
export type AuditEntry = z.infer<typeof AuditAnswer>['items'][number];
export type Duplicate = z.infer<typeof DuplicateAnswer>['items'][number];

/** A listing together with the version it was read at: every write names it in If-Match. */
export type Versioned = { listing: Listing; etag: string };

/** The ETag the server gives a version (api/shared/concurrency.ts), for lists that carry no header. */
export const etagOfVersion = (version: number) => `"${version}"`;

const listingUrl = (id: string) => `/api/listings/${encodeURIComponent(id)}`;

export async function loadVersioned(id: string, signal?: AbortSignal): Promise<Versioned> {
  const res = await fetch(listingUrl(id), { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  const listing = (await res.json()) as Listing;
  return { listing, etag: res.headers.get('etag') ?? etagOfVersion(listing.version) };
}

export const myListings = (signal?: AbortSignal) => api.get<{ items: Listing[] }>('/api/account/listings', signal);

export async function createListing(body: ListingPatch, status: ListingStatus): Promise<Versioned> {
  const sent = await api.send<Listing>('POST', '/api/listings', { ...body, status });
  return { listing: sent.body, etag: sent.etag ?? etagOfVersion(sent.body.version) };
}

/** 200: saved; 202: the edit waits for a steward (a proposed change). */
export type Saved = { kind: 'saved'; versioned: Versioned } | { kind: 'proposed'; change: Change };

export async function updateListing(id: string, patch: ListingPatch, etag: string): Promise<Saved> {
  const sent = await api.send<Listing | Change>('PATCH', listingUrl(id), patch, { ifMatch: etag });
  if (sent.status === 202) return { kind: 'proposed', change: sent.body as Change };
  const listing = sent.body as Listing;
  return { kind: 'saved', versioned: { listing, etag: sent.etag ?? etagOfVersion(listing.version) } };
}

export async function transition(id: string, to: ListingStatus, etag: string, reason?: string): Promise<void> {
  await api.send('POST', `${listingUrl(id)}/transitions`, reason ? { to, reason } : { to }, { ifMatch: etag });
}

/** "Klopt nog": everything checked now. */
export const verifyListing = (id: string) => api.send('POST', `${listingUrl(id)}/verify`, {});

export const listingHistory = (id: string, signal?: AbortSignal) => api.get<{ items: AuditEntry[] }>(`${listingUrl(id)}/history`, signal);

export const findDuplicates = (candidate: { id?: string; title: string; locations: unknown[]; contact: unknown }) =>
  api.post<{ items: Duplicate[] }>('/api/listings/duplicates', candidate);

export type PostcodeAnswer = { postcode: string; place: string; lat: number; lon: number };
export const lookupPostcode = (postcode: string) => api.get<PostcodeAnswer>(`/api/postcodes/${encodeURIComponent(postcode.replace(/\s+/g, ''))}`);

/** A steward merges `id` into `into`: `id` is archived and points to `into`, which keeps its sources and history. */
export const mergeListing = (id: string, into: string) => api.post<Listing>(`${listingUrl(id)}/merge`, { into });
