// Environment → typed configuration, validated once at start-up with safe local defaults.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  /** Bootstrap credential for writes until accounts exist. Without one, a random token is made and logged. */
  ADMIN_TOKEN: z.string().min(16, 'ADMIN_TOKEN moet minstens 16 tekens lang zijn.').optional(),
  /** Load the demo gemeente (Amsterdam) into an empty database. */
  DEMO: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `embedded` (SQLite FTS5 in the same database) or `meilisearch` (for large gemeenten). */
  SEARCH_ENGINE: z.enum(['embedded', 'meilisearch']).default('embedded'),
  MEILI_URL: z.url().default('http://127.0.0.1:7700'),
  MEILI_MASTER_KEY: z.string().optional(),
  /** Map tiles ({z}/{x}/{y}); empty = no tiles, the app draws the area outlines (offline, tests). */
  MAP_TILE_URL: z.string().default('https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png'),
  MAP_TILE_ATTRIBUTION: z.string().default('Kaartgegevens © Kadaster'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  adminToken: string;
  adminTokenGenerated: boolean;
  loadDemo: boolean;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  searchEngine: 'embedded' | 'meilisearch';
  meiliUrl: string;
  meiliKey: string | undefined;
  tileUrl: string | null;
  tileAttribution: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    adminToken: e.ADMIN_TOKEN ?? randomBytes(24).toString('base64url'),
    adminTokenGenerated: e.ADMIN_TOKEN === undefined,
    loadDemo: e.DEMO === 'true',
    logLevel: e.LOG_LEVEL,
    searchEngine: e.SEARCH_ENGINE,
    meiliUrl: e.MEILI_URL,
    meiliKey: e.MEILI_MASTER_KEY,
    tileUrl: e.MAP_TILE_URL.trim() === '' ? null : e.MAP_TILE_URL,
    tileAttribution: e.MAP_TILE_ATTRIBUTION,
  };
}
