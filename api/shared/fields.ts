// Field shapes shared by several capabilities, so a rule (and its Dutch message) lives once.
import { z } from 'zod';

export const text = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens.`);

export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{5,19}$/, 'Gebruik een telefoonnummer als 020 123 4567 of +31 20 123 4567.');

export const webUrl = z.url({ protocol: /^https?$/, message: 'Gebruik een webadres dat begint met https://.' }).max(500);

export const email = z.email({ message: 'Gebruik een geldig e-mailadres.' }).max(200);

/**
 * A list in a query parameter, comma-separated ("deelambitie=ontmoeting,plezier") or repeated as
 * an HTML form with checkboxes sends it ("deelambitie=ontmoeting&deelambitie=plezier").
 */
export const csvParam = z
  .union([z.string().max(500), z.array(z.string().max(500)).max(50)])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
  );

export const pageParams = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(20),
};

/**
 * The PATCH body for a set of writable fields: every field optional and without its default,
 * so an absent field stays as it is. The merged result is validated as a whole afterwards.
 */
export function patchSchema<F extends Record<string, z.ZodType>>(fields: F) {
  return z.strictObject(
    Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v).optional()]),
    ) as unknown as { [K in keyof F]: z.ZodOptional<z.ZodType<z.output<F[K]>>> },
  );
}
