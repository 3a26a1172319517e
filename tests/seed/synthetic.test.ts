// Synthetic benchmark listings: valid, deterministic, varied, inside Amsterdam; and the CLI helpers
// that load them into a real store.
import { isDeepStrictEqual } from 'node:util';
import t from 'tap';
import { ListingInput, listingKinds } from '../../api/listings/schemas.ts';
import { insertSynthetic, parseSyntheticArgs, prepareSyntheticGemeente } from '../../seed/synthetic-cli.ts';
import { amsterdamBox, syntheticListing, syntheticListings } from '../../seed/synthetic.ts';
import { seedTaxonomy } from '../../seed/taxonomy.ts';
import { tempDir, testConfig, testApp } from '../helpers.ts';

const listings = syntheticListings(1000);
const parsed = listings.map((l) => ListingInput.parse(l));

t.test('1,000 generated listings all pass ListingInput.parse', async (t) => {
  const failures = listings.flatMap((l, i) => {
    const r = ListingInput.safeParse(l);
    return r.success ? [] : [`#${i} ${l.title}: ${r.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`];
  });
  t.same(failures, []);
});

t.test('deterministic per seed, and per listing whatever the batch', async (t) => {
  t.ok(isDeepStrictEqual(syntheticListings(300, 7), syntheticListings(300, 7)), 'same seed, same listings');
  t.notOk(isDeepStrictEqual(syntheticListings(50, 7), syntheticListings(50, 8)), 'another seed, other listings');
  t.ok(isDeepStrictEqual(syntheticListings(50, 7, 100), syntheticListings(150, 7).slice(100)), 'a batch from an offset is that slice');
  t.ok(isDeepStrictEqual(syntheticListing(123, 7), syntheticListings(1, 7, 123)[0]));
  t.same(syntheticListings(1000), listings, 'seed 1 is the default');
  t.same(syntheticListings(0), []);
  t.throws(() => syntheticListings(-1));
  t.throws(() => syntheticListings(1.5));
});

t.test('all six kinds in plausible proportions, all five deelambities', async (t) => {
  const kinds = new Map<string, number>();
  for (const l of parsed) kinds.set(l.kind, (kinds.get(l.kind) ?? 0) + 1);
  t.same([...kinds.keys()].sort(), [...listingKinds].sort(), 'every kind appears');
  for (const kind of listingKinds) t.ok(kinds.get(kind)! >= 20, `${kind}: ${kinds.get(kind)} of 1,000`);
  const most = [...kinds].sort((a, b) => b[1] - a[1])[0]![0];
  t.equal(most, 'activiteit', 'activities are the largest group');
  const deelambities = new Set(parsed.flatMap((l) => l.deelambities));
  t.same([...deelambities].sort(), ['eigenaarschap', 'ondersteuning', 'ontmoeting', 'ontplooiing', 'plezier']);
  t.ok(parsed.every((l) => l.deelambities.length >= 1), 'every listing has a deelambitie');
});

t.test('taxonomy slugs come from the seed taxonomy; vraaggebieden only on steun and steunpunten', async (t) => {
  const known = (vocabulary: string) => new Set(seedTaxonomy.filter((x) => x.vocabulary === vocabulary).map((x) => x.slug));
  const vocab = { deelambities: known('deelambitie'), sferen: known('sfeer'), themes: known('theme'), bouwstenen: known('bouwsteen'), vraaggebieden: known('vraaggebied') };
  const unknown = parsed.flatMap((l) => Object.entries(vocab).flatMap(([field, slugs]) => l[field as keyof typeof vocab].filter((s) => !slugs.has(s)).map((s) => `${field}: ${s}`)));
  t.same(unknown, []);
  t.same(parsed.filter((l) => l.vraaggebieden.length > 0 && l.kind !== 'steun' && l.kind !== 'steunpunt').map((l) => l.title), []);
  t.ok(parsed.filter((l) => l.kind === 'steun' || l.kind === 'steunpunt').every((l) => l.vraaggebieden.length > 0), 'steun and steunpunten have vraaggebieden');
  t.ok(parsed.some((l) => l.themes.length > 0) && parsed.some((l) => l.sferen.length > 0));
});

t.test('locations inside the Amsterdam box, area codes left to the server, a few without place', async (t) => {
  const points = parsed.flatMap((l) => l.locations.filter((loc) => loc.lat !== undefined));
  t.ok(points.length > 800, `${points.length} points`);
  const outside = points.filter(
    (p) => !(p.lat! >= amsterdamBox.minLat && p.lat! <= amsterdamBox.maxLat && p.lon! >= amsterdamBox.minLon && p.lon! <= amsterdamBox.maxLon),
  );
  t.same(outside, []);
  t.ok(parsed.every((l) => l.locations.every((loc) => loc.areaCodes.length === 0)), 'areaCodes are empty');
  const withoutPoint = parsed.filter((l) => !l.locations.some((loc) => loc.lat !== undefined));
  t.ok(withoutPoint.length > 0 && withoutPoint.length < 100, `${withoutPoint.length} without a point`);
  t.ok(parsed.some((l) => l.locations.some((loc) => loc.online)), 'some are online');
  t.ok(parsed.some((l) => l.locations.length === 0), 'some have no location');
  // Stadsdelen far apart all appear.
  t.ok(points.some((p) => p.lat! > 52.4) && points.some((p) => p.lat! < 52.32) && points.some((p) => p.lon! < 4.8) && points.some((p) => p.lon! > 4.98));
});

t.test('fixed fields: published examples with a synthetic source per index', async (t) => {
  t.ok(parsed.every((l) => l.status === 'gepubliceerd' && l.isExample));
  t.ok(parsed.every((l, i) => isDeepStrictEqual(l.sources, [{ system: 'synthetic', id: String(i) }])));
  t.same(syntheticListings(1, 1, 41_999)[0]!.sources, [{ system: 'synthetic', id: '41999' }]);
});

t.test('vacatures carry vacature details; a VOG always with its reason', async (t) => {
  const vacatures = parsed.filter((l) => l.kind === 'vacature');
  t.ok(vacatures.every((l) => l.vacature !== null));
  t.ok(parsed.filter((l) => l.kind !== 'vacature').every((l) => l.vacature === null));
  const vog = vacatures.filter((l) => l.vacature!.vogRequired);
  t.ok(vog.length > 0 && vog.length < vacatures.length, `${vog.length} of ${vacatures.length} ask a VOG`);
  t.ok(vog.every((l) => (l.vacature!.vogReason ?? '').length > 10));
});

t.test('varied content: costs, ages, languages, accessibility, schedules', async (t) => {
  const kosten = new Set(parsed.map((l) => l.kosten.type));
  t.same([...kosten].sort(), ['bedrag', 'gratis', 'onbekend', 'vrijwillige_bijdrage']);
  t.ok(parsed.some((l) => l.ageMin !== null) && parsed.some((l) => l.ageMax !== null));
  t.ok(parsed.some((l) => l.languages.length > 1));
  t.ok(parsed.some((l) => l.accessibility.includes('rolstoeltoegankelijk')));
  t.ok(parsed.some((l) => l.schedule.rules.some((r) => r.weeksOfMonth)), 'some nth-weekday rules');
  t.ok(parsed.some((l) => l.schedule.byAppointment), 'some by appointment');
  t.ok(parsed.some((l) => l.schedule.rules.length > 0 && !l.schedule.byAppointment), 'weekly hours');
  t.ok(new Set(parsed.map((l) => l.title)).size > 500, 'titles vary');
  const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
  t.same(parsed.filter((l) => sentences(l.description) < 2 || sentences(l.description) > 4).map((l) => l.description), [], 'descriptions of 2–4 sentences');
  t.ok(parsed.every((l) => l.title.length >= 2 && l.title.length <= 140 && l.summary.length > 0));
});

t.test('CLI arguments', async (t) => {
  t.same(parseSyntheticArgs(['--count', '100000']), { count: 100_000, seed: 1 });
  t.same(parseSyntheticArgs(['--count=1_000', '--seed', '9']), { count: 1000, seed: 9 });
  t.same(parseSyntheticArgs(['--count', '1.000.000']), { count: 1_000_000, seed: 1 });
  for (const bad of [[], ['--count', '0'], ['--count', '1000001'], ['--count', 'veel'], ['--count', '1.5'], ['--count', '5', '--seed', 'x'], ['--what']]) {
    const r = parseSyntheticArgs(bad);
    t.ok('error' in r, `refused: ${bad.join(' ') || '(nothing)'}`);
  }
  const tooMany = parseSyntheticArgs(['--count', '2000000']);
  t.match('error' in tooMany ? tooMany.error : '', /1,000,000/, 'says what the limit is');
});

t.test('the store takes them: gemeente configuration only, area codes filled in', async (t) => {
  const dir = tempDir(t);
  t.same(prepareSyntheticGemeente(dir), { created: true, existingListings: 0 });
  t.same(prepareSyntheticGemeente(dir), { created: false, existingListings: 0 }, 'a second run leaves the gemeente alone');
  const app = await testApp(testConfig(dir));
  t.teardown(() => app.close());
  t.ok(app.stores.taxonomy.get().vocabularies.deelambitie.length > 0, 'seed taxonomy present');
  const timings = await insertSynthetic(app, { count: 400, seed: 3, batchSize: 150 });
  t.equal(timings.count, 400);
  t.equal(app.stores.listings.count('gepubliceerd'), 400, 'no demo content mixed in');
  const inAmsterdam = app.stores.listings.list({ status: ['gepubliceerd'], area: ['GM0363'], page: 1, limit: 1 }).total;
  t.ok(inAmsterdam > 340, `${inAmsterdam} of 400 got the gemeente's area code`);
  await app.searchIndexer.drain();
  t.equal(app.searchIndexer.pending(), 0, 'the search index caught up');
});
