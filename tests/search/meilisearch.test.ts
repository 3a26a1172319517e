// The Meilisearch engine against a real Meilisearch (the binary from the optional dependency,
// started by meili-harness.ts): the shared engine contract, then what only this engine has.
// When the binary is missing the tests are skipped, loudly (see the harness's WARNING).
import t from 'tap';
import { facetNames } from '../../api/search/contract.ts';
import {
  buildFilter,
  createMeilisearchEngine,
  filterString,
  meiliSettings,
  meiliSynonyms,
  pageWindow,
  queryText,
  toMeiliDocument,
} from '../../api/search/meilisearch.ts';
import { contractDocuments, engineContract } from './contract.ts';
import { startMeilisearch } from './meili-harness.ts';

// Pure parts first: they need no server.
t.test('filter expressions', async (t) => {
  t.equal(buildFilter({ facets: {} }), undefined, 'no filters: no expression');
  t.equal(
    buildFilter({ facets: { kind: ['plek', 'activiteit'], theme: ['sport'] }, free: true }),
    '(facets.kind IN ["plek", "activiteit"]) AND (facets.theme IN ["sport"]) AND (free = true)',
    'OR within a facet, AND across',
  );
  t.equal(buildFilter({ facets: { kind: [] } }), undefined, 'an empty value list is no constraint');
  t.equal(filterString('a"b\\c'), '"a\\"b\\\\c"', 'quotes and backslashes escaped');
  t.equal(
    buildFilter({ facets: {}, age: 8 }),
    '((ageMin IS NULL OR ageMin <= 8) AND (ageMax IS NULL OR ageMax >= 8))',
    'age with open-ended ranges',
  );
  t.equal(
    buildFilter({ facets: {}, bbox: [4.8, 52.3, 4.9, 52.4], near: { lat: 52.37, lon: 4.89, radiusMeters: 500 }, openSlot: 7, example: false }),
    '(isExample = false) AND (openSlots = 7) AND (_geoRadius(52.37, 4.89, 500)) AND (_geoBoundingBox([52.4, 4.9], [52.3, 4.8]))',
    'geo: radius; bounding box north-east corner first',
  );
  t.throws(() => buildFilter({ facets: {}, age: Number.NaN }), RangeError, 'NaN is refused, not sent');
});

t.test('query text, pages, synonyms, documents', async (t) => {
  const qt = (text: string, synonyms: string[][] = []) => queryText(text, synonyms).q;
  t.equal(qt('  Taalcafé  in de Pijp'), 'taalcafe pijp', 'normalised, stop words dropped; last word stays a prefix');
  t.equal(qt('koffie in de buurt'), 'koffie ', 'the last word typed was a stop word: "koffie" is complete');
  t.equal(qt('koffie '), 'koffie ', 'a trailing space marks the last word complete');
  t.equal(qt('in de buurt'), 'in de buurt', 'only stop words: search for them');
  t.equal(qt('huis van de wijk', [['buurthuis', 'huis van de wijk']]), 'buurthuis ', 'a synonym phrase goes as the shortest member of its group');
  t.equal(qt('ouder en kind team in noord', [['OKT', 'ouder en kind team']]), 'okt noord', 'Meilisearch expands it again');
  t.equal(qt('"NEAR( *'), 'near', 'syntax characters are gone');
  t.same(queryText('☕'), { q: '', terms: 0 }, 'nothing searchable: empty');
  t.equal(queryText(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')).terms, 12, 'at most 12 words');
  t.same(pageWindow(0, 20), { page: 1, hitsPerPage: 20, skip: 0 });
  t.same(pageWindow(40, 20), { page: 3, hitsPerPage: 20, skip: 0 });
  for (const [offset, limit] of [[3, 4], [7, 6], [95, 10], [1, 1], [0, 0], [123, 17]] as const) {
    const w = pageWindow(offset, limit);
    const start = (w.page - 1) * w.hitsPerPage + w.skip;
    t.ok(start === offset && w.skip + limit <= Math.max(w.hitsPerPage, limit), `window ${offset}+${limit}: ${JSON.stringify(w)}`);
  }
  t.same(
    meiliSynonyms([['bieb', 'Bibliotheek'], ['bieb', 'boekenuitleen'], ['x']]),
    { bibliotheek: ['bieb'], bieb: ['bibliotheek', 'boekenuitleen'], boekenuitleen: ['bieb'] },
    'every member maps to all others, normalised, groups merged',
  );
  const settings = meiliSettings({ synonyms: [['buurthuis', 'huis van de wijk']], stopWords: ['De', 'het', 'van'] });
  t.same(settings.stopWords, ['het'], 'stop words normalised; words inside a synonym phrase are kept in the index');
  t.same(settings.sortableAttributes, ['_geo']);
  const rules = settings.rankingRules ?? [];
  t.ok(rules.indexOf('attribute') < rules.indexOf('sort'), 'sort after attribute');
  const filterable = (settings.filterableAttributes ?? []).flatMap((a) => (typeof a === 'string' ? [a] : a.attributePatterns));
  for (const n of facetNames) t.ok(filterable.includes(`facets.${n}`), `facets.${n} filterable`);
  for (const a of ['free', 'isExample', 'hasPoint', 'openSlots', 'ageMin', 'ageMax', '_geo']) t.ok(filterable.includes(a), `${a} filterable`);
  const multi = contractDocuments.find((d) => d.points.length > 1)!;
  t.same(toMeiliDocument(multi)._geo, { lat: multi.points[0]!.lat, lng: multi.points[0]!.lon }, 'first point becomes _geo');
  t.notOk('_geo' in toMeiliDocument(contractDocuments.find((d) => d.points.length === 0)!), 'no point: no _geo');
});

t.test('healthy() is false, not an error, when nothing answers', async (t) => {
  const engine = createMeilisearchEngine({ url: 'http://127.0.0.1:9' });
  t.equal(await engine.healthy(), false);
});

const server = await startMeilisearch();
if (!server) {
  t.skip('Meilisearch engine contract: SKIPPED, the Meilisearch binary is not available (see WARNING above)', () => {});
} else {
  t.teardown(() => server.stop());
  let n = 0;
  const unique = (what: string) => `${what}_${process.pid}_${++n}`;
  const engineOn = (index: string, apiKey = server.apiKey) => createMeilisearchEngine({ url: server.url, apiKey, index });

  engineContract(t, 'meilisearch', async () => {
    const engine = engineOn(unique('contract'));
    return { engine, cleanup: () => engine.close() };
  });

  t.test('meilisearch: writes wait for their task and fail loudly', async (t) => {
    const engine = engineOn(unique('writes'));
    t.equal(await engine.documentCount(), 0, 'an index that does not exist yet holds nothing');
    t.equal(await engine.healthy(), true, 'healthy');
    await engine.setup({ synonyms: [], stopWords: [] });
    const bad = { ...contractDocuments[0]!, id: 'not a valid id!' };
    await t.rejects(engine.upsert([bad]), /did not succeed/, 'a failed task throws (invalid document id)');
    t.equal(await engine.documentCount(), 0, 'nothing indexed');
    const wrongKey = engineOn(unique('writes'), 'not-the-key');
    await t.rejects(wrongKey.setup({ synonyms: [], stopWords: [] }), 'a wrong API key throws');
    t.equal(await wrongKey.healthy(), true, 'health needs no key');
  });

  t.test('meilisearch: large upserts are batched and all indexed', async (t) => {
    const engine = engineOn(unique('bulk'));
    await engine.setup({ synonyms: [], stopWords: [] });
    const template = contractDocuments[0]!;
    // Half name "activiteit" in the title, half only in the description: two relevance buckets.
    const docs = Array.from({ length: 12_000 }, (_, i) => ({
      ...template,
      id: `bulk-${i}`,
      title: i % 2 ? `Activiteit nummer ${i}` : `Bijeenkomst nummer ${i}`,
      description: i % 2 ? '' : 'een activiteit',
      points: i % 10 === 9 ? [] : [{ lat: 52.3 + (i % 100) / 1000, lon: 4.8 + Math.floor(i / 100) / 1000 }],
    }));
    const started = Date.now();
    await engine.upsert(docs);
    t.comment(`12,000 documents indexed in ${Date.now() - started} ms`);
    t.equal(await engine.documentCount(), 12_000, 'every batch indexed before upsert resolved');
    const query = { text: 'activiteit', filters: { facets: {} }, sort: 'relevance', offset: 11_990, limit: 20 } as const;
    const r = await engine.search(query);
    t.equal(r.total, 12_000, 'exact total beyond the default 1,000 maxTotalHits');
    t.equal(r.hits.length, 10, 'the last page');
    t.equal(r.facets.kind['plek'], 12_000, 'facet counts over the whole result');
    const origin = { lat: 52.32, lon: 4.84 }; // bulk-4020's point; its word is in the description
    for (const offset of [0, 40, 2_000, 10_790, 11_980]) {
      const t0 = Date.now();
      const page = await engine.search({ ...query, origin, sort: 'distance', offset, limit: 20 });
      t.comment(`sort=distance, text, offset ${offset}: ${Date.now() - t0} ms`);
      t.equal(page.hits.length, 20, `offset ${offset}: a full page`);
      const d = page.hits.map((h) => h.distanceMeters ?? Infinity);
      t.ok(d.every((x, i) => i === 0 || x >= d[i - 1]!), `offset ${offset}: non-decreasing distances (${d[0]}…${d.at(-1)})`);
      if (offset === 0) t.equal(page.hits[0]?.id, 'bulk-4020', 'the listing at the origin first, though a title match is 111 m away');
      if (offset === 10_790) {
        t.ok(d.slice(0, 10).every((x) => x < Infinity) && d.slice(10).every((x) => x === Infinity), 'the last placed listings, then those without a point');
      }
      if (offset === 11_980) t.ok(d.every((x) => x === Infinity), 'the very last page: listings without a point');
    }
    await engine.remove(docs.map((d) => d.id));
    t.equal(await engine.documentCount(), 0, 'bulk remove');
  });
}
