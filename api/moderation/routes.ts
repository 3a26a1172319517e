// The steward's side: the queue, decisions on proposed changes, submissions, claims and merges.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActorOf } from '../audit/store.ts';
import { parsePostcode } from '../geo/postcode.ts';
import { limitPublicWrites } from '../listings/reports.ts';
import { forActor, ListingParams } from '../listings/routes.ts';
import { Listing } from '../listings/schemas.ts';
import { ProblemError, ProblemSchema } from '../plugins/errors.ts';
import { signedInSecurity } from '../plugins/openapi.ts';
import { authorize, hiddenUnlessReadable, listingPolicy, listingResource, type Actor, type UserActor } from '../policies/index.ts';
import { etagOf } from '../shared/concurrency.ts';
import { Change, ClaimInput, Decision, MergeInput, Queue, SubmissionInput } from './schemas.ts';

const ChangeParams = z.object({ id: z.uuid({ message: 'Dit is geen geldige id.' }) });
const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

function signedIn(actor: Actor): UserActor {
  if (actor.kind === 'anonymous') throw new ProblemError('unauthorized', 'Log in om dit te doen.');
  return actor;
}

export const moderationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { listings, moderation } = app.stores;

  app.get(
    '/api/moderation/queue',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Wat wacht op een steward: voorstellen, ter controle, meldingen, verouderd, zonder eigenaar, nieuwe organisaties',
        security: signedInSecurity,
        response: { 200: Queue, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      const actor = signedIn(request.actor);
      if (actor.role !== 'steward' && actor.role !== 'admin') throw new ProblemError('forbidden', 'De wachtrij is voor stewards.');
      if (actor.tokenScopes && !actor.tokenScopes.has('moderation')) throw new ProblemError('forbidden', 'Deze API-sleutel mag niet modereren.');
      return moderation.queue(actor);
    },
  );

  const decision = (accept: boolean) => async (request: { actor: Actor; params: { id: string }; body: { reason?: string | undefined } }) => {
    const actor = signedIn(request.actor);
    const listing = moderation.listingOf(request.params.id);
    authorize(listingPolicy, actor, 'moderate', listingResource(listing));
    const reason = request.body.reason?.trim() || null;
    if (accept) return moderation.accept(request.params.id, actor, reason);
    if (!reason) throw new ProblemError('validation', 'Schrijf erbij waarom je dit afwijst.', [{ field: 'reason', in: 'body', message: 'Geef een reden.' }]);
    return moderation.decline(request.params.id, actor, reason);
  };

  app.post(
    '/api/moderation/changes/:id/accept',
    {
      schema: { tags: ['moderation'], summary: 'Voorstel, aanmelding of claim accepteren (wordt meteen toegepast)', security: signedInSecurity, params: ChangeParams, body: Decision, response: { 200: Change, ...errors, 412: ProblemSchema } },
    },
    decision(true),
  );

  app.post(
    '/api/moderation/changes/:id/decline',
    {
      schema: { tags: ['moderation'], summary: 'Voorstel, aanmelding of claim afwijzen (met reden)', security: signedInSecurity, params: ChangeParams, body: Decision, response: { 200: Change, ...errors } },
    },
    decision(false),
  );

  app.get(
    '/api/listings/:id/changes',
    {
      schema: { tags: ['moderation'], summary: 'Voorgestelde wijzigingen en claims voor dit aanbod', security: signedInSecurity, params: ListingParams, response: { 200: z.object({ items: z.array(Change) }), ...errors } },
    },
    async (request) => {
      const listing = listings.get(request.params.id);
      if (!listing) throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
      authorize(listingPolicy, request.actor, 'readHistory', listingResource(listing), hiddenUnlessReadable(request.actor, listingResource(listing)));
      return { items: moderation.forListing(listing.id) };
    },
  );

  app.post(
    '/api/listings/:id/claim',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Dit aanbod is van onze organisatie (een steward keurt goed)',
        security: signedInSecurity,
        params: ListingParams,
        body: ClaimInput,
        response: { 201: Change, ...errors },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request.actor);
      const listing = listings.get(request.params.id);
      if (!listing || listing.status !== 'gepubliceerd') throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
      if (!actor.organisationIds.has(request.body.organisationId)) {
        throw new ProblemError('forbidden', 'Je kunt alleen claimen voor een organisatie waar je lid van bent.', [{ field: 'organisationId', in: 'body', message: 'Niet jouw organisatie.' }]);
      }
      if (listing.organisationId !== null) throw new ProblemError('conflict', 'Dit aanbod hoort al bij een organisatie.');
      authorize(listingPolicy, actor, 'claim', listingResource(listing));
      reply.status(201);
      return moderation.claim(listing, request.body.organisationId, request.body.message, actor);
    },
  );

  app.post(
    '/api/listings/:id/merge',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Dubbel aanbod samenvoegen: dit aanbod gaat op in een ander (bronnen, meldingen en geschiedenis blijven)',
        security: signedInSecurity,
        params: ListingParams,
        body: MergeInput,
        response: { 200: Listing, ...errors, 412: ProblemSchema },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request.actor);
      const duplicate = listings.get(request.params.id);
      const survivor = listings.get(request.body.into);
      if (!duplicate) throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
      if (!survivor) throw new ProblemError('not-found', 'Het aanbod om mee samen te voegen bestaat niet.', [{ field: 'into', in: 'body', message: 'Bestaat niet.' }]);
      authorize(listingPolicy, actor, 'merge', listingResource(duplicate), hiddenUnlessReadable(actor, listingResource(duplicate)));
      authorize(listingPolicy, actor, 'merge', listingResource(survivor), hiddenUnlessReadable(actor, listingResource(survivor)));
      const listing = listings.merge(duplicate.id, survivor.id, auditActorOf(actor));
      moderation.closeFor(duplicate.id, actor, `Samengevoegd met ${survivor.title}`);
      reply.header('ETag', etagOf(listing.version));
      return forActor(listing, actor);
    },
  );

  app.post(
    '/api/submissions',
    {
      bodyLimit: 32 * 1024,
      schema: {
        tags: ['moderation'],
        summary: 'Meld een initiatief (zonder account): komt ter controle bij een steward',
        body: SubmissionInput,
        response: { 201: z.object({ id: z.uuid() }), 400: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      limitPublicWrites(app.stores.accounts, request.ip, reply);
      const { postcode } = request.body;
      if (postcode) {
        const parsed = parsePostcode(postcode);
        if (!parsed.ok) throw new ProblemError('validation', `postcode: ${parsed.reason}`, [{ field: 'postcode', in: 'body', message: parsed.reason }]);
      }
      const id = moderation.submit(request.body);
      reply.status(201);
      return { id };
    },
  );
};
