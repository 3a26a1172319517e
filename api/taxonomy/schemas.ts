// Taxonomy shapes: the per-gemeente vocabularies listings are tagged with (domain.md §3).
import { z } from 'zod';

export const vocabularies = ['sfeer', 'deelambitie', 'bouwsteen', 'vraaggebied', 'theme'] as const;
export type Vocabulary = (typeof vocabularies)[number];

export const TaxonomyTermInput = z.strictObject({
  vocabulary: z.enum(vocabularies),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The policy term (professionals, gemeente). */
  name: z.string().min(1).max(120),
  /** What residents see: plain Dutch (B1). */
  label: z.string().min(1).max(80),
  description: z.string().max(500).default(''),
  aliases: z.array(z.string().min(1).max(80)).max(30).default([]),
});
export type TaxonomyTermInput = z.input<typeof TaxonomyTermInput>;
export type TaxonomyTerm = z.output<typeof TaxonomyTermInput>;

export const Taxonomy = z.object({
  gemeente: z.object({ code: z.string(), name: z.string() }),
  vocabularies: z.object(
    Object.fromEntries(vocabularies.map((v) => [v, z.array(TaxonomyTermInput.omit({ vocabulary: true }))])) as {
      [K in Vocabulary]: z.ZodArray<z.ZodObject<Omit<(typeof TaxonomyTermInput)['shape'], 'vocabulary'>>>;
    },
  ),
  synonyms: z.array(z.array(z.string())),
});
export type Taxonomy = z.infer<typeof Taxonomy>;
