// The resident's web app: GET /api/config for the app, and the built app (web/dist) for every
// other GET that is not an API call, so deep links (/aanbod/…, /zoeken?…) work on reload.
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gemeente } from '../../db/schema.ts';
import { WebConfig } from './schemas.ts';

export const webDist = join(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export const webRoutes: FastifyPluginAsyncZod<{ tileUrl: string | null; tileAttribution: string }> = async (app, options) => {
  app.get(
    '/api/config',
    { schema: { tags: ['gemeente'], summary: 'Instellingen voor de web-app (kaart, bronvermelding)', response: { 200: WebConfig } } },
    async () => {
      const g = app.db.select().from(gemeente).get();
      const bbox = g?.bbox ?? [3.3, 50.7, 7.3, 53.6];
      return {
        gemeente: { code: g?.code ?? '', name: g?.name ?? '' },
        map: {
          center: { lat: g?.centerLat ?? 52.1, lon: g?.centerLon ?? 5.3 },
          bounds: bbox,
          tileUrl: options.tileUrl,
          tileAttribution: options.tileUrl ? options.tileAttribution : 'CBS / Kadaster',
        },
        attributions: app.stores.listings.attributions(),
      };
    },
  );

  if (!existsSync(join(webDist, 'index.html'))) {
    app.log.warn(`No built web app in ${webDist}: run "npm run build". The API works without it.`);
    return;
  }
  // Only our own origin (and the configured tile server) may be contacted by the page.
  const tileOrigin = options.tileUrl ? new URL(options.tileUrl.replace(/\{[a-z]\}/g, '0')).origin : '';
  const csp = [
    "default-src 'self'",
    `img-src 'self' data: blob: ${tileOrigin}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, maxAge: '1h' });
  const sendApp = (reply: import('fastify').FastifyReply) =>
    reply.header('Content-Security-Policy', csp).header('Cache-Control', 'no-cache').sendFile('index.html');
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendApp(reply));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/')) return reply.callNotFound();
    // Built files (assets/…) are served as files; everything else is a page of the app.
    if (/\.[a-z0-9]+$/i.test(path) && !path.includes('..') && existsSync(join(webDist, path))) {
      return reply.header('Content-Security-Policy', csp).sendFile(path.slice(1));
    }
    return sendApp(reply);
  });
};
