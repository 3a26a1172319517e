// The search state lives in the URL (/zoeken?q=…&postcode=…&kind=…). These helpers read it,
// change it and turn it into the API's query, so every page and component agrees on one shape.
import { href, navigate } from '../../router.ts';

/** The parameters GET /api/search knows. Anything else in the URL (lang, weergave) stays in the web. */
const apiParams = [
  'q', 'postcode', 'lat', 'lon', 'radius', 'sort', 'kind', 'deelambitie', 'sfeer', 'theme', 'vraaggebied', 'area',
  'accessibility', 'language', 'inzet', 'indicatie', 'toegang', 'free', 'openNow', 'openAt', 'age', 'bbox', 'example',
] as const;

/** Filters that hold a comma-separated list ("of" within one filter). */
export type ListParam = 'kind' | 'deelambitie' | 'sfeer' | 'theme' | 'vraaggebied' | 'area' | 'accessibility' | 'language' | 'inzet' | 'indicatie' | 'toegang';
const listParams = new Set<string>(['kind', 'deelambitie', 'sfeer', 'theme', 'vraaggebied', 'area', 'accessibility', 'language', 'inzet', 'indicatie', 'toegang']);

/** Everything that narrows the results (not the words, not the location itself). */
export const filterParams = [
  'kind', 'deelambitie', 'sfeer', 'theme', 'vraaggebied', 'area', 'accessibility', 'language', 'inzet',
  'indicatie', 'toegang', 'free', 'openNow', 'openAt', 'age', 'bbox',
] as const;

export const pageSize = 20;

/** The page number from the URL: a whole number from 1 to 500 (the API's limit). */
export function pageOf(query: URLSearchParams): number {
  const n = Number(query.get('page'));
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 500) : 1;
}

/** The API query for the URL's state: known parameters only, no empty values, 20 per page. */
export function toApiParams(query: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const name of apiParams) {
    const values = query.getAll(name).map((v) => v.trim()).filter(Boolean);
    if (values.length === 0) continue;
    out.set(name, listParams.has(name) ? values.join(',') : values[0]!);
  }
  out.set('page', String(pageOf(query)));
  out.set('limit', String(pageSize));
  return out;
}

/** The values of a list filter ("kind=steun,steunpunt" → ["steun", "steunpunt"]). */
export function listOf(query: URLSearchParams, name: ListParam): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** A copy of the state without the page: every change of words or filters starts at page 1. */
export function withoutPage(query: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(query);
  next.delete('page');
  return next;
}

export function toggleListValue(query: URLSearchParams, name: ListParam, value: string): URLSearchParams {
  const next = withoutPage(query);
  const current = listOf(query, name);
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  next.delete(name);
  if (values.length) next.set(name, values.join(','));
  return next;
}

export function setParam(query: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = withoutPage(query);
  if (value === null || value === '') next.delete(name);
  else next.set(name, value);
  return next;
}

/** Is there a location (postcode or coordinates) to measure from? */
export function hasLocation(query: URLSearchParams): boolean {
  return Boolean(query.get('postcode')?.trim()) || (Boolean(query.get('lat')) && Boolean(query.get('lon')));
}

/** Radius and "nearest first" only work with a location: drop them when the location goes. */
export function dropLocationOnlyParams(query: URLSearchParams): URLSearchParams {
  if (!hasLocation(query)) {
    query.delete('radius');
    if (query.get('sort') === 'distance') query.delete('sort');
  }
  return query;
}

/** The URL of the results page for this state, language kept; commas stay readable. */
export function searchUrl(query: URLSearchParams): string {
  return href('/zoeken', query).replace(/%2C/gi, ',');
}

/** Go to the results for this state; `replace` for filter changes (no long back-button history). */
export function goSearch(query: URLSearchParams, options: { replace?: boolean } = {}) {
  navigate(searchUrl(query), options);
}

/**
 * The state for a new search from the form: new words and location, filters kept.
 * A postcode replaces coordinates and the map area; coordinates replace postcode and map area.
 */
export function newSearch(
  base: URLSearchParams,
  input: { q: string; postcode: string; coords?: { lat: number; lon: number } },
): URLSearchParams {
  const next = withoutPage(base);
  next.delete('q');
  const q = input.q.trim();
  if (q) next.set('q', q);
  const postcode = input.postcode.trim();
  if (input.coords) {
    next.delete('postcode');
    next.delete('bbox');
    // Three decimals (about 100 m): close enough for "in de buurt", and a shared link does not
    // point at someone's front door.
    next.set('lat', input.coords.lat.toFixed(3));
    next.set('lon', input.coords.lon.toFixed(3));
  } else if (postcode) {
    next.set('postcode', postcode);
    next.delete('lat');
    next.delete('lon');
    next.delete('bbox');
  } else {
    next.delete('postcode');
  }
  return dropLocationOnlyParams(next);
}

/**
 * A Dutch postcode as residents type it: 4 digits, optionally 2 letters ("1014", "1014 aa",
 * "1014-AA"). The server has the last word (unknown postcodes, SA/SD/SS); this only catches typos early.
 */
export function looksLikePostcode(value: string): boolean {
  return /^[1-9][0-9]{3}(?:\s*-?\s*[a-zA-Z]{2})?$/.test(value.trim());
}
