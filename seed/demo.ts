// The demo gemeente, Amsterdam, loaded into an empty database on first start: its areas, the
// seed taxonomy, the 562 real places (Bron: Gemeente Amsterdam) and example content on top.
// One transaction: a start that fails half-way leaves an empty database, and the next start retries.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { immediate, type Db } from '../db/client.ts';
import { areas, gemeente } from '../db/schema.ts';
import { loadAreaFeatures, createAreaIndex } from '../api/geo/areas.ts';
import type { Geo } from '../api/geo/service.ts';
import { ListingInput } from '../api/listings/schemas.ts';
import type { ListingStore } from '../api/listings/store.ts';
import { TaxonomyTermInput } from '../api/taxonomy/schemas.ts';
import type { TaxonomyStore } from '../api/taxonomy/store.ts';
import { placesToListings, readAmsterdamPlaces } from './amsterdam.ts';
import { buildExampleListings, type ExamplePlace } from './examples.ts';
import { seedSynonyms, seedTaxonomy } from './taxonomy.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), 'data');
export const demoFiles = {
  areas: join(dataDir, 'amsterdam-areas.geojson'),
  places: join(dataDir, 'maatschappelijke_voorzieningen_sociale_kaart.csv'),
};

export function needsDemo(db: Db): boolean {
  return db.select({ code: gemeente.code }).from(gemeente).get() === undefined;
}

/**
 * The demo gemeente's configuration without its content: the gemeente row, its areas and the
 * seed taxonomy (also used alone for synthetic benchmark data). Call inside a transaction.
 */
export function loadDemoConfiguration(db: Db, taxonomy: TaxonomyStore) {
  const features = loadAreaFeatures(demoFiles.areas);
  const areaIndex = createAreaIndex(features);
  const city = areaIndex.all().find((a) => a.level === 'gemeente');
  if (!city) throw new Error(`${demoFiles.areas} has no gemeente feature`);
  db.insert(gemeente)
    .values({ code: city.code, name: city.name, centerLat: city.centroid.lat, centerLon: city.centroid.lon, bbox: city.bbox })
    .run();
  db.insert(areas)
    .values(
      features.map((f) => ({
        code: f.properties.code,
        name: f.properties.name,
        level: f.properties.level,
        parentCode: f.properties.parent,
        geometry: f.geometry,
        bbox: areaIndex.get(f.properties.code)!.bbox,
      })),
    )
    .run();
  taxonomy.replace(
    seedTaxonomy.map((t) => TaxonomyTermInput.parse(t)),
    seedSynonyms,
  );
  return { areas: features.length };
}

export function loadDemoGemeente(db: Db, deps: { listings: ListingStore; taxonomy: TaxonomyStore; geo: Geo }) {
  const rows = readAmsterdamPlaces(demoFiles.places);
  const places = placesToListings(rows).map((p) => ListingInput.parse(p));
  const rowById = new Map(rows.map((r) => [r.mvznId, r]));
  const examplePlaces: ExamplePlace[] = places.flatMap((p) => {
    const row = rowById.get(p.sources[0]!.id);
    const location = p.locations[0];
    return row && location && location.lat !== undefined
      ? [{ sourceId: row.mvznId, title: p.title, category: row.categorie, stadsdeel: row.stadsdeel, location }]
      : [];
  });
  const examples = buildExampleListings(examplePlaces).map((e) => ListingInput.parse(e));

  return db.transaction(() => {
    const { areas: areaCount } = loadDemoConfiguration(db, deps.taxonomy);
    deps.geo.reloadAreas();
    deps.listings.createMany([...places, ...examples]);
    return { areas: areaCount, places: places.length, examples: examples.length };
  }, immediate);
}
