// /api/taxonomy: the gemeente's vocabularies with resident-facing labels, and its synonyms.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Taxonomy } from './schemas.ts';

export const taxonomyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/taxonomy',
    {
      schema: {
        tags: ['gemeente'],
        summary: 'Sferen, deelambities, bouwstenen, vraaggebieden en thema’s van deze gemeente',
        response: { 200: Taxonomy },
      },
    },
    async () => app.stores.taxonomy.get(),
  );
};
