// Environment → typed configuration, validated once at start-up with safe local defaults.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
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
  /** Signs "Klopt dit nog?" links. Without one, a secret is made once and kept in DATA_DIR. */
  APP_SECRET: z.string().min(32, 'APP_SECRET moet minstens 32 tekens lang zijn.').optional(),
  /** Where people reach the product; links in e-mails start with this (never taken from a request). */
  PUBLIC_URL: z.url().optional(),
  /** smtp(s)://user:pass@host:port — without it, e-mails go to DATA_DIR/outbox (development). */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Sociale Kaart <noreply@sociale-kaart.local>'),
  /** Behind a reverse proxy that terminates https: trust its X-Forwarded-* headers (Secure cookies, client IP). */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  loadDemo: boolean;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  searchEngine: 'embedded' | 'meilisearch';
  meiliUrl: string;
  meiliKey: string | undefined;
  tileUrl: string | null;
  tileAttribution: string;
  secret: string;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  trustProxy: boolean;
  /** The development outbox page: only without SMTP and only when served on this machine. */
  devMailPage: boolean;
};

const loopback = new Set(['127.0.0.1', 'localhost', '::1']);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const smtpUrl = e.SMTP_URL?.trim() || null;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    loadDemo: e.DEMO === 'true',
    logLevel: e.LOG_LEVEL,
    searchEngine: e.SEARCH_ENGINE,
    meiliUrl: e.MEILI_URL,
    meiliKey: e.MEILI_MASTER_KEY,
    tileUrl: e.MAP_TILE_URL.trim() === '' ? null : e.MAP_TILE_URL,
    tileAttribution: e.MAP_TILE_ATTRIBUTION,
    secret: e.APP_SECRET ?? storedSecret(dataDir),
    publicUrl: (e.PUBLIC_URL ?? `http://${loopback.has(e.HOST) || e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl,
    mailFrom: e.MAIL_FROM,
    trustProxy: e.TRUST_PROXY === 'true',
    devMailPage: smtpUrl === null && loopback.has(e.HOST),
  };
}

/** A secret made on first start and kept with the data, so signed links survive a restart. */
function storedSecret(dataDir: string): string {
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
