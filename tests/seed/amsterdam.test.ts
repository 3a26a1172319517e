import t from 'tap';
import { fileURLToPath } from 'node:url';
import { ListingInput } from '../../api/listings/schemas.ts';
import { seedTaxonomy } from '../../seed/taxonomy.ts';
import {
  AMSTERDAM_ATTRIBUTION,
  AMSTERDAM_SOURCE_SYSTEM,
  facilityNameOf,
  groupPlaces,
  placesToListings,
  readAmsterdamPlaces,
  type AmsterdamPlace,
  type ListingInputData,
} from '../../seed/amsterdam.ts';

const csvPath = fileURLToPath(new URL('../../seed/data/maatschappelijke_voorzieningen_sociale_kaart.csv', import.meta.url));
const rows = readAmsterdamPlaces(csvPath);
const listings = placesToListings(rows);

const bySource = (id: string): ListingInputData => {
  const found = listings.filter((l) => l.sources?.some((s) => s.id === id));
  if (found.length !== 1) throw new Error(`${id}: ${found.length} listings`);
  return found[0]!;
};
const byTitle = (title: string) => listings.filter((l) => l.title === title);

t.test('every row is loaded, exactly once', async (t) => {
  t.equal(rows.length, 562, 'rows parsed');
  const ids = listings.flatMap((l) => (l.sources ?? []).map((s) => s.id));
  t.equal(ids.length, 562, 'sum of source ids over all listings');
  t.equal(new Set(ids).size, 562, 'no source id used twice');
  t.same(new Set(ids), new Set(rows.map((r) => r.mvznId)), 'the source ids are the row ids');
  t.ok(listings.every((l) => l.sources?.every((s) => s.system === AMSTERDAM_SOURCE_SYSTEM)), 'source system');
  t.ok(listings.length < rows.length, `grouping reduces ${rows.length} rows to ${listings.length} listings`);
});

t.test('every listing passes ListingInput', async (t) => {
  const failures = listings
    .map((l) => ({ l, r: ListingInput.safeParse(l) }))
    .filter((x) => !x.r.success)
    .map((x) => `${x.l.title}: ${x.r.error?.message}`);
  t.same(failures, [], 'no validation errors');
  for (const l of listings) {
    if (l.status !== 'gepubliceerd' || l.isExample !== false || l.attribution !== AMSTERDAM_ATTRIBUTION) {
      t.fail(`${l.title}: status/isExample/attribution`);
    }
    if (l.locations?.some((loc) => (loc.areaCodes ?? []).length > 0)) t.fail(`${l.title}: areaCodes set`);
    if (l.contact !== undefined || l.schedule !== undefined) t.fail(`${l.title}: invented contact or schedule`);
  }
});

t.test('grouping of works at one facility', async (t) => {
  const middenmeer = byTitle('Sportpark Middenmeer');
  t.equal(middenmeer.length, 1, 'Sportpark Middenmeer is one listing');
  t.equal(middenmeer[0]?.sources?.length, 10, 'with 10 source ids');

  const drieburg = bySource('MV2494-1'); // "Sportpark Drieburg: vervanging SPO-DRIE-03"
  t.equal(drieburg.title, 'Sportpark Drieburg', 'colon suffix dropped from the title');
  t.ok(drieburg.sources!.some((s) => s.id === 'MV2166-1'), 'grouped with the facility row itself');
  t.equal(byTitle('Sportpark Drieburg').length, 1);
  t.equal(bySource('MV2387-1'), drieburg, '"Intensiveren Sportpark Drieburg" is works at the same park');

  const bredius = bySource('MV3048-1'); // "Brediusbad: afdekken zwemwater"
  t.same(bredius.sources!.map((s) => s.id).sort(), ['MV3048-1', 'MV3079-1', 'MV3079-2']);
  t.equal(bredius.locations?.[0]?.street, 'Spaarndammerdijk');

  const zeeburg = bySource('MV2131-1');
  t.equal(zeeburg.title, 'Sportpark Zeeburgereiland');
  t.equal(zeeburg.sources!.length, 11, 'asset-code rows (SPO-ZEEBURG-xx) join the park with the same base id');
  t.equal(byTitle('SPO-ZEEBURG-02').length, 0);

  t.equal(bySource('MV3067-2').title, 'Het Marnixbad', '"Het Marnixbad - Doelgroepenbad" is a pool of Het Marnixbad');

  // Different services in one building stay separate listings.
  t.not(bySource('MV1060-1'), bySource('MV2976-1'), 'Het Claverhuis and Buurtteam Haarlemmerbuurt (Elandsgracht 70)');
  // A colon suffix that names the category is part of the name, not works.
  t.equal(bySource('MV1450-1').title, 'Sloterdijk Contactbuurt: buurtkamer 2');
});

t.test('same generic name far apart or in another stadsdeel is not merged', async (t) => {
  const base: AmsterdamPlace = {
    mvznId: 'X1-1',
    naam: 'Buurtkamer De Parel',
    domein: 'Basisvoorzieningen',
    categorie: 'Buurtkamer',
    soort: 'Buurtkamer',
    straat: 'Straat',
    huisnummer: '1',
    postcode: '1000AA',
    woonplaats: 'Amsterdam',
    stadsdeel: 'Noord',
    lat: 52.4,
    lon: 4.92,
    issues: [],
    bron: '',
  };
  const other = (over: Partial<AmsterdamPlace>): AmsterdamPlace => ({ ...base, ...over });
  t.equal(groupPlaces([base, other({ mvznId: 'X2-1', stadsdeel: 'Zuid', lat: 52.4005 })]).length, 2, 'other stadsdeel');
  t.equal(groupPlaces([base, other({ mvznId: 'X2-1', lat: 52.43 })]).length, 2, 'same stadsdeel, 3 km apart');
  t.equal(groupPlaces([base, other({ mvznId: 'X2-1', naam: 'Buurtkamer De Parel: renovatie', lat: 52.4004 })]).length, 1, 'close by');
  t.equal(facilityNameOf(other({ naam: 'Sportpark Drieburg: vervanging SPO-DRIE-03', categorie: 'Sportveld' })), 'Sportpark Drieburg');
});

t.test('damaged rows are flagged and not corrected', async (t) => {
  const meervoud = bySource('MV1235-1');
  t.equal(meervoud.locations?.[0]?.street, 'August Alleb?plein', 'encoding_? text kept as is');
  t.ok(meervoud.dataIssues?.includes('encoding_?'));

  const carre = bySource('MV3062-1');
  t.equal(carre.title, 'Carr?', 'title kept as is');
  t.ok(carre.dataIssues?.includes('encoding_?'));

  const boerderij = bySource('MV1152-1'); // huisnummer 45749
  const loc = boerderij.locations?.[0];
  t.equal(loc?.street, 'President Allendelaan');
  t.equal(loc?.houseNumber, undefined, 'the date serial is not used as a house number');
  t.notOk(JSON.stringify(boerderij).includes('45749'), 'the date serial is nowhere in the listing');
  t.ok(boerderij.dataIssues?.includes('huisnummer_excel_date'));

  const okt = bySource('MV1360-1'); // geen_adres
  t.equal(okt.locations?.[0]?.street, undefined);
  t.equal(okt.locations?.[0]?.lat, 52.341, 'coordinates kept');
  t.ok(okt.dataIssues?.includes('geen_adres'));

  const flagged = listings.filter((l) => (l.dataIssues ?? []).length > 0).flatMap((l) => l.dataIssues!);
  t.equal(flagged.filter((f) => f === 'encoding_?').length, 8);
  t.equal(flagged.filter((f) => f === 'huisnummer_excel_date').length, 4);
  t.equal(flagged.filter((f) => f === 'geen_adres').length, 11);
  const clean = bySource('MV1135-1');
  t.same(clean.dataIssues, [], 'clean rows have no issues');
  t.equal(clean.locations?.[0]?.postcode, '1014 AA', 'postcode normalised');
});

t.test('kinds and taxonomy', async (t) => {
  const kinds = new Set(listings.map((l) => l.kind));
  t.ok(kinds.has('steunpunt') && kinds.has('plek'), 'steunpunt and plek present');
  t.same([...kinds].sort(), ['plek', 'steunpunt'], 'no other kinds');
  t.equal(bySource('MV2977-1').kind, 'steunpunt', 'Buurtteam Jordaan');
  t.equal(bySource('MV1050-1').kind, 'steunpunt', 'OKT Oud Oost');
  t.equal(bySource('MV1075-1').kind, 'plek', 'OBA');

  const all = new Set(listings.flatMap((l) => l.deelambities ?? []));
  for (const d of ['ontmoeting', 'ontplooiing', 'ondersteuning', 'plezier', 'eigenaarschap']) t.ok(all.has(d), `deelambitie ${d}`);

  const vocab = (v: string) => new Set(seedTaxonomy.filter((x) => x.vocabulary === v).map((x) => x.slug));
  const check = (field: 'deelambities' | 'sferen' | 'bouwstenen' | 'themes' | 'vraaggebieden', v: string) => {
    const known = vocab(v);
    const unknown = listings.flatMap((l) => l[field] ?? []).filter((s) => !known.has(s));
    t.same([...new Set(unknown)], [], `${field} are seed taxonomy slugs`);
  };
  check('deelambities', 'deelambitie');
  check('sferen', 'sfeer');
  check('bouwstenen', 'bouwsteen');
  check('themes', 'theme');
  check('vraaggebieden', 'vraaggebied');

  const anker = bySource('MV1016-1'); // Zelfbeheer Buurtkamer Het Anker
  t.equal(anker.beheervorm, 'zelfbeheer');
  t.ok(anker.deelambities?.includes('eigenaarschap'));
  t.equal(anker.inloopZonderAfspraak, true);
  t.equal(bySource('MV1143-1').inloopZonderAfspraak, true, 'Huis van de Wijk De Boeg');
  t.ok(bySource('MV2977-1').themes?.includes('geldzorgen'), 'buurtteam: geldzorgen');
  const jc = bySource('MV1137-1');
  t.same([jc.ageMin, jc.ageMax], [12, 23], 'jongerencentrum ages');
  t.ok(jc.audience?.includes('jongeren'));
});

t.test('texts people see', async (t) => {
  const summaries = new Set(listings.map((l) => l.summary ?? ''));
  t.ok(summaries.size > 5 && summaries.size <= 25, `one sentence per category (${summaries.size})`);
  const list = [...summaries];
  t.same(list.filter((s) => s.length < 20 || s.length > 300), [], 'summary length');
  t.same(list.filter((s) => /cliënt|client|kwetsba|hulpbehoev|klant/i.test(s)), [], 'respectful wording');
  t.same(list.filter((s) => /\d/.test(s)), [], 'no numbers, times or phone numbers');
});
