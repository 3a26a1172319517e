// Typed client for the product's own API. The shapes are the server's zod schemas (types only:
// nothing of zod reaches the browser bundle). Writes carry the session's CSRF token.
import type { SessionAnswer } from '../../api/accounts/schemas.ts';
import type { Listing } from '../../api/listings/schemas.ts';
import type { SearchAnswer, SearchHit } from '../../api/search/schemas.ts';
import type { Taxonomy } from '../../api/taxonomy/schemas.ts';
import type { WebConfig } from '../../api/web/schemas.ts';

export type { Listing, SearchAnswer, SearchHit, SessionAnswer, Taxonomy, WebConfig };

export type Problem = { type?: string; title?: string; detail?: string; errors?: { field: string; message: string }[] };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
  /** The server's message for one field (e.g. "locations.0.postcode"), for showing next to it. */
  fieldError(field: string): string | undefined {
    return this.problem?.errors?.find((e) => e.field === field)?.message;
  }
}

/** Set from GET /api/session; the server refuses cookie-authenticated writes without it. */
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

async function get<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  return (await res.json()) as T;
}

export type Sent<T> = { status: number; body: T; etag: string | null };

/** A write: JSON in, JSON (or nothing) out; `ifMatch` for optimistic concurrency (the ETag read). */
async function send<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown, options: { ifMatch?: string } = {}): Promise<Sent<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, etag: res.headers.get('etag') };
}

async function post<T>(url: string, body: unknown): Promise<T> {
  return (await send<T>('POST', url, body)).body;
}

export const api = {
  /** `params` are the search page's URL parameters, passed through as the API's query. */
  search: (params: URLSearchParams, signal?: AbortSignal) => get<SearchAnswer>(`/api/search?${params}`, signal),
  listing: (id: string, signal?: AbortSignal) => get<Listing>(`/api/listings/${encodeURIComponent(id)}`, signal),
  taxonomy: () => get<Taxonomy>('/api/taxonomy'),
  config: () => get<WebConfig>('/api/config'),
  areasGeoJson: (level: string) => get<GeoJSON.FeatureCollection>(`/api/areas/geojson?level=${level}`),
  session: () => get<SessionAnswer>('/api/session'),
  get,
  post,
  send,
};
