// What the web app needs to know about this deployment (GET /api/config).
import { z } from 'zod';

export const WebConfig = z.object({
  gemeente: z.object({ code: z.string(), name: z.string() }),
  map: z.object({
    center: z.object({ lat: z.number(), lon: z.number() }),
    /** [minLon, minLat, maxLon, maxLat] */
    bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    /** A {z}/{x}/{y} tile URL, or null: then the app draws the gemeente's outlines as the base layer. */
    tileUrl: z.string().nullable(),
    tileAttribution: z.string(),
  }),
  /** Attribution lines to show with the data (e.g. "Bron: Gemeente Amsterdam"). */
  attributions: z.array(z.string()),
});
export type WebConfig = z.infer<typeof WebConfig>;
