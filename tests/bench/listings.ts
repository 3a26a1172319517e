// Benchmark: listing writes and reads through the full HTTP stack (routing, zod validation,
// SQLite on a real file, serialisation) via app.inject. Prints figures; asserts nothing.
// Run: npm run bench  (BENCH_N=5000 to change the number of listings)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { auth, testApp, testConfig } from '../helpers.ts';
import { TaxonomyTermInput } from '../../api/taxonomy/schemas.ts';
import { seedSynonyms, seedTaxonomy } from '../../seed/taxonomy.ts';

const N = Number(process.env.BENCH_N ?? 3000);
const deelambities = ['ontmoeting', 'ontplooiing', 'ondersteuning', 'plezier', 'eigenaarschap'];
const kinds = ['plek', 'activiteit', 'steun', 'steunpunt', 'regeling'];

function listing(i: number) {
  return {
    kind: kinds[i % kinds.length],
    title: `Buurtactiviteit ${i}`,
    summary: 'Samen koffie drinken en bijpraten met buurtbewoners.',
    description: 'Iedere week een open inloop. Je bent welkom, ook als je voor het eerst komt.'.repeat(3),
    locations: [{ name: 'Buurthuis', street: 'Straat', houseNumber: String(i), postcode: '1014 AA', lat: 52.35 + (i % 100) / 1000, lon: 4.85 + (i % 97) / 1000 }],
    schedule: { rules: [{ days: ['TU', 'TH'], opens: '10:00', closes: '12:00' }] },
    contact: { phone: '020 123 4567', role: 'gastvrouw' },
    deelambities: [deelambities[i % 5], deelambities[(i + 2) % 5]],
    sferen: ['gemeenschappelijk'],
    themes: ['eenzaamheid'],
    status: 'gepubliceerd',
  };
}

function stats(label: string, samples: number[], totalMs: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2);
  console.log(
    `${label.padEnd(34)} n=${String(samples.length).padStart(6)}  ${(samples.length / (totalMs / 1000)).toFixed(0).padStart(7)} /s  p50 ${pct(50)} ms  p99 ${pct(99)} ms`,
  );
}

async function timed(n: number, fn: (i: number) => Promise<void>) {
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return { samples, total: performance.now() - start };
}

const dir = mkdtempSync(join(tmpdir(), 'sociale-kaart-bench-'));
try {
  const app = await testApp(testConfig(dir));
  app.stores.taxonomy.replace(seedTaxonomy.map((t) => TaxonomyTermInput.parse(t)), seedSynonyms);
  console.log(`Sociale Kaart listing benchmark — ${N} listings, SQLite file in ${dir}, Node ${process.version}`);

  const ids: string[] = [];
  const writes = await timed(N, async (i) => {
    const res = await app.inject({ method: 'POST', url: '/api/listings', payload: listing(i), headers: auth });
    if (res.statusCode !== 201) throw new Error(`POST ${res.statusCode}: ${res.body}`);
    ids.push(res.json().id);
  });
  stats('POST /api/listings (create)', writes.samples, writes.total);

  const patches = await timed(Math.min(N, 1000), async (i) => {
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/listings/${ids[i]}`,
      payload: { summary: `Gewijzigd ${i}` },
      headers: { ...auth, 'if-match': '"1"' },
    });
    if (res.statusCode !== 200) throw new Error(`PATCH ${res.statusCode}: ${res.body}`);
  });
  stats('PATCH /api/listings/:id', patches.samples, patches.total);

  const reads = await timed(N, async (i) => {
    const res = await app.inject({ url: `/api/listings/${ids[(i * 7919) % ids.length]}` });
    if (res.statusCode !== 200) throw new Error(`GET ${res.statusCode}`);
  });
  stats('GET /api/listings/:id', reads.samples, reads.total);

  const lists = await timed(1000, async (i) => {
    const res = await app.inject({ url: `/api/listings?deelambitie=${deelambities[i % 5]}&kind=${kinds[i % 5]}&page=${1 + (i % 5)}&limit=20` });
    if (res.statusCode !== 200) throw new Error(`LIST ${res.statusCode}`);
  });
  stats('GET /api/listings?filters (20/page)', lists.samples, lists.total);

  const bulk = Array.from({ length: N }, (_, i) => ({ ...listing(N + i) }));
  const { ListingInput } = await import('../../api/listings/schemas.ts');
  const parsed = bulk.map((b) => ListingInput.parse(b));
  const t0 = performance.now();
  app.stores.listings.createMany(parsed);
  const ms = performance.now() - t0;
  console.log(`${'store.createMany (one transaction)'.padEnd(34)} n=${String(N).padStart(6)}  ${(N / (ms / 1000)).toFixed(0).padStart(7)} /s`);

  const mem = process.memoryUsage();
  console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
  await app.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
