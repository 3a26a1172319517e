// /api/organisations: who runs what. Same conventions as /api/listings.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemError, ProblemSchema } from '../plugins/errors.ts';
import { etagOf } from '../shared/concurrency.ts';
import { Organisation, OrganisationInput, OrganisationPage, OrganisationPatch, OrganisationQuery } from './schemas.ts';

const Params = z.object({ id: z.uuid({ message: 'Dit is geen geldige id.' }) });
const IfMatch = z.object({ 'if-match': z.string().max(200).optional() });
const errors = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema };

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { organisations } = app.stores;
  const write = { preHandler: app.auth.requireAdmin };

  app.get(
    '/api/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Organisaties, te filteren op naam en vorm',
        querystring: OrganisationQuery,
        response: { 200: OrganisationPage, 400: ProblemSchema },
      },
    },
    async (request) => organisations.list(request.query),
  );

  app.get(
    '/api/organisations/:id',
    { schema: { tags: ['organisations'], summary: 'Eén organisatie', params: Params, response: { 200: Organisation, ...errors } } },
    async (request, reply) => {
      const organisation = organisations.get(request.params.id);
      if (!organisation) throw new ProblemError('not-found', 'Deze organisatie bestaat niet.');
      reply.header('ETag', etagOf(organisation.version));
      return organisation;
    },
  );

  app.post(
    '/api/organisations',
    {
      ...write,
      schema: {
        tags: ['organisations'],
        summary: 'Nieuwe organisatie (KvK-nummer niet nodig)',
        security: [{ bearer: [] }],
        body: OrganisationInput,
        response: { 201: Organisation, ...errors },
      },
    },
    async (request, reply) => {
      const organisation = organisations.create(request.body);
      reply.status(201).header('Location', `/api/organisations/${organisation.id}`).header('ETag', etagOf(organisation.version));
      return organisation;
    },
  );

  app.patch(
    '/api/organisations/:id',
    {
      ...write,
      schema: {
        tags: ['organisations'],
        summary: 'Organisatie wijzigen (If-Match verplicht)',
        security: [{ bearer: [] }],
        params: Params,
        headers: IfMatch,
        body: OrganisationPatch,
        response: { 200: Organisation, ...errors, 412: ProblemSchema, 428: ProblemSchema },
      },
    },
    async (request, reply) => {
      const organisation = organisations.update(request.params.id, request.body, request.headers['if-match']);
      reply.header('ETag', etagOf(organisation.version));
      return organisation;
    },
  );

  app.delete(
    '/api/organisations/:id',
    {
      ...write,
      schema: {
        tags: ['organisations'],
        summary: 'Organisatie archiveren (niet wissen)',
        security: [{ bearer: [] }],
        params: Params,
        headers: IfMatch,
        response: { 200: Organisation, ...errors, 412: ProblemSchema },
      },
    },
    async (request, reply) => {
      const organisation = organisations.archive(request.params.id, request.headers['if-match']);
      reply.header('ETag', etagOf(organisation.version));
      return organisation;
    },
  );
};
