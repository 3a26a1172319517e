// Where things are: the gemeente's areas (from the database) and the national PC4 centroids
// (static reference data shipped in seed/data).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/client.ts';
import { areas as areasTable } from '../../db/schema.ts';
import { createAreaIndex, type AreaFeature } from './areas.ts';
import { loadPostcodeCentroids } from './postcodes.ts';

export const postcodeFile = join(dirname(fileURLToPath(import.meta.url)), '../../seed/data/postcodes-pc4.tsv');

export type Geo = ReturnType<typeof createGeo>;

export function createGeo(db: Db) {
  const postcodes = loadPostcodeCentroids(postcodeFile);

  function readFeatures() {
    return db
      .select()
      .from(areasTable)
      .all()
      .map(
        (a): AreaFeature => ({
          type: 'Feature',
          properties: { code: a.code, name: a.name, level: a.level, parent: a.parentCode },
          geometry: a.geometry,
        }),
      );
  }
  // The CBS boundaries we ship are generalised: edges can be a few hundred metres off, and
  // places on new land (IJburg) fall just outside. Accept the nearest area within 400 m.
  const indexOf = (f: AreaFeature[]) => createAreaIndex(f, { toleranceMeters: 400 });
  let features = readFeatures();
  let index = indexOf(features);

  return {
    postcodes,
    /** Areas containing the point, outermost first. */
    areasAt: (lat: number, lon: number) => index.areasAt(lat, lon),
    areaCodesAt: (lat: number, lon: number) => index.areasAt(lat, lon).map((a) => a.code),
    areas: () => index.all(),
    areaFeatures: (level?: string) => features.filter((f) => !level || f.properties.level === level),
    /** Call after the areas table changed (gemeente configuration, seeding). */
    reloadAreas() {
      features = readFeatures();
      index = indexOf(features);
    },
  };
}
