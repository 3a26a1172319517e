// /api/organisations: who runs what. Anyone signed in may register an organisation (a steward
// checks it); members keep it up to date; stewards approve and decide who is trusted.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActorOf } from '../audit/store.ts';
import { ProblemError, ProblemSchema } from '../plugins/errors.ts';
import { signedInSecurity } from '../plugins/openapi.ts';
import { authorize, can, organisationPolicy, type Actor } from '../policies/index.ts';
import { etagOf } from '../shared/concurrency.ts';
import { Organisation, OrganisationInput, OrganisationPage, OrganisationPatch, OrganisationQuery } from './schemas.ts';

const Params = z.object({ id: z.uuid({ message: 'Dit is geen geldige id.' }) });
const IfMatch = z.object({ 'if-match': z.string().max(200).optional() });
const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const Member = z.object({ id: z.uuid(), name: z.string(), email: z.string(), status: z.string() });

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { organisations, accounts } = app.stores;

  function readable(id: string, actor: Actor) {
    const organisation = organisations.get(id);
    if (!organisation || !can(organisationPolicy, actor, 'read', organisation)) throw new ProblemError('not-found', 'Deze organisatie bestaat niet.');
    return organisation;
  }

  app.get(
    '/api/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Organisaties, te filteren op naam en vorm',
        querystring: OrganisationQuery,
        response: { 200: OrganisationPage, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      if (request.query.status !== 'actief') authorize(organisationPolicy, request.actor, 'approve', { id: null, status: request.query.status });
      return organisations.list(request.query);
    },
  );

  app.get(
    '/api/organisations/:id',
    { schema: { tags: ['organisations'], summary: 'Eén organisatie', params: Params, response: { 200: Organisation, ...errors } } },
    async (request, reply) => {
      const organisation = readable(request.params.id, request.actor);
      reply.header('ETag', etagOf(organisation.version));
      return organisation;
    },
  );

  app.post(
    '/api/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Nieuwe organisatie (KvK-nummer niet nodig)',
        description: 'Een lid dat een organisatie aanmeldt, wordt er lid van; een steward controleert haar (status ter_controle).',
        security: signedInSecurity,
        body: OrganisationInput,
        response: { 201: Organisation, ...errors },
      },
    },
    async (request, reply) => {
      const { actor } = request;
      authorize(organisationPolicy, actor, 'create', { id: null, status: 'ter_controle' });
      const direct = actor.kind === 'user' && can(organisationPolicy, actor, 'approve', { id: null, status: 'ter_controle' });
      const organisation = organisations.create(request.body, { status: direct ? 'actief' : 'ter_controle', by: auditActorOf(actor) });
      if (actor.kind === 'user' && actor.role === 'member') accounts.addMembership(actor.id, organisation.id);
      reply.status(201).header('Location', `/api/organisations/${organisation.id}`).header('ETag', etagOf(organisation.version));
      return organisation;
    },
  );

  app.patch(
    '/api/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Organisatie wijzigen (If-Match verplicht); "trusted" alleen door stewards',
        security: signedInSecurity,
        params: Params,
        headers: IfMatch,
        body: OrganisationPatch,
        response: { 200: Organisation, ...errors, 412: ProblemSchema, 428: ProblemSchema },
      },
    },
    async (request, reply) => {
      const current = readable(request.params.id, request.actor);
      authorize(organisationPolicy, request.actor, 'update', current);
      if (request.body.trusted !== undefined && request.body.trusted !== current.trusted) {
        authorize(organisationPolicy, request.actor, 'setTrusted', current);
      }
      const organisation = organisations.update(current.id, request.body, request.headers['if-match'], auditActorOf(request.actor));
      reply.header('ETag', etagOf(organisation.version));
      return organisation;
    },
  );

  app.post(
    '/api/organisations/:id/approve',
    {
      schema: { tags: ['organisations'], summary: 'Nieuwe organisatie goedkeuren (steward)', security: signedInSecurity, params: Params, response: { 200: Organisation, ...errors, 409: ProblemSchema } },
    },
    async (request, reply) => {
      const current = readable(request.params.id, request.actor);
      authorize(organisationPolicy, request.actor, 'approve', current);
      const organisation = organisations.approve(current.id, auditActorOf(request.actor));
      reply.header('ETag', etagOf(organisation.version));
      return organisation;
    },
  );

  app.get(
    '/api/organisations/:id/members',
    { schema: { tags: ['organisations'], summary: 'Wie deze organisatie beheren', security: signedInSecurity, params: Params, response: { 200: z.object({ items: z.array(Member) }), ...errors } } },
    async (request) => {
      const organisation = readable(request.params.id, request.actor);
      authorize(organisationPolicy, request.actor, 'readMembers', organisation);
      return { items: accounts.members(organisation.id) };
    },
  );

  app.delete(
    '/api/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Organisatie archiveren (niet wissen)',
        security: signedInSecurity,
        params: Params,
        headers: IfMatch,
        response: { 200: Organisation, ...errors, 412: ProblemSchema },
      },
    },
    async (request, reply) => {
      const current = readable(request.params.id, request.actor);
      authorize(organisationPolicy, request.actor, 'archive', current);
      const organisation = organisations.archive(current.id, request.headers['if-match'], auditActorOf(request.actor));
      reply.header('ETag', etagOf(organisation.version));
      return organisation;
    },
  );
};
