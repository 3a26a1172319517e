// GET /api/search: what residents and professionals search with.
import { serializerCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../plugins/errors.ts';
import { SearchAnswer, SearchParams } from './schemas.ts';

/**
 * Answers are built field by field in service.ts to the SearchAnswer shape (the OpenAPI schema
 * below), so checking and copying them through zod again on every response is wasted work: a
 * search answer is written out with JSON.stringify, once per answer (the service caches
 * identical answers, and so does this). Error answers go through the usual zod serializer.
 */
const written = new WeakMap<object, string>();
function writeAnswer(answer: unknown): string {
  if (typeof answer !== 'object' || answer === null) return JSON.stringify(answer);
  let json = written.get(answer);
  if (json === undefined) {
    json = JSON.stringify(answer);
    written.set(answer, json);
  }
  return json;
}

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
      serializerCompiler: (route) => (String(route.httpStatus) === '200' ? writeAnswer : serializerCompiler(route as unknown as Parameters<typeof serializerCompiler>[0])),
    },
    async (request) => app.searchService.search(request.query),
  );
};
