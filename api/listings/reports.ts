// /api/listings/:id/reports: "Klopt er iets niet?" A resident tells the maintainers that something
// in a listing is wrong. Public and without an account; the e-mail address is only stored when
// the resident wants an answer. Admins read the reports per listing.
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listingReports, reportStatuses } from '../../db/schema.ts';
import { ProblemError, ProblemSchema } from '../plugins/errors.ts';
import { email } from '../shared/fields.ts';

const Params = z.object({ id: z.uuid({ message: 'Dit is geen geldige id.' }) });

export const ReportInput = z.strictObject({
  message: z
    .string()
    .trim()
    .min(5, 'Schrijf in een paar woorden wat er niet klopt (minstens 5 tekens).')
    .max(2000, 'Maximaal 2000 tekens.'),
  /** Only when the resident wants an answer. */
  email: email.optional(),
});
export type ReportInput = z.infer<typeof ReportInput>;

export const Report = z.object({
  id: z.uuid(),
  listingId: z.uuid(),
  message: z.string(),
  email: z.string().nullable(),
  status: z.enum(reportStatuses),
  createdAt: z.string(),
});
export type Report = z.infer<typeof Report>;

/** 2000 characters of text, even emoji escaped in JSON, fit easily; anything bigger is not a report. */
const bodyLimit = 16 * 1024;

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { listings } = app.stores;

  /** The listing a resident can see, or the same 404/410 a resident gets for it. */
  function publicListing(id: string) {
    const listing = listings.get(id);
    if (!listing || listing.status === 'concept') throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
    if (listing.status === 'gearchiveerd') throw new ProblemError('gone', 'Dit aanbod is er niet meer.');
    return listing;
  }

  app.post(
    '/api/listings/:id/reports',
    {
      bodyLimit,
      schema: {
        tags: ['listings'],
        summary: 'Klopt er iets niet? Een melding over dit aanbod (zonder account)',
        description: 'Voor de beheerders van het aanbod. Het e-mailadres is alleen nodig als de inwoner antwoord wil.',
        params: Params,
        body: ReportInput,
        response: {
          201: z.object({ id: z.uuid() }),
          400: ProblemSchema,
          404: ProblemSchema,
          410: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const listing = publicListing(request.params.id);
      const id = randomUUID();
      app.db
        .insert(listingReports)
        .values({ id, listingId: listing.id, message: request.body.message, email: request.body.email ?? null })
        .run();
      reply.status(201);
      return { id };
    },
  );

  app.get(
    '/api/listings/:id/reports',
    {
      preHandler: app.auth.requireAdmin,
      schema: {
        tags: ['listings'],
        summary: 'Meldingen over dit aanbod, nieuwste eerst (beheerders)',
        security: [{ bearer: [] }],
        params: Params,
        response: { 200: z.object({ items: z.array(Report) }), 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      if (!listings.get(request.params.id)) throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
      const items = app.db
        .select()
        .from(listingReports)
        .where(eq(listingReports.listingId, request.params.id))
        .orderBy(desc(listingReports.createdAt), desc(listingReports.id))
        .all();
      return { items };
    },
  );
};
