// Search request and answer shapes (GET /api/search).
import { z } from 'zod';
import { OpeningStateSchema, accessibilityFeatures, indicaties, inzetTypes, listingFilterParams, listingKinds, toegangen } from '../listings/schemas.ts';
import { csvParam } from '../shared/fields.ts';
import { facetNames } from './contract.ts';

const flag = z.enum(['true', 'false'], { message: 'Gebruik true of false.' }).transform((v) => v === 'true');

const bbox = z
  .string()
  .max(200)
  .transform((s, ctx) => {
    const n = s.split(',').map((v) => Number(v.trim()));
    const [minLon, minLat, maxLon, maxLat] = n;
    const valid =
      n.length === 4 &&
      n.every(Number.isFinite) &&
      minLon! >= -180 && maxLon! <= 180 && minLat! >= -90 && maxLat! <= 90 &&
      minLon! < maxLon! && minLat! < maxLat!;
    if (!valid) {
      ctx.addIssue({ code: 'custom', message: 'Gebruik bbox=minLon,minLat,maxLon,maxLat (bijvoorbeeld 4.85,52.35,4.95,52.40).' });
      return z.NEVER;
    }
    return [minLon, minLat, maxLon, maxLat] as [number, number, number, number];
  });

export const SearchParams = z.strictObject({
  q: z.string().max(500, 'Je zoekvraag is te lang: gebruik hooguit 500 tekens.').default(''),
  postcode: z.string().max(20, 'Een postcode is 4 cijfers en 2 letters, zoals 1014 AA.').optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lon: z.coerce.number().min(-180).max(180).optional(),
  /** Metres around the location; more than 50 km is not "in de buurt" of anything in one gemeente. */
  radius: z.coerce
    .number()
    .int()
    .min(50, 'Kies een straal van minstens 50 meter.')
    .max(50000, 'Kies een straal van hooguit 50 km.')
    .optional(),
  sort: z.enum(['relevance', 'distance']).default('relevance'),
  ...listingFilterParams,
  accessibility: csvParam.pipe(z.array(z.enum(accessibilityFeatures))).optional(),
  language: csvParam.optional(),
  inzet: csvParam.pipe(z.array(z.enum(inzetTypes))).optional(),
  /** "Zonder verwijzing": indicatie=geen,welkom. */
  indicatie: csvParam.pipe(z.array(z.enum(indicaties))).optional(),
  /** "Iedereen welkom": toegang=iedereen. */
  toegang: csvParam.pipe(z.array(z.enum(toegangen))).optional(),
  free: flag.optional(),
  openNow: flag.optional(),
  openAt: z.iso.datetime({ offset: true, message: 'Gebruik een tijdstip als 2026-12-01T14:00:00+01:00.' }).optional(),
  age: z.coerce.number().int().min(0).max(120).optional(),
  bbox: bbox.optional(),
  /** false: only real listings; true: only example content. */
  example: flag.optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
  limit: z.coerce.number().int().min(1).max(100, 'Hooguit 100 resultaten per pagina.').default(20),
});
export type SearchParams = z.infer<typeof SearchParams>;

const Range = z.tuple([z.int(), z.int()]);

export const SearchHit = z.object({
  id: z.uuid(),
  kind: z.enum(listingKinds),
  title: z.string(),
  summary: z.string(),
  distanceMeters: z.number().optional(),
  /** The listing's location nearest to the search location (or its first). */
  location: z
    .object({
      name: z.string().optional(),
      street: z.string().optional(),
      houseNumber: z.string().optional(),
      postcode: z.string().optional(),
      place: z.string().optional(),
      lat: z.number().optional(),
      lon: z.number().optional(),
      online: z.boolean(),
    })
    .nullable(),
  openingState: OpeningStateSchema,
  /** Character ranges [start, end) in title and summary that match the query. */
  highlights: z.object({ title: z.array(Range), summary: z.array(Range) }),
  isExample: z.boolean(),
  attribution: z.string().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const Suggestion = z.object({
  reason: z.enum(['without-filters', 'without-radius']),
  q: z.string(),
  total: z.int(),
});

export const SearchAnswer = z.object({
  total: z.int(),
  page: z.int(),
  limit: z.int(),
  hits: z.array(SearchHit),
  facets: z.object(Object.fromEntries(facetNames.map((f) => [f, z.record(z.string(), z.int())])) as Record<(typeof facetNames)[number], z.ZodRecord<z.ZodString, z.ZodInt>>),
  /** Where distances are measured from, when the search had a location. */
  origin: z.object({ lat: z.number(), lon: z.number(), source: z.enum(['postcode', 'coordinates']) }).nullable(),
  /** When the words together found nothing, the fewer words these results are for ("lezen"). */
  relaxedQuery: z.string().nullable(),
  /** With zero results: the same words without filters or radius, when that finds something. */
  suggestions: z.array(Suggestion),
  engine: z.enum(['embedded', 'meilisearch']),
});
export type SearchAnswer = z.infer<typeof SearchAnswer>;
