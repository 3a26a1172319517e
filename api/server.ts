// Starts the product: configuration from the environment, then listen.
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

const config = loadConfig();
const app = await buildApp(config);

if (config.adminTokenGenerated) {
  app.log.warn(
    `No ADMIN_TOKEN set: writes for this run use the generated token ${config.adminToken} (set ADMIN_TOKEN to choose one).`,
  );
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
