// /api/listings: the folder is the URL; handlers validate, ask the policies, call the store and answer.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActorOf } from '../audit/store.ts';
import { Change } from '../moderation/schemas.ts';
import { ProblemError, ProblemSchema } from '../plugins/errors.ts';
import { signedInSecurity } from '../plugins/openapi.ts';
import { allowedActions, authorize, can, listingPolicy, listingResource, type Actor } from '../policies/index.ts';
import { etagOf, requireIfMatch } from '../shared/concurrency.ts';
import { occurrencesBetween, openingState, serialiseOpeningState } from './hours.ts';
import { initialAction, transitionAction } from './lifecycle.ts';
import {
  AuditAnswer,
  DuplicateAnswer,
  DuplicateCheckInput,
  HoursAnswer,
  Listing,
  ListingInput,
  ListingPage,
  ListingPatch,
  ListingQuery,
  TransitionInput,
  VerifyInput,
} from './schemas.ts';
import { checkTransition } from './store.ts';

export const ListingParams = z.object({ id: z.uuid({ message: 'Dit is geen geldige id.' }) });
const Params = ListingParams;
const IfMatch = z.object({ 'if-match': z.string().max(200).optional() });
const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const writeErrors = { ...errors, 409: ProblemSchema, 412: ProblemSchema, 428: ProblemSchema };

/** The listing with what this person may do with it (the editor shows only those buttons). */
export function forActor(listing: Listing, actor: Actor): Listing {
  return actor.kind === 'user' ? { ...listing, allowedActions: allowedActions(listingPolicy, actor, listingResource(listing)) } : listing;
}

export const listingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { listings, moderation } = app.stores;

  /**
   * The listing if this person may see it. Residents get 404 for concepts (their existence is
   * not public) and 410 for archived listings (with where a merged duplicate went).
   */
  function readable(id: string, actor: Actor): Listing {
    const listing = listings.get(id);
    if (!listing) throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
    if (can(listingPolicy, actor, 'read', listingResource(listing))) return listing;
    if (listing.status === 'gearchiveerd') {
      throw new ProblemError('gone', listing.mergedInto ? `Dit aanbod is samengevoegd met /aanbod/${listing.mergedInto}.` : 'Dit aanbod is er niet meer.');
    }
    throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
  }

  app.get(
    '/api/listings',
    {
      schema: {
        tags: ['listings'],
        summary: 'Aanbod zoeken op soort, deelambitie, sfeer, thema en gebied',
        description:
          'Meerdere waarden in één parameter (komma-gescheiden) betekenen "of"; verschillende parameters "en". ' +
          'Alleen stewards en beheerders zien aanbod dat niet gepubliceerd is (eigenaren: /api/account/listings).',
        querystring: ListingQuery,
        response: { 200: ListingPage, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      const status = request.query.status ?? ['gepubliceerd'];
      const { actor } = request;
      if (status.some((s) => s !== 'gepubliceerd') && !(actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'steward'))) {
        throw new ProblemError(
          actor.kind === 'user' ? 'forbidden' : 'unauthorized',
          'Alleen stewards en beheerders zien lijsten met aanbod dat niet gepubliceerd is.',
        );
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
      const listing = readable(request.params.id, request.actor);
      reply.header('ETag', etagOf(listing.version));
      return forActor(listing, request.actor);
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
      const listing = readable(request.params.id, request.actor);
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
      schema: {
        tags: ['listings'],
        summary: 'Nieuw aanbod',
        description: 'Standaard als concept. Ter controle of gepubliceerd alleen voor wie dat mag (vertrouwde organisaties, stewards).',
        security: signedInSecurity,
        body: ListingInput,
        response: { 201: Listing, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { actor } = request;
      const resource = listingResource(listings.prepared(request.body));
      authorize(listingPolicy, actor, 'create', resource);
      const action = initialAction(request.body.status);
      if (!action) throw new ProblemError('conflict', 'Nieuw aanbod kan niet meteen gearchiveerd zijn.', [{ field: 'status', in: 'body', message: 'Kies concept, ter_controle of gepubliceerd.' }]);
      authorize(listingPolicy, actor, action, resource);
      const listing = listings.create(request.body, auditActorOf(actor));
      reply.status(201).header('Location', `/api/listings/${listing.id}`).header('ETag', etagOf(listing.version));
      return forActor(listing, actor);
    },
  );

  app.patch(
    '/api/listings/:id',
    {
      schema: {
        tags: ['listings'],
        summary: 'Aanbod wijzigen (If-Match verplicht)',
        description:
          'Wijzigingen van een lid van een niet-vertrouwde organisatie aan gepubliceerd aanbod gaan eerst langs een steward: ' +
          'dan 202 met de voorgestelde wijziging, en het aanbod blijft zoals het was.',
        security: signedInSecurity,
        params: Params,
        headers: IfMatch,
        body: ListingPatch,
        response: { 200: Listing, 202: Change, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { actor } = request;
      const current = readable(request.params.id, actor);
      const before = listingResource(current);
      const after = listingResource(listings.merged(current, request.body));
      if (can(listingPolicy, actor, 'update', before) && can(listingPolicy, actor, 'update', after)) {
        const listing = listings.update(current.id, request.body, request.headers['if-match'], auditActorOf(actor));
        reply.header('ETag', etagOf(listing.version));
        return forActor(listing, actor);
      }
      if (actor.kind === 'user' && can(listingPolicy, actor, 'propose', before) && after.organisationId === before.organisationId) {
        requireIfMatch(request.headers['if-match'], current.version);
        const change = moderation.propose(current, request.body, actor);
        reply.status(202);
        return change;
      }
      authorize(listingPolicy, actor, 'update', before);
      authorize(listingPolicy, actor, 'update', after);
      throw new ProblemError('forbidden', 'Dit mag je niet doen met jouw account.');
    },
  );

  app.post(
    '/api/listings/:id/transitions',
    {
      schema: {
        tags: ['listings'],
        summary: 'Status wijzigen: concept → ter controle → gepubliceerd → gearchiveerd',
        description: '409 als de nieuwe status niet op de huidige volgt. Terugsturen (ter controle → concept) vraagt een reden.',
        security: signedInSecurity,
        params: Params,
        headers: IfMatch,
        body: TransitionInput,
        response: { 200: Listing, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { actor } = request;
      const current = readable(request.params.id, actor);
      const { to, reason } = request.body;
      checkTransition(current.status, to, reason ?? null);
      authorize(listingPolicy, actor, transitionAction(current.status, to)!, listingResource(current));
      const listing = listings.transition(current.id, to, request.headers['if-match'], auditActorOf(actor), reason ?? null);
      reply.header('ETag', etagOf(listing.version));
      return forActor(listing, actor);
    },
  );

  app.delete(
    '/api/listings/:id',
    {
      schema: {
        tags: ['listings'],
        summary: 'Aanbod archiveren (niet wissen)',
        description: 'Het aanbod verdwijnt voor bewoners maar blijft bewaard met status gearchiveerd.',
        security: signedInSecurity,
        params: Params,
        headers: IfMatch,
        response: { 200: Listing, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { actor } = request;
      const current = readable(request.params.id, actor);
      authorize(listingPolicy, actor, 'archive', listingResource(current));
      const listing = listings.archive(current.id, request.headers['if-match'], auditActorOf(actor));
      reply.header('ETag', etagOf(listing.version));
      return forActor(listing, actor);
    },
  );

  app.post(
    '/api/listings/:id/verify',
    {
      schema: {
        tags: ['listings'],
        summary: 'Klopt nog: de gecontroleerde delen (of alles) zijn vandaag nagekeken',
        security: signedInSecurity,
        params: Params,
        body: VerifyInput,
        response: { 200: Listing, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { actor } = request;
      const current = readable(request.params.id, actor);
      authorize(listingPolicy, actor, 'verify', listingResource(current));
      const listing = listings.verify(current.id, request.body.fields, auditActorOf(actor));
      reply.header('ETag', etagOf(listing.version));
      return forActor(listing, actor);
    },
  );

  app.get(
    '/api/listings/:id/history',
    {
      schema: {
        tags: ['listings'],
        summary: 'Geschiedenis: wie wijzigde wat, wanneer (oud → nieuw)',
        security: signedInSecurity,
        params: Params,
        response: { 200: AuditAnswer, ...errors, 410: ProblemSchema },
      },
    },
    async (request) => {
      const current = readable(request.params.id, request.actor);
      authorize(listingPolicy, request.actor, 'readHistory', listingResource(current));
      return { items: app.stores.audit.history('listing', current.id) };
    },
  );

  app.post(
    '/api/listings/duplicates',
    {
      schema: {
        tags: ['listings'],
        summary: 'Bestaat dit al? Waarschijnlijke dubbelingen vóór het opslaan',
        description: 'Zelfde of lijkende naam binnen ~150 m, of hetzelfde telefoonnummer, webadres of e-mailadres.',
        security: signedInSecurity,
        body: DuplicateCheckInput,
        response: { 200: DuplicateAnswer, 400: ProblemSchema, 401: ProblemSchema },
      },
    },
    async (request) => {
      if (request.actor.kind === 'anonymous') throw new ProblemError('unauthorized', 'Log in om aanbod toe te voegen.');
      return { items: listings.likelyDuplicates(request.body) };
    },
  );
};
