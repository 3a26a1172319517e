// GET /api/search: what residents and professionals search with.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../plugins/errors.ts';
import { SearchAnswer, SearchParams } from './schemas.ts';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['listings'],
        summary: 'Zoeken in gepubliceerd aanbod: tekst, postcode of locatie, filters en facetten',
        description:
          'Tekst mag tikfouten, meervouden, delen van samengestelde woorden en gewone woorden bevatten ' +
          '("bieb", "buurthuis"). Met postcode of lat/lon komen resultaten dichtbij eerst; radius (meter) ' +
          'beperkt tot die afstand, sort=distance sorteert op afstand. Lege q met een locatie: wat er in de buurt is. ' +
          'Meerdere waarden in één filter (komma-gescheiden) betekenen "of", verschillende filters "en". ' +
          'Facetten tellen over het hele gefilterde resultaat. Bij nul resultaten staan ruimere zoekvragen in suggestions.',
        querystring: SearchParams,
        response: { 200: SearchAnswer, 400: ProblemSchema, 503: ProblemSchema },
      },
    },
    async (request) => app.searchService.search(request.query),
  );
};
