// The search engine contract suite: the same assertions for every SearchEngine (embedded SQLite
// FTS5, Meilisearch). Wire an engine with
//
//   engineContract(t, 'embedded', async () => ({ engine, cleanup: async () => {...} }));
//
// makeEngine may return null when the engine cannot run here (the suite then skips, visibly).
// The suite calls setup, clear and upsert itself, on a fresh engine with no documents needed.
//
// Where engines may legitimately differ (relevance order, scores), it asserts only what a
// resident relies on: the best match is near the top, every matching listing is there, unrelated
// listings are not. Where they differ by design it says so: Meilisearch indexes one point per
// document (the first location), the embedded engine all of them (see pointsSeen).
import type { Test } from 'tap';
import { dutchStopWords, stem, tokenize } from '../../api/search/analyze.ts';
import {
  facetNames,
  type BBox,
  type EngineQuery,
  type EngineResult,
  type FacetName,
  type SearchDocument,
  type SearchEngine,
} from '../../api/search/contract.ts';

export type EngineFactory = () => Promise<{ engine: SearchEngine; cleanup(): Promise<void> } | null>;

type LatLon = { lat: number; lon: number };

/** Dam square, Amsterdam: the resident's position in most geo tests. */
const DAM: LatLon = { lat: 52.3731, lon: 4.8926 };

/** Great-circle distance in metres, computed here independently of the engines. */
export function haversine(a: LatLon, b: LatLon): number {
  const R = 6_371_008.8;
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.atan2(Math.sqrt(h), Math.sqrt(Math.max(0, 1 - h)));
}

/** Engines measure on slightly different spheres and Meilisearch rounds to whole metres. */
const distanceClose = (actual: number, expected: number) => Math.abs(actual - expected) <= Math.max(2, expected * 0.01);

// ---------------------------------------------------------------------------------------------
// The corpus: handmade listings around Amsterdam.

const AREA = {
  centrum: 'WK036300',
  west: 'WK036304',
  nieuwWest: 'WK036305',
  zuid: 'WK036306',
  oost: 'WK036307',
  noord: 'WK036308',
  zuidoost: 'WK036309',
} as const;

type DocInput = {
  id: string;
  title: string;
  taxonomy?: string;
  summary?: string;
  places?: string;
  description?: string;
  extra?: string;
  compounds?: string;
  facets?: Partial<Record<FacetName, string[]>>;
  ageMin?: number | null;
  ageMax?: number | null;
  points?: LatLon[];
  openSlots?: number[];
  isExample?: boolean;
  staleAfter?: string | null;
};

function doc(input: DocInput): SearchDocument {
  const facets = Object.fromEntries(facetNames.map((n) => [n, [...(input.facets?.[n] ?? [])]])) as Record<FacetName, string[]>;
  if (facets.kosten.length === 0) facets.kosten = ['gratis'];
  // Every listing has an indicatie and a toegang; vary them so their filters have something to do.
  if (facets.indicatie.length === 0) facets.indicatie = facets.kind.includes('steunpunt') ? ['nodig'] : facets.kind.includes('steun') ? ['welkom'] : ['geen'];
  if (facets.toegang.length === 0) facets.toegang = facets.language.includes('ar') ? ['speciaal_voor'] : ['iedereen'];
  const taxonomy = input.taxonomy ?? '';
  const summary = input.summary ?? '';
  const places = input.places ?? '';
  // Stems as document.ts builds them: of the naming texts, only where the stem differs.
  const naming = tokenize([input.title, taxonomy, summary, places].join(' '));
  const stems = [...new Set(naming.map(stem).filter((s, i) => s !== naming[i]))].join(' ');
  return {
    id: input.id,
    title: input.title,
    taxonomy,
    summary,
    places,
    description: input.description ?? '',
    extra: input.extra ?? '',
    compounds: input.compounds ?? '',
    stems,
    facets,
    free: facets.kosten.includes('gratis'),
    ageMin: input.ageMin ?? null,
    ageMax: input.ageMax ?? null,
    points: input.points ?? [],
    openSlots: input.openSlots ?? [],
    openSlotsUntil: input.openSlots ? '2030-01-01T00:00:00.000Z' : null,
    isExample: input.isExample ?? false,
    updatedAt: '2025-06-01T12:00:00.000Z',
    staleAfter: input.staleAfter ?? null,
  };
}

export const contractDocuments: SearchDocument[] = [
  doc({
    id: 'anker',
    title: 'Koffie-inloop in Buurtkamer Het Anker',
    taxonomy: 'ontmoeting inloop koffie praatje',
    summary: 'Elke ochtend koffie en een praatje met buren',
    places: 'Buurtkamer Het Anker Javastraat Oost Indische Buurt',
    description: 'Loop binnen wanneer je wilt. Er is altijd iemand om mee te praten.',
    extra: 'Stichting Buurtwerk Oost',
    compounds: 'buurt kamer',
    facets: { kind: ['plek'], theme: ['ontmoeting'], area: [AREA.oost], sfeer: ['gezellig'], deelambitie: ['meedoen'], vraaggebied: ['eenzaamheid'], language: ['nl'], accessibility: ['rolstoeltoegankelijk'] },
    points: [{ lat: 52.3629, lon: 4.939 }],
    openSlots: [100, 101, 102],
  }),
  doc({
    id: 'voedselbank-noord',
    title: 'Voedselbank uitgiftepunt Noord',
    taxonomy: 'voedselhulp eten armoede',
    summary: 'Wekelijks een voedselpakket ophalen',
    places: 'Buikslotermeerplein Noord',
    compounds: 'voedsel bank uitgifte punt',
    facets: { kind: ['steun'], theme: ['eten', 'geld'], area: [AREA.noord], vraaggebied: ['armoede'], language: ['nl'] },
    points: [{ lat: 52.3996, lon: 4.9335 }],
    openSlots: [200, 201],
  }),
  doc({
    id: 'oba-osdorp',
    title: 'Bibliotheek OBA Osdorp',
    taxonomy: 'lezen boeken',
    summary: 'Boeken lenen, studieplekken en digitale hulp',
    places: 'Osdorpplein Nieuw-West',
    facets: { kind: ['plek'], theme: ['lezen'], area: [AREA.nieuwWest], language: ['nl', 'en'], accessibility: ['rolstoeltoegankelijk', 'lift'] },
    points: [{ lat: 52.3585, lon: 4.8005 }],
    openSlots: [100, 300],
  }),
  doc({
    id: 'oba-oosterdok',
    title: 'Bibliotheek OBA Oosterdok',
    taxonomy: 'lezen boeken',
    summary: 'De centrale bibliotheek aan het water',
    places: 'Oosterdokskade Centrum',
    facets: { kind: ['plek'], theme: ['lezen'], area: [AREA.centrum], language: ['nl', 'en', 'ar'], accessibility: ['lift'] },
    points: [{ lat: 52.3757, lon: 4.908 }],
    openSlots: [100],
  }),
  doc({
    id: 'taalcafe',
    title: 'Taalcafé',
    taxonomy: 'taal oefenen nederlands',
    summary: 'Nederlands oefenen in een ontspannen sfeer',
    places: 'Wijkcentrum De Pijp Zuid',
    facets: { kind: ['activiteit'], theme: ['taal', 'ontmoeting'], area: [AREA.zuid], language: ['nl', 'ar', 'tr'], sfeer: ['gezellig'], deelambitie: ['meedoen'] },
    ageMin: 16,
    points: [{ lat: 52.355, lon: 4.893 }],
    openSlots: [101],
  }),
  doc({
    id: 'mirandabad',
    title: 'Zwembad De Mirandabad',
    taxonomy: 'sport zwemmen',
    summary: 'Subtropisch zwembad met golfslagbad',
    places: 'De Mirandalaan Zuid',
    compounds: 'golfslag bad',
    facets: { kind: ['plek'], theme: ['sport'], area: [AREA.zuid], accessibility: ['rolstoeltoegankelijk'], kosten: ['betaald'], deelambitie: ['gezond'] },
    points: [{ lat: 52.3436, lon: 4.9083 }],
  }),
  doc({
    id: 'sloterparkbad',
    title: 'Sloterparkbad zwembad en sporthal',
    taxonomy: 'sport zwemmen',
    summary: 'Binnenbad en buitenbad aan de Sloterplas',
    places: 'Slotermeerlaan Nieuw-West',
    compounds: 'sloter park bad sport hal',
    facets: { kind: ['plek'], theme: ['sport'], area: [AREA.nieuwWest], kosten: ['betaald'], deelambitie: ['gezond'] },
    points: [{ lat: 52.369, lon: 4.817 }],
  }),
  doc({
    id: 'zwemles',
    title: 'Zwemles voor kinderen',
    taxonomy: 'sport zwemmen',
    summary: 'Zwemdiploma A en B halen',
    places: 'Sloterparkbad Nieuw-West',
    facets: { kind: ['activiteit'], theme: ['sport'], area: [AREA.nieuwWest], kosten: ['betaald'], inzet: [], deelambitie: ['gezond'] },
    ageMin: 5,
    ageMax: 12,
    // The same building as the Sloterparkbad: an exact distance tie.
    points: [{ lat: 52.369, lon: 4.817 }],
    openSlots: [300, 301],
  }),
  doc({
    id: 'bieb-op-wielen',
    title: 'De Bieb op wielen',
    taxonomy: 'lezen',
    summary: 'Een rijdende bieb met boeken voor ouderen die niet meer de deur uit komen',
    places: 'Noord',
    facets: { kind: ['steun'], theme: ['lezen'], area: [AREA.noord], vraaggebied: ['eenzaamheid'] },
    ageMin: 65,
    points: [],
  }),
  doc({
    id: 'meevaart',
    title: 'Huis van de Wijk De Meevaart',
    taxonomy: 'ontmoeting',
    summary: 'Ontmoetingsplek voor bewoners met activiteiten',
    places: 'Balistraat Oost',
    facets: { kind: ['plek'], theme: ['ontmoeting'], area: [AREA.oost], sfeer: ['gezellig'] },
    points: [{ lat: 52.3625, lon: 4.942 }],
  }),
  doc({
    id: 'pelgrim',
    title: 'Buurthuis Pelgrim',
    taxonomy: 'ontmoeting',
    summary: 'Activiteiten voor bewoners',
    places: 'Noord',
    description: 'Op dinsdag staat de koffie en thee klaar',
    compounds: 'buurt huis',
    facets: { kind: ['plek'], theme: ['ontmoeting'], area: [AREA.noord] },
    points: [{ lat: 52.392, lon: 4.92 }],
  }),
  doc({
    id: 'koffie-krant',
    title: 'Koffie en krant in Noord',
    taxonomy: 'ontmoeting',
    summary: 'Samen de krant lezen',
    places: 'Noord',
    facets: { kind: ['activiteit'], theme: ['ontmoeting'], area: [AREA.noord], sfeer: ['rustig'] },
    ageMin: 55,
    points: [{ lat: 52.385, lon: 4.915 }],
    openSlots: [100],
  }),
  doc({
    id: 'repair-cafe',
    title: 'Repair Café West',
    taxonomy: 'duurzaam klussen repareren',
    summary: 'Samen kapotte spullen repareren',
    places: 'Bos en Lommer West',
    facets: { kind: ['activiteit'], theme: ['ontmoeting'], area: [AREA.west], sfeer: ['gezellig'] },
    points: [{ lat: 52.378, lon: 4.853 }],
    openSlots: [300, 301],
  }),
  doc({
    id: 'schuldhulpmaatje',
    title: 'Schuldhulpmaatje',
    taxonomy: 'geld schulden administratie',
    summary: 'Een vrijwilliger helpt met je administratie',
    places: 'online',
    compounds: 'schuld hulp maatje',
    facets: { kind: ['steun'], theme: ['geld'], vraaggebied: ['armoede', 'schulden'] },
    ageMin: 18,
    points: [],
  }),
  doc({
    id: 'voorlezen',
    title: 'Vrijwilliger voorlezen op de basisschool',
    taxonomy: 'vrijwilligerswerk lezen kinderen',
    summary: 'Lees wekelijks voor aan kinderen in groep 3',
    places: 'Bijlmerdreef Zuidoost',
    facets: { kind: ['vacature'], theme: ['lezen'], area: [AREA.zuidoost], inzet: ['wekelijks'], deelambitie: ['meedoen'] },
    ageMin: 18,
    points: [{ lat: 52.312, lon: 4.972 }],
  }),
  doc({
    id: 'kerstmarkt',
    title: 'Help mee bij de kerstmarkt',
    taxonomy: 'vrijwilligerswerk',
    summary: 'Eenmalig meehelpen met opbouwen en kraampjes',
    places: 'Nieuwmarkt Centrum',
    facets: { kind: ['vacature'], theme: ['ontmoeting'], area: [AREA.centrum], inzet: ['eenmalig'] },
    points: [{ lat: 52.3726, lon: 4.9003 }],
  }),
  doc({
    id: 'voetbal',
    title: 'Voetbal voor jongeren',
    taxonomy: 'sport',
    summary: 'Elke woensdag voetballen op het Cruijff Court',
    places: 'Ganzenhoef Zuidoost',
    facets: { kind: ['activiteit'], theme: ['sport'], area: [AREA.zuidoost], deelambitie: ['gezond'] },
    ageMin: 12,
    ageMax: 18,
    points: [{ lat: 52.315, lon: 4.98 }],
    openSlots: [200],
  }),
  doc({
    id: 'gym-ouderen',
    title: 'Gym voor ouderen',
    taxonomy: 'sport bewegen',
    summary: 'Rustig bewegen op muziek',
    places: 'De Baarsjes West',
    facets: { kind: ['activiteit'], theme: ['sport'], area: [AREA.west], kosten: ['betaald'], sfeer: ['rustig'], deelambitie: ['gezond'] },
    ageMin: 65,
    points: [{ lat: 52.368, lon: 4.862 }],
    openSlots: [101, 102],
  }),
  doc({
    id: 'peuterspeelzaal',
    title: 'Peuterspeelzaal Olleke Bolleke',
    taxonomy: 'spelen',
    summary: 'Spelen en leren voor peuters',
    places: 'Kinkerstraat West',
    compounds: 'peuter speel zaal',
    facets: { kind: ['plek'], area: [AREA.west], kosten: ['betaald'] },
    ageMin: 2,
    ageMax: 4,
    points: [{ lat: 52.3665, lon: 4.8705 }],
  }),
  doc({
    id: 'mantelzorg',
    title: 'Steunpunt Mantelzorg',
    taxonomy: 'mantelzorg advies zorg',
    summary: 'Advies en een luisterend oor voor mantelzorgers',
    places: 'Jodenbreestraat Centrum Bijlmerplein Zuidoost',
    facets: { kind: ['steunpunt'], theme: ['zorg'], vraaggebied: ['mantelzorg'], area: [AREA.centrum, AREA.zuidoost] },
    // Two locations: the first near the Dam, the second in Zuidoost.
    points: [
      { lat: 52.3695, lon: 4.9015 },
      { lat: 52.3117, lon: 4.9465 },
    ],
  }),
  doc({
    id: 'raadslid',
    title: 'Spreekuur sociaal raadslid',
    taxonomy: 'advies geld formulieren',
    summary: 'Gratis advies over toeslagen en formulieren',
    places: 'Zuidoost Centrum',
    facets: { kind: ['steunpunt'], theme: ['geld'], area: [AREA.zuidoost, AREA.centrum], vraaggebied: ['armoede'] },
    // Two locations: the first far away in Zuidoost, the second next to the Dam.
    points: [
      { lat: 52.3125, lon: 4.9755 },
      { lat: 52.3736, lon: 4.8931 },
    ],
    openSlots: [200],
  }),
  doc({
    id: 'stadspas',
    title: 'Stadspas',
    taxonomy: 'regeling korting geld',
    summary: 'Korting op sport, cultuur en uitjes bij een laag inkomen',
    facets: { kind: ['regeling'], theme: ['geld'], vraaggebied: ['armoede'] },
    points: [],
  }),
  doc({
    id: 'online-taalles',
    title: 'Online taalles',
    taxonomy: 'taal nederlands leren',
    summary: 'Nederlands leren via videobellen',
    places: 'online',
    facets: { kind: ['activiteit'], theme: ['taal'], language: ['nl', 'en'] },
    ageMin: 18,
    points: [],
  }),
  doc({
    id: 'wandelgroep',
    title: 'Wandelgroep Westerpark',
    taxonomy: 'sport bewegen wandelen',
    summary: 'Iedere maandag een uur wandelen',
    places: 'Westerpark West',
    facets: { kind: ['activiteit'], theme: ['sport'], area: [AREA.west], sfeer: ['rustig'], deelambitie: ['gezond'] },
    points: [{ lat: 52.387, lon: 4.877 }],
    openSlots: [100, 101],
  }),
  doc({
    id: 'stoelyoga',
    title: 'Stoelyoga in het buurthuis',
    taxonomy: 'sport bewegen',
    summary: 'Yoga op een stoel, voor iedereen',
    places: 'Buurthuis Pelgrim Noord',
    compounds: 'stoel yoga buurt huis',
    facets: { kind: ['activiteit'], theme: ['sport'], area: [AREA.noord], sfeer: ['rustig'], kosten: ['vrijwillige_bijdrage'] },
    ageMin: 50,
    points: [{ lat: 52.392, lon: 4.92 }],
  }),
  doc({
    id: 'buurtmaaltijd',
    title: 'Buurtmaaltijd Oost',
    taxonomy: 'eten samen',
    summary: 'Voor een klein bedrag samen eten',
    places: 'Dapperbuurt Oost',
    compounds: 'buurt maaltijd',
    facets: { kind: ['activiteit'], theme: ['eten', 'ontmoeting'], area: [AREA.oost], kosten: ['betaald'], sfeer: ['gezellig'], vraaggebied: ['eenzaamheid'] },
    points: [{ lat: 52.3615, lon: 4.9275 }],
    openSlots: [102],
  }),
  doc({
    id: 'kledingbank',
    title: 'Kledingbank Zuidoost',
    taxonomy: 'kleding armoede',
    summary: 'Gratis kleding voor gezinnen met een laag inkomen',
    places: 'Kraaiennest Zuidoost',
    compounds: 'kleding bank',
    facets: { kind: ['steun'], theme: ['geld'], area: [AREA.zuidoost], vraaggebied: ['armoede'] },
    points: [{ lat: 52.3105, lon: 4.9705 }],
  }),
  doc({
    id: 'computerhulp',
    title: 'Computerhulp voor senioren',
    taxonomy: 'digitaal computer hulp',
    summary: 'Hulp bij de computer, tablet en DigiD',
    places: 'Rivierenbuurt Zuid',
    compounds: 'computer hulp',
    facets: { kind: ['steun'], theme: ['digitaal'], area: [AREA.zuid], language: ['nl'] },
    ageMin: 60,
    points: [{ lat: 52.3455, lon: 4.9005 }],
  }),
  doc({
    id: 'moestuin',
    title: 'Moestuin De Groene Vinger',
    taxonomy: 'tuinieren natuur',
    summary: 'Samen groenten kweken',
    places: 'Overtoomse Veld Nieuw-West',
    compounds: 'moes tuin',
    facets: { kind: ['activiteit'], theme: ['ontmoeting'], area: [AREA.nieuwWest], sfeer: ['rustig'] },
    points: [{ lat: 52.362, lon: 4.838 }],
  }),
  doc({
    id: 'kinderboerderij',
    title: 'Kinderboerderij De Pijp',
    taxonomy: 'dieren natuur',
    summary: 'Geitjes, kippen en konijnen',
    places: 'Zuid',
    compounds: 'kinder boerderij',
    facets: { kind: ['plek'], area: [AREA.zuid], accessibility: ['rolstoeltoegankelijk'] },
    points: [{ lat: 52.3525, lon: 4.8965 }],
  }),
  doc({
    id: 'vrouwengroep',
    title: 'Vrouwengroep Nieuw-West',
    taxonomy: 'ontmoeting',
    summary: 'Praten, koken en uitstapjes met vrouwen uit de buurt',
    places: 'Osdorp Nieuw-West',
    compounds: 'vrouwen groep',
    facets: { kind: ['activiteit'], theme: ['ontmoeting'], area: [AREA.nieuwWest], language: ['ar', 'tr', 'nl'], sfeer: ['gezellig'] },
    ageMin: 18,
    points: [{ lat: 52.358, lon: 4.805 }],
    openSlots: [101],
  }),
  doc({
    id: 'wijkzorg',
    title: 'Inloopspreekuur wijkzorg',
    taxonomy: 'zorg advies',
    summary: 'Vragen over zorg thuis',
    places: 'Noord',
    compounds: 'inloop spreekuur wijk zorg',
    facets: { kind: ['steunpunt'], theme: ['zorg'], area: [AREA.noord] },
    points: [{ lat: 52.4, lon: 4.93 }],
    openSlots: [100],
  }),
  doc({
    id: 'samen-koken',
    title: 'Samen koken en eten',
    taxonomy: 'eten koken',
    summary: 'Iedere week koken we met buurtgenoten',
    places: 'Zuid',
    extra: 'Georganiseerd door Buurtwerk Zuid',
    facets: { kind: ['activiteit'], theme: ['eten'], area: [AREA.zuid], kosten: ['vrijwillige_bijdrage'] },
    points: [{ lat: 52.356, lon: 4.899 }],
  }),
  doc({
    id: 'formulierenhulp',
    title: 'Hulp bij formulieren',
    taxonomy: 'geld administratie formulieren',
    summary: 'Samen je post en formulieren doornemen',
    places: 'Centrum',
    facets: { kind: ['steun'], theme: ['geld'], area: [AREA.centrum], vraaggebied: ['schulden'] },
    points: [{ lat: 52.372, lon: 4.89 }],
  }),
  doc({
    id: 'bridgeclub',
    title: 'Bridgeclub De Klaverheer',
    taxonomy: 'spel kaarten',
    summary: 'Bridgen voor gevorderden',
    places: 'Zuid',
    extra: 'Met koffie in de pauze',
    facets: { kind: ['activiteit'], theme: ['ontmoeting'], area: [AREA.zuid], kosten: ['betaald'] },
    ageMin: 40,
    points: [{ lat: 52.3475, lon: 4.8835 }],
  }),
  doc({
    id: 'voorbeeld-moestuin',
    title: 'Voorbeeld: Buurtmoestuin',
    taxonomy: 'tuinieren',
    summary: 'Zo ziet een activiteit eruit',
    places: 'Centrum',
    compounds: 'buurt moes tuin',
    facets: { kind: ['activiteit'], area: [AREA.centrum] },
    points: [{ lat: 52.374, lon: 4.889 }],
    isExample: true,
  }),
  doc({
    id: 'doventolk',
    title: 'Gebarentaal ontmoetingsavond',
    taxonomy: 'ontmoeting doof',
    summary: 'Een avond in gebarentaal',
    places: 'Oost',
    compounds: 'gebaren taal ontmoeting avond',
    facets: { kind: ['activiteit'], theme: ['ontmoeting'], area: [AREA.oost], accessibility: ['ringleiding'], language: ['ngt'] },
    points: [{ lat: 52.3605, lon: 4.9205 }],
  }),
  // Twins that differ only in freshness: the expired one sorts first by id, so only freshness can
  // put the other one on top.
  doc({ id: 'breiclub-a-verlopen', title: 'Breiclub De Wolkorf', summary: 'Samen breien en haken.', facets: { kind: ['activiteit'] }, staleAfter: '2020-01-01T00:00:00.000Z' }),
  doc({ id: 'breiclub-b-vers', title: 'Breiclub De Wolkorf', summary: 'Samen breien en haken.', facets: { kind: ['activiteit'] }, staleAfter: '2099-01-01T00:00:00.000Z' }),
];

const contractSettings = {
  synonyms: [
    ['bieb', 'bibliotheek'],
    ['buurthuis', 'huis van de wijk'],
  ],
  stopWords: dutchStopWords,
};

// ---------------------------------------------------------------------------------------------

function byId(id: string): SearchDocument {
  const d = contractDocuments.find((x) => x.id === id);
  if (!d) throw new Error(`no contract document ${id}`);
  return d;
}

const ids = (r: EngineResult) => r.hits.map((h) => h.id);
const sorted = (a: Iterable<string>) => [...a].sort();

export function engineContract(t: Test, name: string, makeEngine: EngineFactory): void {
  t.test(`${name}: search engine contract`, async (t) => {
    const made = await makeEngine();
    if (!made) {
      t.skip(`${name} engine is not available here: contract NOT tested`, () => {});
      return;
    }
    const { engine, cleanup } = made;
    t.teardown(() => cleanup());

    /** Which locations an engine matches: Meilisearch indexes one point, the first (by design). */
    const pointsSeen = (d: SearchDocument) => (engine.name === 'meilisearch' ? d.points.slice(0, 1) : d.points);
    const nearest = (d: SearchDocument, from: LatLon) => {
      const ds = pointsSeen(d).map((p) => haversine(from, p));
      return ds.length ? Math.min(...ds) : undefined;
    };

    type Q = Partial<Omit<EngineQuery, 'filters'>> & { filters?: Partial<EngineQuery['filters']> };
    const search = (q: Q = {}) =>
      engine.search({ text: '', sort: 'relevance', offset: 0, limit: 100, ...q, filters: { facets: {}, ...q.filters } });

    /** A well-formed answer: numbers, every facet name, hits within the page, no duplicates. */
    const wellFormed = (t: Test, r: EngineResult, limit = 100, what = 'answer') => {
      t.ok(Number.isInteger(r.total) && r.total >= 0, `${what}: total is a count`);
      t.ok(Array.isArray(r.hits) && r.hits.length <= limit, `${what}: hits within the limit`);
      t.equal(new Set(ids(r)).size, r.hits.length, `${what}: no duplicate hits`);
      t.same(sorted(Object.keys(r.facets)), sorted(facetNames), `${what}: every facet name present`);
      for (const h of r.hits) if (!Number.isFinite(h.score)) t.fail(`${what}: score of ${h.id} is ${h.score}`);
    };

    const includes = (t: Test, r: EngineResult, expected: string[], what: string) => {
      const got = new Set(ids(r));
      const missing = expected.filter((id) => !got.has(id));
      t.same(missing, [], `${what}: finds ${expected.join(', ')}`);
    };
    const excludes = (t: Test, r: EngineResult, unwanted: string[], what: string) => {
      const got = new Set(ids(r));
      const present = unwanted.filter((id) => got.has(id));
      t.same(present, [], `${what}: does not find ${unwanted.join(', ')}`);
    };
    const inTop = (t: Test, r: EngineResult, id: string, n: number, what: string) =>
      t.ok(ids(r).slice(0, n).includes(id), `${what}: ${id} in the top ${n} (got ${ids(r).slice(0, 5).join(', ')})`);

    /** Exact set check for filter-only queries, where every engine must agree to the document. */
    const exactly = (t: Test, r: EngineResult, expected: SearchDocument[], what: string) => {
      t.same(sorted(ids(r)), sorted(expected.map((d) => d.id)), what);
      t.equal(r.total, expected.length, `${what}: total`);
    };

    await engine.setup(contractSettings);
    await engine.setup(contractSettings); // idempotent
    await engine.clear();
    await engine.upsert(contractDocuments);
    const all = contractDocuments;

    await t.test('documents are indexed', async (t) => {
      t.equal(await engine.documentCount(), all.length, 'documentCount');
      const r = await search();
      wellFormed(t, r);
      exactly(t, r, all, 'empty text without filters lists every document');
    });

    // --- text ---------------------------------------------------------------------------------

    await t.test('exact word match', async (t) => {
      const r = await search({ text: 'zwembad' });
      wellFormed(t, r);
      includes(t, r, ['mirandabad', 'sloterparkbad'], 'zwembad');
      excludes(t, r, ['taalcafe', 'voedselbank-noord', 'anker'], 'zwembad');
      inTop(t, r, 'mirandabad', 3, 'zwembad');
      const v = await search({ text: 'voedselbank' });
      inTop(t, v, 'voedselbank-noord', 1, 'voedselbank');
      const c = await search({ text: 'Taalcafé' });
      inTop(t, c, 'taalcafe', 1, 'Taalcafé');
    });

    await t.test('expired information ranks below the same information still fresh', async (t) => {
      const r = await search({ text: 'breiclub wolkorf' });
      t.same(ids(r).slice(0, 2), ['breiclub-b-vers', 'breiclub-a-verlopen'], 'fresh twin first, expired twin still found');
    });

    await t.test('diacritics and case do not matter', async (t) => {
      for (const text of ['taalcafe', 'TAALCAFÉ', 'taalcafé']) inTop(t, await search({ text }), 'taalcafe', 1, text);
      inTop(t, await search({ text: 'repair cafe' }), 'repair-cafe', 1, 'repair cafe');
    });

    await t.test('prefix of the last word', async (t) => {
      const r = await search({ text: 'biblio' });
      includes(t, r, ['oba-osdorp', 'oba-oosterdok'], 'biblio');
      excludes(t, r, ['zwemles', 'anker'], 'biblio');
      const o = await search({ text: 'bibliotheek osd' });
      includes(t, o, ['oba-osdorp'], 'bibliotheek osd');
      excludes(t, o, ['oba-oosterdok'], 'bibliotheek osd (every word must match)');
      inTop(t, o, 'oba-osdorp', 1, 'bibliotheek osd');
      const z = await search({ text: 'zwemb' });
      includes(t, z, ['mirandabad', 'sloterparkbad'], 'zwemb');
    });

    await t.test('compound parts', async (t) => {
      const r = await search({ text: 'bank' });
      includes(t, r, ['voedselbank-noord', 'kledingbank'], 'bank');
      excludes(t, r, ['oba-osdorp', 'anker'], 'bank');
      inTop(t, await search({ text: 'maaltijd' }), 'buurtmaaltijd', 1, 'maaltijd');
    });

    await t.test('typos: 1 from 5 letters, 2 from 9, none below 5', async (t) => {
      const one = await search({ text: 'bibliotheak' });
      includes(t, one, ['oba-osdorp', 'oba-oosterdok'], 'bibliotheak (1 typo)');
      const seven = await search({ text: 'zwenbad' });
      includes(t, seven, ['mirandabad', 'sloterparkbad'], 'zwenbad (1 typo, 7 letters)');
      excludes(t, seven, ['taalcafe', 'anker'], 'zwenbad');
      const two = await search({ text: 'bibljoteek' });
      includes(t, two, ['oba-osdorp', 'oba-oosterdok'], 'bibljoteek (2 typos, 10 letters)');
      const short = await search({ text: 'tael' });
      excludes(t, short, ['taalcafe', 'online-taalles'], 'tael (4 letters: no typo allowed)');
      t.equal(short.total, 0, 'tael finds nothing');
    });

    await t.test('synonyms from the settings, both ways', async (t) => {
      const bieb = await search({ text: 'bieb' });
      includes(t, bieb, ['bieb-op-wielen', 'oba-osdorp', 'oba-oosterdok'], 'bieb → bibliotheek');
      excludes(t, bieb, ['zwemles', 'anker'], 'bieb');
      const bibliotheek = await search({ text: 'bibliotheek' });
      includes(t, bibliotheek, ['bieb-op-wielen', 'oba-osdorp', 'oba-oosterdok'], 'bibliotheek → bieb');
      const buurthuis = await search({ text: 'buurthuis' });
      includes(t, buurthuis, ['pelgrim', 'meevaart'], 'buurthuis → huis van de wijk');
      const huisVanDeWijk = await search({ text: 'huis van de wijk' });
      includes(t, huisVanDeWijk, ['meevaart', 'pelgrim'], 'huis van de wijk → buurthuis');
    });

    await t.test('stop words are ignored', async (t) => {
      const r = await search({ text: 'koffie in de buurt' });
      includes(t, r, ['anker', 'koffie-krant'], 'koffie in de buurt');
      inTop(t, r, 'anker', 3, 'koffie in de buurt');
      const z = await search({ text: 'ik zoek een zwembad' });
      includes(t, z, ['mirandabad', 'sloterparkbad'], 'ik zoek een zwembad');
      excludes(t, z, ['anker', 'taalcafe'], 'ik zoek een zwembad');
    });

    await t.test('every query word must match when some document has them all', async (t) => {
      const r = await search({ text: 'koffie noord' });
      includes(t, r, ['koffie-krant', 'pelgrim'], 'koffie noord');
      excludes(t, r, ['anker', 'bridgeclub', 'voedselbank-noord', 'wijkzorg'], 'koffie noord');
      inTop(t, r, 'koffie-krant', 1, 'koffie noord (both words in the title)');
    });

    await t.test('field weights: a title match beats a match in the small print', async (t) => {
      const r = await search({ text: 'koffie' });
      includes(t, r, ['anker', 'koffie-krant', 'pelgrim', 'bridgeclub'], 'koffie');
      const order = ids(r);
      for (const titled of ['anker', 'koffie-krant']) {
        t.ok(order.indexOf(titled) < order.indexOf('bridgeclub'), `${titled} (title) before bridgeclub (extra)`);
      }
      const scores = r.hits.map((h) => h.score);
      t.ok(scores.every((s, i) => i === 0 || s <= scores[i - 1]!), 'scores do not increase down the list');
    });

    // --- filters ------------------------------------------------------------------------------

    await t.test('filters per facet', async (t) => {
      for (const name of facetNames) {
        const values = [...new Set(all.flatMap((d) => d.facets[name]))];
        t.ok(values.length >= 2, `the corpus has several values for ${name}`);
        for (const value of values.slice(0, 3)) {
          const r = await search({ filters: { facets: { [name]: [value] } } });
          exactly(t, r, all.filter((d) => d.facets[name].includes(value)), `${name} = ${value}`);
        }
      }
      const none = await search({ filters: { facets: { kind: ['bestaat-niet'] } } });
      exactly(t, none, [], 'an unknown facet value matches nothing');
      const empty = await search({ filters: { facets: { kind: [] } } });
      exactly(t, empty, all, 'an empty value list is no constraint');
    });

    await t.test('filters combine: OR within a facet, AND across', async (t) => {
      const kinds = ['plek', 'activiteit'];
      const or = await search({ filters: { facets: { kind: kinds } } });
      exactly(t, or, all.filter((d) => d.facets.kind.some((k) => kinds.includes(k))), 'kind plek OR activiteit');
      const and = await search({ filters: { facets: { kind: kinds, area: [AREA.noord] } } });
      exactly(
        t,
        and,
        all.filter((d) => d.facets.kind.some((k) => kinds.includes(k)) && d.facets.area.includes(AREA.noord)),
        '(plek OR activiteit) AND area noord',
      );
      const three = await search({ filters: { facets: { theme: ['sport', 'eten'], sfeer: ['rustig'] }, free: true } });
      exactly(
        t,
        three,
        all.filter((d) => d.facets.theme.some((v) => v === 'sport' || v === 'eten') && d.facets.sfeer.includes('rustig') && d.free),
        '(sport OR eten) AND rustig AND free',
      );
      const text = await search({ text: 'sport', filters: { facets: { area: [AREA.nieuwWest] } } });
      includes(t, text, ['sloterparkbad', 'zwemles'], 'text + area filter');
      excludes(t, text, ['mirandabad', 'voetbal', 'gym-ouderen'], 'text + area filter');
    });

    await t.test('free and example', async (t) => {
      exactly(t, await search({ filters: { free: true } }), all.filter((d) => d.free), 'free');
      exactly(t, await search({ filters: { free: false } }), all.filter((d) => !d.free), 'not free');
      exactly(t, await search({ filters: { example: true } }), all.filter((d) => d.isExample), 'example only');
      exactly(t, await search({ filters: { example: false } }), all.filter((d) => !d.isExample), 'real listings only');
    });

    await t.test('age inside the range, open-ended ranges included', async (t) => {
      const fits = (d: SearchDocument, age: number) => (d.ageMin === null || d.ageMin <= age) && (d.ageMax === null || d.ageMax >= age);
      for (const age of [0, 3, 8, 12, 16, 18, 30, 64, 65, 99]) {
        exactly(t, await search({ filters: { age } }), all.filter((d) => fits(d, age)), `age ${age}`);
      }
      const eight = await search({ filters: { age: 8 } });
      includes(t, eight, ['zwemles', 'anker'], 'age 8: 5–12 and open ranges');
      excludes(t, eight, ['voetbal', 'peuterspeelzaal', 'bieb-op-wielen', 'taalcafe'], 'age 8');
      const bounds = await search({ filters: { age: 12 } });
      includes(t, bounds, ['zwemles', 'voetbal'], 'age 12 is inside 5–12 and 12–18 (inclusive bounds)');
    });

    await t.test('open at a quarter-hour slot', async (t) => {
      for (const slot of [100, 101, 200, 300, 999]) {
        exactly(t, await search({ filters: { openSlot: slot } }), all.filter((d) => d.openSlots.includes(slot)), `slot ${slot}`);
      }
      const combined = await search({ filters: { openSlot: 100, facets: { kind: ['plek'] } } });
      exactly(t, combined, all.filter((d) => d.openSlots.includes(100) && d.facets.kind.includes('plek')), 'slot 100 AND plek');
    });

    await t.test('near: only documents within the radius', async (t) => {
      for (const [centre, radius] of [
        [DAM, 1500],
        [DAM, 4000],
        [{ lat: 52.3125, lon: 4.9755 }, 1000],
      ] as const) {
        const r = await search({ filters: { near: { ...centre, radiusMeters: radius } } });
        wellFormed(t, r);
        const got = new Set(ids(r));
        for (const d of all) {
          const dist = nearest(d, centre);
          // Engines measure on slightly different spheres: do not judge a point on the edge.
          if (dist !== undefined && Math.abs(dist - radius) < radius * 0.01) continue;
          const inside = dist !== undefined && dist <= radius;
          if (inside !== got.has(d.id)) t.fail(`${radius} m: ${d.id} at ${dist?.toFixed(0)} m ${inside ? 'missing' : 'should not be found'}`);
        }
        t.ok(r.total > 0, `${radius} m finds something`);
        t.equal(r.total, r.hits.length, `${radius} m: total`);
      }
      const withText = await search({ text: 'bibliotheek', filters: { near: { ...DAM, radiusMeters: 3000 } } });
      includes(t, withText, ['oba-oosterdok'], 'bibliotheek within 3 km of the Dam');
      excludes(t, withText, ['oba-osdorp', 'bieb-op-wielen'], 'bibliotheek within 3 km of the Dam');
      // A listing with several locations: the embedded engine finds it by any, Meilisearch by its first.
      const multi = await search({ filters: { near: { lat: 52.3736, lon: 4.8931, radiusMeters: 200 } } });
      if (engine.name === 'meilisearch') excludes(t, multi, ['raadslid'], 'second location is not indexed (Meilisearch)');
      else includes(t, multi, ['raadslid'], 'found by its second location');
    });

    await t.test('bbox: only documents inside the viewport', async (t) => {
      const boxes: BBox[] = [
        [4.88, 52.36, 4.95, 52.38],
        [4.79, 52.35, 4.83, 52.37],
        [4.0, 50.0, 4.1, 50.1],
      ];
      for (const bbox of boxes) {
        const [minLon, minLat, maxLon, maxLat] = bbox;
        const r = await search({ filters: { bbox } });
        const expected = all.filter((d) => pointsSeen(d).some((p) => p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat));
        exactly(t, r, expected, `bbox ${bbox.join(',')}`);
      }
      const combined = await search({ filters: { bbox: [4.79, 52.35, 4.83, 52.37], facets: { kind: ['activiteit'] } } });
      exactly(t, combined, [byId('zwemles'), byId('vrouwengroep')], 'bbox AND kind activiteit');
    });

    // --- distance -----------------------------------------------------------------------------

    /** Non-decreasing distances, the right distance on every hit, documents without a point last. */
    const checkDistanceOrder = (t: Test, r: EngineResult, origin: LatLon, what: string) => {
      let seenUnplaced = false;
      let previous = -1;
      for (const h of r.hits) {
        const d = byId(h.id);
        const expected = nearest(d, origin);
        if (expected === undefined) {
          seenUnplaced = true;
          t.equal(h.distanceMeters, undefined, `${what}: ${h.id} has no point and no distance`);
          continue;
        }
        if (seenUnplaced) t.fail(`${what}: ${h.id} (with a point) after a document without one`);
        if (h.distanceMeters === undefined) {
          t.fail(`${what}: ${h.id} has no distanceMeters`);
          continue;
        }
        if (!distanceClose(h.distanceMeters, expected)) t.fail(`${what}: ${h.id} at ${h.distanceMeters} m, expected ${expected.toFixed(1)} m`);
        if (h.distanceMeters < previous) t.fail(`${what}: ${h.id} at ${h.distanceMeters} m comes after ${previous} m`);
        previous = h.distanceMeters;
      }
      t.pass(`${what}: ordered by distance`);
    };

    await t.test('sort by distance, exactly ordered', async (t) => {
      const r = await search({ origin: DAM, sort: 'distance' });
      exactly(t, r, all, 'empty text, sort=distance lists everything');
      checkDistanceOrder(t, r, DAM, 'empty text');
      const placed = all.filter((d) => pointsSeen(d).length > 0);
      t.same(sorted(ids(r).slice(0, placed.length)), sorted(placed.map((d) => d.id)), 'documents with a point first');
      const closest = placed.reduce((best, d) => (nearest(d, DAM)! < nearest(best, DAM)! ? d : best));
      t.equal(r.hits[0]?.id, closest.id, `the nearest listing first (${closest.id})`);

      for (const text of ['bibliotheek', 'koffie', 'sport', 'ontmoeting']) {
        const withText = await search({ text, origin: DAM, sort: 'distance' });
        const relevance = await search({ text });
        t.same(sorted(ids(withText)), sorted(ids(relevance)), `${text}: sort=distance finds the same documents`);
        t.equal(withText.total, relevance.total, `${text}: same total`);
        checkDistanceOrder(t, withText, DAM, `${text}, sort=distance`);
      }
      const near = await search({ text: 'zwembad', origin: { lat: 52.369, lon: 4.817 }, sort: 'distance' });
      t.equal(near.hits[0]?.id, 'sloterparkbad', 'zwembad near the Sloterplas: Sloterparkbad first');
      t.ok((near.hits[0]?.distanceMeters ?? 99) < 2, 'at the same point: distance 0');
    });

    await t.test('empty text with an origin lists what is near, nearest first', async (t) => {
      const r = await search({ origin: DAM, filters: { near: { ...DAM, radiusMeters: 2500 } } });
      t.ok(r.total > 3, 'several listings within 2.5 km');
      checkDistanceOrder(t, r, DAM, 'empty text, sort=relevance, near');
      const facet = await search({ origin: DAM, filters: { facets: { kind: ['activiteit'] } } });
      checkDistanceOrder(t, facet, DAM, 'empty text, sort=relevance, kind filter');
      exactly(t, facet, all.filter((d) => d.facets.kind.includes('activiteit')), 'empty text with a filter lists every match');
    });

    await t.test('relevance with an origin: still the best match on top, distances reported', async (t) => {
      const r = await search({ text: 'voedselbank', origin: { lat: 52.3105, lon: 4.9705 } });
      inTop(t, r, 'voedselbank-noord', 1, 'voedselbank from Zuidoost');
      const z = await search({ text: 'zwembad', origin: DAM });
      includes(t, z, ['mirandabad', 'sloterparkbad'], 'zwembad from the Dam');
      for (const h of z.hits) {
        const expected = nearest(byId(h.id), DAM);
        if (expected === undefined) t.equal(h.distanceMeters, undefined, `${h.id}: no point, no distance`);
        else t.ok(h.distanceMeters !== undefined && distanceClose(h.distanceMeters, expected), `${h.id}: distance ${h.distanceMeters} ≈ ${expected.toFixed(0)}`);
      }
      const noOrigin = await search({ text: 'zwembad' });
      t.ok(noOrigin.hits.every((h) => h.distanceMeters === undefined), 'no origin: no distances');
    });

    // --- facets, totals, pages ------------------------------------------------------------------

    await t.test('facet counts cover the whole result', async (t) => {
      const queries: Q[] = [
        { filters: { free: true } },
        { text: 'ontmoeting' },
        { text: 'sport', filters: { near: { ...DAM, radiusMeters: 6000 } } },
        {},
      ];
      for (const q of queries) {
        const what = JSON.stringify(q);
        const r = await search({ ...q, limit: 2 });
        t.ok(r.hits.length <= 2, `${what}: a page of 2`);
        const kinds = Object.values(r.facets.kind).reduce((a, b) => a + b, 0);
        t.equal(kinds, r.total, `${what}: kind counts add up to the total (one kind per listing)`);
        for (const name of facetNames) {
          const entries = Object.entries(r.facets[name]);
          for (const [value, count] of entries.slice(0, 4)) {
            const narrowed = await search({ ...q, limit: 0, filters: { ...q.filters, facets: { ...q.filters?.facets, [name]: [value] } } });
            t.equal(count, narrowed.total, `${what}: ${name}=${value} count equals the total with that filter`);
          }
          for (const [value, count] of entries) if (!(count > 0)) t.fail(`${what}: ${name}=${value} counted ${count}`);
        }
      }
      const filtered = await search({ filters: { facets: { kind: ['plek', 'steun'] } } });
      t.same(sorted(Object.keys(filtered.facets.kind)), ['plek', 'steun'], 'a filtered facet counts only the chosen values');
      const expectedArea: Record<string, number> = {};
      for (const d of all) for (const a of d.facets.area) expectedArea[a] = (expectedArea[a] ?? 0) + 1;
      t.same((await search({ limit: 1 })).facets.area, expectedArea, 'area counts over all documents (multi-valued)');
    });

    await t.test('pagination: pages do not overlap and add up to the first N', async (t) => {
      const queries: Q[] = [{ origin: DAM, sort: 'distance' }, {}, { text: 'ontmoeting' }, { text: 'sport', origin: DAM }];
      for (const q of queries) {
        const what = JSON.stringify(q);
        const full = await search({ ...q, limit: 100 });
        const n = full.hits.length;
        t.equal(n, full.total, `${what}: one big page holds everything`);
        const paged: string[] = [];
        for (let offset = 0; offset < n; offset += 5) {
          const page = await search({ ...q, offset, limit: 5 });
          t.equal(page.total, full.total, `${what}: total on page ${offset / 5 + 1}`);
          paged.push(...ids(page));
        }
        t.equal(new Set(paged).size, paged.length, `${what}: no document on two pages`);
        t.same(paged, ids(full), `${what}: pages in order equal the full list`);
        for (const [offset, limit] of [
          [3, 4],
          [7, 6],
          [1, 1],
        ] as const) {
          const page = await search({ ...q, offset, limit });
          t.same(ids(page), ids(full).slice(offset, offset + limit), `${what}: offset ${offset}, limit ${limit}`);
        }
        const beyond = await search({ ...q, offset: n + 10, limit: 5 });
        t.same(beyond.hits, [], `${what}: a page past the end is empty`);
        t.equal(beyond.total, full.total, `${what}: total past the end`);
      }
    });

    await t.test('total is exact', async (t) => {
      const r = await search({ text: 'ontmoeting', limit: 1 });
      const big = await search({ text: 'ontmoeting', limit: 100 });
      t.equal(r.total, big.hits.length, 'ontmoeting: total with limit 1 equals the number of hits');
      const zero = await search({ filters: { free: true }, limit: 0 });
      t.same(zero.hits, [], 'limit 0: no hits');
      t.equal(zero.total, all.filter((d) => d.free).length, 'limit 0: total still exact');
    });

    await t.test('no match: total 0, nothing counted, no error', async (t) => {
      for (const text of ['xyzzyqwert', 'plofkwaak zwiebelbrood']) {
        const r = await search({ text, origin: DAM, filters: { free: true } });
        wellFormed(t, r, 100, text);
        t.equal(r.total, 0, `${text}: total 0`);
        t.same(r.hits, [], `${text}: no hits`);
        for (const name of facetNames) t.same(r.facets[name], {}, `${text}: ${name} counts empty`);
      }
      const impossible = await search({ filters: { facets: { kind: ['plek'] }, age: 3, openSlot: 999 } });
      t.equal(impossible.total, 0, 'contradicting filters: total 0');
    });

    await t.test('hostile text never throws', async (t) => {
      const texts = [
        '"',
        '"koffie',
        'koffie"',
        "'",
        "it's",
        '"NEAR(',
        'NEAR(koffie zwembad, 2)',
        'AND OR NOT',
        'koffie AND NOT zwembad',
        '*',
        'koffie*',
        '^koffie',
        'title:x',
        'title:koffie',
        '-koffie',
        '(((',
        ')',
        '{}[]',
        '\\',
        '\\"',
        '%_%',
        "' OR 1=1 --",
        '; DROP TABLE search_docs; --',
        '\u0000koffie\u0000',
        '☕️ 🏊‍♀️ 👩🏽‍🦳',
        'مقهى اللغة',
        '咖啡',
        ' ',
        '   koffie   ',
        'a'.repeat(10_000),
        'koffie '.repeat(1_500),
        Array.from({ length: 10_240 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 95))).join(''),
      ];
      for (const text of texts) {
        const label = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…(${text.length})` : text);
        try {
          const r = await search({ text, origin: DAM, limit: 5 });
          wellFormed(t, r, 5, label);
          const d = await search({ text, origin: DAM, sort: 'distance', limit: 5, filters: { facets: { kind: ['plek'] } } });
          wellFormed(t, d, 5, `${label} sort=distance`);
        } catch (err) {
          t.fail(`${label} threw: ${(err as Error).message}`);
        }
      }
      try {
        const r = await search({ filters: { facets: { kind: ['a"b', "x') OR 1=1 --", '\\', ''], area: ['"]'] } } });
        t.equal(r.total, 0, 'hostile facet values match nothing');
      } catch (err) {
        t.fail(`hostile facet values threw: ${(err as Error).message}`);
      }
    });

    // --- writes (last: they change the corpus) ------------------------------------------------

    await t.test('upsert replaces by id', async (t) => {
      const anker = byId('anker');
      const changed: SearchDocument = {
        ...anker,
        title: 'Theeochtend in Buurtkamer Het Anker',
        taxonomy: 'ontmoeting inloop thee',
        summary: 'Elke ochtend thee en een praatje',
        facets: { ...anker.facets, area: [AREA.noord] },
        points: [{ lat: 52.3996, lon: 4.9335 }],
      };
      await engine.upsert([changed]);
      t.equal(await engine.documentCount(), all.length, 'still one document per id');
      const koffie = await search({ text: 'koffie' });
      excludes(t, koffie, ['anker'], 'the old word no longer matches');
      includes(t, koffie, ['koffie-krant'], 'other documents unaffected');
      inTop(t, await search({ text: 'theeochtend' }), 'anker', 1, 'the new word matches');
      includes(t, await search({ filters: { facets: { area: [AREA.noord] } } }), ['anker'], 'new facet value');
      excludes(t, await search({ filters: { facets: { area: [AREA.oost] } } }), ['anker'], 'old facet value gone');
      const near = await search({ filters: { near: { lat: 52.3996, lon: 4.9335, radiusMeters: 100 } } });
      includes(t, near, ['anker'], 'new location');
      exactly(t, await search(), all, 'every document once');
      await engine.upsert([anker]);
      inTop(t, await search({ text: 'koffie' }), 'anker', 3, 'restored');
    });

    await t.test('remove', async (t) => {
      await engine.remove(['taalcafe', 'bestaat-niet']);
      t.equal(await engine.documentCount(), all.length - 1, 'documentCount after remove');
      const r = await search({ text: 'taalcafe' });
      excludes(t, r, ['taalcafe'], 'removed document not found');
      const everything = await search();
      t.equal(everything.total, all.length - 1, 'total after remove');
      excludes(t, everything, ['taalcafe'], 'not listed either');
      t.equal((await search({ filters: { facets: { language: ['tr'] } } })).facets.language['tr'], all.filter((d) => d.id !== 'taalcafe' && d.facets.language.includes('tr')).length, 'facet counts follow');
      await engine.remove([]);
      await engine.upsert([byId('taalcafe')]);
      inTop(t, await search({ text: 'taalcafe' }), 'taalcafe', 1, 'back after upsert');
    });

    await t.test('writes take effect in the order they were made, without waiting in between', async (t) => {
      const anker = byId('anker');
      const renamed = { ...anker, title: 'Zonnebloemochtend in Buurtkamer Het Anker' };
      // Not awaited one by one: as the indexer hands over the next batch before the last is done.
      await Promise.all([engine.remove(['anker']), engine.upsert([renamed]), engine.remove(['taalcafe']), engine.upsert([byId('taalcafe')]), engine.remove(['taalcafe'])]);
      inTop(t, await search({ text: 'zonnebloemochtend' }), 'anker', 1, 'removed, then back with its new title');
      excludes(t, await search({ text: 'taalcafe' }), ['taalcafe'], 'back, then removed again');
      await Promise.all([engine.upsert([anker]), engine.upsert([byId('taalcafe')])]);
      exactly(t, await search(), all, 'every document once again');
    });

    await t.test('clear', async (t) => {
      await engine.clear();
      t.equal(await engine.documentCount(), 0, 'documentCount 0');
      const r = await search({ origin: DAM });
      wellFormed(t, r);
      t.equal(r.total, 0, 'nothing listed');
      t.equal((await search({ text: 'koffie' })).total, 0, 'nothing found');
      await engine.upsert([byId('anker')]);
      inTop(t, await search({ text: 'koffie' }), 'anker', 1, 'usable again after clear');
      await engine.clear();
    });
  });
}
