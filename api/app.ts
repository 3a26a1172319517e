// Builds the whole application without listening, so tests can call `app.inject()`.
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db/client.ts';
import { loadDemoGemeente, needsDemo } from '../seed/demo.ts';
import type { Config } from './config.ts';
import { createGeo, type Geo } from './geo/service.ts';
import { geoRoutes } from './geo/routes.ts';
import { reportRoutes } from './listings/reports.ts';
import { listingRoutes } from './listings/routes.ts';
import { createListingStore, type ListingStore } from './listings/store.ts';
import { organisationRoutes } from './organisations/routes.ts';
import { createOrganisationStore, type OrganisationStore } from './organisations/store.ts';
import { accountRoutes } from './accounts/routes.ts';
import { createMailer } from './accounts/mail.ts';
import { createAccountStore, type AccountStore } from './accounts/store.ts';
import { createAuditStore, type AuditStore } from './audit/store.ts';
import { freshnessRoutes } from './listings/freshness-routes.ts';
import { sendFreshnessReminders } from './listings/freshness-reminders.ts';
import { moderationRoutes } from './moderation/routes.ts';
import { createModerationStore, type ModerationStore } from './moderation/store.ts';
import { registerSessions } from './plugins/session.ts';
import { frameworkErrors, registerErrorHandling } from './plugins/errors.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { createEngineThread } from './search/engine-thread.ts';
import { createSearchIndexer, type SearchIndexer } from './search/indexer.ts';
import { createMeilisearchEngine } from './search/meilisearch.ts';
import { searchRoutes } from './search/routes.ts';
import { createSearchService, type SearchService } from './search/service.ts';
import { taxonomyRoutes } from './taxonomy/routes.ts';
import { webRoutes } from './web/routes.ts';
import { createTaxonomyStore, type TaxonomyStore } from './taxonomy/store.ts';
import { z } from 'zod';

declare module 'fastify' {
  interface FastifyInstance {
    stores: {
      listings: ListingStore;
      organisations: OrganisationStore;
      taxonomy: TaxonomyStore;
      accounts: AccountStore;
      audit: AuditStore;
      moderation: ModerationStore;
    };
    geo: Geo;
    searchService: SearchService;
    db: Db;
    searchIndexer: SearchIndexer;
  }
}

export const databaseFile = (dataDir: string) => join(dataDir, 'sociale-kaart.db');

export async function buildApp(config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 512 * 1024,
    // Ids are opaque UUIDs; a long URL is never legitimate here.
    routerOptions: { maxParamLength: 200 },
    trustProxy: config.trustProxy,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // The API speaks JSON only; anything else is 415 rather than a string that fails validation.
  app.removeContentTypeParser('text/plain');
  await registerOpenApi(app);
  // Reads are public and may be embedded anywhere; writes stay same-origin (no CORS preflight allowed).
  await app.register(cors, { origin: '*', methods: ['GET', 'HEAD'], exposedHeaders: ['ETag', 'Location'] });

  const db = openDatabase(databaseFile(config.dataDir));
  app.addHook('onClose', async () => db.$client.close());

  const taxonomy = createTaxonomyStore(db);
  const geo = createGeo(db);
  const audit = createAuditStore(db);
  const accounts = createAccountStore(db);
  const organisations = createOrganisationStore(db, { audit, onListingsChanged: () => searchIndexer.notify() });
  const listings = createListingStore(db, { taxonomy, audit, areaCodesAt: geo.areaCodesAt, onChange: () => searchIndexer.notify() });
  const moderation = createModerationStore(db, { listings, audit, accounts });
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir });
  const engine =
    config.searchEngine === 'meilisearch'
      ? createMeilisearchEngine({ url: config.meiliUrl, apiKey: config.meiliKey })
      : createEngineThread(db.$client);
  const searchIndexer = createSearchIndexer({ db, engine, listings, taxonomy, geo, log: app.log });
  app.decorate('db', db);
  app.decorate('stores', { listings, organisations, taxonomy, accounts, audit, moderation });
  app.decorate('geo', geo);
  registerSessions(app, accounts);
  app.decorate('searchService', createSearchService({ engine, listings, geo, taxonomy, indexGeneration: searchIndexer.generation }));
  app.decorate('searchIndexer', searchIndexer);
  app.addHook('onClose', async () => {
    await searchIndexer.close();
    await engine.close();
  });

  if (config.loadDemo && needsDemo(db)) {
    const started = Date.now();
    const counts = loadDemoGemeente(db, { listings, taxonomy, geo });
    app.log.info({ ...counts, ms: Date.now() - started }, 'demo gemeente Amsterdam loaded');
  }
  await startSearch(app, searchIndexer);
  remindOwners(app, { db, listings, accounts, audit, mailer, secret: config.secret, publicUrl: config.publicUrl });

  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Draait de dienst?', response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => {
      db.$client.prepare('select 1').get();
      return { status: 'ok' as const };
    },
  );
  await app.register(accountRoutes, { mailer, publicUrl: config.publicUrl, devMailPage: config.devMailPage });
  await app.register(listingRoutes);
  await app.register(freshnessRoutes, { secret: config.secret, publicUrl: config.publicUrl });
  await app.register(moderationRoutes);
  await app.register(reportRoutes);
  await app.register(organisationRoutes);
  await app.register(taxonomyRoutes);
  await app.register(geoRoutes);
  await app.register(searchRoutes);
  await app.register(webRoutes, { tileUrl: config.tileUrl, tileAttribution: config.tileAttribution });
  return app;
}

/** Once an hour: owners whose information is about to expire get a "Klopt dit nog?" e-mail. */
function remindOwners(app: FastifyInstance, deps: Parameters<typeof sendFreshnessReminders>[0]) {
  const run = () =>
    sendFreshnessReminders(deps).then(
      (n) => n > 0 && app.log.info({ listings: n }, 'freshness reminders sent'),
      (err: unknown) => app.log.warn({ err }, 'freshness reminders failed'),
    );
  const first = setTimeout(run, 60_000);
  const every = setInterval(run, 3600_000);
  first.unref();
  every.unref();
  app.addHook('onClose', async () => {
    clearTimeout(first);
    clearInterval(every);
  });
}

/**
 * The search engine may be unreachable at start (Meilisearch still booting or down): the product
 * starts anyway, writes keep landing in the outbox, and the index is built once the engine answers.
 */
async function startSearch(app: FastifyInstance, indexer: SearchIndexer) {
  try {
    await indexer.start();
  } catch (err) {
    app.log.warn({ err }, 'search engine not ready; retrying in the background');
    const retry = setInterval(() => {
      indexer.start().then(
        () => clearInterval(retry),
        () => {},
      );
    }, 5000);
    retry.unref();
    app.addHook('onClose', async () => clearInterval(retry));
  }
}
