// /api/listings/:id/reports: "Klopt er iets niet?" A resident tells the maintainers that something
// in a listing is wrong. Public and without an account; the e-mail address is only stored when
// the resident wants an answer. Admins read the reports per listing.
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AccountStore } from '../accounts/store.ts';
import { z } from 'zod';
import { listingReports, reportStatuses } from '../../db/schema.ts';
import { auditActorOf } from '../audit/store.ts';
import { ReportResolution } from '../moderation/schemas.ts';
import { ProblemError, ProblemSchema } from '../plugins/errors.ts';
import { signedInSecurity } from '../plugins/openapi.ts';
import { authorize, hiddenUnlessReadable, listingPolicy, listingResource } from '../policies/index.ts';
import { email } from '../shared/fields.ts';
import { immediate } from '../../db/client.ts';

const Params = z.object({ id: z.uuid({ message: 'Dit is geen geldige id.' }) });
const ReportParams = Params.extend({ reportId: z.uuid({ message: 'Dit is geen geldige id.' }) });

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
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Report = z.infer<typeof Report>;

/** Residents write without an account: a generous limit per address keeps floods out of the queue. */
export function limitPublicWrites(accounts: AccountStore, ip: string, reply: FastifyReply) {
  const key = `public-write:ip:${ip}`;
  const wait = accounts.lockedFor([{ key, limit: 30 }]);
  if (wait > 0) {
    reply.header('Retry-After', String(Math.ceil(wait / 1000)));
    throw new ProblemError('too-many-requests', 'Er zijn vanaf dit adres veel meldingen gestuurd. Probeer het later opnieuw.');
  }
  accounts.recordFailure([key]);
}

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
          429: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const listing = publicListing(request.params.id);
      limitPublicWrites(app.stores.accounts, request.ip, reply);
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
      schema: {
        tags: ['listings'],
        summary: 'Meldingen over dit aanbod, nieuwste eerst (eigenaren en stewards)',
        security: signedInSecurity,
        params: Params,
        response: { 200: z.object({ items: z.array(Report) }), 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const listing = listings.get(request.params.id);
      if (!listing) throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
      authorize(listingPolicy, request.actor, 'readReports', listingResource(listing), hiddenUnlessReadable(request.actor, listingResource(listing)));
      const items = app.db
        .select()
        .from(listingReports)
        .where(eq(listingReports.listingId, request.params.id))
        .orderBy(desc(listingReports.createdAt), desc(listingReports.id))
        .all();
      return { items };
    },
  );

  app.patch(
    '/api/listings/:id/reports/:reportId',
    {
      schema: {
        tags: ['listings'],
        summary: 'Een melding in behandeling nemen of afhandelen (met wat er gedaan is)',
        security: signedInSecurity,
        params: ReportParams,
        body: ReportResolution,
        response: { 200: Report, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const listing = listings.get(request.params.id);
      if (!listing) throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
      authorize(listingPolicy, request.actor, 'resolveReports', listingResource(listing), hiddenUnlessReadable(request.actor, listingResource(listing)));
      const { status, resolution } = request.body;
      const done = status === 'afgehandeld';
      const by = auditActorOf(request.actor);
      const report = app.db.transaction(() => {
        const row = app.db
          .update(listingReports)
          .set({ status, resolution: resolution ?? null, resolvedBy: done ? by.id : null, resolvedAt: done ? new Date().toISOString() : null })
          .where(and(eq(listingReports.id, request.params.reportId), eq(listingReports.listingId, listing.id)))
          .returning()
          .get();
        if (!row) throw new ProblemError('not-found', 'Deze melding bestaat niet.');
        app.stores.audit.record({ actor: by, entityType: 'listing', entityId: listing.id, action: `melding ${status}`, reason: resolution ?? null });
        return row;
      }, immediate);
      return report;
    },
  );
};
