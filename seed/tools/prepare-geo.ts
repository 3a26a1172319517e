// Dev-time script: copies and reshapes what the product needs from ../shared into seed/data/.
// Run from the project root:  npx tsx seed/tools/prepare-geo.ts
//
// The product itself never reads ../shared; it reads only the committed outputs:
//   seed/data/amsterdam-areas.geojson                        (CBS / Kadaster, CC BY 4.0)
//   seed/data/postcodes-pc4.tsv                              (GeoNames, CC BY 4.0)
//   seed/data/maatschappelijke_voorzieningen_sociale_kaart.csv (Gemeente Amsterdam)
//   seed/data/ATTRIBUTION.md
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, merge } from 'topojson-client';
import type * as TopoJSON from 'topojson-specification';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { AreaFeature, AreaLevel } from '../../api/geo/areas.ts';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '..', '..');
const shared = resolve(process.env.SHARED_DIR ?? join(projectRoot, '..', 'shared'));
const outDir = join(projectRoot, 'seed', 'data');

const GEO = join(shared, 'geo');
const DEMO_CSV = join(shared, 'demo', 'amsterdam', 'maatschappelijke_voorzieningen_sociale_kaart.csv');

/** Amsterdam (GM0363) plus Weesp (GM0457, merged into Amsterdam on 24 March 2022). */
const GEMEENTE = { code: 'GM0363', name: 'Amsterdam' };
const MERGED_GEMEENTEN = ['GM0363', 'GM0457'];
/** In the 2014 CBS data Amsterdam's wijken are its stadsdelen; Weesp has one wijk, WK045700. */
const STADSDEEL_PREFIXES = ['WK0363', 'WK0457'];
const BUURT_PREFIXES = ['BU0363', 'BU0457'];
const DECIMALS = 5;

type Props = { statcode: string; statnaam: string };
type TopoPolygon = (TopoJSON.Polygon<Props> | TopoJSON.MultiPolygon<Props>) & { properties: Props };

/** The polygons of the TopoJSON object `layer`, with their CBS properties. */
function readTopology(file: string): { topology: Topology; geometries: TopoPolygon[] } {
  const topology = JSON.parse(readFileSync(join(GEO, file), 'utf8')) as Topology;
  const layer = topology.objects['layer'] as GeometryCollection | undefined;
  if (!layer || layer.type !== 'GeometryCollection') throw new Error(`${file}: no GeometryCollection "layer"`);
  const geometries = layer.geometries.filter((g): g is TopoPolygon => {
    const p = g.properties as Partial<Props> | undefined;
    const ok = (g.type === 'Polygon' || g.type === 'MultiPolygon') && typeof p?.statcode === 'string';
    if (!ok && typeof p?.statcode === 'string') console.warn(`${file}: ${p.statcode} has geometry ${g.type}, skipped`);
    return ok;
  });
  return { topology, geometries };
}

const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Round a ring and drop points that became duplicates of their predecessor. */
function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]!), round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out;
}

/** Rounded geometry, without degenerate rings; null when nothing with an area is left. */
function roundGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => rings.map(roundRing).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

/** GeoJSON geometry of one TopoJSON polygon (null when it has no arcs). */
function geometryOf(topology: Topology, g: TopoPolygon): Polygon | MultiPolygon | null {
  const f = g.type === 'Polygon' ? feature(topology, g) : feature(topology, g);
  return (f.geometry as Polygon | MultiPolygon | null) ?? null;
}

const stadsdeelName = (code: string, statnaam: string) =>
  code.startsWith('WK0457') ? 'Weesp' : statnaam.replace(/^Stadsdeel\s+/i, '').trim();

function buildAreas(): { features: AreaFeature[]; dropped: string[] } {
  const features: AreaFeature[] = [];
  const dropped: string[] = [];
  const push = (code: string, name: string, level: AreaLevel, parent: string | null, g: Polygon | MultiPolygon | null) => {
    const geometry = g && roundGeometry(g);
    if (!geometry) {
      dropped.push(`${code} ${name}`);
      return;
    }
    features.push({ type: 'Feature', properties: { code, name, level, parent }, geometry });
  };

  // Gemeente: Amsterdam and Weesp merged along their shared arcs into one geometry.
  const gm = readTopology('Gemeente_2015_layer_q1e3.json');
  const parts = gm.geometries.filter((g) => MERGED_GEMEENTEN.includes(g.properties.statcode));
  if (parts.length !== MERGED_GEMEENTEN.length) throw new Error('Gemeente file: Amsterdam or Weesp missing');
  const merged = merge(gm.topology, parts);
  push(GEMEENTE.code, GEMEENTE.name, 'gemeente', null, merged);

  // Stadsdelen (CBS 2014 wijken of Amsterdam, plus Weesp's single wijk).
  const wk = readTopology('Wijk_2014_layer_q1e3.json');
  const stadsdelen = wk.geometries
    .filter((g) => STADSDEEL_PREFIXES.some((p) => g.properties.statcode.startsWith(p)))
    .sort((a, b) => a.properties.statcode.localeCompare(b.properties.statcode));
  for (const g of stadsdelen) {
    const { statcode, statnaam } = g.properties;
    push(statcode, stadsdeelName(statcode, statnaam), 'stadsdeel', GEMEENTE.code, geometryOf(wk.topology, g));
  }

  // Buurten; the parent wijk follows from the code: BU0363xxyy -> WK0363xx.
  const bu = readTopology('Buurt_2014_layer_q1e3.json');
  const buurten = bu.geometries
    .filter((g) => BUURT_PREFIXES.some((p) => g.properties.statcode.startsWith(p)))
    .sort((a, b) => a.properties.statcode.localeCompare(b.properties.statcode));
  for (const g of buurten) {
    const { statcode, statnaam } = g.properties;
    push(statcode, statnaam.trim(), 'buurt', `WK${statcode.slice(2, 8)}`, geometryOf(bu.topology, g));
  }

  const codes = new Set(features.map((f) => f.properties.code));
  for (const f of features) {
    if (f.properties.parent && !codes.has(f.properties.parent)) {
      throw new Error(`${f.properties.code}: parent ${f.properties.parent} is not in the output`);
    }
  }
  return { features, dropped };
}

/**
 * One row per distinct PC4. Where GeoNames has several rows for a PC4 (one per place name), we
 * keep the FIRST row, coordinates included. Averaging was rejected: some PC4s list places tens
 * of kilometres apart (7881: Nieuw-Weerdinge, Emmer-Compascuum and Dwingeloo), and an average
 * would put the "centroid" in a field between them. The first row is GeoNames' main place.
 */
function buildPostcodes(): { tsv: string; rows: number; distinct: number; multi: number } {
  const lines = readFileSync(join(GEO, 'geonames_NL_postcodes.txt'), 'utf8').split(/\r?\n/).filter(Boolean);
  const seen = new Map<string, string[]>();
  const count = new Map<string, number>();
  for (const line of lines) {
    const c = line.split('\t');
    if (c.length < 11) throw new Error(`GeoNames row with ${c.length} columns: ${line}`);
    const pc4 = c[1]!.trim();
    if (!/^\d{4}$/.test(pc4)) throw new Error(`GeoNames row without a PC4: ${line}`);
    count.set(pc4, (count.get(pc4) ?? 0) + 1);
    if (seen.has(pc4)) continue;
    const lat = Number(c[9]);
    const lon = Number(c[10]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new Error(`GeoNames row without coordinates: ${line}`);
    seen.set(pc4, [pc4, c[2]!.trim(), c[5]!.trim(), c[6]!.trim(), String(lat), String(lon)]);
  }
  const header = ['pc4', 'place', 'gemeente', 'gemeente_code', 'lat', 'lon'];
  const body = [...seen.keys()].sort().map((k) => seen.get(k)!.join('\t'));
  return {
    tsv: [header.join('\t'), ...body].join('\n') + '\n',
    rows: lines.length,
    distinct: seen.size,
    multi: [...count.values()].filter((n) => n > 1).length,
  };
}

function attribution(stats: { areas: number; buurten: number; dropped: string[]; pc: ReturnType<typeof buildPostcodes> }): string {
  return `# Attribution and provenance of seed/data

These files are copies or reshaped extracts of open data. The product reads only these copies
(never \`../shared\`). They are regenerated with \`npx tsx seed/tools/prepare-geo.ts\`.
Keep the attribution lines below wherever the product shows or ships the data (map footer,
listing pages, exports, API docs).

## maatschappelijke_voorzieningen_sociale_kaart.csv

- **Source:** Gemeente Amsterdam, open geodata layer "Maatschappelijke voorzieningen"
  (\`MAATSCHAPPELIJKE_VZN\`, maps.amsterdam.nl), as prepared in
  \`shared/demo/amsterdam/\` (via github.com/NojusStankevicius/cool-map-temporary@f87d221).
- **Licence:** Gemeente Amsterdam open geodata terms of use: any lawful use, commercial included,
  with the City of Amsterdam named as the source; no warranty.
- **Required attribution:** "Bron: Gemeente Amsterdam"
- **Changes:** none. Verbatim copy (562 rows). The copy passed through a spreadsheet before it
  reached us; the \`issues\` column flags the damage (\`encoding_?\`, \`huisnummer_excel_date\`,
  \`geen_adres\`). The importer (\`seed/amsterdam.ts\`) keeps those flags visible on the listings
  and does not correct them.

## amsterdam-areas.geojson

- **Source:** CBS / Kadaster "CBS gebiedsindelingen" via PDOK (gemeenten 2015, wijken and buurten
  2014), as TopoJSON from the public repository ties/cbs_gebiedsindelingen_topojson
  (files \`Gemeente_2015_layer_q1e3.json\`, \`Wijk_2014_layer_q1e3.json\`,
  \`Buurt_2014_layer_q1e3.json\`).
- **Licence:** CC BY 4.0.
- **Required attribution:** "CBS / Kadaster"
- **Changes:**
  - Converted from TopoJSON to GeoJSON (WGS84); coordinates rounded to ${DECIMALS} decimals.
    The source is simplified and quantized (about 1000 steps across the Netherlands, roughly
    250–300 m): a buurt outline has only a handful of corners and edges can be several hundred
    metres off. Some real places near the edge fall just outside (in the demo data 10 of 562,
    mostly on IJburg); \`createAreaIndex(features, { toleranceMeters })\` can absorb that.
  - Selected Amsterdam only, with Weesp (GM0457) treated as part of Amsterdam: Weesp merged into
    Amsterdam in 2022. One gemeente feature \`GM0363\` "Amsterdam" whose geometry is GM0363 and
    GM0457 merged; there is no separate GM0457 feature.
  - Stadsdelen: in the 2014 CBS data Amsterdam's wijken \`WK036300\`–\`WK036307\` are the
    stadsdelen ("Stadsdeel Centrum" → name "Centrum"; including "Westpoort", \`WK036301\`);
    Weesp's only wijk \`WK045700\` ("Wijk 00") becomes stadsdeel "Weesp". These are the 2014
    boundaries: "Westpoort" is not a stadsdeel in current Amsterdam data, and Driemond now
    belongs to stadsdeel Weesp. With that and the coarse edges (Wittenburg and Kattenburg fall
    in "Oostelijk Havengebied", Oost), a lookup by coordinates differs from the \`stadsdeel\`
    column of the Amsterdam CSV for 28 of its 562 rows.
  - Buurten: all \`BU0363…\` and \`BU0457…\` with their CBS names (${stats.buurten} buurten).
    In 2014 CBS used Amsterdam's buurtcombinaties as buurten.
  - Properties replaced by \`code\` (CBS statcode), \`name\`, \`level\`
    (\`gemeente\` | \`stadsdeel\` | \`buurt\`) and \`parent\` (the code one level up; a buurt's
    parent follows from its code: \`BU0363xxyy\` → \`WK0363xx\`).
  - ${stats.areas} features in total.${stats.dropped.length ? ` Dropped because quantization collapsed them to no area: ${stats.dropped.join(', ')}; their ground now lies in neighbouring buurten.` : ' No feature was dropped.'}
  - Boundaries are from 2014/2015; a gemeente can load its own current GeoJSON with the same
    properties instead.

## postcodes-pc4.tsv

- **Source:** GeoNames postal code dump for NL (about 2017), \`geonames_NL_postcodes.txt\`.
- **Licence:** CC BY 4.0.
- **Required attribution:** "GeoNames (geonames.org)"
- **Changes:**
  - Columns reduced to \`pc4\`, \`place\`, \`gemeente\`, \`gemeente_code\` (CBS, 4 digits), \`lat\`,
    \`lon\`, tab-separated, with a header row; sorted by PC4.
  - One row per distinct PC4 (${stats.pc.distinct} PC4s from ${stats.pc.rows} rows). ${stats.pc.multi} PC4s have
    several rows (one per place name); we keep the **first** row, coordinates included. We did
    not average: some PC4s list places tens of kilometres apart (e.g. 7881), so an average can
    fall far from every place.
  - Gemeente names and codes are as in the source and predate the 2018–2023 mergers (Weesp
    postcodes 1381–1384 still say "Weesp", 0457). Looking the centroid up in
    \`amsterdam-areas.geojson\` gives Amsterdam (GM0363) with stadsdeel Weesp.
  - A PC4 centroid is only a rough location (roughly 0.5–2 km in a city).
`;
}

function main() {
  mkdirSync(outDir, { recursive: true });

  const { features, dropped } = buildAreas();
  const geojsonPath = join(outDir, 'amsterdam-areas.geojson');
  writeFileSync(geojsonPath, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');

  const pc = buildPostcodes();
  const tsvPath = join(outDir, 'postcodes-pc4.tsv');
  writeFileSync(tsvPath, pc.tsv);

  const csvPath = join(outDir, 'maatschappelijke_voorzieningen_sociale_kaart.csv');
  // Byte-for-byte copy; remove first because the source is read-only and copies keep that mode.
  rmSync(csvPath, { force: true });
  writeFileSync(csvPath, readFileSync(DEMO_CSV));

  const buurten = features.filter((f) => f.properties.level === 'buurt').length;
  writeFileSync(join(outDir, 'ATTRIBUTION.md'), attribution({ areas: features.length, buurten, dropped, pc }));

  const kb = (p: string) => `${(statSync(p).size / 1024).toFixed(1)} KiB`;
  const byLevel = features.reduce<Record<string, number>>((acc, f) => {
    acc[f.properties.level] = (acc[f.properties.level] ?? 0) + 1;
    return acc;
  }, {});
  console.log(`areas:     ${geojsonPath} (${kb(geojsonPath)}) ${JSON.stringify(byLevel)}`);
  if (dropped.length) console.log(`           dropped (no area after quantization): ${dropped.join(', ')}`);
  console.log(`postcodes: ${tsvPath} (${kb(tsvPath)}) ${pc.distinct} PC4 from ${pc.rows} rows, ${pc.multi} with several rows`);
  console.log(`csv:       ${csvPath} (${kb(csvPath)})`);
}

main();
