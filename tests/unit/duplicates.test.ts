import t from 'tap';
import { EARTH_RADIUS_METERS, distanceMeters } from '../../api/geo/distance.ts';
import {
  defaultDuplicateOptions,
  duplicateReasons,
  likelyDuplicates,
  nameSimilarity,
  normaliseName,
  normalisePhone,
  normaliseWebsite,
  type DuplicateCandidate,
} from '../../api/listings/duplicates.ts';

// The Dam; points due north of it at an exact distance (along a meridian, lat changes linearly).
const dam = { lat: 52.373056, lon: 4.892778 };
const north = (meters: number) => ({ lat: dam.lat + (meters / EARTH_RADIUS_METERS) * (180 / Math.PI), lon: dam.lon });

const listing = (id: string, title: string, over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  id,
  title,
  locations: [],
  contact: {},
  ...over,
});

t.test('normaliseName', async (t) => {
  t.equal(normaliseName('Stichting Buurtkamer De Pijp'), 'buurtkamer pijp');
  t.equal(normaliseName('Taalcafé  Oost!'), 'taalcafe oost');
  t.equal(normaliseName("Koffie-inloop 't Hoekje"), 'koffie inloop hoekje');
  t.equal(normaliseName('Vereniging van en voor Ouderen in Noord, op dinsdag'), 'ouderen noord dinsdag');
  t.equal(normaliseName('Een Het De'), '');
  t.equal(normaliseName('Crèche Ñandú 2'), 'creche nandu 2');
});

t.test('nameSimilarity', async (t) => {
  const similar: [string, string][] = [
    ['Buurtkamer De Pijp', 'Buurtkamer Pijp'],
    ['Taalcafé Oost', 'Taalcafe Oost'],
    ['Stichting Voedselbank Amsterdam', 'Voedselbank Amsterdam'],
    ['Voedselbank', 'Voedselbank Amsterdam Noord'],
    ['Buurthuis de Meeuw', 'Buurthuis Meeuw'],
  ];
  for (const [a, b] of similar) {
    t.ok(nameSimilarity(a, b) >= 0.6, `${a} ~ ${b}: ${nameSimilarity(a, b).toFixed(2)}`);
    t.equal(nameSimilarity(a, b), nameSimilarity(b, a), 'symmetric');
  }
  const different: [string, string][] = [
    ['Buurtkamer De Pijp', 'Taalcafé De Pijp'],
    ['Koffie-inloop', 'Kinderboerderij'],
  ];
  for (const [a, b] of different) t.ok(nameSimilarity(a, b) < 0.6, `${a} ≁ ${b}: ${nameSimilarity(a, b).toFixed(2)}`);
  t.equal(nameSimilarity('Oost', 'Taalcafé Oost'), 1, 'containment: a word of 4 letters is enough');
  t.ok(nameSimilarity('Zo', 'Zo Taalcafé Oost') < 1, 'containment: only shorter words are not');
  t.equal(nameSimilarity('Pijp', 'Pijp'), 1, 'identical');
  t.equal(nameSimilarity('De', 'De'), 0, 'nothing left after normalising');
  t.equal(nameSimilarity('', 'Buurtkamer'), 0);
  const partial = nameSimilarity('Buurthuis Oost', 'Buurtkamer Oost');
  t.ok(partial > 0 && partial < 1, `trigram score in between: ${partial.toFixed(2)}`);
});

t.test('normalisePhone', async (t) => {
  t.equal(normalisePhone('020 123 4567'), '0201234567');
  t.equal(normalisePhone('020-1234567'), '0201234567');
  t.equal(normalisePhone('+31 20 123 4567'), '0201234567');
  t.equal(normalisePhone('+31 (0)20 123 4567'), '0201234567', 'the (0) of international notation');
  t.equal(normalisePhone('0031 20 123 4567'), '0201234567');
  t.equal(normalisePhone('06-12345678'), '0612345678');
  t.equal(normalisePhone('+32 2 123 45 67'), '003221234567', 'foreign numbers keep their country code');
  t.equal(normalisePhone('0032 2 123 45 67'), '003221234567');
  t.equal(normalisePhone('14 020'), null, 'gemeente number shared by many services');
  t.equal(normalisePhone('14020'), null);
  t.equal(normalisePhone('14 0297'), null);
  t.equal(normalisePhone('112'), null);
  t.equal(normalisePhone('0800-1234'), null, 'fewer than 9 digits');
  t.equal(normalisePhone('12345678'), null, '8 digits');
  t.equal(normalisePhone('123456789'), '123456789', '9 digits');
  t.equal(normalisePhone(''), null);
});

t.test('normaliseWebsite', async (t) => {
  t.equal(normaliseWebsite('https://www.Example.NL/Buurtkamer/?utm=x#top'), 'example.nl/Buurtkamer');
  t.equal(normaliseWebsite('http://example.nl/a/b//'), 'example.nl/a/b');
  t.equal(normaliseWebsite('www.example.nl/a'), 'example.nl/a', 'no scheme');
  t.equal(normaliseWebsite('https://amsterdam.nl'), 'amsterdam.nl');
  t.equal(normaliseWebsite('https://amsterdam.nl/'), 'amsterdam.nl');
  t.equal(normaliseWebsite('https://example.nl:8080/a'), 'example.nl:8080/a');
  t.equal(normaliseWebsite('ftp://example.nl/a'), null, 'not http(s)');
  t.equal(normaliseWebsite('mailto:info@example.nl'), null);
  t.equal(normaliseWebsite('http://'), null);
  t.equal(normaliseWebsite('niet een adres'), null);
});

t.test('each reason alone', async (t) => {
  const base = listing('new', 'Buurtkamer De Pijp', {
    locations: [dam],
    contact: { phone: '020 123 4567', website: 'https://example.nl/buurtkamer', email: 'Info@Example.nl' },
  });
  const far = north(5_000);

  const byName = likelyDuplicates(base, [listing('a', 'Buurtkamer Pijp', { locations: [north(100)] })]);
  t.same(byName.map((m) => m.reasons), [['naam_en_plek']]);
  t.ok(Math.abs((byName[0]?.distanceMeters ?? 0) - 100) < 1e-6);
  t.equal(byName[0]?.nameSimilarity, 1);

  const byPhone = likelyDuplicates(base, [listing('b', 'Iets anders', { locations: [far], contact: { phone: '+31 (0)20-1234567' } })]);
  t.same(byPhone.map((m) => m.reasons), [['telefoon']]);

  const byWebsite = likelyDuplicates(base, [listing('c', 'Iets anders', { contact: { website: 'http://www.example.nl/buurtkamer/' } })]);
  t.same(byWebsite.map((m) => m.reasons), [['website']]);
  t.equal(byWebsite[0]?.distanceMeters, null, 'no location on the other side');

  const byEmail = likelyDuplicates(base, [listing('d', 'Iets anders', { contact: { email: ' info@example.NL ' } })]);
  t.same(byEmail.map((m) => m.reasons), [['email']]);

  const all = likelyDuplicates(base, [
    listing('e', 'Buurtkamer de Pijp', {
      locations: [dam],
      contact: { phone: '0201234567', website: 'example.nl/buurtkamer', email: 'info@example.nl' },
    }),
  ]);
  t.same(all.map((m) => m.reasons), [['naam_en_plek', 'telefoon', 'website', 'email']], 'reasons in fixed order');
  t.same(duplicateReasons, ['naam_en_plek', 'telefoon', 'website', 'email']);
});

t.test('radius: 149 m vs 151 m', async (t) => {
  t.equal(defaultDuplicateOptions.radiusMeters, 150);
  t.equal(defaultDuplicateOptions.minSimilarity, 0.6);
  t.ok(Math.abs(distanceMeters(dam, north(149)) - 149) < 1e-6, 'test points are where they claim');
  const candidate = listing('new', 'Taalcafé Oost', { locations: [dam] });
  t.equal(likelyDuplicates(candidate, [listing('a', 'Taalcafe Oost', { locations: [north(149)] })]).length, 1, '149 m');
  t.equal(likelyDuplicates(candidate, [listing('a', 'Taalcafe Oost', { locations: [north(151)] })]).length, 0, '151 m');
  t.equal(
    likelyDuplicates(candidate, [listing('a', 'Taalcafe Oost', { locations: [north(151)] })], { radiusMeters: 200 }).length,
    1,
    'radius is an option',
  );
  t.equal(
    likelyDuplicates(candidate, [listing('a', 'Taalcafe West', { locations: [dam] })], { minSimilarity: 0.99 }).length,
    0,
    'minSimilarity is an option',
  );
});

t.test('nearest pair of located points', async (t) => {
  const candidate = listing('new', 'Buurtkamer De Pijp', { locations: [north(2_000), {}, dam] });
  const other = listing('a', 'Buurtkamer Pijp', { locations: [{ lat: 52 }, north(3_000), north(120)] });
  const [match] = likelyDuplicates(candidate, [other]);
  t.same(match?.reasons, ['naam_en_plek'], 'any pair within the radius counts');
  t.ok(Math.abs((match?.distanceMeters ?? 0) - 120) < 1e-6, 'distance of the nearest pair');
  t.same(likelyDuplicates(listing('new', 'Buurtkamer Pijp', { locations: [{}] }), [other]), [], 'no located point: no naam_en_plek');
});

t.test('no match', async (t) => {
  const candidate = listing('new', 'Buurtkamer De Pijp', {
    locations: [dam],
    contact: { phone: '14 020', website: 'https://www.amsterdam.nl/', email: '' },
  });
  t.same(likelyDuplicates(candidate, [listing('a', 'Buurtkamer Pijp', { locations: [north(5_000)] })]), [], 'similar name far away');
  t.same(likelyDuplicates(candidate, [listing('b', 'Taalcafé De Pijp', { locations: [dam] })]), [], 'same place, different name');
  t.same(likelyDuplicates(candidate, [listing('c', 'Iets anders', { contact: { website: 'https://amsterdam.nl' } })]), [], 'shared bare domain');
  t.same(likelyDuplicates(candidate, [listing('d', 'Iets anders', { contact: { phone: '14020' } })]), [], '14 020');
  t.same(likelyDuplicates(candidate, [listing('e', 'Iets anders', { contact: { email: '' } })]), [], 'empty emails do not match');
  t.same(
    likelyDuplicates(listing('x', 'A', { contact: { website: 'https://example.nl/a' } }), [
      listing('f', 'B', { contact: { website: 'https://example.nl/b' } }),
    ]),
    [],
    'same domain, different path',
  );
  t.same(likelyDuplicates(listing('x', 'A'), [listing('g', 'B')]), [], 'nothing to compare');
});

t.test('the candidate itself is excluded', async (t) => {
  const candidate = listing('same', 'Buurtkamer De Pijp', { locations: [dam], contact: { phone: '020 123 4567' } });
  t.same(likelyDuplicates(candidate, [candidate, { ...candidate, title: 'Anders' }]), []);
  t.same(likelyDuplicates(candidate, [{ ...candidate, id: 'other' }]).map((m) => m.id), ['other']);
});

t.test('ordering: more reasons, then more similar, then nearer', async (t) => {
  const candidate = listing('new', 'Buurtkamer De Pijp', { locations: [dam], contact: { phone: '020 123 4567' } });
  const phone = { phone: '0201234567' };
  const existing = new Set([
    listing('phone-only-far', 'Iets anders', { locations: [north(3_000)], contact: phone }),
    listing('phone-only-near', 'Iets anders', { locations: [north(1_000)], contact: phone }),
    listing('phone-only-unlocated', 'Iets anders', { contact: phone }),
    listing('name-and-phone', 'Buurtkamer Pijp', { locations: [north(100)], contact: phone }),
    listing('name-close-far', 'Buurtkamer Pijpje', { locations: [north(10)] }),
    listing('name-exact-far', 'Buurtkamer Pijp', { locations: [north(140)] }),
    listing('name-exact-near', 'Buurtkamer Pijp', { locations: [north(20)] }),
    listing('unrelated', 'Kinderboerderij', { locations: [dam] }),
  ]);
  t.same(
    likelyDuplicates(candidate, existing).map((m) => m.id),
    [
      'name-and-phone',
      'name-exact-near',
      'name-exact-far',
      'name-close-far',
      'phone-only-near',
      'phone-only-far',
      'phone-only-unlocated',
    ],
  );
});
