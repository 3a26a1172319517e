// /api/areas and /api/postcodes: the gemeente's geography, offline.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemError, ProblemSchema } from '../plugins/errors.ts';
import { areaLevels } from './areas.ts';
import { parsePostcode } from './postcode.ts';

const AreaRef = z.object({ code: z.string(), name: z.string(), level: z.enum(areaLevels) });
const Area = AreaRef.extend({
  parent: z.string().nullable(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).describe('[minLon, minLat, maxLon, maxLat]'),
  centroid: z.object({ lat: z.number(), lon: z.number() }),
});
const LevelQuery = z.strictObject({ level: z.enum(areaLevels).optional() });

const PostcodeAnswer = z.object({
  postcode: z.string(),
  place: z.string(),
  lat: z.number(),
  lon: z.number(),
  /** The smallest area of this gemeente containing the PC4 centroid, or null outside it. */
  area: AreaRef.nullable(),
  areas: z.array(AreaRef),
  precision: z.literal('pc4').describe('De ligging is het midden van het 4-cijferige postcodegebied.'),
});

export const geoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/areas',
    {
      schema: {
        tags: ['gemeente'],
        summary: 'Gebieden van de gemeente (stadsdeel, wijk, buurt) met CBS-codes',
        querystring: LevelQuery,
        response: { 200: z.object({ items: z.array(Area) }), 400: ProblemSchema },
      },
    },
    async (request) => ({
      items: app.geo.areas().filter((a) => !request.query.level || a.level === request.query.level),
    }),
  );

  app.get(
    '/api/areas/geojson',
    {
      schema: {
        tags: ['gemeente'],
        summary: 'Grenzen van de gebieden als GeoJSON (bron: CBS / Kadaster)',
        querystring: LevelQuery,
        response: {
          200: z.object({
            type: z.literal('FeatureCollection'),
            attribution: z.string(),
            features: z.array(z.object({ type: z.literal('Feature'), properties: AreaRef.extend({ parent: z.string().nullable() }), geometry: z.unknown() })),
          }),
          400: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const features = app.geo.areaFeatures(request.query.level);
      reply.type('application/geo+json').header('Cache-Control', 'public, max-age=3600');
      return { type: 'FeatureCollection' as const, attribution: 'CBS / Kadaster (CC BY 4.0)', features };
    },
  );

  app.get(
    '/api/postcodes/:postcode',
    {
      schema: {
        tags: ['gemeente'],
        summary: 'Waar ligt een postcode? (offline, op PC4-niveau)',
        params: z.object({ postcode: z.string().max(40) }),
        response: { 200: PostcodeAnswer, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const parsed = parsePostcode(request.params.postcode);
      if (!parsed.ok) {
        throw new ProblemError('validation', parsed.reason, [{ field: 'postcode', in: 'params', message: parsed.reason }]);
      }
      const centroid = app.geo.postcodes.get(parsed.pc4);
      if (!centroid) throw new ProblemError('not-found', `Postcode ${parsed.normalized} kennen we niet.`);
      const areas = app.geo.areasAt(centroid.lat, centroid.lon);
      return {
        postcode: parsed.normalized,
        place: centroid.place,
        lat: centroid.lat,
        lon: centroid.lon,
        area: areas.at(-1) ?? null,
        areas,
        precision: 'pc4' as const,
      };
    },
  );
};
