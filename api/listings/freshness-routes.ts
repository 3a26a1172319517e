// Freshness for owners: a signed "Klopt dit nog?" link, and confirming through it without login.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemError, ProblemSchema } from '../plugins/errors.ts';
import { signedInSecurity } from '../plugins/openapi.ts';
import { authorize, hiddenUnlessReadable, listingPolicy, listingResource } from '../policies/index.ts';
import { checkFreshnessToken, signFreshnessToken } from './freshness-link.ts';
import { FreshnessSchema } from './freshness.ts';
import { ListingParams } from './routes.ts';
import { Contact, FreshnessConfirmInput, FreshnessLink, Location, OrganisationRef } from './schemas.ts';
import { Schedule } from './schedule.ts';

const TokenQuery = z.object({ t: z.string().min(10).max(500) });
const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 410: ProblemSchema };

const FreshnessCheck = z.object({
  listing: z.object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string(),
    organisation: OrganisationRef.nullable(),
    schedule: Schedule,
    contact: Contact,
    locations: z.array(Location),
  }),
  freshness: FreshnessSchema,
});

export const freshnessRoutes: FastifyPluginAsyncZod<{ secret: string; publicUrl: string }> = async (app, options) => {
  const { listings } = app.stores;

  /** The listing behind a valid link; a wrong or old link says so plainly. */
  function viaLink(id: string, token: string) {
    const check = checkFreshnessToken(options.secret, id, token);
    if (check === 'invalid') throw new ProblemError('not-found', 'Deze link klopt niet. Gebruik de link uit de e-mail, of log in.');
    if (check === 'expired') throw new ProblemError('gone', 'Deze link is verlopen. Log in om je aanbod na te kijken.');
    const listing = listings.get(id);
    if (!listing || listing.status === 'gearchiveerd') throw new ProblemError('gone', 'Dit aanbod is er niet meer.');
    return listing;
  }

  app.get(
    '/api/listings/:id/freshness-link',
    {
      schema: {
        tags: ['listings'],
        summary: 'Een "Klopt dit nog?"-link voor de eigenaar (30 dagen geldig, bevestigen zonder inloggen)',
        security: signedInSecurity,
        params: ListingParams,
        response: { 200: FreshnessLink, ...errors },
      },
    },
    async (request) => {
      const listing = listings.get(request.params.id);
      if (!listing) throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
      authorize(listingPolicy, request.actor, 'verify', listingResource(listing), hiddenUnlessReadable(request.actor, listingResource(listing)));
      const { token, expiresAt } = signFreshnessToken(options.secret, listing.id);
      return { url: `${options.publicUrl}/klopt-dit-nog/${listing.id}?t=${encodeURIComponent(token)}`, expiresAt };
    },
  );

  app.get(
    '/api/freshness/:id',
    {
      schema: {
        tags: ['listings'],
        summary: 'Wat er nu staat, voor wie een "Klopt dit nog?"-link heeft',
        params: ListingParams,
        querystring: TokenQuery,
        response: { 200: FreshnessCheck, ...errors },
      },
    },
    async (request) => {
      const l = viaLink(request.params.id, request.query.t);
      return {
        listing: { id: l.id, title: l.title, summary: l.summary, organisation: l.organisation, schedule: l.schedule, contact: l.contact, locations: l.locations },
        freshness: l.freshness,
      };
    },
  );

  app.post(
    '/api/freshness/:id/confirm',
    {
      schema: {
        tags: ['listings'],
        summary: 'Klopt dit nog? Ja: alles is vandaag nagekeken (zonder inloggen, met de link)',
        params: ListingParams,
        body: FreshnessConfirmInput,
        response: { 200: z.object({ freshness: FreshnessSchema }), ...errors },
      },
    },
    async (request) => {
      const listing = viaLink(request.params.id, request.body.token);
      const updated = listings.verify(listing.id, undefined, { id: null, label: 'Eigenaar via "Klopt dit nog?"-link' });
      return { freshness: updated.freshness };
    },
  );
};
