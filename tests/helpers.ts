// Test set-up: a real app on a real SQLite file in a fresh temp directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { tokenScopes, type UserRole } from '../api/accounts/schemas.ts';
import { buildApp } from '../api/app.ts';
import type { Config } from '../api/config.ts';
import { TaxonomyTermInput } from '../api/taxonomy/schemas.ts';
import { seedSynonyms, seedTaxonomy } from '../seed/taxonomy.ts';

/** Every test app has an admin with this API token (all scopes), made by `testApp`. */
const adminSecret = 'test-admin-token-0123456789abcdef';
export const auth = { authorization: `Bearer skt_${adminSecret}` };

export function tempDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'sociale-kaart-test-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    loadDemo: false,
    logLevel: 'silent',
    searchEngine: 'embedded',
    meiliUrl: 'http://127.0.0.1:7700',
    meiliKey: undefined,
    tileUrl: null,
    tileAttribution: '',
    secret: 'test-secret-for-signed-links-0123456789',
    publicUrl: 'http://localhost:3000',
    smtpUrl: null,
    mailFrom: 'Sociale Kaart <test@sociale-kaart.local>',
    trustProxy: false,
    devMailPage: true,
    ...overrides,
  };
}

/** The real app, with an admin account whose API token is `auth` (tests act as that admin). */
export async function testApp(config: Config): Promise<FastifyInstance> {
  const app = await buildApp(config);
  const { accounts } = app.stores;
  if (!accounts.byEmail('admin@test.example')) {
    const admin = accounts.createActive({ email: 'admin@test.example', name: 'Test Beheerder', passwordHash: null, role: 'admin' });
    accounts.createApiToken(admin.id, { name: 'tests', scopes: [...tokenScopes] }, adminSecret);
  }
  return app;
}

/** A signed-in person for policy tests: an active account and an API token with every scope. */
export function personWithToken(app: FastifyInstance, role: UserRole, options: { organisationIds?: string[]; scope?: { areas: string[]; themes: string[] }; email?: string } = {}) {
  const { accounts } = app.stores;
  const user = accounts.createActive({
    email: options.email ?? `${role}-${Math.random().toString(36).slice(2)}@test.example`,
    name: `Test ${role}`,
    passwordHash: null,
    role,
    organisationIds: options.organisationIds ?? [],
    scope: options.scope ?? { areas: [], themes: [] },
  });
  const { token } = accounts.createApiToken(user.id, { name: 'test', scopes: [...tokenScopes] });
  return { user, headers: { authorization: `Bearer ${token}` } };
}

/** An app on an empty database with only the seed taxonomy (fast; no demo gemeente). */
export async function emptyApp(t: Test, dataDir = tempDir(t)) {
  const app = await testApp(testConfig(dataDir));
  t.teardown(() => app.close());
  app.stores.taxonomy.replace(seedTaxonomy.map((term) => TaxonomyTermInput.parse(term)), seedSynonyms);
  return app;
}
