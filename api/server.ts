// Starts the product: configuration from the environment, then listen.
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

const config = loadConfig();
const app = await buildApp(config);

if (app.stores.accounts.count() === 0) {
  app.log.warn('No accounts yet: create the first admin with `npm run admin:create -- --email you@example.nl`.');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

await app.listen({ port: config.port, host: config.host });
