// Test set-up: a real app on a real SQLite file in a fresh temp directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import { buildApp } from '../api/app.ts';
import type { Config } from '../api/config.ts';
import { TaxonomyTermInput } from '../api/taxonomy/schemas.ts';
import { seedSynonyms, seedTaxonomy } from '../seed/taxonomy.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

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
    adminToken: ADMIN_TOKEN,
    adminTokenGenerated: false,
    loadDemo: false,
    logLevel: 'silent',
    searchEngine: 'embedded',
    meiliUrl: 'http://127.0.0.1:7700',
    meiliKey: undefined,
    tileUrl: null,
    tileAttribution: '',
    ...overrides,
  };
}

/** An app on an empty database with only the seed taxonomy (fast; no demo gemeente). */
export async function emptyApp(t: Test, dataDir = tempDir(t)) {
  const app = await buildApp(testConfig(dataDir));
  t.teardown(() => app.close());
  app.stores.taxonomy.replace(seedTaxonomy.map((term) => TaxonomyTermInput.parse(term)), seedSynonyms);
  return app;
}
