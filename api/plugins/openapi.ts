// OpenAPI 3 generated from the zod route schemas, served at /api/openapi.json with docs at /api/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Sociale Kaart API',
        description:
          'De sociale kaart van de gemeente: plekken, activiteiten, steun, steunpunten, vacatures en regelingen. ' +
          'Lezen van gepubliceerd aanbod is openbaar; schrijven vraagt een Bearer-token. Fouten zijn RFC 9457 problem+json.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'API-sleutel (skt_…), te maken onder /account' },
          session: { type: 'apiKey', in: 'cookie', name: 'sk_session', description: 'Sessie na inloggen; wijzigingen vragen ook X-CSRF-Token' },
        },
      },
      tags: [
        { name: 'listings', description: 'Aanbod op de kaart' },
        { name: 'accounts', description: 'Inloggen, uitnodigingen, API-sleutels' },
        { name: 'moderation', description: 'Wachtrij van stewards: voorstellen, aanmeldingen, claims' },
        { name: 'organisations', description: 'Organisaties en initiatieven' },
        { name: 'gemeente', description: 'Taxonomie, gebieden en postcodes' },
        { name: 'system', description: 'Status' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
}

/** Routes that need someone signed in: a session cookie (web app) or an API token (integrations). */
export const signedInSecurity: { [scheme: string]: string[] }[] = [{ session: [] }, { bearer: [] }];
