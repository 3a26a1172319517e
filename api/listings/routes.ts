// /api/listings: the folder is the URL; handlers validate, call the store and answer.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemError, ProblemSchema } from '../plugins/errors.ts';
import { etagOf } from '../shared/concurrency.ts';
import { occurrencesBetween, openingState, serialiseOpeningState } from './hours.ts';
import { HoursAnswer, Listing, ListingInput, ListingPage, ListingPatch, ListingQuery } from './schemas.ts';

const Params = z.object({ id: z.uuid({ message: 'Dit is geen geldige id.' }) });
const IfMatch = z.object({ 'if-match': z.string().max(200).optional() });
const errors = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema };

export const listingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { listings } = app.stores;

  app.get(
    '/api/listings',
    {
      schema: {
        tags: ['listings'],
        summary: 'Aanbod zoeken op soort, deelambitie, sfeer, thema en gebied',
        description:
          'Meerdere waarden in één parameter (komma-gescheiden) betekenen "of"; verschillende parameters "en". ' +
          'Zonder token alleen gepubliceerd aanbod.',
        querystring: ListingQuery,
        response: { 200: ListingPage, 400: ProblemSchema, 401: ProblemSchema },
      },
    },
    async (request) => {
      const status = request.query.status ?? ['gepubliceerd'];
      if (status.some((s) => s !== 'gepubliceerd') && !app.auth.isAdmin(request)) {
        throw new ProblemError('unauthorized', 'Alleen beheerders zien aanbod dat niet gepubliceerd is.');
      }
      return listings.list({ ...request.query, status });
    },
  );

  app.get(
    '/api/listings/:id',
    {
      schema: {
        tags: ['listings'],
        summary: 'Eén aanbod, met ETag voor bewerken',
        params: Params,
        response: { 200: Listing, ...errors, 410: ProblemSchema },
      },
    },
    async (request, reply) => {
      const listing = listings.get(request.params.id);
      const admin = app.auth.isAdmin(request);
      if (!listing || (listing.status === 'concept' && !admin)) throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
      if (listing.status === 'gearchiveerd' && !admin) throw new ProblemError('gone', 'Dit aanbod is er niet meer.');
      reply.header('ETag', etagOf(listing.version));
      return listing;
    },
  );

  app.get(
    '/api/listings/:id/hours',
    {
      schema: {
        tags: ['listings'],
        summary: 'Nu open? En de komende keren (met feestdagen en sluitingen)',
        params: Params,
        response: { 200: HoursAnswer, ...errors, 410: ProblemSchema },
      },
    },
    async (request) => {
      const listing = listings.get(request.params.id);
      if (!listing || listing.status === 'concept') throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
      if (listing.status === 'gearchiveerd') throw new ProblemError('gone', 'Dit aanbod is er niet meer.');
      const now = new Date();
      const upcoming = occurrencesBetween(listing.schedule, now, new Date(now.getTime() + 60 * 24 * 3600_000)).slice(0, 6);
      return {
        openingState: serialiseOpeningState(openingState(listing.schedule, now)),
        upcoming: upcoming.map((o) => ({ start: o.start.toISOString(), end: o.end.toISOString() })),
      };
    },
  );

  app.post(
    '/api/listings',
    {
      preHandler: app.auth.requireAdmin,
      schema: {
        tags: ['listings'],
        summary: 'Nieuw aanbod',
        security: [{ bearer: [] }],
        body: ListingInput,
        response: { 201: Listing, ...errors },
      },
    },
    async (request, reply) => {
      const listing = listings.create(request.body);
      reply.status(201).header('Location', `/api/listings/${listing.id}`).header('ETag', etagOf(listing.version));
      return listing;
    },
  );

  app.patch(
    '/api/listings/:id',
    {
      preHandler: app.auth.requireAdmin,
      schema: {
        tags: ['listings'],
        summary: 'Aanbod wijzigen (If-Match verplicht)',
        security: [{ bearer: [] }],
        params: Params,
        headers: IfMatch,
        body: ListingPatch,
        response: { 200: Listing, ...errors, 412: ProblemSchema, 428: ProblemSchema },
      },
    },
    async (request, reply) => {
      const listing = listings.update(request.params.id, request.body, request.headers['if-match']);
      reply.header('ETag', etagOf(listing.version));
      return listing;
    },
  );

  app.delete(
    '/api/listings/:id',
    {
      preHandler: app.auth.requireAdmin,
      schema: {
        tags: ['listings'],
        summary: 'Aanbod archiveren (niet wissen)',
        description: 'Het aanbod verdwijnt voor bewoners maar blijft bewaard met status gearchiveerd.',
        security: [{ bearer: [] }],
        params: Params,
        headers: IfMatch,
        response: { 200: Listing, ...errors, 412: ProblemSchema },
      },
    },
    async (request, reply) => {
      const listing = listings.archive(request.params.id, request.headers['if-match']);
      reply.header('ETag', etagOf(listing.version));
      return listing;
    },
  );
};
