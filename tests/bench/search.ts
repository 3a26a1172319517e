// Benchmark: GET /api/search over real HTTP on 127.0.0.1, on N synthetic listings
// (seed/synthetic.ts). Measures how fast listings are stored and indexed, then drives a realistic
// mix of resident searches with keep-alive clients for a fixed time. Prints figures next to the
// goals; asserts nothing. Bounded in time: it stops by itself.
//
//   npm run bench:search
//   BENCH_N=2000 BENCH_SECONDS=3 npm run bench:search            (a quick run)
//   SEARCH_ENGINE=meilisearch npm run bench:search               (a real, throw-away Meilisearch)
//
// Env: BENCH_N (100000), BENCH_SECONDS (20), BENCH_CONCURRENCY (16), SEARCH_ENGINE (embedded),
// BENCH_SEED (1), BENCH_REINDEX (false: also time a full reindex), BENCH_TIMEOUT_MS (10000 per request),
// BENCH_WARMUP_SECONDS (2: load before measuring; the first pass over the request mix computes and
// keeps what later passes reuse, so a longer warm-up measures a server that has been running).
//
// The server runs in this process (main thread); the load clients run in a worker thread so they
// do not share the server's event loop. Both share the machine's CPUs, as they would on a small VPS
// with a proxy in front.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { buildApp, databaseFile } from '../../api/app.ts';
import { loadConfig } from '../../api/config.ts';
import { postcodeFile } from '../../api/geo/service.ts';
import { amsterdamBuurten, mulberry32 } from '../../seed/synthetic.ts';
import { ensureSeedTaxonomy, insertSynthetic, perSecond, prepareSyntheticGemeente } from '../../seed/synthetic-cli.ts';
import { startMeilisearch, type MeilisearchServer } from '../search/meili-harness.ts';

// ---------------------------------------------------------------------------------------------
// Settings and goals.

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

const N = intEnv('BENCH_N', 100_000, 1, 1_000_000);
const SECONDS = intEnv('BENCH_SECONDS', 20, 1, 600);
const CONCURRENCY = intEnv('BENCH_CONCURRENCY', 16, 1, 512);
const SEED = intEnv('BENCH_SEED', 1, 0, 0xffffffff);
const TIMEOUT_MS = intEnv('BENCH_TIMEOUT_MS', 10_000, 100, 120_000);
const REINDEX = process.env.BENCH_REINDEX === 'true' || process.env.BENCH_REINDEX === '1';
const ENGINE = process.env.SEARCH_ENGINE || 'embedded';
if (ENGINE !== 'embedded' && ENGINE !== 'meilisearch') throw new Error(`SEARCH_ENGINE must be embedded or meilisearch, not "${ENGINE}"`);
const WARMUP_MS = process.env.BENCH_WARMUP_SECONDS ? intEnv('BENCH_WARMUP_SECONDS', 2, 0, 600) * 1000 : Math.min(2000, SECONDS * 200);
/** Time allowed for the index to catch up (and for a reindex), before the bench moves on. */
const INDEX_TIMEOUT_MS = Math.max(120_000, N * 10);
/** Hard stop for the whole run, whatever hangs. */
const WATCHDOG_MS = 180_000 + N * 15 + (REINDEX ? INDEX_TIMEOUT_MS : 0) + INDEX_TIMEOUT_MS + WARMUP_MS + SECONDS * 1000 + TIMEOUT_MS * 2;

const goals = { p50: 5, p975: 20, errors: 0, indexPerSecond: 10_000 };

// ---------------------------------------------------------------------------------------------
// The request mix: what residents type, where they are, which filters they use.

/** Needs and words as residents type them, typos and all. */
const queries = [
  'koffie', 'bibliotheak', 'taalcafe', 'hulp bij formulieren', 'zwemmen kinderen', 'buurthuis', 'voedselbank',
  'mantelzorg', 'respijtzorg', 'maatje', 'eenzaam', 'schulden', 'geldzorgen', 'stadspas', 'huiswerkbegeleiding',
  'repair cafe', 'computerles', 'hulp met digid', 'wandelen', 'wandelgroep', 'yoga ouderen', 'bewegen voor ouderen',
  'sporten', 'voetbal kinderen', 'dansen', 'koor', 'schilderen', 'breien', 'bingo', 'samen eten', 'kookles',
  'moestuin', 'tuinieren', 'kinderboerderij', 'speeltuin', 'peuter', 'opvoeding', 'jongerencentrum',
  'vrijwilligerswerk', 'vrijwilliger worden', 'gastvrouw', 'chauffeur', 'nederlands leren', 'taalles',
  'belastingaangifte', 'toeslagen', 'juridisch advies', 'rouw', 'lotgenoten', 'kleding', 'weggeefwinkel',
  'buurtteam', 'ouder en kindteam', 'okt', 'huis van de wijk', 'wijkcentrum', 'bieb', 'zwembad', 'fietsles',
  'schaken', 'filmavond', 'buurtbudget', 'bewonersinitiatief', 'dagbesteding', 'klusjes', 'boodschappen',
  // typos and run-together words
  'vrijwiliger', 'mantelzrog', 'huiswerkbegleiding', 'zwemen', 'taalkafe', 'voedselbnak', 'formulieren hulp',
  'koffie ochtend', 'wandel groep', 'buurhuis', 'repaircafe', 'computerhulp', 'kinder zwemmen',
  // whole sentences
  'iets leuks voor kinderen', 'ik zoek hulp met geld', 'activiteiten voor ouderen', 'hulp bij de computer',
  'gratis activiteiten', 'ik voel me alleen', 'zorgen voor mijn moeder', 'iemand om mee te praten',
  'hulp bij post en rekeningen', 'nederlands oefenen met anderen',
  // with a place
  'taalcafé de pijp', 'koffie slotervaart', 'sport bijlmer', 'buurthuis noord', 'zwemmen osdorp',
  'voedselbank oost', 'moestuin ijburg', 'bingo geuzenveld',
  // other languages
  'language cafe', 'food bank', 'volunteer',
];

const kindsFilter = ['activiteit', 'plek', 'steun', 'steunpunt', 'vacature', 'regeling', 'steun,steunpunt', 'activiteit,plek'];
const deelambities = ['ontmoeting', 'ontplooiing', 'ondersteuning', 'plezier', 'eigenaarschap'];
const radii = [500, 1000, 1500, 2000, 3000, 5000];

function amsterdamPostcodes(): string[] {
  return readFileSync(postcodeFile, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols[3] === '0363' || cols[3] === '0457')
    .map((cols) => cols[0]!);
}

const categories = ['text', 'text+location', 'nearby', 'text+filters'] as const;

/** `count` request paths, deterministic, with the category of each. */
function requestMix(count: number): { paths: string[]; cats: Uint8Array } {
  const r = mulberry32(20260901);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const postcodes = amsterdamPostcodes();
  const letters = 'ABCEGHJKLMNPRTVWXZ';
  const where = () => {
    if (r() < 0.5) {
      const pc4 = pick(postcodes);
      const x = r();
      // As people type it: "1053", "1053 AB", "1053ab".
      const postcode = x < 0.5 ? pc4 : x < 0.8 ? `${pc4} ${pick([...letters])}${pick([...letters])}` : `${pc4}${pick([...letters]).toLowerCase()}${pick([...letters]).toLowerCase()}`;
      return `postcode=${encodeURIComponent(postcode)}`;
    }
    const b = pick(amsterdamBuurten);
    const lat = (b.lat + (r() - 0.5) * 0.008).toFixed(5);
    const lon = (b.lon + (r() - 0.5) * 0.012).toFixed(5);
    return `lat=${lat}&lon=${lon}`;
  };
  const q = () => `q=${encodeURIComponent(pick(queries))}`;
  const paths: string[] = [];
  const cats = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const x = r();
    let params: string;
    if (x < 0.4) {
      cats[i] = 0;
      params = q();
    } else if (x < 0.7) {
      cats[i] = 1;
      params = `${q()}&${where()}&radius=${pick(radii)}&sort=distance`;
    } else if (x < 0.85) {
      cats[i] = 2;
      // A form submits an empty q; a link from the map sends none.
      params = `${r() < 0.5 ? 'q=&' : ''}${where()}&radius=${pick([500, 1000, 2000])}&sort=distance`;
    } else {
      cats[i] = 3;
      // Several values of one filter are sent comma-separated (the API's form), never as a repeated key.
      const filters = new Map<string, Set<string>>();
      const add = (key: string, value: string) => filters.set(key, (filters.get(key) ?? new Set()).add(value));
      const y = r();
      if (y < 0.35) add('kind', pick(kindsFilter));
      else if (y < 0.6) add('deelambitie', pick(deelambities));
      else if (y < 0.8) add('free', 'true');
      else add('openNow', 'true');
      if (r() < 0.3) {
        const [key, value] = pick([['free', 'true'], ['deelambitie', pick(deelambities)], ['openNow', 'true'], ['language', 'en'], ['age', '70'], ['accessibility', 'rolstoeltoegankelijk']] as const);
        if (key === 'deelambitie' || !filters.has(key)) add(key, value);
      }
      params = `${q()}&${[...filters].map(([k, v]) => `${k}=${[...v].join(',')}`).join('&')}`;
    }
    if (r() < 0.05) params += '&page=2';
    paths.push(`/api/search?${params}`);
  }
  return { paths, cats };
}

// ---------------------------------------------------------------------------------------------
// The load clients: a worker thread with its own event loop, plain JavaScript (workers do not get
// the tsx loader). Keep-alive connections, one request at a time per client, until the deadline.

const clientSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const { port, paths, cats, concurrency, warmupMs, durationMs, timeoutMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
let lat = new Float64Array(1 << 16), cat = new Uint8Array(1 << 16), n = 0;
let next = 0, errors = 0, warmupRequests = 0, zeroHits = 0, bytes = 0, lastEnd = 0;
const zeroByCat = new Array(8).fill(0), okByCat = new Array(8).fill(0);
const statuses = {};
const samples = [];
const begin = performance.now(), measureFrom = begin + warmupMs, stopAt = measureFrom + durationMs;

function record(ms, c) {
  if (n === lat.length) {
    const l = new Float64Array(n * 2); l.set(lat); lat = l;
    const k = new Uint8Array(n * 2); k.set(cat); cat = k;
  }
  lat[n] = ms; cat[n] = c; n++;
}

function once(path) {
  return new Promise((resolve) => {
    const start = performance.now();
    let settled = false;
    const done = (r) => { if (!settled) { settled = true; r.start = start; r.ms = performance.now() - start; resolve(r); } };
    const req = http.request({ host: '127.0.0.1', port, path, agent, method: 'GET', headers: { accept: 'application/json' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, body: Buffer.concat(chunks) }));
      res.on('error', (e) => done({ error: e }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('no answer within ' + timeoutMs + ' ms')));
    req.on('error', (e) => done({ error: e }));
    req.end();
  });
}

function fail(kind, text) {
  errors++;
  statuses[kind] = (statuses[kind] || 0) + 1;
  if (samples.length < 5) samples.push(text);
}

async function client() {
  while (performance.now() < stopAt) {
    const i = next++ % paths.length;
    const path = paths[i];
    const r = await once(path);
    lastEnd = performance.now();
    if (r.error) { fail('socket', (r.error.code ? r.error.code + ' ' : '') + r.error.message + '  ' + path); continue; }
    if (r.status < 200 || r.status > 299) { fail(String(r.status), r.status + ' ' + path + '  ' + r.body.toString('utf8', 0, 300)); continue; }
    statuses[r.status] = (statuses[r.status] || 0) + 1;
    if (r.start < measureFrom) { warmupRequests++; continue; }
    record(r.ms, cats[i]);
    bytes += r.body.length;
    okByCat[cats[i]]++;
    try { if (JSON.parse(r.body).total === 0) { zeroHits++; zeroByCat[cats[i]]++; } } catch { fail('bad-json', 'not JSON: ' + path); }
  }
}

Promise.all(Array.from({ length: concurrency }, client)).then(() => {
  agent.destroy();
  const latencies = lat.slice(0, n), latencyCats = cat.slice(0, n);
  parentPort.postMessage(
    { latencies, latencyCats, errors, statuses, samples, warmupRequests, zeroHits, zeroByCat, okByCat, bytes, windowMs: Math.max(1, lastEnd - measureFrom) },
    [latencies.buffer, latencyCats.buffer],
  );
});
`;

type LoadResult = {
  latencies: Float64Array;
  latencyCats: Uint8Array;
  errors: number;
  statuses: Record<string, number>;
  samples: string[];
  warmupRequests: number;
  zeroHits: number;
  zeroByCat: number[];
  okByCat: number[];
  bytes: number;
  windowMs: number;
};

function runLoad(port: number, paths: string[], cats: Uint8Array): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(clientSource, {
      eval: true,
      workerData: { port, paths, cats, concurrency: CONCURRENCY, warmupMs: WARMUP_MS, durationMs: SECONDS * 1000, timeoutMs: TIMEOUT_MS },
    });
    const limit = setTimeout(() => {
      void worker.terminate();
      reject(new Error('the load clients did not finish in time'));
    }, WARMUP_MS + SECONDS * 1000 + TIMEOUT_MS + 15_000);
    worker.once('message', (m: LoadResult) => {
      clearTimeout(limit);
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', (e) => {
      clearTimeout(limit);
      reject(e);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Reporting.

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** Resident memory of this process's children named `name` (the Meilisearch server), from /proc. */
function childRss(name: string): number | null {
  try {
    let total = 0;
    let found = false;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let status: string;
      try {
        status = readFileSync(`/proc/${pid}/status`, 'utf8');
      } catch {
        continue;
      }
      if (!new RegExp(`^Name:\\s+${name}\\s*$`, 'm').test(status)) continue;
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
      found = true;
    }
    return found ? total : null;
  } catch {
    return null;
  }
}

async function within<T>(ms: number, work: Promise<T>): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// The run.

const dir = mkdtempSync(join(tmpdir(), 'sociale-kaart-bench-search-'));
let meili: MeilisearchServer | null = null;
const watchdog = setTimeout(() => {
  console.error(`bench:search: still running after ${(WATCHDOG_MS / 1000).toFixed(0)} s; giving up.`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(3); // the Meilisearch harness kills its server on exit
}, WATCHDOG_MS);
watchdog.unref();

try {
  console.log(
    `Sociale Kaart search benchmark — engine ${ENGINE}, ${fmt(N)} synthetic listings (seed ${SEED}), ` +
      `${CONCURRENCY} keep-alive clients for ${SECONDS} s (+${(WARMUP_MS / 1000).toFixed(1)} s warm-up), ` +
      `Node ${process.version}, ${cpus().length} CPUs`,
  );
  console.log(`data: ${dir}`);

  if (ENGINE === 'meilisearch') {
    meili = await startMeilisearch();
    if (!meili) {
      console.error('Meilisearch could not be started (see the warning above): nothing measured.');
      process.exitCode = 1;
    } else console.log(`meilisearch: ${meili.url}`);
  }

  if (ENGINE === 'embedded' || meili) {
    prepareSyntheticGemeente(dir);
    const base = loadConfig({ DATA_DIR: dir, DEMO: 'false', LOG_LEVEL: 'silent' });
    const app = await buildApp({
      ...base,
      port: 0,
      host: '127.0.0.1',
      loadDemo: false,
      logLevel: 'silent',
      searchEngine: ENGINE,
      ...(meili ? { meiliUrl: meili.url, meiliKey: meili.apiKey } : {}),
    });
    try {
      ensureSeedTaxonomy(app);

      // (a) Store: generate, validate and insert in batches of 5,000 (one transaction each), back
      // to back, so the indexer cannot run in between and (b) measures indexing alone.
      const ins = await insertSynthetic(app, { count: N, seed: SEED, yieldBetweenBatches: false });
      console.log(
        `store    ${fmt(N)} listings: ${fmt(perSecond(N, ins.storeMs))} listings/s into SQLite ` +
          `(store ${(ins.storeMs / 1000).toFixed(1)} s; generate ${(ins.generateMs / 1000).toFixed(1)} s, validate ${(ins.validateMs / 1000).toFixed(1)} s)`,
      );

      // (b) Index: from "all stored" to "all searchable".
      const pending = app.searchIndexer.pending();
      const t0 = performance.now();
      const drained = await within(INDEX_TIMEOUT_MS, app.searchIndexer.drain());
      const indexMs = performance.now() - t0;
      const indexGoal = ENGINE === 'embedded' ? `goal ≥ ${fmt(goals.indexPerSecond)}/s embedded  ` : '(no goal for meilisearch)';
      if (drained === 'timeout') {
        console.log(`index    did NOT catch up within ${(INDEX_TIMEOUT_MS / 1000).toFixed(0)} s: ${fmt(app.searchIndexer.pending())} of ${fmt(pending)} outbox rows left; searches below see a partial index`);
      } else {
        const rate = perSecond(N, indexMs);
        console.log(
          `index    ${fmt(N)} listings (${fmt(pending)} outbox rows) searchable after ${(indexMs / 1000).toFixed(1)} s: ${fmt(rate)} listings/s   ` +
            `${indexGoal}${ENGINE === 'embedded' ? verdict(rate >= goals.indexPerSecond) : ''}`,
        );
      }
      if (REINDEX) {
        const t1 = performance.now();
        const done = await within(INDEX_TIMEOUT_MS, app.searchIndexer.reindex({ clear: true }));
        const ms = performance.now() - t1;
        console.log(
          done === 'timeout'
            ? `reindex  did NOT finish within ${(INDEX_TIMEOUT_MS / 1000).toFixed(0)} s`
            : `reindex  full rebuild (clear + all published) in ${(ms / 1000).toFixed(1)} s: ${fmt(perSecond(N, ms))} listings/s`,
        );
      }

      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;

      // One probe: does the endpoint answer, and with something?
      const probe = await fetch(`http://127.0.0.1:${port}/api/search?q=koffie`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      const probeBody = await probe.text();
      if (!probe.ok) {
        console.error(`probe    GET /api/search?q=koffie → ${probe.status}: ${probeBody.slice(0, 300)}`);
        console.error(probe.status === 404 ? 'The search endpoint does not exist (yet): no load run.' : 'The search endpoint fails: no load run.');
        process.exitCode = 1;
      } else {
        const probeTotal = (JSON.parse(probeBody) as { total?: number }).total;
        console.log(`probe    GET /api/search?q=koffie → ${probe.status}, total ${probeTotal}`);

        const { paths, cats } = requestMix(5000);
        const memBefore = process.memoryUsage();
        const meiliBefore = meili ? childRss('meilisearch') : null;
        const loop = monitorEventLoopDelay({ resolution: 10 });
        loop.enable();
        let peakRss = memBefore.rss;
        const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
        const cpu0 = process.cpuUsage();
        const wall0 = performance.now();
        const res = await runLoad(port, paths, cats);
        const cpu = process.cpuUsage(cpu0);
        const wallMs = performance.now() - wall0;
        clearInterval(sampler);
        loop.disable();
        const memAfter = process.memoryUsage();
        peakRss = Math.max(peakRss, memAfter.rss);
        const meiliAfter = meili ? childRss('meilisearch') : null;

        const sorted = res.latencies.slice().sort();
        const measured = sorted.length;
        const [p50, p90, p975, p99] = [50, 90, 97.5, 99].map((p) => percentile(sorted, p)) as [number, number, number, number];
        const ms = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(2));
        const total = measured + res.errors;
        console.log(
          `requests ${fmt(total)} in ${(res.windowMs / 1000).toFixed(1)} s measured (+${fmt(res.warmupRequests)} warm-up): ` +
            `${fmt(measured / (res.windowMs / 1000))} rps, ${mib(res.bytes)} of JSON`,
        );
        console.log(`errors   ${fmt(res.errors)}   goal ${goals.errors} errors   ${verdict(res.errors <= goals.errors)}`);
        if (res.errors > 0) {
          console.log(`         by status: ${Object.entries(res.statuses).map(([k, v]) => `${k}: ${fmt(v)}`).join(', ')}`);
          for (const s of res.samples) console.log(`         - ${s}`);
        }
        console.log(
          `latency  p50 ${ms(p50)} ms · p90 ${ms(p90)} ms · p97.5 ${ms(p975)} ms · p99 ${ms(p99)} ms · max ${ms(sorted[measured - 1] ?? NaN)} ms   ` +
            `goal p50 ≤ ${goals.p50} ms, p97.5 ≤ ${goals.p975} ms   ${verdict(p50 <= goals.p50 && p975 <= goals.p975)}`,
        );
        // Per request type: latency and the share of answers with no results.
        const byCat = categories.map(() => [] as number[]);
        res.latencies.forEach((x, i) => byCat[res.latencyCats[i]!]!.push(x));
        for (const [c, name] of categories.entries()) {
          const xs = Float64Array.from(byCat[c]!).sort();
          const ok = res.okByCat[c] ?? 0;
          console.log(
            `         ${name.padEnd(13)} n=${fmt(xs.length).padStart(7)}  p50 ${ms(percentile(xs, 50)).padStart(6)}  p97.5 ${ms(percentile(xs, 97.5)).padStart(6)}  ` +
              `p99 ${ms(percentile(xs, 99)).padStart(6)} ms   no results ${ok ? ((100 * (res.zeroByCat[c] ?? 0)) / ok).toFixed(1) : '0.0'} %`,
          );
        }
        const db = databaseFile(dir);
        const dbBytes = fileSize(db);
        const walBytes = fileSize(`${db}-wal`);
        console.log(
          `memory   server process rss ${mib(memBefore.rss)} before load → ${mib(memAfter.rss)} after (peak ${mib(peakRss)}); ` +
            `heap used ${mib(memBefore.heapUsed)} → ${mib(memAfter.heapUsed)} (rss includes the client thread)`,
        );
        if (meili) console.log(`         meilisearch rss ${meiliBefore === null ? 'n/a' : mib(meiliBefore)} → ${meiliAfter === null ? 'n/a' : mib(meiliAfter)}`);
        console.log(`sqlite   ${mib(dbBytes + walBytes)} on disk (database ${mib(dbBytes)}, wal ${mib(walBytes)}): ${fmt((dbBytes + walBytes) / N)} bytes per listing`);
        console.log(
          `cpu      ${((100 * (cpu.user + cpu.system)) / 1000 / wallMs).toFixed(0)} % of one core during load (server and clients together); ` +
            `server event-loop delay p50 ${(loop.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms`,
        );
      }
    } finally {
      await app.close();
    }
  }
} finally {
  await meili?.stop();
  rmSync(dir, { recursive: true, force: true });
  clearTimeout(watchdog);
}
