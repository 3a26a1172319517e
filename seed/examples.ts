// Example content ("voorbeeld") for the demo gemeente: activities, support, vacatures and
// regelingen held at real places. Everything here is invented; every listing carries
// `isExample: true` and the UI shows a badge, so the texts themselves never say "voorbeeld".
// Texts stay generic: they never claim real facts about a real place or organisation, never
// invent phone numbers, e-mail addresses or websites, and follow the word list of domain §8.
//
// The builder is pure and deterministic: the same places and seed give the same listings.
import type { Bouwsteen, Deelambitie, Sfeer, Theme, Vraaggebied } from './taxonomy.ts';
import type { z } from 'zod';
import type { ListingInput, Location } from '../api/listings/schemas.ts';
import type { OpeningRule, Schedule, Weekday } from '../api/listings/schedule.ts';

/** A real place that example content can be held at (one row of the gemeente's open data). */
export type ExamplePlace = {
  sourceId: string;
  title: string;
  /** The CSV `categorie`, e.g. 'Buurtkamer', 'Huis van de wijk', 'Bibliotheek', 'Zwembad'. */
  category: string;
  stadsdeel: string;
  location: Location;
};

export type ExampleListing = z.input<typeof ListingInput>;

/** Minimum number of listings per kind; the builder tops up when the templates fall short. */
export const exampleMinimums = { activiteit: 150, steun: 30, vacature: 40, regeling: 10 } as const;
export const defaultExampleSeed = 20260901;

// ---------------------------------------------------------------------------------------------
// Typed vocabularies (the slugs of seed/taxonomy.ts, imported), so a typo fails the type check.

type Kind = 'activiteit' | 'steun' | 'vacature' | 'regeling';
type ScheduleIn = z.input<typeof Schedule>;
type RuleIn = z.input<typeof OpeningRule>;
type KostenIn = NonNullable<ExampleListing['kosten']>;
type VacatureIn = NonNullable<ExampleListing['vacature']>;
type Accessibility = NonNullable<ExampleListing['accessibility']>[number];
type Nth = 1 | 2 | 3 | 4 | 5 | -1;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness.

type Rng = () => number;

/** mulberry32: a tiny, fast, good-enough seeded PRNG. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to give each template its own stream (adding a template leaves the others alone). */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function pick<T>(r: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(r() * items.length)] as T;
}

function chance(r: Rng, p: number): boolean {
  return r() < p;
}

// ---------------------------------------------------------------------------------------------
// Schedules.

type Slot = readonly [opens: string, closes: string];
const MORNING: Slot[] = [
  ['09:30', '11:30'],
  ['10:00', '12:00'],
  ['10:00', '12:30'],
];
const AFTERNOON: Slot[] = [
  ['13:30', '15:30'],
  ['14:00', '16:00'],
  ['14:00', '16:30'],
];
const EVENING: Slot[] = [
  ['19:00', '21:00'],
  ['19:30', '21:30'],
];
const DINNER: Slot[] = [
  ['17:30', '19:30'],
  ['18:00', '20:00'],
];

const WEEKDAY_NL: Record<Weekday, string> = {
  MO: 'maandag',
  TU: 'dinsdag',
  WE: 'woensdag',
  TH: 'donderdag',
  FR: 'vrijdag',
  SA: 'zaterdag',
  SU: 'zondag',
};

type RuleSpec = {
  days: Weekday[][];
  slots: readonly Slot[];
  weeks?: Nth[][];
  from?: string;
  until?: string;
};

function rule(r: Rng, spec: RuleSpec): RuleIn {
  const [opens, closes] = pick(r, spec.slots);
  const out: RuleIn = { days: [...pick(r, spec.days)], opens, closes };
  if (spec.weeks) out.weeksOfMonth = [...pick(r, spec.weeks)];
  if (spec.from) out.validFrom = spec.from;
  if (spec.until) out.validUntil = spec.until;
  return out;
}

function schedule(rules: RuleIn[], extra: Omit<Partial<ScheduleIn>, 'rules'> = {}): ScheduleIn {
  return {
    rules,
    closures: extra.closures ?? [],
    closedOnHolidays: extra.closedOnHolidays ?? true,
    byAppointment: extra.byAppointment ?? false,
    ...(extra.note ? { note: extra.note } : {}),
  };
}

const noSchedule = (note?: string): ScheduleIn => schedule([], note ? { note } : {});

// School holidays of region Noord (Amsterdam) and usual closures in the 2026/2027 season.
const ZOMERSTOP = { from: '2026-07-20', until: '2026-08-14', reason: 'Zomerstop' };
const ZOMERVAKANTIE = { from: '2026-07-04', until: '2026-08-16', reason: 'Zomervakantie' };
const KERSTWEEK = { from: '2026-12-24', until: '2027-01-01', reason: 'Gesloten tussen kerst en oud en nieuw' };
const KERSTVAKANTIE = { from: '2026-12-19', until: '2027-01-03', reason: 'Kerstvakantie' };
const HERFSTVAKANTIE = { from: '2026-10-17', until: '2026-10-25', reason: 'Herfstvakantie' };

function someClosures(r: Rng, options: { from: string; until: string; reason: string }[][]) {
  return pick(r, options).map((c) => ({ ...c }));
}

// ---------------------------------------------------------------------------------------------
// Places.

const STADSDEEL_ORDER = ['Centrum', 'West', 'Nieuw-West', 'Zuid', 'Oost', 'Noord', 'Zuidoost', 'Weesp'];

/** The place name as residents would say it: without project suffixes and abbreviations. */
export function displayName(title: string): string {
  let name = (title.split(':')[0] ?? title).trim();
  name = name
    .replace(/^BK\s+/, 'Buurtkamer ')
    .replace(/^HvdW\s+/, 'Huis van de Wijk ')
    .replace(/^JC\s+/, 'Jongerencentrum ')
    .replace(/`/g, "'");
  return name || title.trim();
}

const BY_PLACE = new Set(['Sportveld', 'Kinderboerderij', 'Schooltuincomplex', 'OKT', 'Buurtteamlocatie']);

/** "in Buurtkamer Het Anker" or "bij Kinderboerderij Westerpark". */
function atPlace(p: ExamplePlace): string {
  const prep = BY_PLACE.has(p.category) || p.category.startsWith('Overig') ? 'bij' : 'in';
  return `${prep} ${displayName(p.title)}`;
}

function hostRole(p: ExamplePlace | null): string {
  switch (p?.category) {
    case 'Buurtkamer':
      return 'gastvrouw of gastheer van de buurtkamer';
    case 'Huis van de wijk':
      return 'gastvrouw of gastheer van het Huis van de Wijk';
    case 'Bibliotheek':
      return 'medewerker van de bibliotheek';
    case 'Jongerencentrum':
      return 'jongerenwerker';
    case 'Speeltuingebouw':
      return 'beheerder van de speeltuin';
    case 'Kinderboerderij':
      return 'medewerker van de kinderboerderij';
    case 'Schooltuincomplex':
      return 'tuinbegeleider';
    case 'OKT':
      return 'medewerker van het ouder- en kindteam';
    case 'Buurtteamlocatie':
      return 'medewerker van het buurtteam';
    case 'Zwembad':
      return 'medewerker van het zwembad';
    case 'Sporthal':
    case 'Sportveld':
    case 'Overig SenS':
      return 'buurtsportcoach';
    default:
      return 'sociaal makelaar';
  }
}

const ACCESSIBLE_BUILDINGS = new Set(['Huis van de wijk', 'Bibliotheek', 'Zwembad', 'Sporthal']);

/** Illustrative accessibility for the building types that usually have it. */
function accessibilityFor(r: Rng, p: ExamplePlace | null, extra: Accessibility[] = []): Accessibility[] {
  const out = new Set<Accessibility>(extra);
  if (p && ACCESSIBLE_BUILDINGS.has(p.category)) {
    out.add('rolstoeltoegankelijk');
    if (chance(r, 0.6)) out.add('toegankelijk_toilet');
    if (p.category === 'Bibliotheek' && chance(r, 0.5)) out.add('lift');
  }
  if (p && chance(r, 0.3)) out.add('ov_dichtbij');
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Templates.

type Ctx = {
  /** Display name of the place ("Buurtkamer Het Anker"); empty for gemeente-wide listings. */
  name: string;
  /** "in Buurtkamer Het Anker" / "bij Kinderboerderij Westerpark". */
  at: string;
  stadsdeel: string;
  place: ExamplePlace | null;
  r: Rng;
  /** The Dutch name of the first day of the first rule, e.g. "dinsdag". */
  day: string;
};

type Fields = Omit<
  Partial<ExampleListing>,
  'kind' | 'title' | 'summary' | 'description' | 'schedule' | 'deelambities' | 'sferen' | 'bouwstenen' | 'themes' | 'vraaggebieden'
> & {
  deelambities: Deelambitie[];
  sferen: Sfeer[];
  bouwstenen?: Bouwsteen[];
  themes?: Theme[];
  vraaggebieden?: Vraaggebied[];
};

type Template = {
  slug: string;
  kind: Kind;
  /** Where it is held: `place` picks fitting places, `stadsdeel` makes one per stadsdeel (with
   * a place to ask when there is one), `gemeente` makes a single listing without a location. */
  scope?: 'place' | 'stadsdeel' | 'gemeente';
  categories?: string[];
  /** Used when a stadsdeel has no unused place of the preferred categories. */
  fallback?: string[];
  count: number;
  title: (c: Ctx) => string;
  summary: string | ((c: Ctx) => string);
  description: string | ((c: Ctx) => string);
  schedule: (r: Rng) => ScheduleIn;
  fields: Fields;
  /** Per-instance variation (costs, languages, ...), applied over `fields`. */
  vary?: (c: Ctx) => Partial<ExampleListing>;
  role?: string | ((c: Ctx) => string);
  accessibility?: Accessibility[];
};

const text = (v: string | ((c: Ctx) => string), c: Ctx) => (typeof v === 'string' ? v : v(c));

const gratis = (): KostenIn => ({ type: 'gratis', tegemoetkomingMogelijk: false });
const bijdrage = (): KostenIn => ({ type: 'vrijwillige_bijdrage', tegemoetkomingMogelijk: false });
const bedrag = (euro: number, per: string, tegemoetkoming = true): KostenIn => ({
  type: 'bedrag',
  bedrag: euro,
  per,
  tegemoetkomingMogelijk: tegemoetkoming,
});

const MANTELZORG_AUDIENCE = ['mensen die voor iemand zorgen'];
const EXTRA_LANGUAGES = ['en', 'ar', 'tr', 'pl', 'uk', 'es', 'fa', 'ti'];

function languagesWith(r: Rng, pExtra: number, pool: string[] = EXTRA_LANGUAGES): string[] {
  if (!chance(r, pExtra)) return ['nl'];
  const first = pick(r, pool);
  const second = pick(r, pool);
  return first === second || chance(r, 0.6) ? ['nl', first] : ['nl', first, second];
}

function vacature(v: VacatureIn): { vacature: VacatureIn } {
  return { vacature: v };
}

// --- Activiteiten ------------------------------------------------------------------------------

const activiteiten: Template[] = [
  {
    slug: 'koffie-inloop',
    kind: 'activiteit',
    categories: ['Buurtkamer', 'Huis van de wijk'],
    fallback: ['Overig BV', 'Speeltuingebouw', 'Bibliotheek'],
    count: 12,
    title: (c) => pick(c.r, [`Koffie-inloop ${c.at}`, `Koffieochtend ${c.at}`, `Inloop met koffie en thee ${c.at}`]),
    summary: 'Loop binnen voor een kop koffie of thee en een praatje met buurtbewoners.',
    description:
      'Je kunt zonder afspraak binnenlopen, ook als je nog niemand kent. Er is koffie, thee en vaak iets lekkers. Wil je een keer helpen met koffie zetten? Dat kan, als je dat wilt.',
    schedule: (r) =>
      schedule([rule(r, { days: [['TU'], ['WE'], ['TH'], ['MO', 'TH'], ['TU', 'FR']], slots: MORNING })], {
        closures: someClosures(r, [[], [], [KERSTWEEK]]),
      }),
    fields: {
      deelambities: ['ontmoeting'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['ruimte-en-plekken'],
      themes: ['eenzaamheid', 'wonen-en-buurt'],
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners'],
    },
    vary: (c) => ({ kosten: chance(c.r, 0.5) ? bijdrage() : gratis(), languages: languagesWith(c.r, 0.25) }),
    role: (c) => hostRole(c.place),
  },
  {
    slug: 'buurtmaaltijd',
    kind: 'activiteit',
    categories: ['Huis van de wijk', 'Buurtkamer'],
    fallback: ['Jongerencentrum', 'Overig BV'],
    count: 8,
    title: (c) => pick(c.r, [`Buurtmaaltijd ${c.at}`, `Samen eten ${c.at}`, `Buurtmaaltijd op ${c.day} ${c.at}`]),
    summary: 'Eet samen met buren een warme maaltijd, gekookt door mensen uit de buurt.',
    description:
      'Samen eten is gezellig en je leert nieuwe mensen kennen. De maaltijd wordt gekookt door buurtbewoners en er is altijd een vegetarische keuze. Meld je van tevoren aan, dan weten de koks hoeveel mensen er komen.',
    schedule: (r) =>
      schedule([rule(r, { days: [['FR'], ['WE'], ['TH']], slots: DINNER, weeks: [[1, 3], [2, 4], [-1], [2]] })], {
        closures: someClosures(r, [[ZOMERSTOP], [], [ZOMERSTOP, KERSTWEEK]]),
      }),
    fields: {
      deelambities: ['ontmoeting', 'plezier'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['inclusie'],
      themes: ['eten-en-koken', 'eenzaamheid'],
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners', 'ouderen', 'gezinnen'],
    },
    vary: (c) => ({
      kosten: chance(c.r, 0.75) ? bedrag(pick(c.r, [3.5, 4, 5]), 'maaltijd') : bijdrage(),
      languages: languagesWith(c.r, 0.2),
    }),
    role: (c) => hostRole(c.place),
  },
  {
    slug: 'wandelgroep',
    kind: 'activiteit',
    categories: ['Buurtkamer', 'Huis van de wijk', 'Sportveld'],
    fallback: ['Kinderboerderij', 'Bibliotheek', 'Speeltuingebouw'],
    count: 6,
    title: (c) => `Wandelgroep vanaf ${c.name}`,
    summary: 'Wandel elke week samen een uur door de buurt, in je eigen tempo.',
    description:
      'De groep loopt ongeveer een uur en wacht op elkaar. Na afloop drink je samen nog een kop koffie, als je dat wilt. Je hebt geen sportkleding nodig, goede schoenen zijn genoeg.',
    // Walks go on on public holidays.
    schedule: (r) =>
      schedule([rule(r, { days: [['MO'], ['WE'], ['FR'], ['SA'], ['TU', 'FR']], slots: [['09:30', '10:30'], ['10:00', '11:30']] })], {
        closedOnHolidays: false,
      }),
    fields: {
      deelambities: ['plezier', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      themes: ['gezondheid-en-bewegen', 'eenzaamheid'],
      kosten: gratis(),
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners', 'ouderen'],
      languages: ['nl'],
    },
    role: 'begeleider van de wandelgroep',
  },
  {
    slug: 'taalcafe',
    kind: 'activiteit',
    categories: ['Bibliotheek', 'Huis van de wijk'],
    fallback: ['Buurtkamer', 'Overig BV'],
    count: 8,
    title: (c) => `Taalcafé ${c.at}`,
    summary: 'Oefen Nederlands praten in een kleine groep, op een rustige en gezellige manier.',
    description:
      'Je praat in kleine groepjes over gewone dingen, zoals boodschappen doen of je buurt. Een taalvrijwilliger helpt het gesprek op gang. Je hoeft je niet aan te melden en fouten maken mag.',
    schedule: (r) =>
      schedule([rule(r, { days: [['TU'], ['WE'], ['TH'], ['SA']], slots: [...MORNING, ...AFTERNOON, ...EVENING] })], {
        closures: someClosures(r, [[KERSTWEEK], [KERSTVAKANTIE], []]),
      }),
    fields: {
      deelambities: ['ontplooiing', 'ontmoeting'],
      sferen: ['gemeenschappelijk', 'institutioneel'],
      bouwstenen: ['inclusie'],
      themes: ['taal-en-digitaal'],
      kosten: gratis(),
      gedragenDoor: 'mix',
      jeKuntOokBijdragen: true,
      audience: ['nieuwkomers', 'iedereen die Nederlands wil oefenen'],
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.8, ['en', 'ar', 'tr', 'pl', 'uk', 'ti', 'fa']) }),
    role: 'coördinator van het taalcafé',
  },
  {
    slug: 'nederlands-oefenen-vrouwen',
    kind: 'activiteit',
    categories: ['Huis van de wijk', 'Buurtkamer'],
    fallback: ['Bibliotheek', 'OKT'],
    count: 4,
    title: (c) => `Nederlands oefenen voor vrouwen ${c.at}`,
    summary: 'Een taalgroep voor vrouwen: samen Nederlands praten, lezen en oefenen.',
    description:
      'In deze groep oefen je Nederlands met andere vrouwen, in je eigen tempo. Je praat over dingen die je elke dag nodig hebt, zoals de school van je kinderen of de huisarts. Tijdens de les is er oppas voor kleine kinderen.',
    schedule: (r) =>
      schedule([rule(r, { days: [['MO'], ['TU'], ['TH'], ['MO', 'WE']], slots: MORNING })], {
        closures: [{ ...ZOMERVAKANTIE }],
      }),
    fields: {
      deelambities: ['ontplooiing', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['inclusie'],
      themes: ['taal-en-digitaal'],
      toegang: 'speciaal_voor',
      speciaalVoor: 'vrouwen',
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      audience: ['vrouwen', 'nieuwkomers'],
    },
    vary: (c) => ({ languages: ['nl', pick(c.r, ['ar', 'tr', 'ti', 'fa'])] }),
    role: 'coördinator van de taalgroep',
  },
  {
    slug: 'computerinloop',
    kind: 'activiteit',
    categories: ['Bibliotheek'],
    fallback: ['Huis van de wijk', 'Buurtkamer'],
    count: 6,
    title: (c) => pick(c.r, [`Computerinloop ${c.at}`, `Hulp bij je telefoon en computer ${c.at}`]),
    summary: 'Vragen over je telefoon, tablet of computer? Loop binnen en krijg uitleg.',
    description:
      'Neem je eigen telefoon, tablet of laptop mee. Een vrijwilliger legt stap voor stap uit hoe iets werkt, bijvoorbeeld DigiD, e-mail of videobellen. Je hoeft je niet aan te melden.',
    schedule: (r) => schedule([rule(r, { days: [['MO'], ['WE'], ['FR'], ['TU', 'TH']], slots: AFTERNOON })]),
    fields: {
      deelambities: ['ontplooiing', 'ondersteuning'],
      sferen: ['gemeenschappelijk', 'institutioneel'],
      bouwstenen: ['inclusie'],
      themes: ['taal-en-digitaal'],
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      jeKuntOokBijdragen: true,
      audience: ['iedereen', 'ouderen'],
      languages: ['nl'],
    },
    role: (c) => hostRole(c.place),
  },
  {
    slug: 'repaircafe',
    kind: 'activiteit',
    categories: ['Huis van de wijk', 'Buurtkamer', 'Speeltuingebouw'],
    fallback: ['Overig KenC', 'Bibliotheek', 'Overig BV'],
    count: 5,
    title: (c) => `Repaircafé ${c.at}`,
    summary: 'Neem je kapotte spullen mee en repareer ze samen met handige buren.',
    description:
      'Denk aan een lamp, een broek of een broodrooster. Handige buurtbewoners repareren het samen met jou, zodat je minder weggooit. Kun je zelf goed repareren? Dan ben je ook welkom om mee te helpen.',
    // Always the last Saturday of the month.
    schedule: (r) => schedule([rule(r, { days: [['SA']], slots: [['13:00', '16:00'], ['10:00', '13:00']], weeks: [[-1]] })]),
    fields: {
      deelambities: ['ontmoeting', 'ontplooiing'],
      sferen: ['gemeenschappelijk'],
      themes: ['wonen-en-buurt'],
      kosten: bijdrage(),
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners'],
      languages: ['nl'],
    },
    role: 'coördinator van het repaircafé',
  },
  {
    slug: 'handwerkclub',
    kind: 'activiteit',
    categories: ['Buurtkamer', 'Huis van de wijk'],
    fallback: ['Bibliotheek', 'Overig KenC'],
    count: 5,
    title: (c) => pick(c.r, [`Handwerkclub ${c.at}`, `Breien en haken ${c.at}`]),
    summary: 'Brei, haak of borduur samen met anderen. Beginners zijn ook welkom.',
    description:
      'Neem je eigen werkje mee of begin iets nieuws. Wie het al kan, helpt je graag op weg. Er is koffie en thee, en vooral veel gezelligheid.',
    schedule: (r) =>
      schedule([rule(r, { days: [['MO'], ['TU'], ['TH']], slots: AFTERNOON })], { closures: someClosures(r, [[], [ZOMERSTOP]]) }),
    fields: {
      deelambities: ['plezier', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      themes: ['cultuur', 'eenzaamheid'],
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners'],
    },
    vary: (c) => ({ kosten: chance(c.r, 0.5) ? bijdrage() : gratis(), languages: languagesWith(c.r, 0.3, ['tr', 'pl', 'en']) }),
    role: (c) => hostRole(c.place),
  },
  {
    slug: 'samen-koken',
    kind: 'activiteit',
    categories: ['Huis van de wijk', 'Buurtkamer', 'Jongerencentrum'],
    fallback: ['Overig BV'],
    count: 5,
    title: (c) => `Samen koken ${c.at}`,
    summary: 'Kook samen een gerecht uit een ander land en eet het daarna met elkaar op.',
    description:
      'Elke keer kiest iemand anders een recept, vaak uit de keuken van het eigen land. Je kookt in een kleine groep en leert van elkaar. Daarna eet je samen aan een lange tafel.',
    schedule: (r) =>
      schedule([rule(r, { days: [['WE'], ['TH']], slots: [['17:00', '20:00']], weeks: [[1, 3], [2, 4], [1, 2, 3, 4, 5]] })]),
    fields: {
      deelambities: ['ontmoeting', 'plezier', 'ontplooiing'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['inclusie'],
      themes: ['eten-en-koken'],
      kosten: bedrag(3, 'keer'),
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners'],
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.6) }),
    role: (c) => hostRole(c.place),
  },
  {
    slug: 'schaakclub',
    kind: 'activiteit',
    categories: ['Buurtkamer', 'Bibliotheek', 'Huis van de wijk'],
    fallback: ['Jongerencentrum', 'Speeltuingebouw'],
    count: 4,
    title: (c) => pick(c.r, [`Schaakclub ${c.at}`, `Schaken en dammen ${c.at}`]),
    summary: 'Speel een partij schaak of dammen, of leer het spel van iemand die het kan.',
    description:
      'Iedereen kan meedoen, van beginner tot ervaren speler. Er zijn borden en stukken aanwezig. Jong en oud spelen hier samen.',
    schedule: (r) => schedule([rule(r, { days: [['MO'], ['WE'], ['SA']], slots: [...AFTERNOON, ...EVENING] })]),
    fields: {
      deelambities: ['plezier', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      themes: ['sport-en-spel'],
      kosten: gratis(),
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['iedereen'],
      ageMin: 8,
      languages: ['nl'],
    },
    role: 'contactpersoon van de schaakclub',
  },
  {
    slug: 'bewegen-ouderen',
    kind: 'activiteit',
    categories: ['Sporthal', 'Huis van de wijk'],
    fallback: ['Buurtkamer', 'Overig SenS'],
    count: 5,
    title: (c) => pick(c.r, [`Bewegen voor 55-plussers ${c.at}`, `Gym voor ouderen ${c.at}`]),
    summary: 'Rustige gymles voor ouderen: soepel blijven en samen plezier hebben.',
    description:
      'Een sportdocent geeft les op een rustig tempo. Je doet alleen wat goed voelt voor jouw lichaam. Na de les is er tijd voor koffie en een praatje.',
    schedule: (r) =>
      schedule([rule(r, { days: [['MO', 'WE'], ['TU', 'FR'], ['TH']], slots: [['10:00', '11:00'], ['10:30', '11:30']] })], {
        closures: [{ ...ZOMERSTOP }],
      }),
    fields: {
      deelambities: ['plezier', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      themes: ['gezondheid-en-bewegen', 'sport-en-spel'],
      kosten: bedrag(2.5, 'les'),
      gedragenDoor: 'mix',
      audience: ['ouderen'],
      ageMin: 55,
      languages: ['nl'],
    },
    role: 'buurtsportcoach',
  },
  {
    slug: 'stoelyoga',
    kind: 'activiteit',
    categories: ['Huis van de wijk', 'Buurtkamer'],
    fallback: ['Sporthal', 'Bibliotheek'],
    count: 4,
    title: (c) => `Stoelyoga ${c.at}`,
    summary: 'Yoga op een stoel: rustige oefeningen voor ontspanning en een soepel lichaam.',
    description:
      'Je doet alle oefeningen zittend of staand naast een stoel. Dat maakt het goed te doen, ook als bewegen moeilijker gaat. De les is in een rustige ruimte, zonder muziek op de achtergrond.',
    schedule: (r) => schedule([rule(r, { days: [['TU'], ['TH'], ['FR']], slots: MORNING })]),
    fields: {
      deelambities: ['plezier'],
      sferen: ['gemeenschappelijk'],
      themes: ['gezondheid-en-bewegen'],
      kosten: bijdrage(),
      gedragenDoor: 'vrijwilligers',
      audience: ['ouderen', 'buurtbewoners'],
      languages: ['nl'],
    },
    accessibility: ['prikkelarm', 'rolstoeltoegankelijk'],
    role: 'yogadocent',
  },
  {
    slug: 'dansmiddag',
    kind: 'activiteit',
    categories: ['Huis van de wijk', 'Overig KenC'],
    fallback: ['Buurtkamer', 'Sporthal'],
    count: 4,
    title: (c) => pick(c.r, [`Dansmiddag ${c.at}`, `Linedance ${c.at}`]),
    summary: 'Dans op bekende muziek, alleen of samen. Je hoeft geen danspasjes te kennen.',
    description:
      'Een vrijwilliger doet de pasjes rustig voor. Je kunt meedoen of gewoon kijken en luisteren naar de muziek. Het gaat om plezier, niet om het perfect doen.',
    schedule: (r) => schedule([rule(r, { days: [['WE'], ['FR'], ['SU']], slots: AFTERNOON, weeks: [[1, 3], [2, 4], [1, 2, 3, 4, 5]] })]),
    fields: {
      deelambities: ['plezier', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      themes: ['cultuur', 'gezondheid-en-bewegen'],
      gedragenDoor: 'vrijwilligers',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners', 'ouderen'],
      languages: ['nl'],
    },
    vary: (c) => ({ kosten: chance(c.r, 0.5) ? bedrag(2, 'keer', false) : bijdrage() }),
    role: (c) => hostRole(c.place),
  },
  {
    slug: 'zwemmen-voor-vrouwen',
    kind: 'activiteit',
    categories: ['Zwembad'],
    count: 4,
    title: (c) => `Zwemmen voor vrouwen ${c.at}`,
    summary: 'Een zwemuur alleen voor vrouwen, rustig en vertrouwd.',
    description:
      'Tijdens dit uur zijn alleen vrouwen in het zwembad, ook het personeel. Je kunt banen zwemmen of rustig in het water zijn. Kun je nog niet goed zwemmen? Dan blijf je in het ondiepe deel.',
    schedule: (r) =>
      schedule([rule(r, { days: [['SU'], ['TU'], ['TH']], slots: [['19:00', '20:00'], ['20:00', '21:00'], ['09:00', '10:00']] })]),
    fields: {
      deelambities: ['plezier'],
      sferen: ['gemeenschappelijk', 'institutioneel'],
      bouwstenen: ['inclusie'],
      themes: ['sport-en-spel', 'gezondheid-en-bewegen'],
      toegang: 'speciaal_voor',
      speciaalVoor: 'vrouwen vanaf 16 jaar',
      kosten: bedrag(4, 'keer'),
      gedragenDoor: 'beroepskrachten',
      audience: ['vrouwen'],
      ageMin: 16,
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.3, ['ar', 'tr', 'en']) }),
    role: 'medewerker van het zwembad',
  },
  {
    slug: 'zwemles-volwassenen',
    kind: 'activiteit',
    categories: ['Zwembad'],
    count: 4,
    title: (c) => `Zwemles voor volwassenen ${c.at}`,
    summary: 'Leer zwemmen als volwassene, in een kleine groep en zonder haast.',
    description:
      'Veel volwassenen hebben nooit leren zwemmen. In deze les begin je rustig, eerst met wennen aan het water. De groep is klein, zodat de zwemleraar tijd heeft voor iedereen.',
    // A course season: autumn 2026.
    schedule: (r) =>
      schedule([
        rule(r, { days: [['MO'], ['WE'], ['SA']], slots: [['19:00', '20:00'], ['11:00', '12:00']], from: '2026-09-01', until: '2026-12-18' }),
      ]),
    fields: {
      deelambities: ['ontplooiing', 'plezier'],
      sferen: ['institutioneel'],
      themes: ['sport-en-spel', 'gezondheid-en-bewegen'],
      kosten: bedrag(6, 'les'),
      gedragenDoor: 'beroepskrachten',
      audience: ['volwassenen'],
      ageMin: 18,
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.5, ['en']) }),
    role: 'medewerker van het zwembad',
  },
  {
    slug: 'peuterochtend',
    kind: 'activiteit',
    categories: ['OKT', 'Speeltuingebouw', 'Bibliotheek'],
    fallback: ['Huis van de wijk', 'Buurtkamer'],
    count: 5,
    title: (c) => pick(c.r, [`Peuterochtend ${c.at}`, `Ouder-en-kindochtend ${c.at}`]),
    summary: 'Speel samen met je peuter en maak een praatje met andere ouders.',
    description:
      'Er is speelgoed voor kinderen tot 4 jaar en er is koffie en thee voor de ouders. Je kunt vragen stellen aan andere ouders, bijvoorbeeld over slapen of eten. Opa, oma of een oppas is ook welkom.',
    schedule: (r) =>
      schedule([rule(r, { days: [['TU'], ['WE'], ['FR']], slots: MORNING })], { closures: someClosures(r, [[ZOMERVAKANTIE], [KERSTVAKANTIE]]) }),
    fields: {
      deelambities: ['ontmoeting', 'ondersteuning'],
      sferen: ['gemeenschappelijk'],
      themes: ['opvoeden-en-opgroeien'],
      kosten: gratis(),
      gedragenDoor: 'mix',
      audience: ['ouders en verzorgers met jonge kinderen'],
      ageMin: 0,
      ageMax: 4,
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.4) }),
    role: (c) => hostRole(c.place),
  },
  {
    slug: 'voorleesochtend',
    kind: 'activiteit',
    categories: ['Bibliotheek'],
    fallback: ['Speeltuingebouw', 'OKT'],
    count: 4,
    title: (c) => `Voorlezen voor kleine kinderen ${c.at}`,
    summary: 'Een voorleesmoment voor kinderen van 2 tot 6 jaar, met een prentenboek en een liedje.',
    description:
      'Een vrijwilliger leest een prentenboek voor en zingt een liedje met de kinderen. Ouders en verzorgers blijven erbij. Daarna kun je samen boeken uitzoeken om mee naar huis te nemen.',
    schedule: (r) => schedule([rule(r, { days: [['WE'], ['SA']], slots: [['10:30', '11:15'], ['10:00', '10:45']] })]),
    fields: {
      deelambities: ['plezier', 'ontplooiing'],
      sferen: ['institutioneel'],
      themes: ['opvoeden-en-opgroeien', 'taal-en-digitaal', 'cultuur'],
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      audience: ['kinderen', 'ouders en verzorgers'],
      ageMin: 2,
      ageMax: 6,
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.5, ['ar', 'tr', 'en']) }),
    role: 'medewerker van de bibliotheek',
  },
  {
    slug: 'huiswerkklas',
    kind: 'activiteit',
    categories: ['Bibliotheek', 'Jongerencentrum', 'Huis van de wijk'],
    fallback: ['Buurtkamer'],
    count: 6,
    title: (c) => `Huiswerkklas ${c.at}`,
    summary: 'Maak je huiswerk in een rustige ruimte, met hulp als je vastloopt.',
    description:
      'Voor kinderen en jongeren van 10 tot 16 jaar. Vrijwilligers helpen met plannen, rekenen, taal of een spreekbeurt. Je kunt elke week komen of alleen als je hulp nodig hebt.',
    // Two afternoons a week, closed in the school holidays.
    schedule: (r) =>
      schedule([rule(r, { days: [['MO', 'WE'], ['TU', 'TH'], ['MO', 'TH']], slots: [['15:30', '17:30'], ['16:00', '18:00']] })], {
        closures: [{ ...HERFSTVAKANTIE }, { ...KERSTVAKANTIE }, { ...ZOMERVAKANTIE }],
      }),
    fields: {
      deelambities: ['ontplooiing', 'ondersteuning'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['inclusie'],
      themes: ['opvoeden-en-opgroeien'],
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      audience: ['kinderen', 'jongeren'],
      ageMin: 10,
      ageMax: 16,
      languages: ['nl'],
    },
    role: 'coördinator van de huiswerkklas',
  },
  {
    slug: 'gameavond-jongeren',
    kind: 'activiteit',
    categories: ['Jongerencentrum'],
    fallback: ['Speeltuingebouw', 'Sporthal'],
    count: 5,
    title: (c) => `Gameavond voor jongeren ${c.at}`,
    summary: 'Game samen met andere jongeren op de console, of speel een bordspel.',
    description:
      'Voor jongeren van 12 tot 18 jaar. Je speelt samen of tegen elkaar, en de jongerenwerker is er ook. Heb je een idee voor een toernooi? Dan kun je dat samen organiseren.',
    // Open on public holidays: that is when young people have time.
    schedule: (r) =>
      schedule([rule(r, { days: [['FR'], ['WE'], ['FR', 'SA']], slots: [['19:00', '22:00'], ['18:30', '21:30']] })], {
        closedOnHolidays: false,
      }),
    fields: {
      deelambities: ['plezier', 'ontmoeting'],
      sferen: ['gemeenschappelijk', 'institutioneel'],
      themes: ['sport-en-spel', 'opvoeden-en-opgroeien'],
      kosten: gratis(),
      gedragenDoor: 'beroepskrachten',
      jeKuntOokBijdragen: true,
      audience: ['jongeren'],
      ageMin: 12,
      ageMax: 18,
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.3, ['en']) }),
    role: 'jongerenwerker',
  },
  {
    slug: 'meidenclub',
    kind: 'activiteit',
    categories: ['Jongerencentrum'],
    fallback: ['Huis van de wijk', 'Buurtkamer'],
    count: 4,
    title: (c) => `Meidenclub ${c.at}`,
    summary: 'Een eigen plek voor meiden van 12 tot 18 jaar om te praten, te chillen en dingen te doen.',
    description:
      'Samen bepalen jullie wat je doet, van koken en sporten tot een uitje. Je kunt ook praten over dingen die je bezighouden. Een jongerenwerker is erbij en denkt mee.',
    schedule: (r) => schedule([rule(r, { days: [['WE'], ['TH']], slots: [['14:00', '17:00'], ['18:30', '21:00']] })]),
    fields: {
      deelambities: ['ontmoeting', 'eigenaarschap', 'ontplooiing'],
      sferen: ['gemeenschappelijk', 'institutioneel'],
      bouwstenen: ['eigen-regie'],
      themes: ['opvoeden-en-opgroeien'],
      toegang: 'speciaal_voor',
      speciaalVoor: 'meiden van 12 tot 18 jaar',
      kosten: gratis(),
      gedragenDoor: 'beroepskrachten',
      audience: ['meiden'],
      ageMin: 12,
      ageMax: 18,
      languages: ['nl'],
    },
    role: 'jongerenwerker',
  },
  {
    slug: 'moestuinclub',
    kind: 'activiteit',
    categories: ['Schooltuincomplex', 'Kinderboerderij'],
    fallback: ['Buurtkamer', 'Speeltuingebouw'],
    count: 5,
    title: (c) => `Moestuinclub ${c.at}`,
    summary: 'Zaai, wied en oogst samen groente en kruiden in een gedeelde moestuin.',
    description:
      'Je hoeft niets van tuinieren te weten, je leert het gewoon door te doen. Gereedschap is er. Wat je oogst, verdeel je samen of neem je mee naar huis.',
    // The garden season, in 2026 and again in 2027.
    schedule: (r) => {
      const spec: RuleSpec = { days: [['WE'], ['SA'], ['WE', 'SA']], slots: [['10:00', '12:00'], ['14:00', '16:00']] };
      const season2026 = rule(r, { ...spec, from: '2026-04-01', until: '2026-10-31' });
      return schedule([season2026, { ...season2026, days: [...season2026.days], validFrom: '2027-04-01', validUntil: '2027-10-31' }]);
    },
    fields: {
      deelambities: ['plezier', 'ontmoeting', 'ontplooiing'],
      sferen: ['gemeenschappelijk'],
      themes: ['natuur-en-groen', 'eten-en-koken'],
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners', 'gezinnen'],
      languages: ['nl'],
    },
    vary: (c) => ({ kosten: chance(c.r, 0.5) ? gratis() : bijdrage() }),
    role: 'tuinbegeleider',
  },
  {
    slug: 'dieren-verzorgen-kinderen',
    kind: 'activiteit',
    categories: ['Kinderboerderij'],
    count: 4,
    title: (c) => `Dieren verzorgen voor kinderen ${c.at}`,
    summary: 'Kinderen helpen mee met voeren, borstelen en het hok schoonmaken.',
    description:
      'Voor kinderen van 6 tot 12 jaar. Samen met een begeleider leer je hoe je voor geiten, kippen en konijnen zorgt. Trek kleren aan die vies mogen worden.',
    // Animals need care every day, holidays included.
    schedule: (r) =>
      schedule([rule(r, { days: [['WE'], ['SA'], ['WE', 'SA']], slots: [['13:30', '15:00'], ['10:00', '11:30']] })], {
        closedOnHolidays: false,
      }),
    fields: {
      deelambities: ['plezier', 'ontplooiing'],
      sferen: ['gemeenschappelijk'],
      themes: ['natuur-en-groen', 'opvoeden-en-opgroeien'],
      kosten: gratis(),
      gedragenDoor: 'mix',
      audience: ['kinderen'],
      ageMin: 6,
      ageMax: 12,
      languages: ['nl'],
    },
    role: 'medewerker van de kinderboerderij',
  },
  {
    slug: 'buurtschoonmaak',
    kind: 'activiteit',
    categories: ['Buurtkamer', 'Speeltuingebouw', 'Huis van de wijk'],
    fallback: ['Overig BV', 'Jongerencentrum'],
    count: 5,
    title: (c) => pick(c.r, [`Buurtschoonmaak vanaf ${c.name}`, `Samen de buurt opruimen vanaf ${c.name}`]),
    summary: 'Ruim samen met buren zwerfafval op, en drink daarna samen koffie.',
    description:
      'Je krijgt een grijper, handschoenen en een vuilniszak. In een uur maak je samen de straten en het groen schoner. Heb je ideeën voor de buurt? Bespreek ze na afloop bij de koffie.',
    schedule: (r) => schedule([rule(r, { days: [['SA']], slots: [['10:00', '11:30']], weeks: [[1], [-1], [2]] })]),
    fields: {
      deelambities: ['eigenaarschap', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['eigen-regie'],
      themes: ['wonen-en-buurt', 'natuur-en-groen'],
      kosten: gratis(),
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners', 'gezinnen'],
      languages: ['nl'],
    },
    role: 'opbouwwerker',
  },
  {
    slug: 'bewonersoverleg',
    kind: 'activiteit',
    categories: ['Huis van de wijk', 'Buurtkamer'],
    fallback: ['Buurtteamlocatie', 'Bibliotheek'],
    count: 5,
    title: (c) => `Bewonersoverleg ${c.at}`,
    summary: 'Praat mee over je buurt: wat gaat goed, wat kan beter en wat pakken we samen op?',
    description:
      'Iedereen uit de buurt mag aanschuiven, ook als je voor het eerst komt. Je kunt een onderwerp inbrengen of gewoon luisteren. Soms is er iemand van het stadsdeel om vragen te beantwoorden.',
    schedule: (r) =>
      schedule([rule(r, { days: [['MO'], ['TU'], ['WE']], slots: EVENING, weeks: [[1], [2], [3]] })], { closures: [{ ...ZOMERSTOP }] }),
    fields: {
      deelambities: ['eigenaarschap'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['eigen-regie', 'samenwerken', 'responsiviteit'],
      themes: ['wonen-en-buurt', 'veiligheid'],
      kosten: gratis(),
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners'],
      languages: ['nl'],
    },
    accessibility: ['ringleiding'],
    role: 'opbouwwerker',
  },
  {
    slug: 'werkgroep-buurtfeest',
    kind: 'activiteit',
    categories: ['Huis van de wijk', 'Buurtkamer'],
    fallback: ['Speeltuingebouw'],
    count: 3,
    title: (c) => `Werkgroep buurtfeest ${c.at}`,
    summary: 'Organiseer samen met buren een feest voor de hele buurt.',
    description:
      'De werkgroep bedenkt het programma, regelt de spullen en vraagt een vergunning aan. Je kunt een klein deel doen of meer, wat bij je past. Voor het geld kun je een buurtbudget aanvragen.',
    // Meets in the months before the summer feast of 2027.
    schedule: (r) =>
      schedule([rule(r, { days: [['TH'], ['TU']], slots: EVENING, weeks: [[2], [1, 3]], from: '2027-02-01', until: '2027-06-30' })]),
    fields: {
      deelambities: ['eigenaarschap', 'ontmoeting', 'plezier'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['eigen-regie', 'vragen-en-uitnodigen'],
      themes: ['wonen-en-buurt', 'cultuur'],
      kosten: gratis(),
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners'],
      languages: ['nl'],
    },
    role: 'opbouwwerker',
  },
  {
    slug: 'zomerprogramma',
    kind: 'activiteit',
    categories: ['Speeltuingebouw'],
    fallback: ['Kinderboerderij', 'Jongerencentrum', 'Buurtkamer'],
    count: 5,
    title: (c) => `Zomerprogramma ${c.at}`,
    summary: 'In de zomervakantie elke werkdag iets te doen voor kinderen: spelletjes, knutselen en sport.',
    description:
      'Voor kinderen van 4 tot 12 jaar, met een volwassene in de buurt. Je hoeft je niet aan te melden. Ouders kunnen blijven voor een kop koffie.',
    schedule: () =>
      schedule([{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '13:00', closes: '16:00', validFrom: '2026-07-06', validUntil: '2026-08-14' }]),
    fields: {
      deelambities: ['plezier'],
      sferen: ['gemeenschappelijk'],
      themes: ['opvoeden-en-opgroeien', 'sport-en-spel'],
      kosten: gratis(),
      gedragenDoor: 'mix',
      jeKuntOokBijdragen: true,
      audience: ['kinderen', 'gezinnen'],
      ageMin: 4,
      ageMax: 12,
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.3) }),
    role: (c) => hostRole(c.place),
  },
  {
    slug: 'mantelzorgcafe',
    kind: 'activiteit',
    categories: ['Huis van de wijk', 'Buurtkamer'],
    fallback: ['Bibliotheek', 'Buurtteamlocatie'],
    count: 4,
    title: (c) => `Mantelzorgcafé ${c.at}`,
    summary: 'Zorg je voor iemand in je omgeving? Kom even op adem en praat met anderen die dat ook doen.',
    description:
      'Hier ontmoet je mensen die ook voor een partner, ouder, kind of vriend zorgen. Je deelt ervaringen en tips, of je luistert alleen. Soms vertelt iemand over een onderwerp, zoals regelingen of even vrij zijn van de zorg.',
    schedule: (r) =>
      schedule([rule(r, { days: [['TH'], ['TU'], ['WE']], slots: [...AFTERNOON, ...EVENING], weeks: [[3], [-1], [1]] })], {
        closures: [{ ...ZOMERSTOP }],
      }),
    fields: {
      deelambities: ['ondersteuning', 'ontmoeting'],
      sferen: ['persoonlijk', 'gemeenschappelijk'],
      bouwstenen: ['mantelzorg'],
      toegang: 'speciaal_voor',
      speciaalVoor: 'mensen die voor iemand zorgen',
      kosten: gratis(),
      gedragenDoor: 'mix',
      jeKuntOokBijdragen: false,
      audience: MANTELZORG_AUDIENCE,
      languages: ['nl'],
    },
    role: 'mantelzorgconsulent',
  },
  {
    slug: 'buurtsport-kinderen',
    kind: 'activiteit',
    categories: ['Sportveld', 'Sporthal'],
    fallback: ['Speeltuingebouw', 'Overig SenS'],
    count: 5,
    title: (c) => `Buurtsport voor kinderen ${c.at}`,
    summary: 'Elke week gratis sporten en spelen voor kinderen uit de buurt.',
    description:
      'Een buurtsportcoach doet elke week andere sporten met je, zoals voetbal, trefbal of basketbal. Je hoeft geen lid te zijn van een club. Kom in sportkleding en neem een flesje water mee.',
    schedule: (r) =>
      schedule([rule(r, { days: [['WE'], ['SA'], ['WE', 'FR']], slots: [['14:00', '15:30'], ['15:30', '17:00']] })], {
        closures: [{ ...ZOMERVAKANTIE }],
      }),
    fields: {
      deelambities: ['plezier'],
      sferen: ['gemeenschappelijk', 'institutioneel'],
      themes: ['sport-en-spel', 'gezondheid-en-bewegen', 'opvoeden-en-opgroeien'],
      kosten: gratis(),
      gedragenDoor: 'beroepskrachten',
      audience: ['kinderen'],
      ageMin: 6,
      ageMax: 12,
      languages: ['nl'],
    },
    role: 'buurtsportcoach',
  },
  {
    slug: 'creatief-atelier',
    kind: 'activiteit',
    categories: ['Overig KenC', 'Huis van de wijk'],
    fallback: ['Buurtkamer', 'Bibliotheek'],
    count: 4,
    title: (c) => pick(c.r, [`Creatief atelier ${c.at}`, `Schilderen en tekenen ${c.at}`]),
    summary: 'Teken, schilder of maak iets met klei, samen met anderen uit de buurt.',
    description:
      'Je werkt aan je eigen werk, met hulp van een kunstenaar als je dat wilt. Materialen zijn aanwezig. Je hoeft geen ervaring te hebben.',
    schedule: (r) => schedule([rule(r, { days: [['TU'], ['TH'], ['SA']], slots: [...AFTERNOON, ...EVENING] })]),
    fields: {
      deelambities: ['plezier', 'ontplooiing'],
      sferen: ['gemeenschappelijk'],
      themes: ['cultuur'],
      gedragenDoor: 'mix',
      audience: ['volwassenen'],
      ageMin: 16,
      languages: ['nl'],
    },
    vary: (c) => ({ kosten: chance(c.r, 0.6) ? bedrag(3, 'keer') : bijdrage() }),
    role: 'begeleider van het atelier',
  },
  {
    slug: 'buurtkoor',
    kind: 'activiteit',
    categories: ['Huis van de wijk', 'Overig KenC'],
    fallback: ['Buurtkamer', 'Bibliotheek'],
    count: 3,
    title: (c) => `Buurtkoor ${c.at}`,
    summary: 'Zing mee in een koor voor iedereen. Je hoeft geen noten te kunnen lezen.',
    description:
      'Het koor zingt liedjes uit allerlei landen en tijden. Een dirigent leert je de liedjes stap voor stap. Een paar keer per jaar zingt het koor in de buurt.',
    schedule: (r) => schedule([rule(r, { days: [['MO'], ['WE'], ['TH']], slots: EVENING })], { closures: [{ ...ZOMERSTOP }] }),
    fields: {
      deelambities: ['plezier', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      themes: ['cultuur'],
      kosten: bedrag(5, 'maand'),
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['volwassenen'],
      ageMin: 16,
      languages: ['nl'],
    },
    role: 'contactpersoon van het koor',
  },
  {
    slug: 'kledingruil',
    kind: 'activiteit',
    categories: ['Buurtkamer', 'Huis van de wijk'],
    fallback: ['Bibliotheek', 'Speeltuingebouw'],
    count: 3,
    title: (c) => `Kledingruil ${c.at}`,
    summary: 'Breng kleding die je niet meer draagt en neem iets anders mee.',
    description:
      'Neem schone en hele kleding mee, voor volwassenen of kinderen. Je mag ook iets meenemen als je niets brengt. Wat overblijft, gaat naar een goed doel.',
    schedule: (r) => schedule([rule(r, { days: [['SA'], ['SU']], slots: AFTERNOON, weeks: [[1], [3]] })]),
    fields: {
      deelambities: ['ontmoeting', 'ondersteuning'],
      sferen: ['gemeenschappelijk'],
      themes: ['geldzorgen', 'wonen-en-buurt'],
      kosten: gratis(),
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners', 'gezinnen'],
      languages: ['nl'],
    },
    role: (c) => hostRole(c.place),
  },
  {
    slug: 'opvoedspreekuur',
    kind: 'activiteit',
    categories: ['OKT'],
    fallback: ['Huis van de wijk', 'Buurtteamlocatie', 'Bibliotheek'],
    count: 4,
    title: (c) => `Opvoedspreekuur ${c.at}`,
    summary: 'Vragen over opvoeden of opgroeien? Loop binnen of maak een afspraak.',
    description:
      'Elke ouder heeft weleens vragen, bijvoorbeeld over slapen, eten, ruzie of school. Je praat met een medewerker van het ouder- en kindteam. Je kunt binnenlopen of een afspraak maken, een verwijzing is niet nodig.',
    schedule: (r) =>
      schedule([rule(r, { days: [['MO'], ['WE'], ['TH']], slots: [['09:00', '11:00'], ['13:00', '15:00']] })], { byAppointment: true }),
    fields: {
      deelambities: ['ondersteuning'],
      sferen: ['institutioneel'],
      bouwstenen: ['responsiviteit'],
      themes: ['opvoeden-en-opgroeien'],
      kosten: gratis(),
      gedragenDoor: 'beroepskrachten',
      audience: ['ouders en verzorgers'],
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.5, ['en', 'ar', 'tr']) }),
    role: 'medewerker van het ouder- en kindteam',
  },
];

// --- Steun (personal support) ----------------------------------------------------------------

const MANTELZORG_FIELDS = {
  sferen: ['persoonlijk', 'institutioneel'] as Sfeer[],
  bouwstenen: ['mantelzorg'] as Bouwsteen[],
  jeKuntOokBijdragen: false,
  audience: MANTELZORG_AUDIENCE,
  toegang: 'speciaal_voor' as const,
  speciaalVoor: 'mensen die voor iemand zorgen',
};

const steun: Template[] = [
  {
    slug: 'mantelzorgspreekuur',
    kind: 'steun',
    categories: ['Buurtteamlocatie', 'Huis van de wijk'],
    fallback: ['Buurtkamer', 'Bibliotheek'],
    count: 3,
    title: (c) => `Spreekuur voor wie voor iemand zorgt ${c.at}`,
    summary: 'Zorg je voor iemand in je omgeving? Praat met een mantelzorgconsulent over wat jij nodig hebt.',
    description:
      'Zorgen voor een partner, ouder, kind of buur kan veel van je vragen. In een gesprek kijk je samen wat je helpt, zoals informatie, even vrij zijn of iemand om mee te praten. Het gesprek is gratis en vertrouwelijk.',
    schedule: (r) => schedule([rule(r, { days: [['TU'], ['TH']], slots: MORNING })], { byAppointment: true }),
    fields: {
      ...MANTELZORG_FIELDS,
      deelambities: ['ondersteuning'],
      vraaggebieden: ['informatie-en-advies', 'persoonlijke-begeleiding'],
      kosten: gratis(),
      gedragenDoor: 'beroepskrachten',
      howToApply: 'Loop binnen tijdens het spreekuur, of maak een afspraak met de mantelzorgconsulent.',
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.4, ['en', 'tr', 'ar']) }),
    role: 'mantelzorgconsulent',
  },
  {
    slug: 'praatgroep-zorgen-voor-iemand',
    kind: 'steun',
    categories: ['Huis van de wijk', 'Buurtkamer'],
    fallback: ['Bibliotheek', 'Buurtteamlocatie'],
    count: 3,
    title: (c) =>
      pick(c.r, [
        `Praatgroep voor wie zorgt voor iemand met dementie ${c.at}`,
        `Praatgroep voor wie zorgt voor een kind met een beperking ${c.at}`,
        `Praatgroep voor wie zorgt voor een partner ${c.at}`,
      ]),
    summary: 'Zorg je voor iemand in je omgeving? Deel ervaringen met anderen in een kleine, vaste groep.',
    description:
      'In deze groep praat je met mensen die in een vergelijkbare situatie zitten. Je hoeft niets te vertellen als je dat niet wilt. Een ervaren begeleider leidt het gesprek.',
    schedule: (r) => schedule([rule(r, { days: [['TU'], ['WE']], slots: [...AFTERNOON, ...EVENING], weeks: [[2], [1], [-1]] })]),
    fields: {
      ...MANTELZORG_FIELDS,
      sferen: ['persoonlijk', 'gemeenschappelijk'],
      deelambities: ['ondersteuning', 'ontmoeting'],
      vraaggebieden: ['emotionele-steun'],
      kosten: gratis(),
      gedragenDoor: 'mix',
      howToApply: 'Meld je aan bij de begeleider. Je mag eerst een keer komen kijken.',
      languages: ['nl'],
    },
    role: 'begeleider van de praatgroep',
  },
  {
    slug: 'cursus-zorgen-en-jezelf',
    kind: 'steun',
    categories: ['Bibliotheek', 'Huis van de wijk'],
    fallback: ['Buurtteamlocatie', 'Buurtkamer'],
    count: 2,
    title: (c) => `Cursus: goed voor jezelf zorgen als je voor een ander zorgt ${c.at}`,
    summary: 'Een korte cursus over je grenzen, hulp vragen en tijd voor jezelf.',
    description:
      'De cursus heeft zes bijeenkomsten. Je leert hoe je hulp vraagt en hoe je het volhoudt. Je oefent in een kleine groep met mensen die ook voor iemand zorgen.',
    // Six weekly meetings, in autumn 2026 or in early 2027.
    schedule: (r) =>
      schedule([
        pick(r, [
          { days: ['TU'], opens: '19:30', closes: '21:30', validFrom: '2026-09-29', validUntil: '2026-11-03' },
          { days: ['TU'], opens: '10:00', closes: '12:00', validFrom: '2027-02-02', validUntil: '2027-03-09' },
        ] satisfies RuleIn[]),
      ]),
    fields: {
      ...MANTELZORG_FIELDS,
      deelambities: ['ondersteuning', 'ontplooiing'],
      vraaggebieden: ['educatie'],
      kosten: gratis(),
      gedragenDoor: 'beroepskrachten',
      howToApply: 'Meld je aan bij de mantelzorgconsulent. Er zijn twaalf plekken.',
      languages: ['nl'],
    },
    role: 'mantelzorgconsulent',
  },
  {
    slug: 'even-vrij-van-de-zorg',
    kind: 'steun',
    categories: ['Buurtteamlocatie', 'Huis van de wijk'],
    fallback: ['Buurtkamer'],
    count: 2,
    title: (c) => `Even vrij van de zorg in ${c.stadsdeel}: iemand komt bij je thuis`,
    summary: 'Zorg je voor iemand thuis? Een vaste vrijwilliger neemt de zorg een dagdeel van je over.',
    description:
      'Je kunt dan even boodschappen doen, sporten of gewoon rusten. De vrijwilliger leert jou en je naaste eerst rustig kennen. Samen spreek je af wat wel en niet nodig is.',
    schedule: () => schedule([], { byAppointment: true, note: 'Dag en tijd spreek je samen af.' }),
    fields: {
      ...MANTELZORG_FIELDS,
      sferen: ['persoonlijk', 'gemeenschappelijk'],
      deelambities: ['ondersteuning'],
      vraaggebieden: ['vervangende-zorg'],
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      howToApply:
        'Neem contact op met de mantelzorgconsulent. Na een kennismaking zoeken we een vrijwilliger die bij jullie past.',
      conditions: 'Er kan een wachttijd zijn van een paar weken.',
      languages: ['nl'],
    },
    role: 'mantelzorgconsulent',
  },
  {
    slug: 'praktische-hulp-bij-zorg',
    kind: 'steun',
    categories: ['Buurtteamlocatie', 'Huis van de wijk', 'Buurtkamer'],
    fallback: ['Overig BV'],
    count: 2,
    title: (c) => `Praktische hulp als je voor iemand zorgt ${c.at}`,
    summary: 'Zorg je voor iemand? Buren helpen met boodschappen, een klus of vervoer naar een afspraak.',
    description:
      'Soms helpt een kleine klus al veel. Denk aan boodschappen doen, de tuin bijhouden of iemand naar het ziekenhuis brengen. Je vertelt wat je nodig hebt, en er wordt iemand uit de buurt gezocht.',
    schedule: () => schedule([], { byAppointment: true }),
    fields: {
      ...MANTELZORG_FIELDS,
      sferen: ['persoonlijk', 'gemeenschappelijk'],
      deelambities: ['ondersteuning'],
      vraaggebieden: ['praktische-hulp'],
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      howToApply: 'Vertel de coördinator wat je nodig hebt. Dat kan ook als het maar om één keer gaat.',
      languages: ['nl'],
    },
    role: 'coördinator burenhulp',
  },
  {
    slug: 'hulp-bij-vergoedingen-zorg',
    kind: 'steun',
    categories: ['Buurtteamlocatie', 'Huis van de wijk'],
    fallback: ['Bibliotheek', 'Buurtkamer'],
    count: 2,
    title: (c) => `Hulp bij vergoedingen als je voor iemand zorgt ${c.at}`,
    summary: 'Zorg je voor iemand? Krijg hulp bij het aanvragen van vergoedingen en regelingen.',
    description:
      'Zorgen voor iemand kost vaak geld, bijvoorbeeld voor reizen of parkeren. Samen zoek je uit welke vergoedingen en regelingen er voor jou zijn. Je krijgt ook hulp bij het invullen van de formulieren.',
    schedule: (r) => schedule([rule(r, { days: [['MO'], ['WE']], slots: AFTERNOON })], { byAppointment: true }),
    fields: {
      ...MANTELZORG_FIELDS,
      deelambities: ['ondersteuning'],
      vraaggebieden: ['financiele-ondersteuning', 'informatie-en-advies'],
      bouwstenen: ['mantelzorg', 'bestaanszekerheid'],
      themes: ['geldzorgen'],
      kosten: gratis(),
      gedragenDoor: 'mix',
      howToApply: 'Maak een afspraak of kom langs tijdens het spreekuur. Neem je post en een bankafschrift mee.',
      languages: ['nl'],
    },
    role: 'mantelzorgconsulent',
  },
  {
    slug: 'hulpmiddelen-lenen',
    kind: 'steun',
    categories: ['Huis van de wijk', 'Buurtteamlocatie', 'Overig BV'],
    fallback: ['Buurtkamer'],
    count: 2,
    title: (c) => `Hulpmiddelen lenen ${c.at}`,
    summary: 'Leen gratis een rolstoel, rollator of douchestoel voor korte tijd.',
    description:
      'Dit is handig als je voor iemand zorgt, of als je zelf even slecht ter been bent. Je kunt een hulpmiddel een paar weken lenen. Bij het ophalen krijg je uitleg over het gebruik.',
    schedule: (r) => schedule([rule(r, { days: [['TU', 'TH'], ['MO', 'FR']], slots: MORNING })]),
    fields: {
      ...MANTELZORG_FIELDS,
      sferen: ['persoonlijk', 'gemeenschappelijk'],
      toegang: 'iedereen',
      speciaalVoor: undefined,
      audience: ['mensen die voor iemand zorgen', 'buurtbewoners'],
      deelambities: ['ondersteuning'],
      vraaggebieden: ['materiele-hulp'],
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      howToApply: 'Kom langs tijdens de openingstijden en neem een legitimatiebewijs mee.',
      conditions: 'Je leent een hulpmiddel maximaal zes weken.',
      languages: ['nl'],
    },
    role: 'medewerker van het uitleenpunt',
  },
  {
    slug: 'formulierenhulp',
    kind: 'steun',
    categories: ['Buurtteamlocatie', 'Bibliotheek', 'Huis van de wijk'],
    fallback: ['Buurtkamer'],
    count: 4,
    title: (c) => pick(c.r, [`Formulierenhulp ${c.at}`, `Hulp bij post en formulieren ${c.at}`]),
    summary: 'Hulp bij brieven en formulieren, bijvoorbeeld van de Belastingdienst of je zorgverzekering.',
    description:
      'Neem je brieven mee, en je DigiD als je die hebt. Een vrijwilliger leest met je mee en helpt bij het invullen. Je beslist zelf wat er gebeurt.',
    schedule: (r) =>
      schedule([rule(r, { days: [['MO'], ['WE'], ['TU', 'TH']], slots: [...MORNING, ...AFTERNOON] })], {
        byAppointment: chance(r, 0.5),
        closures: someClosures(r, [[], [KERSTWEEK]]),
      }),
    fields: {
      deelambities: ['ondersteuning'],
      sferen: ['gemeenschappelijk', 'institutioneel'],
      bouwstenen: ['bestaanszekerheid'],
      themes: ['geldzorgen', 'taal-en-digitaal'],
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      jeKuntOokBijdragen: true,
      audience: ['iedereen'],
      howToApply: 'Loop binnen tijdens de inloop. Je kunt ook een afspraak maken.',
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.6, ['en', 'ar', 'tr', 'pl']) }),
    role: 'coördinator formulierenhulp',
  },
  {
    slug: 'spreekuur-geldzorgen',
    kind: 'steun',
    categories: ['Buurtteamlocatie', 'Huis van de wijk', 'Bibliotheek'],
    fallback: ['Buurtkamer'],
    count: 3,
    title: (c) => `Spreekuur geldzorgen ${c.at}`,
    summary: 'Maak je je zorgen over geld of rekeningen? Praat er vroeg over, dan is er vaak meer mogelijk.',
    description:
      'Je praat in vertrouwen met iemand die veel weet van geld en regelingen. Samen maak je een overzicht en kijk je wat de eerste stap is. Als je dat wilt, krijg je een vast maatje dat een tijd met je meeloopt.',
    schedule: (r) => schedule([rule(r, { days: [['TU'], ['TH'], ['FR']], slots: [...MORNING, ...AFTERNOON] })], { byAppointment: true }),
    fields: {
      deelambities: ['ondersteuning'],
      sferen: ['gemeenschappelijk', 'institutioneel'],
      bouwstenen: ['bestaanszekerheid'],
      themes: ['geldzorgen'],
      kosten: gratis(),
      gedragenDoor: 'mix',
      audience: ['iedereen'],
      howToApply: 'Kom langs tijdens het spreekuur of maak een afspraak. Neem je post mee.',
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.4, ['en', 'ar', 'tr']) }),
    role: 'medewerker geldzaken',
  },
  {
    slug: 'uitgiftepunt-voedselpakketten',
    kind: 'steun',
    categories: ['Overig BV', 'Huis van de wijk', 'Buurtkamer'],
    fallback: ['Jongerencentrum'],
    count: 3,
    title: (c) => `Uitgiftepunt voedselpakketten ${c.at}`,
    summary: 'Elke week een pakket met eten en verzorgingsproducten, als je tijdelijk te weinig geld hebt.',
    description:
      'Je komt in aanmerking als je na je vaste lasten weinig geld overhoudt. Een medewerker van het buurtteam of een andere hulpverlener kan je aanmelden. Bij het uitgiftepunt staat er koffie klaar.',
    // The weekly package also goes out on a public holiday.
    schedule: (r) =>
      schedule([rule(r, { days: [['TH'], ['FR']], slots: [['13:00', '15:00'], ['14:00', '16:00']] })], { closedOnHolidays: false }),
    fields: {
      deelambities: ['ondersteuning'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['bestaanszekerheid'],
      themes: ['geldzorgen', 'eten-en-koken'],
      indicatie: 'nodig',
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      jeKuntOokBijdragen: true,
      audience: ['gezinnen', 'alleenstaanden'],
      howToApply: 'Vraag een verwijzing aan bij het buurtteam. Daarna hoor je wanneer je je pakket kunt ophalen.',
      conditions: 'Je hebt een verwijzing nodig. Er wordt gekeken naar je inkomen en je vaste lasten.',
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.4, ['en', 'ar', 'pl', 'uk']) }),
    role: 'coördinator van het uitgiftepunt',
  },
  {
    slug: 'kledingbank',
    kind: 'steun',
    categories: ['Overig BV', 'Buurtkamer', 'Huis van de wijk'],
    fallback: ['Speeltuingebouw'],
    count: 2,
    title: (c) => `Kledingbank ${c.at}`,
    summary: 'Gratis kleding voor volwassenen en kinderen, als je weinig te besteden hebt.',
    description:
      'Je zoekt zelf kleding uit die je past en mooi vindt. Er zijn ook schoenen en soms speelgoed. Je kunt een paar keer per jaar komen.',
    schedule: (r) => schedule([rule(r, { days: [['WE'], ['SA']], slots: AFTERNOON, weeks: [[1, 3], [2, 4]] })]),
    fields: {
      deelambities: ['ondersteuning'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['bestaanszekerheid'],
      themes: ['geldzorgen'],
      indicatie: 'welkom',
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      jeKuntOokBijdragen: true,
      audience: ['gezinnen', 'volwassenen'],
      howToApply: 'Kom langs tijdens de openingstijden.',
      conditions: 'Heb je een verwijzing, neem die dan mee. Heb je er geen, vraag dan bij de ingang wat er kan.',
      languages: ['nl'],
    },
    role: 'coördinator van de kledingbank',
  },
  {
    slug: 'maatjesproject',
    kind: 'steun',
    categories: ['Huis van de wijk', 'Buurtkamer', 'Buurtteamlocatie'],
    fallback: ['Bibliotheek'],
    count: 3,
    title: (c) => `Maatjesproject ${c.stadsdeel}: samen iets leuks doen`,
    summary: 'Vind een vast maatje om samen te wandelen, koffie te drinken of naar de markt te gaan.',
    description:
      'Een maatje is iemand uit de buurt die een tijd lang met je optrekt. Jullie kiezen samen wat jullie doen en hoe vaak. Eerst is er een kennismaking, dan kijk je of het klikt.',
    schedule: () => schedule([], { byAppointment: true, note: 'Jullie spreken samen een moment af.' }),
    fields: {
      deelambities: ['ondersteuning', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vragen-en-uitnodigen'],
      themes: ['eenzaamheid'],
      indicatie: 'welkom',
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      audience: ['volwassenen', 'ouderen'],
      ageMin: 18,
      howToApply: 'Vraag een kennismaking aan bij de coördinator. Een verwijzing is welkom, maar niet nodig.',
      conditions: 'Soms is er een wachttijd.',
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.3, ['en', 'tr']) }),
    role: 'coördinator maatjesproject',
  },
  {
    slug: 'burenhulp-klusjesdienst',
    kind: 'steun',
    categories: ['Buurtkamer', 'Huis van de wijk'],
    fallback: ['Buurtteamlocatie', 'Overig BV'],
    count: 3,
    title: (c) => `Burenhulp en klusjesdienst ${c.at}`,
    summary: 'Een lamp ophangen of een kastje in elkaar zetten? Een buurtbewoner helpt je.',
    description:
      'De klusjesdienst doet kleine klussen die niet langer dan een paar uur duren. Je betaalt alleen de materialen. Misschien kun jij op een andere manier iets terugdoen voor de buurt, als je dat wilt.',
    schedule: () => schedule([], { byAppointment: true }),
    fields: {
      deelambities: ['ondersteuning'],
      sferen: ['gemeenschappelijk'],
      themes: ['wonen-en-buurt'],
      kosten: bijdrage(),
      gedragenDoor: 'bewoners',
      jeKuntOokBijdragen: true,
      audience: ['buurtbewoners'],
      howToApply: 'Vraag het aan bij de gastvrouw of gastheer. Je hoort binnen een week wie je komt helpen.',
      languages: ['nl'],
    },
    role: 'coördinator burenhulp',
  },
  {
    slug: 'taalmaatje',
    kind: 'steun',
    categories: ['Bibliotheek', 'Huis van de wijk'],
    fallback: ['Buurtkamer'],
    count: 2,
    title: (c) => `Taalmaatje via ${c.name}`,
    summary: 'Oefen een half jaar lang elke week Nederlands met een vast taalmaatje.',
    description:
      'Jullie spreken af op een plek en tijd die jullie allebei goed uitkomt. Je oefent met wat jij nodig hebt, zoals praten bij de dokter of een sollicitatie. Je taalmaatje heeft daarvoor een korte training gevolgd.',
    schedule: () => schedule([], { byAppointment: true }),
    fields: {
      deelambities: ['ontplooiing', 'ondersteuning'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['inclusie'],
      themes: ['taal-en-digitaal'],
      indicatie: 'welkom',
      kosten: gratis(),
      gedragenDoor: 'vrijwilligers',
      audience: ['nieuwkomers'],
      ageMin: 16,
      howToApply: 'Vraag naar een taalmaatje bij de balie. Na een kort gesprek zoeken we iemand die bij je past.',
    },
    vary: (c) => ({ languages: languagesWith(c.r, 0.8, ['en', 'ar', 'tr', 'uk', 'ti']) }),
    role: 'taalcoördinator',
  },
];

// --- Vacatures ---------------------------------------------------------------------------------

const vacatures: Template[] = [
  {
    slug: 'vacature-gastvrouw-gastheer',
    kind: 'vacature',
    categories: ['Buurtkamer', 'Huis van de wijk'],
    fallback: ['Speeltuingebouw', 'Overig BV'],
    count: 4,
    title: (c) => `Gastvrouw of gastheer ${c.at}`,
    summary: 'Zet koffie, maak een praatje en zorg dat iedereen zich welkom voelt.',
    description:
      'Je ontvangt bezoekers, zet koffie en thee en maakt een praatje. Je staat er nooit alleen voor, want er zijn altijd twee gastvrouwen of gastheren. Je kiest zelf welke ochtend of middag je komt.',
    schedule: (r) => schedule([rule(r, { days: [['MO'], ['TU'], ['WE'], ['TH'], ['FR']], slots: [['09:30', '12:30'], ['13:30', '16:30']] })]),
    fields: {
      deelambities: ['ontplooiing', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet', 'vragen-en-uitnodigen'],
      themes: ['eenzaamheid', 'participatie-en-werk'],
      gedragenDoor: 'bewoners',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'structureel',
        hoursPerTime: 3,
        frequency: 'per_week',
        flexible: true,
        moments: ['overdag'],
        taskSize: 'middel',
        training: false,
        begeleiding: true,
        vergoeding: 'onkosten',
        vogRequired: false,
        suitedNextToWork: false,
        suitedNextToMantelzorg: true,
        inclusiveStatement: 'Iedereen is welkom, ook als je Nederlands nog niet perfect is.',
      }),
    },
    role: 'coördinator vrijwilligers',
  },
  {
    slug: 'vacature-kok-buurtmaaltijd',
    kind: 'vacature',
    categories: ['Huis van de wijk', 'Buurtkamer'],
    fallback: ['Jongerencentrum'],
    count: 3,
    title: (c) => `Kok voor de buurtmaaltijd ${c.at}`,
    summary: 'Kook één keer per maand samen met anderen voor zo’n dertig buurtbewoners.',
    description:
      'Je maakt samen met een kookteam een eenvoudige, gezonde maaltijd. Je hoeft geen kok te zijn, als je het maar leuk vindt om voor een groep te koken. Heb je nog geen hygiënetraining gehad? Die krijg je.',
    schedule: (r) => schedule([rule(r, { days: [['FR'], ['WE']], slots: [['15:00', '19:30']], weeks: [[1], [-1], [3]] })]),
    fields: {
      deelambities: ['ontplooiing', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet'],
      themes: ['eten-en-koken'],
      gedragenDoor: 'bewoners',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'structureel',
        hoursPerTime: 4,
        frequency: 'per_maand',
        flexible: false,
        moments: ['avond'],
        taskSize: 'middel',
        training: true,
        begeleiding: true,
        vergoeding: 'vrijwilligersvergoeding',
        vogRequired: false,
        suitedNextToWork: true,
        suitedNextToMantelzorg: false,
      }),
    },
    role: 'coördinator vrijwilligers',
  },
  {
    slug: 'vacature-chauffeur-buurtbus',
    kind: 'vacature',
    categories: ['Huis van de wijk', 'Buurtkamer', 'Buurtteamlocatie'],
    fallback: ['Overig BV'],
    count: 3,
    title: (c) => `Chauffeur voor de buurtbus in ${c.stadsdeel}`,
    summary: 'Breng buurtbewoners die slecht ter been zijn naar een activiteit of afspraak.',
    description:
      'Je rijdt met een busje naar activiteiten in de buurt. Je helpt mensen bij het in- en uitstappen. Je geeft zelf aan wanneer je kunt, ook als dat maar een paar keer per maand is.',
    schedule: () => noSchedule('Ritten in overleg, op werkdagen overdag.'),
    fields: {
      deelambities: ['ontplooiing', 'ondersteuning'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet'],
      themes: ['eenzaamheid'],
      gedragenDoor: 'vrijwilligers',
      audience: ['iedereen met een rijbewijs B'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'incidenteel',
        hoursPerTime: 2,
        frequency: 'in_overleg',
        flexible: true,
        moments: ['overdag'],
        taskSize: 'klein',
        training: true,
        begeleiding: true,
        vergoeding: 'onkosten',
        vogRequired: true,
        vogReason: 'Je bent vaak alleen met een passagier in de bus.',
        suitedNextToWork: true,
        suitedNextToMantelzorg: false,
      }),
    },
    role: 'coördinator vervoer',
  },
  {
    slug: 'vacature-taalmaatje',
    kind: 'vacature',
    categories: ['Bibliotheek', 'Huis van de wijk'],
    fallback: ['Buurtkamer'],
    count: 3,
    title: (c) => `Taalmaatje worden via ${c.name}`,
    summary: 'Help iemand een uur per week met Nederlands praten, op een moment dat jou past.',
    description:
      'Je spreekt elke week af met iemand die Nederlands wil oefenen. Jullie praten over gewone dingen, zoals boodschappen of de buurt. Je krijgt een korte training en kunt altijd vragen stellen aan de coördinator.',
    schedule: () => noSchedule('Dag en tijd spreek je samen af.'),
    fields: {
      deelambities: ['ontplooiing', 'ontmoeting'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet', 'inclusie'],
      themes: ['taal-en-digitaal'],
      gedragenDoor: 'vrijwilligers',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'structureel',
        hoursPerTime: 1.5,
        frequency: 'per_week',
        flexible: true,
        moments: ['overdag', 'avond'],
        taskSize: 'middel',
        training: true,
        begeleiding: true,
        vergoeding: 'geen',
        vogRequired: false,
        suitedNextToWork: true,
        suitedNextToMantelzorg: true,
        inclusiveStatement: 'Je hoeft geen docent te zijn. Ook als Nederlands niet je eerste taal is, ben je welkom.',
      }),
    },
    role: 'taalcoördinator',
  },
  {
    slug: 'vacature-voorlezen-thuis',
    kind: 'vacature',
    categories: ['Bibliotheek', 'OKT'],
    fallback: ['Huis van de wijk'],
    count: 3,
    title: (c) => `Voorlezen bij gezinnen thuis in ${c.stadsdeel}`,
    summary: 'Lees twintig weken lang elke week voor bij een gezin met jonge kinderen.',
    description:
      'Je leest voor aan kinderen van 2 tot 8 jaar, bij hen thuis. Zo leren ze spelenderwijs nieuwe woorden. Ouders kijken mee en ontdekken hoe ze zelf kunnen voorlezen.',
    schedule: () => noSchedule('Een vast moment per week, in overleg met het gezin.'),
    fields: {
      deelambities: ['ontplooiing'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet'],
      themes: ['opvoeden-en-opgroeien', 'taal-en-digitaal'],
      gedragenDoor: 'vrijwilligers',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'structureel',
        hoursPerTime: 1,
        frequency: 'per_week',
        flexible: true,
        moments: ['overdag'],
        taskSize: 'klein',
        training: true,
        begeleiding: true,
        vergoeding: 'onkosten',
        vogRequired: true,
        vogReason: 'Je bent bij gezinnen thuis met jonge kinderen.',
        suitedNextToWork: true,
        suitedNextToMantelzorg: false,
      }),
    },
    role: 'coördinator voorlezen',
  },
  {
    slug: 'vacature-klusser',
    kind: 'vacature',
    categories: ['Buurtkamer', 'Huis van de wijk'],
    fallback: ['Buurtteamlocatie', 'Overig BV'],
    count: 3,
    title: (c) => `Klusser voor de klusjesdienst ${c.at}`,
    summary: 'Help buren met kleine klussen in huis, wanneer het jou uitkomt.',
    description:
      'Denk aan een lamp ophangen, een kraan vervangen of een kast in elkaar zetten. Je krijgt een klus doorgestuurd en kiest zelf of je hem doet. Heb je zelf geen gereedschap, dan kun je het lenen.',
    schedule: () => noSchedule('Wanneer het jou en de buurtbewoner uitkomt.'),
    fields: {
      deelambities: ['ontplooiing', 'ondersteuning'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet'],
      themes: ['wonen-en-buurt'],
      gedragenDoor: 'bewoners',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'incidenteel',
        hoursPerTime: 2,
        frequency: 'in_overleg',
        flexible: true,
        moments: ['overdag', 'weekend'],
        taskSize: 'klein',
        training: false,
        begeleiding: true,
        vergoeding: 'onkosten',
        vogRequired: true,
        vogReason: 'Je komt bij mensen thuis.',
        suitedNextToWork: true,
        suitedNextToMantelzorg: true,
        inclusiveStatement: 'Je bent welkom, wat je leeftijd of achtergrond ook is.',
      }),
    },
    role: 'coördinator burenhulp',
  },
  {
    slug: 'vacature-tuinier',
    kind: 'vacature',
    categories: ['Schooltuincomplex', 'Kinderboerderij'],
    fallback: ['Buurtkamer', 'Speeltuingebouw'],
    count: 3,
    title: (c) => `Tuinier in de buurtmoestuin ${c.at}`,
    summary: 'Help mee in de moestuin: zaaien, wieden en oogsten samen met buurtbewoners.',
    description:
      'Je werkt een ochtend per week in de tuin, samen met anderen. Ervaring is fijn, maar niet nodig. Je leert veel van de andere tuiniers.',
    schedule: (r) => schedule([rule(r, { days: [['TU'], ['WE'], ['SA']], slots: [['09:00', '12:00']], from: '2026-03-15', until: '2026-10-31' })]),
    fields: {
      deelambities: ['ontplooiing', 'plezier'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet'],
      themes: ['natuur-en-groen'],
      gedragenDoor: 'bewoners',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'structureel',
        hoursPerTime: 3,
        frequency: 'per_week',
        flexible: false,
        moments: ['overdag'],
        taskSize: 'middel',
        training: false,
        begeleiding: true,
        vergoeding: 'geen',
        vogRequired: false,
        suitedNextToWork: false,
        suitedNextToMantelzorg: true,
      }),
    },
    role: 'tuinbegeleider',
  },
  {
    slug: 'vacature-buurtfeest-eenmalig',
    kind: 'vacature',
    categories: ['Huis van de wijk', 'Buurtkamer', 'Speeltuingebouw'],
    fallback: ['Jongerencentrum'],
    count: 3,
    title: (c) => `Eenmalig meehelpen bij het buurtfeest ${c.at}`,
    summary: 'Help een middag mee bij het buurtfeest: opbouwen, limonade schenken of opruimen.',
    description:
      'Je kiest zelf een taak die bij je past. Een paar uur is al een grote hulp. Het is een mooie manier om je buren te leren kennen.',
    // One Saturday only.
    schedule: (r) => {
      const day = pick(r, ['2026-06-20', '2026-09-12', '2027-06-19']);
      return schedule([{ days: ['SA'], opens: '12:00', closes: '18:00', validFrom: day, validUntil: day }]);
    },
    fields: {
      deelambities: ['eigenaarschap', 'ontmoeting', 'plezier'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vragen-en-uitnodigen', 'vrijwillige-inzet'],
      themes: ['wonen-en-buurt'],
      gedragenDoor: 'bewoners',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'eenmalig',
        hoursPerTime: 4,
        frequency: 'eenmalig',
        flexible: false,
        moments: ['weekend'],
        taskSize: 'klein',
        training: false,
        begeleiding: true,
        vergoeding: 'geen',
        vogRequired: false,
        suitedNextToWork: true,
        suitedNextToMantelzorg: true,
        inclusiveStatement: 'Iedereen kan meehelpen, ook als je weinig tijd hebt.',
      }),
    },
    role: 'opbouwwerker',
  },
  {
    slug: 'vacature-kerstdiner-eenmalig',
    kind: 'vacature',
    categories: ['Huis van de wijk', 'Buurtkamer'],
    fallback: ['Overig BV'],
    count: 2,
    title: (c) => `Meehelpen bij het kerstdiner ${c.at}`,
    summary: 'Help één avond mee bij een gezellig kerstdiner voor buurtbewoners.',
    description:
      'Je dekt de tafels, serveert het eten of maakt een praatje met de gasten. Je doet het samen met een groep andere helpers. Na afloop eet je zelf ook mee.',
    // Kerstavond is no public holiday; the rule holds on that one evening only.
    schedule: () =>
      schedule([{ days: ['TH'], opens: '16:00', closes: '21:30', validFrom: '2026-12-24', validUntil: '2026-12-24' }], {
        closedOnHolidays: false,
      }),
    fields: {
      deelambities: ['ontmoeting', 'ontplooiing'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vragen-en-uitnodigen', 'vrijwillige-inzet'],
      themes: ['eenzaamheid', 'eten-en-koken'],
      gedragenDoor: 'bewoners',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'eenmalig',
        hoursPerTime: 5,
        frequency: 'eenmalig',
        flexible: false,
        moments: ['avond'],
        taskSize: 'klein',
        training: false,
        begeleiding: true,
        vergoeding: 'geen',
        vogRequired: false,
        suitedNextToWork: true,
        suitedNextToMantelzorg: false,
      }),
    },
    role: 'coördinator vrijwilligers',
  },
  {
    slug: 'vacature-bestuurslid',
    kind: 'vacature',
    categories: ['Huis van de wijk', 'Buurtkamer', 'Speeltuingebouw'],
    fallback: ['Jongerencentrum'],
    count: 3,
    title: (c) => `Bestuurslid voor ${c.name}`,
    summary: 'Denk mee over de koers van de plek en houd samen met anderen het overzicht.',
    description:
      'Het bestuur vergadert één avond per maand. Je helpt bij plannen, geld en afspraken met de gemeente. Je krijgt een inwerkperiode en kunt een training volgen.',
    schedule: (r) => schedule([rule(r, { days: [['MO'], ['TU']], slots: EVENING, weeks: [[1], [2]] })]),
    fields: {
      deelambities: ['eigenaarschap', 'ontplooiing'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['eigen-regie', 'vrijwillige-inzet'],
      themes: ['wonen-en-buurt'],
      gedragenDoor: 'bewoners',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'structureel',
        hoursPerTime: 2,
        frequency: 'per_maand',
        flexible: false,
        moments: ['avond'],
        taskSize: 'groot',
        training: true,
        begeleiding: true,
        vergoeding: 'geen',
        vogRequired: false,
        suitedNextToWork: true,
        suitedNextToMantelzorg: false,
        inclusiveStatement: 'We zoeken mensen uit de hele buurt, juist ook jongeren en mensen met een migratieachtergrond.',
      }),
    },
    role: 'voorzitter van het bestuur',
  },
  {
    slug: 'vacature-maatje-oudere',
    kind: 'vacature',
    categories: ['Huis van de wijk', 'Buurtkamer', 'Buurtteamlocatie'],
    fallback: ['Bibliotheek'],
    count: 3,
    title: (c) => `Maatje voor een oudere buurtbewoner in ${c.stadsdeel}`,
    summary: 'Ga elke week een paar uur op pad met een oudere buurtbewoner.',
    description:
      'Jullie drinken koffie, maken een wandeling of doen samen een boodschap. Je krijgt een maatje dat bij je past, na een kennismaking. De coördinator is er als je vragen hebt.',
    schedule: () => noSchedule('Dag en tijd spreek je samen af.'),
    fields: {
      deelambities: ['ontmoeting', 'ontplooiing'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet', 'vragen-en-uitnodigen'],
      themes: ['eenzaamheid'],
      gedragenDoor: 'vrijwilligers',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'structureel',
        hoursPerTime: 2,
        frequency: 'per_week',
        flexible: true,
        moments: ['overdag', 'weekend'],
        taskSize: 'middel',
        training: true,
        begeleiding: true,
        vergoeding: 'onkosten',
        vogRequired: true,
        vogReason: 'Je bent vaak alleen met iemand, bij hem of haar thuis.',
        suitedNextToWork: true,
        suitedNextToMantelzorg: false,
      }),
    },
    role: 'coördinator maatjesproject',
  },
  {
    slug: 'vacature-huiswerkbegeleider',
    kind: 'vacature',
    categories: ['Bibliotheek', 'Jongerencentrum', 'Huis van de wijk'],
    fallback: ['Buurtkamer'],
    count: 3,
    title: (c) => `Huiswerkbegeleider ${c.at}`,
    summary: 'Help kinderen van 10 tot 16 jaar met plannen, rekenen en taal.',
    description:
      'Je helpt een kleine groep kinderen met hun huiswerk. Je hoeft geen leraar te zijn, geduld is het belangrijkste. Je kiest zelf of je één of twee middagen per week komt.',
    schedule: (r) => schedule([rule(r, { days: [['MO', 'WE'], ['TU', 'TH']], slots: [['15:30', '17:30']] })], { closures: [{ ...ZOMERVAKANTIE }] }),
    fields: {
      deelambities: ['ontplooiing'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet'],
      themes: ['opvoeden-en-opgroeien'],
      gedragenDoor: 'vrijwilligers',
      audience: ['iedereen vanaf 18 jaar'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'structureel',
        hoursPerTime: 2,
        frequency: 'per_week',
        flexible: true,
        moments: ['overdag'],
        taskSize: 'middel',
        training: true,
        begeleiding: true,
        vergoeding: 'vrijwilligersvergoeding',
        vogRequired: true,
        vogReason: 'Je werkt met kinderen.',
        suitedNextToWork: false,
        suitedNextToMantelzorg: false,
      }),
    },
    role: 'coördinator van de huiswerkklas',
  },
  {
    slug: 'vacature-computerhulp',
    kind: 'vacature',
    categories: ['Bibliotheek', 'Huis van de wijk'],
    fallback: ['Buurtkamer'],
    count: 3,
    title: (c) => `Meehelpen bij de computerinloop ${c.at}`,
    summary: 'Help buurtbewoners met hun telefoon, tablet of computer.',
    description:
      'Bezoekers komen met vragen over bijvoorbeeld e-mail, apps of DigiD. Jij legt rustig uit hoe het werkt, zodat ze het daarna zelf kunnen. Je hoeft geen expert te zijn, geduld is belangrijker.',
    schedule: (r) => schedule([rule(r, { days: [['MO'], ['WE'], ['FR']], slots: AFTERNOON })]),
    fields: {
      deelambities: ['ontplooiing', 'ondersteuning'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet', 'inclusie'],
      themes: ['taal-en-digitaal'],
      gedragenDoor: 'vrijwilligers',
      audience: ['iedereen'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'incidenteel',
        hoursPerTime: 2,
        frequency: 'per_twee_weken',
        flexible: true,
        moments: ['overdag'],
        taskSize: 'klein',
        training: true,
        begeleiding: true,
        vergoeding: 'geen',
        vogRequired: false,
        suitedNextToWork: false,
        suitedNextToMantelzorg: true,
      }),
    },
    role: 'coördinator vrijwilligers',
  },
  {
    slug: 'vacature-zorg-even-overnemen',
    kind: 'vacature',
    categories: ['Buurtteamlocatie', 'Huis van de wijk'],
    fallback: ['Buurtkamer'],
    count: 2,
    title: (c) => `Een middag de zorg overnemen in ${c.stadsdeel}`,
    summary: 'Neem om de week een middag de zorg over, zodat iemand even vrij is.',
    description:
      'Je gaat op bezoek bij iemand die zorg nodig heeft, terwijl de vaste zorger even weg kan. Jullie drinken koffie, wandelen of doen een spelletje. Je krijgt een training en een vaste contactpersoon.',
    schedule: () => noSchedule('Dag en tijd in overleg.'),
    fields: {
      deelambities: ['ontplooiing', 'ondersteuning'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['mantelzorg', 'vrijwillige-inzet'],
      themes: ['eenzaamheid'],
      gedragenDoor: 'vrijwilligers',
      audience: ['iedereen vanaf 18 jaar'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'structureel',
        hoursPerTime: 3,
        frequency: 'per_twee_weken',
        flexible: true,
        moments: ['overdag'],
        taskSize: 'middel',
        training: true,
        begeleiding: true,
        vergoeding: 'onkosten',
        vogRequired: true,
        vogReason: 'Je bent alleen bij iemand thuis.',
        suitedNextToWork: true,
        suitedNextToMantelzorg: false,
      }),
    },
    role: 'coördinator respijtzorg',
  },
  {
    slug: 'vacature-dierenverzorger',
    kind: 'vacature',
    categories: ['Kinderboerderij'],
    count: 2,
    title: (c) => `Dierenverzorger ${c.at}`,
    summary: 'Help in het weekend mee met het voeren en verzorgen van de dieren.',
    description:
      'Je voert de dieren, maakt de hokken schoon en praat met bezoekers. Je werkt samen met een vaste medewerker. Ervaring met dieren is niet nodig.',
    schedule: (r) => schedule([rule(r, { days: [['SA'], ['SU'], ['SA', 'SU']], slots: [['09:00', '13:00']] })], { closedOnHolidays: false }),
    fields: {
      deelambities: ['ontplooiing', 'plezier'],
      sferen: ['gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet'],
      themes: ['natuur-en-groen'],
      gedragenDoor: 'mix',
      audience: ['iedereen vanaf 16 jaar'],
      languages: ['nl'],
      ...vacature({
        inzetType: 'structureel',
        hoursPerTime: 4,
        frequency: 'per_twee_weken',
        flexible: false,
        moments: ['weekend'],
        taskSize: 'middel',
        training: true,
        begeleiding: true,
        vergoeding: 'geen',
        vogRequired: false,
        suitedNextToWork: true,
        suitedNextToMantelzorg: false,
      }),
    },
    role: 'medewerker van de kinderboerderij',
  },
];

// --- Regelingen --------------------------------------------------------------------------------

const GEMEENTE_CONTACT = { phone: '14 020', role: 'gemeente, algemeen nummer' };

const regelingen: Template[] = [
  {
    slug: 'buurtbudget',
    kind: 'regeling',
    scope: 'stadsdeel',
    categories: ['Huis van de wijk'],
    fallback: ['Buurtkamer', 'Buurtteamlocatie', 'Overig BV', 'Bibliotheek'],
    count: STADSDEEL_ORDER.length,
    title: (c) => `Buurtbudget ${c.stadsdeel}: geld voor een idee in je buurt`,
    summary: 'Heb je een idee voor je buurt? Vraag geld aan om het samen met buren uit te voeren.',
    description: (c) =>
      `Denk aan een buurtfeest, een geveltuin of een wekelijkse inloop. Je vraagt het geld samen met een paar buren aan. Het stadsdeel ${c.stadsdeel} denkt mee en helpt je op weg.`,
    schedule: () => noSchedule('Aanvragen kan het hele jaar.'),
    fields: {
      deelambities: ['eigenaarschap'],
      sferen: ['gemeenschappelijk', 'institutioneel'],
      bouwstenen: ['financiering', 'eigen-regie'],
      themes: ['wonen-en-buurt'],
      kosten: gratis(),
      gedragenDoor: null,
      audience: ['buurtbewoners', 'bewonersgroepen'],
      languages: ['nl'],
      conditions: 'Je doet het samen met minstens drie buurtbewoners. Het idee is voor iedereen in de buurt.',
      howToApply:
        'Vraag het aan bij de gemeente. Wil je hulp bij je aanvraag? Loop dan binnen bij het buurthuis dat hierbij staat, of bel 14 020.',
    },
    role: 'medewerker buurtbudget van het stadsdeel',
  },
  {
    slug: 'kortingspas',
    kind: 'regeling',
    scope: 'gemeente',
    count: 1,
    title: () => 'Kortingspas voor inwoners met een laag inkomen',
    summary: 'Met de pas krijg je korting op sport, cultuur, uitjes en activiteiten in de buurt.',
    description:
      'De pas is voor jou en je gezin als je inkomen laag is. Je krijgt korting of gratis toegang bij veel activiteiten, ook bij activiteiten op deze kaart. Kinderen krijgen een eigen tegoed, bijvoorbeeld voor schoolspullen.',
    schedule: () => noSchedule(),
    fields: {
      deelambities: ['ondersteuning', 'plezier'],
      sferen: ['institutioneel'],
      bouwstenen: ['bestaanszekerheid', 'inclusie'],
      themes: ['geldzorgen'],
      toegang: 'speciaal_voor',
      speciaalVoor: 'inwoners met een laag inkomen',
      kosten: gratis(),
      gedragenDoor: null,
      audience: ['inwoners met een laag inkomen', 'gezinnen'],
      languages: ['nl', 'en'],
      conditions: 'Je woont in de gemeente en je inkomen is laag. Wat telt als laag, hangt af van je gezin.',
      howToApply: 'Vraag de pas aan bij de gemeente. Bel 14 020 als je hulp wilt bij de aanvraag.',
    },
  },
  {
    slug: 'fonds-sport-en-cultuur-kinderen',
    kind: 'regeling',
    scope: 'gemeente',
    count: 1,
    title: () => 'Geld voor sport, muziek of dans voor je kind',
    summary: 'Is er thuis weinig geld? Dan kan de contributie voor een sportclub of muziekles worden betaald.',
    description:
      'Elk kind moet kunnen sporten of iets creatiefs doen. De regeling betaalt de contributie of het lesgeld, en soms ook kleding of een instrument. Iemand van school of een buurtsportcoach vraagt het samen met jou aan.',
    schedule: () => noSchedule(),
    fields: {
      deelambities: ['plezier', 'ontplooiing'],
      sferen: ['institutioneel'],
      bouwstenen: ['bestaanszekerheid', 'inclusie'],
      themes: ['geldzorgen', 'sport-en-spel', 'cultuur', 'opvoeden-en-opgroeien'],
      toegang: 'speciaal_voor',
      speciaalVoor: 'kinderen van 4 tot 18 jaar uit gezinnen met weinig geld',
      kosten: gratis(),
      gedragenDoor: null,
      audience: ['kinderen', 'jongeren', 'ouders en verzorgers'],
      ageMin: 4,
      ageMax: 17,
      languages: ['nl'],
      conditions: 'Je kind is tussen 4 en 18 jaar en woont in de gemeente. Het gezin heeft weinig te besteden.',
      howToApply: 'Vraag de leerkracht, de buurtsportcoach of het buurtteam om de aanvraag samen met je te doen.',
    },
  },
  {
    slug: 'jaarlijkse-waardering-zorgen-voor-iemand',
    kind: 'regeling',
    scope: 'gemeente',
    count: 1,
    title: () => 'Jaarlijkse waardering voor wie voor iemand zorgt',
    summary: 'Zorg je voor iemand in je omgeving? Vraag een jaarlijkse waardering aan, als bedankje.',
    description:
      'De waardering is een cadeaubon of een bedrag, als bedankje voor wat je doet. Het maakt niet uit of je voor een ouder, partner, kind of buur zorgt. Je kunt de waardering één keer per jaar aanvragen.',
    schedule: () => noSchedule('Aanvragen kan het hele jaar.'),
    fields: {
      deelambities: ['ondersteuning'],
      sferen: ['persoonlijk', 'institutioneel'],
      bouwstenen: ['mantelzorg'],
      toegang: 'speciaal_voor',
      speciaalVoor: 'mensen die zorgen voor iemand die in de gemeente woont',
      kosten: gratis(),
      gedragenDoor: null,
      jeKuntOokBijdragen: false,
      audience: MANTELZORG_AUDIENCE,
      languages: ['nl'],
      conditions: 'De persoon voor wie je zorgt, woont in de gemeente.',
      howToApply: 'Vraag de waardering aan bij de gemeente of via de mantelzorgconsulent. Bel 14 020 als je hulp wilt.',
    },
  },
  {
    slug: 'verzekering-vrijwilligers',
    kind: 'regeling',
    scope: 'gemeente',
    count: 1,
    title: () => 'Verzekering voor vrijwilligers en bewonersinitiatieven',
    summary: 'Doe je vrijwilligerswerk of organiseer je iets in de buurt? Dan ben je via de gemeente verzekerd.',
    description:
      'De verzekering dekt schade en ongelukken tijdens vrijwilligerswerk. Je hoeft je niet aan te melden. Ook een groep buren zonder stichting valt eronder.',
    schedule: () => noSchedule(),
    fields: {
      deelambities: ['eigenaarschap', 'ontplooiing'],
      sferen: ['institutioneel', 'gemeenschappelijk'],
      bouwstenen: ['vrijwillige-inzet', 'financiering'],
      themes: ['participatie-en-werk'],
      kosten: gratis(),
      gedragenDoor: null,
      audience: ['vrijwilligers', 'bewonersgroepen'],
      languages: ['nl'],
      conditions: 'Het gaat om vrijwilligerswerk in de gemeente, zonder winstoogmerk.',
      howToApply: 'Is er iets gebeurd? Meld de schade bij de gemeente. Bel 14 020 als je vragen hebt.',
    },
  },
  {
    slug: 'ruimte-voor-buurtactiviteit',
    kind: 'regeling',
    scope: 'gemeente',
    count: 1,
    title: () => 'Gratis een ruimte gebruiken voor je buurtactiviteit',
    summary: 'Zoek je een plek voor je activiteit? Vraag een ruimte aan in een buurthuis of buurtkamer.',
    description:
      'Veel buurthuizen hebben ruimtes die bewoners mogen gebruiken, bijvoorbeeld voor een cursus of een inloop. Voor activiteiten zonder winst is het gebruik vaak gratis. De beheerder kijkt samen met jou wat past.',
    schedule: () => noSchedule(),
    fields: {
      deelambities: ['eigenaarschap', 'ontmoeting'],
      sferen: ['institutioneel', 'gemeenschappelijk'],
      bouwstenen: ['ruimte-en-plekken', 'eigen-regie'],
      themes: ['wonen-en-buurt'],
      kosten: gratis(),
      gedragenDoor: null,
      audience: ['bewonersgroepen', 'buurtbewoners'],
      languages: ['nl'],
      conditions: 'De activiteit is open voor de buurt en niet bedoeld om winst te maken.',
      howToApply: 'Vraag het aan bij het buurthuis in je buurt, of bel 14 020 om te horen waar ruimte is.',
    },
  },
];

/** All templates, in output order. */
export const exampleTemplates: readonly Template[] = [...activiteiten, ...steun, ...vacatures, ...regelingen];

// ---------------------------------------------------------------------------------------------
// Building.

type TemplateState = {
  t: Template;
  r: Rng;
  /** Sites (see `siteKey`) this template already has an instance at. */
  used: Set<string>;
  /** Index into the stadsdelen where the next search starts (round robin). */
  cursor: number;
  out: ExampleListing[];
};

/**
 * One site per address: the open data has several rows for one building or sports park (e.g. a
 * pool and its renovation project), and a template should not land twice at the same spot.
 */
function siteKey(p: ExamplePlace): string {
  const l = p.location;
  return l.lat !== undefined && l.lon !== undefined ? `${l.lat.toFixed(5)},${l.lon.toFixed(5)}` : `id:${p.sourceId}`;
}

function copyLocation(p: ExamplePlace): Location {
  return { ...p.location, areaCodes: [...p.location.areaCodes], name: p.title };
}

function instantiate(s: TemplateState, place: ExamplePlace | null, stadsdeel: string): ExampleListing {
  const { t, r } = s;
  const sched = t.schedule(r);
  const firstDay = sched.rules?.[0]?.days[0];
  const c: Ctx = {
    name: place ? displayName(place.title) : '',
    at: place ? atPlace(place) : '',
    stadsdeel,
    place,
    r,
    day: firstDay ? WEEKDAY_NL[firstDay] : '',
  };
  const { deelambities, sferen, bouwstenen = [], themes = [], vraaggebieden = [], ...rest } = t.fields;
  const varied = t.vary?.(c) ?? {};
  const title = t.title(c).replace(/\s+/g, ' ').trim();
  const role = t.role === undefined ? undefined : typeof t.role === 'string' ? t.role : t.role(c);
  const sourceId = t.scope === 'gemeente' ? t.slug : t.scope === 'stadsdeel' ? `${t.slug}:${stadsdeel}` : `${t.slug}:${place?.sourceId}`;

  const listing: ExampleListing = {
    kind: t.kind,
    title,
    summary: text(t.summary, c),
    description: text(t.description, c),
    organisationId: null,
    locations: place ? [copyLocation(place)] : [],
    schedule: sched,
    contact: t.kind === 'regeling' ? { ...GEMEENTE_CONTACT, ...(role ? { role } : {}) } : role ? { role } : {},
    deelambities: [...deelambities],
    sferen: [...sferen],
    bouwstenen: [...bouwstenen],
    themes: [...themes],
    vraaggebieden: [...vraaggebieden],
    indicatie: 'geen',
    toegang: 'iedereen',
    kosten: gratis(),
    gedragenDoor: null,
    jeKuntOokBijdragen: false,
    audience: [],
    ageMin: null,
    ageMax: null,
    languages: ['nl'],
    accessibility: accessibilityFor(r, place, t.accessibility),
    beheervorm: null,
    inloopZonderAfspraak: false,
    vacature: null,
    ...structuredClone(rest),
    ...varied,
    status: 'gepubliceerd',
    verifiedAt: null,
    isExample: true,
    sources: [{ system: 'voorbeeld', id: sourceId }],
    attribution: null,
    dataIssues: [],
  };
  if (listing.toegang !== 'speciaal_voor') delete listing.speciaalVoor;
  for (const key of Object.keys(listing) as (keyof ExampleListing)[]) {
    if (listing[key] === undefined) delete listing[key];
  }
  return listing;
}

/** Picks an unused site of the wanted categories in one stadsdeel, preferring little-used ones. */
function choosePlace(
  s: TemplateState,
  byStadsdeel: Map<string, ExamplePlace[]>,
  stadsdeel: string,
  categories: readonly string[],
  usage: Map<string, number>,
): ExamplePlace | undefined {
  const candidates = (byStadsdeel.get(stadsdeel) ?? []).filter((p) => categories.includes(p.category) && !s.used.has(siteKey(p)));
  if (candidates.length === 0) return undefined;
  const least = Math.min(...candidates.map((p) => usage.get(siteKey(p)) ?? 0));
  const pool = candidates.filter((p) => (usage.get(siteKey(p)) ?? 0) === least);
  return pick(s.r, pool);
}

function markUsed(s: TemplateState, place: ExamplePlace, usage: Map<string, number>) {
  const key = siteKey(place);
  s.used.add(key);
  usage.set(key, (usage.get(key) ?? 0) + 1);
}

/**
 * Builds example listings over the given real places. Pure and deterministic: the places are
 * ordered by `sourceId` first, so the same set of places and the same seed give the same output.
 */
export function buildExampleListings(places: ExamplePlace[], seed: number = defaultExampleSeed): ExampleListing[] {
  const sorted = [...places].sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));
  const stadsdelen = [...new Set(sorted.map((p) => p.stadsdeel))].sort((a, b) => {
    const ia = STADSDEEL_ORDER.indexOf(a);
    const ib = STADSDEEL_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  const byStadsdeel = new Map<string, ExamplePlace[]>();
  for (const p of sorted) byStadsdeel.set(p.stadsdeel, [...(byStadsdeel.get(p.stadsdeel) ?? []), p]);
  const usage = new Map<string, number>();

  const states: TemplateState[] = exampleTemplates.map((t) => {
    const r = mulberry32(hash(t.slug, seed));
    return { t, r, used: new Set<string>(), cursor: stadsdelen.length ? Math.floor(r() * stadsdelen.length) : 0, out: [] };
  });

  const addOne = (s: TemplateState): boolean => {
    const { t } = s;
    if (t.scope === 'gemeente') {
      if (s.out.length > 0) return false;
      s.out.push(instantiate(s, null, ''));
      return true;
    }
    if (t.scope === 'stadsdeel') {
      // One per stadsdeel, in the fixed order; the place is where to ask (if there is one).
      const stadsdeel = stadsdelen[s.out.length];
      if (stadsdeel === undefined) return false;
      const place =
        choosePlace(s, byStadsdeel, stadsdeel, t.categories ?? [], usage) ??
        choosePlace(s, byStadsdeel, stadsdeel, t.fallback ?? [], usage) ??
        null;
      if (place) markUsed(s, place, usage);
      s.out.push(instantiate(s, place, stadsdeel));
      return true;
    }
    // Round robin over the stadsdelen, so every template spreads over the city.
    for (let k = 0; k < stadsdelen.length; k++) {
      const i = (s.cursor + k) % stadsdelen.length;
      const stadsdeel = stadsdelen[i]!;
      const place =
        choosePlace(s, byStadsdeel, stadsdeel, t.categories ?? [], usage) ??
        choosePlace(s, byStadsdeel, stadsdeel, t.fallback ?? [], usage);
      if (!place) continue;
      s.cursor = (i + 1) % stadsdelen.length;
      markUsed(s, place, usage);
      s.out.push(instantiate(s, place, stadsdeel));
      return true;
    }
    return false;
  };

  for (const s of states) {
    for (let i = 0; i < s.t.count; i++) if (!addOne(s)) break;
  }

  // Top up a kind that fell short (few places of the right categories): one more instance per
  // template of that kind per round, until the minimum is met or no template can add one.
  const countOf = (kind: Kind) => states.reduce((n, s) => n + (s.t.kind === kind ? s.out.length : 0), 0);
  for (const kind of Object.keys(exampleMinimums) as Kind[]) {
    let progress = true;
    while (countOf(kind) < exampleMinimums[kind] && progress) {
      progress = false;
      for (const s of states) {
        if (s.t.kind !== kind || countOf(kind) >= exampleMinimums[kind]) continue;
        if (addOne(s)) progress = true;
      }
    }
  }

  return states.flatMap((s) => s.out);
}
