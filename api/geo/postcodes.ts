// PC4 postcode centroids (GeoNames, CC BY 4.0, "GeoNames (geonames.org)"), from
// seed/data/postcodes-pc4.tsv. A PC4 centroid is only a rough location (0.5–2 km in a city);
// gemeente names and codes predate the 2018–2023 mergers (Weesp 1381–1384 still say "Weesp").
import { readFileSync } from 'node:fs';

export interface PostcodeCentroid {
  /** Four digits, e.g. "1014". */
  pc4: string;
  place: string;
  /** Gemeente name as in the source (pre-2018 mergers). */
  gemeente: string;
  /** CBS gemeente code, four digits, e.g. "0363" (GM0363 = Amsterdam). */
  gemeenteCode: string;
  lat: number;
  lon: number;
}

const HEADER = ['pc4', 'place', 'gemeente', 'gemeente_code', 'lat', 'lon'] as const;

/** Parse the TSV text (header row required). Pure; throws on a malformed row. */
export function parsePostcodeCentroids(text: string): Map<string, PostcodeCentroid> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split('\t') ?? [];
  const col = Object.fromEntries(HEADER.map((h) => [h, header.indexOf(h)])) as Record<(typeof HEADER)[number], number>;
  const missing = HEADER.filter((h) => col[h] < 0);
  if (missing.length) throw new Error(`Postcode file: missing column(s) ${missing.join(', ')}`);

  const out = new Map<string, PostcodeCentroid>();
  lines.forEach((line, i) => {
    const c = line.split('\t');
    const get = (h: (typeof HEADER)[number]) => (c[col[h]] ?? '').trim();
    const pc4 = get('pc4');
    const lat = Number(get('lat'));
    const lon = Number(get('lon'));
    if (!/^\d{4}$/.test(pc4) || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      throw new Error(`Postcode file, line ${i + 2}: not a valid row: ${line}`);
    }
    if (!out.has(pc4)) {
      out.set(pc4, { pc4, place: get('place'), gemeente: get('gemeente'), gemeenteCode: get('gemeente_code'), lat, lon });
    }
  });
  return out;
}

/** Read seed/data/postcodes-pc4.tsv (the only I/O here) into a Map keyed by PC4. */
export function loadPostcodeCentroids(path: string): Map<string, PostcodeCentroid> {
  return parsePostcodeCentroids(readFileSync(path, 'utf8'));
}
