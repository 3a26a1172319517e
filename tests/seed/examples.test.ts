// Example content for the demo: shape, volume, coverage, determinism and wording.
import { isDeepStrictEqual } from 'node:util';
import t from 'tap';
import { ListingInput, type Location } from '../../api/listings/schemas.ts';
import { buildExampleListings, displayName, exampleMinimums, exampleTemplates, type ExampleListing, type ExamplePlace } from '../../seed/examples.ts';
import { seedTaxonomy } from '../../seed/taxonomy.ts';

// A small but realistic slice of the Amsterdam open data: every stadsdeel and every category
// the templates ask for, one row without an address, and names with project suffixes.
type Row = [id: string, name: string, category: string, stadsdeel: string, street: string | null, nr: string | null, postcode: string | null, lat: number, lon: number];
const rows: Row[] = [
  ['MV1045-1', 'Inloophuis Czaar 51', 'Buurtkamer', 'Centrum', 'Czaar Peterstraat', '51', '1018PB', 52.369368, 4.928017],
  ['MV1231-1', 'De Boomsspijker', 'Huis van de wijk', 'Centrum', 'Recht Boomssloot', '52', '1011EC', 52.371958, 4.903483],
  ['MV3058-1', 'OBA Oosterdok', 'Bibliotheek', 'Centrum', 'Oosterdokskade', '143', '1011DL', 52.375824, 4.908375],
  ['MV1074-1', 'Speeltuingebouw De Piramide', 'Speeltuingebouw', 'Centrum', 'Haarlemmer Houttuinen', '8', '1013GL', 52.380765, 4.892518],
  ['MV3067-2', 'Het Marnixbad - Doelgroepenbad', 'Zwembad', 'Centrum', 'Marnixplein', '1', '1015ZN', 52.377992, 4.87848],
  ['MV1135-1', 'Buurtboederij Ons Genoegen', 'Buurtkamer', 'West', 'Spaarndammerdijk', '319', '1014AA', 52.390909, 4.860541],
  ['MV1143-1', 'De Boeg', 'Huis van de wijk', 'West', 'Hoofdweg', '495A-A', '1055SC', 52.375917, 4.846776],
  ['MV1043-1', 'De Zuidpool', 'Jongerencentrum', 'West', 'Vasco da Gamastraat', '19', '1057VH', 52.367526, 4.855151],
  ['MV3048-1', 'Brediusbad: afdekken zwemwater', 'Zwembad', 'West', 'Spaarndammerdijk', '306', '1013ZX', 52.392472, 4.868338],
  ['MV1134-1', 'Kinderboerderij Westerpark', 'Kinderboerderij', 'West', 'Overbrakerpad', '10', '1014AZ', 52.38738, 4.865328],
  ['MV1065-1', 'OKT Bos en Lommer', 'OKT', 'West', 'Tijl Uilenspiegelstraat', '12', '1055CK', 52.377878, 4.848697],
  ['MV1038-1', 'BK NIVON / ESAN Het Honk', 'Buurtkamer', 'Nieuw-West', 'Jan de Louterpad', '8', '1063ME', 52.378877, 4.818269],
  ['MV1136-1', 'HvdW De Buurtzaak', 'Huis van de wijk', 'Nieuw-West', 'Chris Lebeaustraat', '4', '1062DC', 52.362588, 4.838459],
  ['MV1508-1', 'Ridderbostuin', 'Schooltuincomplex', 'Nieuw-West', 'Burgemeester De Vlugtlaan', '2', '1063BR', 52.379497, 4.836863],
  ['MV1034-1', 'De Kandelaar (Leger des Heils)', 'Overig BV', 'Nieuw-West', 'Burgemeester Vening Meineszlaan', '64', '1063BE', 52.383234, 4.833048],
  ['MV2982-1', 'Buurtteam Meer en Vaart', 'Buurtteamlocatie', 'Nieuw-West', 'Wolbrantskerkweg', '84', '1069DA', 52.355713, 4.79762],
  ['MV1137-1', 'JC Da Vinci', 'Jongerencentrum', 'Nieuw-West', 'Jan Tooropstraat', '6', '1062BM', 52.360504, 4.836841],
  ['MV1056-1', 'Buurthuis Plan C', 'Buurtkamer', 'Zuid', 'Smaragdplein', '24', '1074HB', 52.35046, 4.905919],
  ['MV1075-1', 'OBA', 'Bibliotheek', 'Zuid', 'Roelof Hartplein', '430', '1071TT', 52.35261, 4.882602],
  ['MV3081-1', 'Zuiderbad', 'Zwembad', 'Zuid', 'Hobbemastraat', '26', '1071ZC', 52.358673, 4.886026],
  ['MV2505-1', 'Sportpark `t Loopveld: vervanging SPZ-LOO-01', 'Sportveld', 'Zuid', 'Amstelveenseweg', '764', '1081JK', 52.330865, 4.857102],
  ['MV3049-1', 'Zuiderbad: verduurzaming', 'Overig SenS', 'Zuid', 'Hobbemastraat', '26', '1071ZC', 52.358673, 4.886026],
  ['MV1239-1', 'Buurtkamer Zeeburgereiland', 'Buurtkamer', 'Oost', 'John Blankensteinstraat', '1A', '1095MB', 52.375897, 4.964744],
  ['MV1188-1', 'Activiteitencentrum VONK', 'Huis van de wijk', 'Oost', 'Ambonplein', '63', '1094PW', 52.359745, 4.938085],
  ['MV1050-1', 'OKT Oud Oost', 'OKT', 'Oost', 'Pontanusstraat', '278', '1093SH', 52.360703, 4.929986],
  ['MV2361-1', 'Sporthal IJburg', 'Sporthal', 'Oost', 'Pampuslaan', '1', '1087HP', 52.351296, 5.004335],
  ['MV1463-1', 'Buurtteam Sluisbuurt 2', 'Buurtteamlocatie', 'Oost', null, null, null, 52.378, 4.958],
  ['MV1158-1', 'Speeltuingebouwhuisje Jouberstraat / transvaal', 'Speeltuingebouw', 'Oost', 'Joubertstraat', '5A', '1091XM', 52.353806, 4.917639],
  ['MV1016-1', 'Zelfbeheer Buurtkamer Het Anker', 'Buurtkamer', 'Noord', 'Wingerdweg', '260B', '1032AN', 52.396717, 4.918713],
  ['MV2941-1', 'OBA Banne', 'Bibliotheek', 'Noord', 'Bezaanjachtplein', '249', '1034CR', 52.407733, 4.916948],
  ['MV1021-1', 'OKT Oud Noord', 'OKT', 'Noord', 'Wingerdweg', '52', '1032AN', 52.391011, 4.916702],
  ['MV3070-2', 'Noorderparkbad', 'Zwembad', 'Noord', 'Sneeuwbalweg', '5', '1032VS', 52.39827, 4.918728],
  ['MV1006-1', 'Kinderboerderij de Buiktuin', 'Kinderboerderij', 'Noord', 'Noordhollandschkanaaldijk', '19', '1034ZL', 52.402064, 4.92286],
  ['MV1249-1', 'Buurtkamer Multibron', 'Buurtkamer', 'Zuidoost', 'Albert Camuslaan', '103A', '1102WG', 52.32267, 4.942581],
  ['MV1387-1', 'Buurthuis Kwakoe ', 'Huis van de wijk', 'Zuidoost', 'Elizabeth Cady Stantonplein', '1', '1102BL', 52.316192, 4.952839],
  ['MV1238-1', 'OKT Bijlmer Centrum H-Buurt', 'OKT', 'Zuidoost', 'Hofgeest', '341', '1102ER', 52.311111, 4.953963],
  ['MV3008-1', 'Buurtteam Gaasperdam', 'Buurtteamlocatie', 'Zuidoost', 'Rossumplein', '11', '1106AX', 52.297042, 4.976364],
  ['MV1504-1', 'Gaasperdamtuin', 'Schooltuincomplex', 'Zuidoost', 'Meerkerkdreef', '33', '1106GZ', 52.305691, 4.972178],
  ['MV3087-1', 'Nieuwe theaterfunctie Zuidoost', 'Overig KenC', 'Zuidoost', 'Anton de Komplein', '240', '1102DR', 52.314655, 4.960304],
  ['MV2932-1', 'Het Lichthuis', 'Buurtkamer', 'Weesp', 'Waagplein', '10', '1381XP', 52.307541, 5.04248],
  ['MV1225-1', 'Activiteitencentrum MatchZO', 'Huis van de wijk', 'Weesp', 'Stammerlandweg', '10', '1109BR', 52.308814, 5.014677],
  ['MV2948-1', 'Bibliotheek Weesp', 'Bibliotheek', 'Weesp', 'Oudegracht', '67', '1381XX', 52.306152, 5.043243],
  ['MV2969-1', 'Sporthal Weespersluis', 'Sporthal', 'Weesp', 'Fort Diemerdamstraat', '71', '1384AH', 52.317173, 5.044135],
  ['MV2933-1', 'Trainspotting', 'Jongerencentrum', 'Weesp', 'Sportparklaan', '2', '1382AL', 52.31293, 5.041867],
];

const places: ExamplePlace[] = rows.map(([sourceId, title, category, stadsdeel, street, houseNumber, postcode, lat, lon]) => {
  const location: Location = { name: title, place: 'Amsterdam', lat, lon, online: false, areaCodes: [] };
  if (street) location.street = street;
  if (houseNumber) location.houseNumber = houseNumber;
  if (postcode) location.postcode = postcode;
  return { sourceId, title, category, stadsdeel, location };
});

const SEED = 42;
const listings = buildExampleListings(places, SEED);
const parsed = listings.map((l) => ListingInput.safeParse(l));
const ok = parsed.flatMap((p) => (p.success ? [p.data] : []));

/** The input place a listing is held at (its location is a copy of the place's location). */
function placeOf(l: ExampleListing): ExamplePlace | undefined {
  const loc = l.locations?.[0];
  return loc ? places.find((p) => isDeepStrictEqual(p.location, loc)) : undefined;
}

function textsOf(l: ExampleListing): string[] {
  const s = l.schedule;
  return [
    l.title,
    l.summary ?? '',
    l.description ?? '',
    l.howToApply ?? '',
    l.conditions ?? '',
    l.speciaalVoor ?? '',
    ...(l.audience ?? []),
    l.contact?.role ?? '',
    l.vacature?.vogReason ?? '',
    l.vacature?.inclusiveStatement ?? '',
    s?.note ?? '',
    ...(s?.closures ?? []).map((c) => c.reason ?? ''),
  ].filter(Boolean);
}

const kinds = (k: string) => ok.filter((l) => l.kind === k);

t.test('every listing passes ListingInput', async (t) => {
  const firstBad = parsed.findIndex((p) => !p.success);
  if (firstBad >= 0) {
    const issue = parsed[firstBad]!.error!.issues[0]!;
    t.fail(`"${listings[firstBad]!.title}" fails at ${issue.path.join('.')}: ${issue.message}`);
  }
  t.equal(ok.length, listings.length);
  t.ok(listings.length > 0);
});

t.test('volume per kind meets the minimums', async (t) => {
  for (const [kind, min] of Object.entries(exampleMinimums)) {
    t.ok(kinds(kind).length >= min, `${kind}: ${kinds(kind).length} >= ${min}`);
  }
});

t.test('between 40 and 70 hand-written templates', async (t) => {
  t.ok(exampleTemplates.length >= 40 && exampleTemplates.length <= 70, `${exampleTemplates.length} templates`);
  t.equal(new Set(exampleTemplates.map((x) => x.slug)).size, exampleTemplates.length, 'template slugs are unique');
});

t.test('example markers, status and stable source ids', async (t) => {
  const ids = new Set<string>();
  for (const l of ok) {
    t.equal(l.status, 'gepubliceerd');
    t.equal(l.isExample, true);
    t.equal(l.attribution, null);
    t.equal(l.sources.length, 1);
    t.equal(l.sources[0]!.system, 'voorbeeld');
    ids.add(l.sources[0]!.id);
  }
  t.equal(ids.size, ok.length, 'source ids are unique');
});

t.test('short B1 texts', async (t) => {
  for (const l of ok) {
    t.ok(l.summary.length > 0 && l.summary.length <= 160, `summary length of "${l.title}"`);
    const sentences = l.description.split(/(?<=[.!?])\s+/).filter(Boolean).length;
    t.ok(sentences >= 2 && sentences <= 4, `"${l.title}": ${sentences} sentences`);
    t.ok(l.deelambities.length >= 1 && l.sferen.length >= 1, `"${l.title}" has a deelambitie and a sfeer`);
  }
});

t.test('only slugs from the seed taxonomy', async (t) => {
  const vocab = (v: string) => new Set(seedTaxonomy.filter((x) => x.vocabulary === v).map((x) => x.slug));
  const allowed = {
    deelambities: vocab('deelambitie'),
    sferen: vocab('sfeer'),
    bouwstenen: vocab('bouwsteen'),
    vraaggebieden: vocab('vraaggebied'),
    themes: vocab('theme'),
  };
  for (const l of ok) {
    for (const [field, set] of Object.entries(allowed)) {
      for (const slug of l[field as keyof typeof allowed]) t.ok(set.has(slug), `${field} ${slug} in "${l.title}"`);
    }
  }
});

t.test('coverage of the taxonomy', async (t) => {
  const used = (field: 'deelambities' | 'sferen' | 'vraaggebieden') => new Set(ok.flatMap((l) => l[field]));
  for (const x of seedTaxonomy) {
    if (x.vocabulary === 'deelambitie') t.ok(used('deelambities').has(x.slug), `deelambitie ${x.slug}`);
    if (x.vocabulary === 'sfeer') t.ok(used('sferen').has(x.slug), `sfeer ${x.slug}`);
    if (x.vocabulary === 'vraaggebied') {
      t.ok(
        ok.some((l) => l.kind === 'steun' && l.vraaggebieden.includes(x.slug)),
        `vraaggebied ${x.slug} on a steun listing`,
      );
    }
  }
  for (const l of ok) {
    if (l.vraaggebieden.length) t.ok(l.kind === 'steun' || l.kind === 'steunpunt', `vraaggebieden only on steun: "${l.title}"`);
  }
});

t.test('§4 fields vary', async (t) => {
  const kosten = new Set(ok.map((l) => l.kosten.type));
  t.same([...kosten].sort(), ['bedrag', 'gratis', 'vrijwillige_bijdrage'], 'gratis, vrijwillige bijdrage and bedrag');
  t.ok(ok.some((l) => l.kosten.type === 'bedrag' && l.kosten.tegemoetkomingMogelijk), 'a paid one with tegemoetkoming');
  t.ok(ok.some((l) => l.kosten.type === 'bedrag' && l.kosten.bedrag !== undefined && l.kosten.per), 'an amount with a unit');
  t.same(new Set(ok.map((l) => l.indicatie)), new Set(['geen', 'welkom', 'nodig']), 'all three indicaties');
  t.ok(ok.some((l) => l.toegang === 'speciaal_voor' && l.speciaalVoor), 'speciaal voor');
  for (const l of ok) if (l.toegang === 'speciaal_voor') t.ok(l.speciaalVoor, `speciaalVoor on "${l.title}"`);
  t.same(
    new Set(ok.map((l) => l.gedragenDoor).filter(Boolean)),
    new Set(['bewoners', 'vrijwilligers', 'mix', 'beroepskrachten']),
    'all four gedragenDoor',
  );
  t.ok(ok.some((l) => l.jeKuntOokBijdragen), 'some where you can also contribute');
  t.ok(ok.some((l) => l.ageMin !== null && l.ageMax !== null), 'age ranges');
  t.ok(new Set(ok.flatMap((l) => l.languages)).size >= 5, 'several languages');
  t.ok(ok.every((l) => l.languages.includes('nl')), 'Dutch everywhere');
  t.ok(ok.some((l) => l.accessibility.length > 0), 'accessibility on some');
  t.ok(ok.some((l) => l.bouwstenen.length > 0), 'bouwstenen on some');
  t.ok(ok.every((l) => l.themes.length > 0 || l.bouwstenen.length > 0), 'every listing has a theme or bouwsteen');
});

t.test('varied schedules', async (t) => {
  const rules = ok.flatMap((l) => l.schedule.rules);
  t.ok(rules.some((r) => !r.weeksOfMonth && r.days.length === 1), 'weekly on one day');
  t.ok(
    rules.some((r) => !r.weeksOfMonth && r.days.length > 1) || ok.some((l) => l.schedule.rules.length > 1),
    'weekly on several days',
  );
  t.ok(rules.some((r) => r.weeksOfMonth?.some((n) => n > 0)), 'nth weekday of the month');
  t.ok(rules.some((r) => r.weeksOfMonth?.includes(-1)), 'last weekday of the month');
  t.ok(rules.some((r) => r.validFrom && r.validUntil && r.validFrom < r.validUntil), 'a seasonal rule');
  t.ok(rules.some((r) => r.validFrom && r.validFrom === r.validUntil), 'a one-day rule');
  const closures = ok.flatMap((l) => l.schedule.closures);
  t.ok(closures.length > 0, 'closures');
  t.ok(closures.every((c) => c.from >= '2026-01-01' && c.until <= '2027-12-31'), 'closures in 2026/2027');
  t.ok(closures.some((c) => c.from.startsWith('2026-07') || c.from.startsWith('2026-08')), 'a summer closure');
  t.ok(closures.some((c) => c.from.startsWith('2026-12') && c.until.startsWith('2027-01')), 'a Christmas closure');
  const open = ok.filter((l) => !l.schedule.closedOnHolidays).length;
  t.ok(open > 0 && open < ok.length / 4, `closed on holidays on most, open on a few (${open})`);
  t.ok(ok.some((l) => l.schedule.byAppointment && l.kind === 'steun'), 'steun op afspraak');
});

t.test('vacatures follow §6', async (t) => {
  const vac = kinds('vacature');
  t.same(new Set(vac.map((l) => l.vacature!.inzetType)), new Set(['eenmalig', 'incidenteel', 'structureel']), 'all inzetTypes');
  for (const l of vac) {
    const v = l.vacature!;
    t.ok(v.hoursPerTime && v.frequency && v.taskSize && v.moments.length > 0, `"${l.title}" says how much and when`);
    if (v.vogRequired) t.ok(v.vogReason && v.vogReason.length > 5, `VOG with a reason: "${l.title}"`);
  }
  t.ok(vac.some((l) => l.vacature!.vogRequired) && vac.some((l) => !l.vacature!.vogRequired), 'VOG on some, not all');
  t.ok(vac.some((l) => l.vacature!.suitedNextToWork), 'suited next to work');
  t.ok(vac.some((l) => l.vacature!.suitedNextToMantelzorg), 'suited next to mantelzorg');
  t.ok(vac.some((l) => l.vacature!.inclusiveStatement), 'an inclusive statement');
  t.ok(vac.some((l) => l.vacature!.training) && vac.some((l) => l.vacature!.flexible), 'training and flexible ones');
  t.same(new Set(vac.map((l) => l.vacature!.vergoeding)), new Set(['geen', 'onkosten', 'vrijwilligersvergoeding']), 'vergoedingen');
  for (const l of ok) if (l.kind !== 'vacature') t.equal(l.vacature, null);
});

t.test('mantelzorg: ask "zorg je voor iemand", never ask to volunteer', async (t) => {
  const mz = ok.filter((l) => l.kind !== 'vacature' && (l.vraaggebieden.length > 0 || l.bouwstenen.includes('mantelzorg')));
  t.ok(mz.length >= 8);
  for (const l of mz) {
    t.equal(l.jeKuntOokBijdragen, false, `"${l.title}" does not ask to contribute`);
    const all = textsOf(l).join(' ');
    t.notMatch(all, /meehelpen|help mee|kom helpen|vrijwilliger worden/i, `"${l.title}" does not ask to volunteer`);
  }
  t.ok(mz.some((l) => /Zorg je voor iemand/.test(l.summary)), 'asks "Zorg je voor iemand?"');
});

t.test('words, contacts and numbers', async (t) => {
  const avoid = [
    'vrijwilligers inzetten',
    'inzetten',
    'capaciteit',
    'benutten',
    'cliënt',
    'client',
    'klant',
    'kwetsbare',
    'hulpbehoevend',
    'zelfredzaam',
    'slachtoffer',
    'bent u mantelzorger',
    'sfeer',
    'deelambitie',
  ];
  for (const l of listings) {
    const all = textsOf(l).join(' \n ');
    for (const word of avoid) t.notOk(all.toLowerCase().includes(word), `"${word}" in "${l.title}"`);
    t.notMatch(all, /(^|[^a-z])voorbeeld/i, `the text never says "voorbeeld": "${l.title}"`);
    t.notMatch([l.summary, l.description, l.howToApply ?? ''].join(' '), /\b(u|uw)\b/i, `je-vorm in "${l.title}"`);
    t.notMatch(all, /@|https?:|www\./i, `no e-mail or web address in "${l.title}"`);
    for (const m of all.matchAll(/\+?\d[\d ()-]{4,}\d/g)) {
      const digits = m[0].replace(/\D/g, '');
      t.ok(digits === '14020' || digits.length < 6, `no phone number other than 14 020 in "${l.title}": ${m[0]}`);
    }
    t.equal(l.contact?.email, undefined);
    t.equal(l.contact?.website, undefined);
    if (l.contact?.phone !== undefined) {
      t.equal(l.contact.phone, '14 020', `only the gemeente number: "${l.title}"`);
      t.equal(l.kind, 'regeling', 'the gemeente number only on regelingen');
    }
    t.ok(l.contact?.role, `a contact role on "${l.title}"`);
  }
});

t.test('locations are the input places, spread over every stadsdeel', async (t) => {
  const inputLocations = places.map((p) => p.location);
  for (const l of listings) {
    const locs = l.locations ?? [];
    if (l.kind !== 'regeling') t.equal(locs.length, 1, `"${l.title}" is held at one place`);
    for (const loc of locs) t.ok(inputLocations.some((x) => isDeepStrictEqual(x, loc)), `location of "${l.title}" is an input place`);
    const id = l.sources![0]!.id;
    const place = placeOf(l);
    if (place && l.kind !== 'regeling') t.equal(id.slice(id.indexOf(':') + 1), place.sourceId, `source id of "${l.title}" names its place`);
  }
  t.ok(kinds('regeling').some((l) => l.locations.length === 0), 'gemeente-wide regelingen without a location');
  const stadsdelen = [...new Set(places.map((p) => p.stadsdeel))];
  for (const sd of stadsdelen) {
    for (const kind of ['activiteit', 'steun', 'vacature', 'regeling']) {
      t.ok(
        listings.some((l) => l.kind === kind && placeOf(l)?.stadsdeel === sd),
        `${kind} in ${sd}`,
      );
    }
  }
});

t.test('fitting places', async (t) => {
  const bySlug = new Map(exampleTemplates.map((x) => [x.slug, x]));
  for (const l of listings) {
    const template = bySlug.get(l.sources![0]!.id.split(':')[0]!);
    t.ok(template, `template of "${l.title}"`);
    const place = placeOf(l);
    if (!template || !place) continue;
    const fits = [...(template.categories ?? []), ...(template.fallback ?? [])];
    t.ok(fits.includes(place.category), `${template.slug} at a fitting ${place.category}`);
  }
  // Templates that only make sense at one kind of place never fall back.
  const strict: Record<string, string> = {
    'zwemmen-voor-vrouwen': 'Zwembad',
    'zwemles-volwassenen': 'Zwembad',
    'dieren-verzorgen-kinderen': 'Kinderboerderij',
    'vacature-dierenverzorger': 'Kinderboerderij',
  };
  for (const [slug, category] of Object.entries(strict)) {
    const at = listings.filter((l) => l.sources![0]!.id.startsWith(`${slug}:`)).map((l) => placeOf(l)!.category);
    t.ok(at.length > 0 && at.every((c) => c === category), `${slug} only at a ${category}`);
  }
  // Where the preferred kind of place exists in a stadsdeel, it is used first.
  const opvoed = listings.filter((l) => l.sources![0]!.id.startsWith('opvoedspreekuur:')).map((l) => placeOf(l)!);
  for (const p of opvoed) {
    const okt = places.some((x) => x.stadsdeel === p.stadsdeel && x.category === 'OKT');
    if (okt) t.equal(p.category, 'OKT', `opvoedspreekuur in ${p.stadsdeel} at the OKT`);
  }
  const titles = listings.map((l) => l.title).join('\n');
  t.match(titles, /Koffie|Inloop met koffie/, 'a koffie-inloop');
  t.notMatch(titles, /: vervanging|: verduurzaming|`/, 'project suffixes are not in titles');
  t.equal(displayName('BK Social Garden'), 'Buurtkamer Social Garden');
  t.equal(displayName('Sportpark `t Loopveld: vervanging SPZ-LOO-01'), "Sportpark 't Loopveld");
});

t.test('deterministic', async (t) => {
  const before = structuredClone(places);
  t.same(buildExampleListings(places, SEED), listings, 'same seed, same listings');
  t.same(buildExampleListings([...places].reverse(), SEED), listings, 'input order does not matter');
  t.notSame(buildExampleListings(places, SEED + 1), listings, 'another seed, other listings');
  t.same(buildExampleListings(places), buildExampleListings(places), 'default seed is stable');
  t.same(places, before, 'input untouched');
  const out = buildExampleListings(places, SEED);
  out[0]!.locations![0]!.areaCodes!.push('GM0363');
  t.same(places, before, 'output does not share objects with the input');
});

t.test('falls back when categories are missing', async (t) => {
  const few = places.filter((p) => ['Buurtkamer', 'Huis van de wijk', 'Bibliotheek'].includes(p.category));
  const out = buildExampleListings(few, SEED);
  t.ok(out.every((l) => ListingInput.safeParse(l).success), 'still valid');
  t.notOk(out.some((l) => l.sources![0]!.id.startsWith('zwemmen-voor-vrouwen')), 'no swimming without a zwembad');
  t.ok(out.filter((l) => l.kind === 'activiteit').length >= exampleMinimums.activiteit, 'tops up activiteiten');
  t.same(buildExampleListings([], SEED).filter((l) => l.locations!.length > 0), [], 'no places: only gemeente-wide listings');
});

t.test('coverage holds for other seeds too', async (t) => {
  for (const seed of [1, 7, 2026]) {
    const out = buildExampleListings(places, seed).map((l) => ListingInput.parse(l));
    t.same(new Set(out.flatMap((l) => l.deelambities)).size, 5, `deelambities, seed ${seed}`);
    t.same(new Set(out.flatMap((l) => l.vraaggebieden)).size, 8, `vraaggebieden, seed ${seed}`);
    t.same(new Set(out.flatMap((l) => (l.vacature ? [l.vacature.inzetType] : []))).size, 3, `inzetTypes, seed ${seed}`);
  }
});
