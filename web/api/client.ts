// Typed client for the product's own API. The shapes are the server's zod schemas (types only:
// nothing of zod reaches the browser bundle).
import type { Listing } from '../../api/listings/schemas.ts';
import type { SearchAnswer, SearchHit } from '../../api/search/schemas.ts';
import type { Taxonomy } from '../../api/taxonomy/schemas.ts';
import type { WebConfig } from '../../api/web/schemas.ts';

export type { Listing, SearchAnswer, SearchHit, Taxonomy, WebConfig };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string; errors?: { field: string; message: string }[] } | null,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
}

async function get<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  return (await res.json()) as T;
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  return (await res.json()) as T;
}

export const api = {
  /** `params` are the search page's URL parameters, passed through as the API's query. */
  search: (params: URLSearchParams, signal?: AbortSignal) => get<SearchAnswer>(`/api/search?${params}`, signal),
  listing: (id: string, signal?: AbortSignal) => get<Listing>(`/api/listings/${encodeURIComponent(id)}`, signal),
  taxonomy: () => get<Taxonomy>('/api/taxonomy'),
  config: () => get<WebConfig>('/api/config'),
  areasGeoJson: (level: string) => get<GeoJSON.FeatureCollection>(`/api/areas/geojson?level=${level}`),
  post,
};
