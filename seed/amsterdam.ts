// Importer for the demo gemeente: Gemeente Amsterdam's "Maatschappelijke voorzieningen"
// (seed/data/maatschappelijke_voorzieningen_sociale_kaart.csv, "Bron: Gemeente Amsterdam";
// see seed/data/ATTRIBUTION.md) to listings that pass `ListingInput`.
//
// Rules (see also the report in the PR):
// - Every row is loaded. Rows that are works at one facility are grouped into one listing that
//   keeps all source ids (see `facilityNameOf` and `groupPlaces`).
// - Rows damaged by a spreadsheet (`issues` column) are loaded as they are; the flags go to
//   `dataIssues` for the people who maintain the listings. Nothing is corrected or guessed.
// - Tags, summaries and the §4 fields come from the category only (one short B1 sentence per
//   category); nothing is invented about a specific place: no phone numbers, no opening hours.
// - `areaCodes` are not set: the server fills them in from the coordinates.
import { parsePostcode } from '../api/geo/postcode.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { ListingInput, ListingKind } from '../api/listings/schemas.ts';

/** What the importer produces: the input shape of `ListingInput` (before defaults). */
export type ListingInputData = z.input<typeof ListingInput>;

export const AMSTERDAM_ATTRIBUTION = 'Bron: Gemeente Amsterdam';
export const AMSTERDAM_SOURCE_SYSTEM = 'amsterdam-mvzn';

/** Rows of different sources with the same facility name are merged only this close together. */
export const MAX_GROUP_DISTANCE_METRES = 1000;

/** The known damage flags of the `issues` column. */
export const knownDataIssues = ['encoding_?', 'huisnummer_excel_date', 'geen_adres'] as const;

/** One parsed CSV row. Text fields are verbatim (not trimmed, not corrected). */
export interface AmsterdamPlace {
  mvznId: string;
  naam: string;
  domein: string;
  categorie: string;
  soort: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
  stadsdeel: string;
  lat: number | null;
  lon: number | null;
  /** Flags from the `issues` column, e.g. `encoding_?`. */
  issues: string[];
  bron: string;
}

const COLUMNS = [
  'mvzn_id',
  'naam',
  'domein',
  'categorie',
  'soort',
  'straat',
  'huisnummer',
  'postcode',
  'woonplaats',
  'stadsdeel',
  'lat',
  'lon',
  'issues',
  'bron',
] as const;

function toNumber(v: string): number | null {
  if (v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Parse the CSV text. Pure. */
export function parseAmsterdamPlaces(csvText: string): AmsterdamPlace[] {
  const records = parse(csvText, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const first = records[0];
  if (first) {
    const missing = COLUMNS.filter((c) => !(c in first));
    if (missing.length) throw new Error(`Amsterdam CSV: missing column(s) ${missing.join(', ')}`);
  }
  return records.map((r) => ({
    mvznId: r['mvzn_id'] ?? '',
    naam: r['naam'] ?? '',
    domein: r['domein'] ?? '',
    categorie: r['categorie'] ?? '',
    soort: r['soort'] ?? '',
    straat: r['straat'] ?? '',
    huisnummer: r['huisnummer'] ?? '',
    postcode: r['postcode'] ?? '',
    woonplaats: r['woonplaats'] ?? '',
    stadsdeel: r['stadsdeel'] ?? '',
    lat: toNumber(r['lat'] ?? ''),
    lon: toNumber(r['lon'] ?? ''),
    issues: (r['issues'] ?? '')
      .split(/[;|\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    bron: r['bron'] ?? '',
  }));
}

/** Read and parse the CSV file (the only I/O in this module). */
export function readAmsterdamPlaces(csvPath: string): AmsterdamPlace[] {
  return parseAmsterdamPlaces(readFileSync(csvPath, 'utf8'));
}

// ---------------------------------------------------------------------------------------------
// Grouping rows into facilities

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Names that are only an asset code, e.g. `SPO-ZEEBURG-02` (a field of Sportpark Zeeburgereiland). */
const ASSET_CODE = /^[A-Z]{2,}(?:-[A-Z0-9]+)+$/;

/** Names that start with the works done at a facility. */
const WORKS_PREFIX =
  /^(?:intensiveren|intensivering|renovatie|renoveren|vervanging|vervangen|verduurzaming|verduurzamen|herontwikkeling)\s+(\S.+)$/i;

/** `MV2131-4` → `MV2131`: rows with one base id are parts of one object in the source. */
export const baseIdOf = (mvznId: string) => mvznId.replace(/-\d+$/, '');

/**
 * The facility a row belongs to, from its name alone:
 * - `Sportpark Drieburg: vervanging SPO-DRIE-03` → `Sportpark Drieburg` (works at a facility);
 *   except when the part after the colon names the category itself
 *   (`Sloterdijk Contactbuurt: buurtkamer 2` stays whole: there the prefix is an area, not a place);
 * - `Het Marnixbad - Doelgroepenbad` → `Het Marnixbad` when the part after " - " is the row's
 *   `soort` (a pool or field of the same facility);
 * - `Intensiveren Sportpark Drieburg` → `Sportpark Drieburg` (a name that starts with works);
 * - otherwise the name itself (whitespace squashed).
 * Asset-code names are resolved in `groupPlaces` through the base id.
 */
export function facilityNameOf(row: Pick<AmsterdamPlace, 'naam' | 'categorie' | 'soort'>): string {
  const name = squash(row.naam);
  const colon = name.indexOf(':');
  if (colon > 0) {
    const prefix = name.slice(0, colon).trim();
    const suffix = name.slice(colon + 1).trim().toLowerCase();
    const category = row.categorie.trim().toLowerCase();
    const namesCategory = category !== '' && suffix.includes(category);
    if (prefix.length >= 2 && !namesCategory) return prefix;
    return name;
  }
  const dash = name.lastIndexOf(' - ');
  if (dash > 0) {
    const suffix = name.slice(dash + 3).trim().toLowerCase();
    const soort = row.soort.trim().toLowerCase();
    if (suffix !== '' && soort !== '' && soort.startsWith(suffix)) return name.slice(0, dash).trim();
  }
  const works = WORKS_PREFIX.exec(name);
  if (works) return works[1]!.trim();
  return name;
}

/** Rough distance in metres (equirectangular; fine at city scale). */
function distanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const k = 111_320;
  const dx = (a.lon - b.lon) * k * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  const dy = (a.lat - b.lat) * k;
  return Math.sqrt(dx * dx + dy * dy);
}

export interface PlaceGroup {
  /** Facility name as in the data (the title of the listing). */
  facility: string;
  rows: AmsterdamPlace[];
  /** The row whose address and coordinates the listing uses. */
  location: AmsterdamPlace;
}

const hasAddress = (r: AmsterdamPlace) => r.straat.trim() !== '';

/**
 * Group rows that are one facility. Rows join a group when their facility names match
 * (case- and whitespace-insensitive), they are in the same stadsdeel and they lie within
 * `MAX_GROUP_DISTANCE_METRES` of the group's first row; so two different places that share a
 * generic name in different stadsdelen stay apart. Asset-code rows (`SPO-ZEEBURG-02`) join
 * the named row with the same base id (`MV2131-1`, Sportpark Zeeburgereiland).
 *
 * The location of a group is its own facility row (name equal to the facility) with an address;
 * else the first row with an address; else the first row (coordinates only). Using one real row
 * keeps address and coordinates together; a centroid of the rows would match no address.
 * Groups come in the order of their first row in the file.
 */
export function groupPlaces(rows: readonly AmsterdamPlace[]): PlaceGroup[] {
  const namedByBase = new Map<string, string>();
  for (const r of rows) {
    const name = squash(r.naam);
    if (!ASSET_CODE.test(name) && !namedByBase.has(baseIdOf(r.mvznId))) {
      namedByBase.set(baseIdOf(r.mvznId), facilityNameOf(r));
    }
  }

  const groups: PlaceGroup[] = [];
  const byKey = new Map<string, PlaceGroup[]>();
  for (const r of rows) {
    const name = squash(r.naam);
    const facility = (ASSET_CODE.test(name) && namedByBase.get(baseIdOf(r.mvznId))) || facilityNameOf(r);
    const key = facility.toLowerCase();
    const candidates = byKey.get(key) ?? [];
    const group = candidates.find((g) => {
      const anchor = g.rows[0]!;
      if (anchor.stadsdeel.trim().toLowerCase() !== r.stadsdeel.trim().toLowerCase()) return false;
      if (anchor.lat === null || anchor.lon === null || r.lat === null || r.lon === null) return true;
      return distanceMetres({ lat: anchor.lat, lon: anchor.lon }, { lat: r.lat, lon: r.lon }) <= MAX_GROUP_DISTANCE_METRES;
    });
    if (group) {
      group.rows.push(r);
    } else {
      const g: PlaceGroup = { facility, rows: [r], location: r };
      candidates.push(g);
      byKey.set(key, candidates);
      groups.push(g);
    }
  }
  for (const g of groups) {
    const own = g.rows.find((r) => hasAddress(r) && squash(r.naam).toLowerCase() === g.facility.toLowerCase());
    g.location = own ?? g.rows.find(hasAddress) ?? g.rows[0]!;
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Category profiles: kind, tags and one short B1 sentence per category

export type ProfileId =
  | 'buurtteam'
  | 'okt'
  | 'huis-van-de-wijk'
  | 'buurtkamer'
  | 'jongerencentrum'
  | 'bibliotheek'
  | 'zwembad'
  | 'sporthal'
  | 'sportpark'
  | 'kinderboerderij'
  | 'schooltuin'
  | 'speeltuin'
  | 'broedplaats'
  | 'wijkkunst'
  | 'cultuur'
  | 'groen'
  | 'sociale-kruidenier'
  | 'ontmoetingsplek'
  | 'sport'
  | 'buurtvoorziening';

interface Profile {
  kind: ListingKind;
  summary: string;
  /** What you can typically do at such a place, in general terms: never a claim about one place. */
  description?: string;
  deelambities: string[];
  sferen: string[];
  themes: string[];
  bouwstenen: string[];
  vraaggebieden?: string[];
  audience?: string[];
  ageMin?: number;
  ageMax?: number;
  speciaalVoor?: string;
  inloopZonderAfspraak?: boolean;
}

/** In priority order: a group with rows of several categories takes the first that applies. */
export const profiles: Record<ProfileId, Profile> = {
  buurtteam: {
    kind: 'steunpunt',
    summary: 'Bij het buurtteam kun je terecht met vragen over bijvoorbeeld geld, wonen, werk, gezondheid of je gezin.',
    description:
      'Het buurtteam helpt gratis en zonder verwijzing. Je kunt er bijvoorbeeld terecht met geldzorgen of schulden, hulp bij formulieren en brieven, problemen met je huis of zorgen over iemand in je gezin. Een buurtteam doet maatschappelijk werk en denkt met je mee.',
    deelambities: ['ondersteuning'],
    sferen: ['institutioneel'],
    themes: ['geldzorgen', 'wonen-en-buurt'],
    bouwstenen: ['bestaanszekerheid'],
    vraaggebieden: ['informatie-en-advies', 'persoonlijke-begeleiding', 'financiele-ondersteuning'],
  },
  okt: {
    kind: 'steunpunt',
    summary: 'Bij het Ouder- en Kindteam kunnen ouders, kinderen en jongeren terecht met vragen over opvoeden en opgroeien.',
    description:
      'Je kunt er terecht met gewone vragen over opvoeden, van baby tot puber: slapen, eten, school, ruzie of zorgen over je kind. Ook jongeren zelf kunnen er met hun vragen terecht. Het is gratis en je hebt geen verwijzing nodig.',
    deelambities: ['ondersteuning'],
    sferen: ['institutioneel'],
    themes: ['opvoeden-en-opgroeien'],
    bouwstenen: [],
    vraaggebieden: ['informatie-en-advies', 'persoonlijke-begeleiding'],
    audience: ['ouders', 'kinderen', 'jongeren'],
  },
  'huis-van-de-wijk': {
    kind: 'plek',
    summary:
      'Een Huis van de Wijk is een buurthuis voor iedereen: binnenlopen, mensen ontmoeten, meedoen aan activiteiten of een vraag stellen.',
    description:
      'Er zijn vaak activiteiten zoals koffie-ochtenden, samen eten, cursussen en spreekuren. Je kunt er ook terecht met een vraag of met een eigen idee voor de buurt.',
    deelambities: ['ontmoeting', 'ondersteuning', 'ontplooiing'],
    sferen: ['institutioneel'],
    themes: ['wonen-en-buurt'],
    bouwstenen: ['ruimte-en-plekken'],
    inloopZonderAfspraak: true,
  },
  buurtkamer: {
    kind: 'plek',
    summary: 'Een buurtkamer is een huiskamer in de buurt: binnenlopen, koffie drinken en andere buurtbewoners ontmoeten.',
    description:
      'Buurtbewoners houden de buurtkamer vaak zelf open. Je bent welkom om aan te schuiven, een kop koffie of thee te drinken en mee te doen aan wat er die dag is.',
    deelambities: ['ontmoeting'],
    sferen: ['gemeenschappelijk'],
    themes: ['eenzaamheid', 'wonen-en-buurt'],
    bouwstenen: ['ruimte-en-plekken'],
    inloopZonderAfspraak: true,
  },
  jongerencentrum: {
    kind: 'plek',
    summary: 'In een jongerencentrum kunnen jongeren elkaar ontmoeten, samen iets leuks doen en iets nieuws leren.',
    description:
      'Jongeren kunnen er na school en in het weekend terecht om te chillen, te gamen, te sporten of muziek te maken. Jongerenwerkers denken mee over school, werk of problemen thuis.',
    deelambities: ['ontmoeting', 'plezier', 'ontplooiing'],
    sferen: ['institutioneel'],
    themes: ['opvoeden-en-opgroeien'],
    bouwstenen: ['ruimte-en-plekken'],
    audience: ['jongeren'],
    ageMin: 12,
    ageMax: 23,
    speciaalVoor: 'Jongeren',
  },
  bibliotheek: {
    kind: 'plek',
    summary: 'In de bibliotheek kun je boeken lenen, lezen, iets leren en andere mensen ontmoeten.',
    description:
      'Je kunt er rustig lezen of studeren, de computer en wifi gebruiken en kranten en tijdschriften lezen. Veel vestigingen hebben hulp bij digitale vragen en activiteiten zoals voorlezen of taalcafés.',
    deelambities: ['ontplooiing', 'ontmoeting'],
    sferen: ['institutioneel'],
    themes: ['taal-en-digitaal', 'cultuur'],
    bouwstenen: ['ruimte-en-plekken', 'inclusie'],
    inloopZonderAfspraak: true,
  },
  zwembad: {
    kind: 'plek',
    summary: 'In een zwembad kun je zwemmen en bewegen in het water, alleen of samen met anderen.',
    description:
      'Er is vaak banenzwemmen, recreatief zwemmen en zwemles voor kinderen en volwassenen.',
    deelambities: ['plezier'],
    sferen: ['institutioneel'],
    themes: ['sport-en-spel', 'gezondheid-en-bewegen'],
    bouwstenen: ['ruimte-en-plekken'],
  },
  sporthal: {
    kind: 'plek',
    summary: 'In een sporthal kun je binnen sporten, alleen of samen met anderen, vaak bij een sportclub.',
    description:
      'In een sporthal sporten verenigingen en groepen, bijvoorbeeld zaalvoetbal, basketbal, volleybal of badminton.',
    deelambities: ['plezier'],
    sferen: ['institutioneel'],
    themes: ['sport-en-spel', 'gezondheid-en-bewegen'],
    bouwstenen: ['ruimte-en-plekken'],
  },
  sportpark: {
    kind: 'plek',
    summary: 'Op een sportpark kun je buiten sporten, vaak bij een sportvereniging.',
    description:
      'Op een sportpark zijn velden voor bijvoorbeeld voetbal, hockey, tennis of atletiek, meestal van sportverenigingen.',
    deelambities: ['plezier'],
    sferen: ['gemeenschappelijk', 'institutioneel'],
    themes: ['sport-en-spel', 'gezondheid-en-bewegen'],
    bouwstenen: ['ruimte-en-plekken'],
  },
  kinderboerderij: {
    kind: 'plek',
    summary: 'Op een kinderboerderij kun je dieren zien, buiten zijn en met kinderen een leuke tijd hebben.',
    description:
      'Je kunt er dieren bekijken en soms aaien, zoals geiten, schapen en kippen. Kinderen kunnen er buiten spelen en leren over dieren.',
    deelambities: ['plezier'],
    sferen: ['gemeenschappelijk'],
    themes: ['natuur-en-groen', 'opvoeden-en-opgroeien'],
    bouwstenen: ['ruimte-en-plekken'],
    audience: ['kinderen', 'ouders'],
  },
  schooltuin: {
    kind: 'plek',
    summary: 'Op een schooltuin leren kinderen van de basisschool buiten tuinieren: zaaien, verzorgen en oogsten.',
    deelambities: ['ontplooiing', 'plezier'],
    sferen: ['institutioneel'],
    themes: ['natuur-en-groen', 'opvoeden-en-opgroeien'],
    bouwstenen: ['ruimte-en-plekken'],
    audience: ['kinderen'],
    speciaalVoor: 'Kinderen van de basisschool, via school',
  },
  speeltuin: {
    kind: 'plek',
    summary: 'Een speeltuin met een eigen gebouw: kinderen spelen er en ouders en buren ontmoeten elkaar.',
    description:
      'Kinderen kunnen er buiten spelen, vaak onder toezicht van vrijwilligers van de speeltuinvereniging. Ouders en buren ontmoeten elkaar in het gebouw.',
    deelambities: ['plezier', 'ontmoeting'],
    sferen: ['gemeenschappelijk'],
    themes: ['sport-en-spel', 'opvoeden-en-opgroeien'],
    bouwstenen: ['ruimte-en-plekken'],
    audience: ['kinderen', 'ouders'],
  },
  broedplaats: {
    kind: 'plek',
    summary: 'Een broedplaats is een gebouw met betaalbare werkruimtes voor kunstenaars en andere makers.',
    deelambities: ['ontplooiing'],
    sferen: ['gemeenschappelijk'],
    themes: ['cultuur'],
    bouwstenen: ['ruimte-en-plekken'],
  },
  wijkkunst: {
    kind: 'plek',
    summary: 'Een plek in de buurt waar je zelf creatief bezig kunt zijn en kunst kunt beleven.',
    deelambities: ['ontplooiing', 'plezier', 'ontmoeting'],
    sferen: ['gemeenschappelijk'],
    themes: ['cultuur'],
    bouwstenen: ['ruimte-en-plekken'],
  },
  cultuur: {
    kind: 'plek',
    summary: 'Een plek voor kunst, cultuur of geschiedenis: kijken, luisteren en samen iets beleven.',
    deelambities: ['plezier', 'ontplooiing'],
    sferen: ['institutioneel'],
    themes: ['cultuur'],
    bouwstenen: [],
  },
  groen: {
    kind: 'plek',
    summary: 'Een groene plek in de buurt om buiten te zijn, samen te tuinieren en te leren over de natuur.',
    deelambities: ['plezier', 'ontplooiing', 'ontmoeting'],
    sferen: ['gemeenschappelijk'],
    themes: ['natuur-en-groen'],
    bouwstenen: ['ruimte-en-plekken'],
  },
  'sociale-kruidenier': {
    kind: 'plek',
    summary: 'Bij een sociale kruidenier kunnen mensen die weinig geld hebben voordelig boodschappen doen.',
    deelambities: ['ondersteuning', 'ontmoeting'],
    sferen: ['gemeenschappelijk'],
    themes: ['geldzorgen', 'eten-en-koken'],
    bouwstenen: ['bestaanszekerheid'],
  },
  ontmoetingsplek: {
    kind: 'plek',
    summary: 'Een plek in de buurt om andere mensen te ontmoeten en samen iets te doen.',
    deelambities: ['ontmoeting'],
    sferen: ['gemeenschappelijk'],
    themes: ['eenzaamheid', 'wonen-en-buurt'],
    bouwstenen: ['ruimte-en-plekken'],
  },
  sport: {
    kind: 'plek',
    summary: 'Een plek om te sporten en te bewegen, alleen of samen met anderen.',
    deelambities: ['plezier'],
    sferen: ['institutioneel'],
    themes: ['sport-en-spel', 'gezondheid-en-bewegen'],
    bouwstenen: ['ruimte-en-plekken'],
  },
  buurtvoorziening: {
    kind: 'plek',
    summary: 'Een voorziening in de buurt waar buurtbewoners terechtkunnen en elkaar kunnen ontmoeten.',
    deelambities: ['ontmoeting'],
    sferen: ['gemeenschappelijk'],
    themes: ['wonen-en-buurt'],
    bouwstenen: ['ruimte-en-plekken'],
  },
};

const profilePriority = Object.keys(profiles) as ProfileId[];

/**
 * The profile of one row, from `categorie` and `soort`; for the "Overig" categories and for
 * sport fields (which include pools and halls) the facility name refines it.
 */
export function profileOf(row: Pick<AmsterdamPlace, 'categorie' | 'soort' | 'naam'>, facility = facilityNameOf(row)): ProfileId {
  const cat = row.categorie.trim().toLowerCase();
  const soort = row.soort.trim().toLowerCase();
  const name = facility.toLowerCase();
  switch (cat) {
    case 'buurtteamlocatie':
      return 'buurtteam';
    case 'okt':
      return 'okt';
    case 'huis van de wijk':
      return 'huis-van-de-wijk';
    case 'buurtkamer':
      return 'buurtkamer';
    case 'jongerencentrum':
      return 'jongerencentrum';
    case 'bibliotheek':
      return 'bibliotheek';
    case 'zwembad':
      return 'zwembad';
    case 'sporthal':
      return 'sporthal';
    case 'kinderboerderij':
      return 'kinderboerderij';
    case 'schooltuincomplex':
      return 'schooltuin';
    case 'speeltuingebouw':
      return 'speeltuin';
  }
  if (cat === 'sportveld' || cat === 'overig sens') {
    if (/bad\b/.test(name)) return 'zwembad';
    if (soort === 'sportzaal' || /\b(sporthal|sportcentrum|sportzaal)\b|hal\b|boksschool/.test(name)) return 'sporthal';
    if (/sportpark|tennispark|roeicentrum/.test(name)) return 'sportpark';
    return 'sport';
  }
  if (cat === 'overig kenc') {
    if (soort === 'broedplaats' || /broedplaats/.test(name)) return 'broedplaats';
    if (soort === 'wijkkunstvoorziening') return 'wijkkunst';
    return 'cultuur';
  }
  // Overig BV and anything new.
  if (/broedplaats/.test(name)) return 'broedplaats';
  if (/boerderij/.test(name)) return 'kinderboerderij';
  if (/kruidenier/.test(name)) return 'sociale-kruidenier';
  if (/theater/.test(name)) return 'cultuur';
  if (/tuin|stadskas/.test(name)) return 'groen';
  if (/ontmoet|huiskamer|buurthuis|buurtwerkplaats|buurtrestaurant|inloop/.test(name)) return 'ontmoetingsplek';
  return 'buurtvoorziening';
}

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

function locationOf(row: AmsterdamPlace, name: string): NonNullable<ListingInputData['locations']>[number] {
  const loc: NonNullable<ListingInputData['locations']>[number] = { name };
  if (row.straat.trim()) loc.street = row.straat.trim();
  // A house number that Excel turned into a date serial is not a house number: leave it out
  // (the flag stays on the listing). Every other value is kept as written, `?` included.
  if (row.huisnummer.trim() && !row.issues.includes('huisnummer_excel_date')) loc.houseNumber = row.huisnummer.trim();
  // An unparseable postcode is kept as written; the store refuses it, so the seed test catches it.
  if (row.postcode.trim()) {
    const parsed = parsePostcode(row.postcode);
    loc.postcode = parsed.ok ? parsed.normalized : row.postcode.trim();
  }
  if (row.woonplaats.trim()) loc.place = row.woonplaats.trim();
  if (row.lat !== null && row.lon !== null) {
    loc.lat = row.lat;
    loc.lon = row.lon;
  }
  return loc;
}

/** Convert one group of rows to a listing. Pure. */
export function groupToListing(group: PlaceGroup): ListingInputData {
  const profileIds = uniq(group.rows.map((r) => profileOf(r, group.facility)));
  const main = profilePriority.find((p) => profileIds.includes(p)) ?? 'buurtvoorziening';
  const p = profiles[main];
  const names = group.rows.map((r) => squash(r.naam).toLowerCase());
  const anyName = (re: RegExp) => names.some((n) => re.test(n));

  const deelambities = [...p.deelambities];
  const sferen = [...p.sferen];
  const bouwstenen = [...p.bouwstenen];
  const themes = [...p.themes];
  const audience = [...(p.audience ?? [])];

  // Run by residents: the name says so (zelfbeheer), or it is a village council.
  const zelfbeheer = anyName(/zelfbeheer/);
  if (zelfbeheer || anyName(/dorpsraad/)) {
    deelambities.push('eigenaarschap');
    sferen.push('gemeenschappelijk');
    bouwstenen.push('eigen-regie');
  }
  // Audiences that the name itself states.
  if (anyName(/ouderen/)) audience.push('ouderen');
  if (anyName(/vrouw/)) audience.push('vrouwen');
  if (anyName(/meiden/)) audience.push('meiden');
  if (anyName(/jongeren/)) audience.push('jongeren');
  if (anyName(/weggeef/)) themes.push('geldzorgen');

  const listing: ListingInputData = {
    kind: p.kind,
    title: group.facility,
    summary: p.summary,
    description: p.description ?? '',
    locations: [locationOf(group.location, group.facility)],
    deelambities: uniq(deelambities),
    sferen: uniq(sferen),
    bouwstenen: uniq(bouwstenen),
    themes: uniq(themes),
    vraaggebieden: [...(p.vraaggebieden ?? [])],
    audience: uniq(audience),
    beheervorm: zelfbeheer ? 'zelfbeheer' : null,
    inloopZonderAfspraak: p.inloopZonderAfspraak ?? false,
    status: 'gepubliceerd',
    isExample: false,
    attribution: AMSTERDAM_ATTRIBUTION,
    sources: group.rows.map((r) => ({ system: AMSTERDAM_SOURCE_SYSTEM, id: r.mvznId })),
    dataIssues: uniq(group.rows.flatMap((r) => r.issues)),
  };
  if (zelfbeheer) listing.gedragenDoor = 'bewoners';
  if (p.ageMin !== undefined) listing.ageMin = p.ageMin;
  if (p.ageMax !== undefined) listing.ageMax = p.ageMax;
  if (p.speciaalVoor) {
    listing.toegang = 'speciaal_voor';
    listing.speciaalVoor = p.speciaalVoor;
  }
  return listing;
}

/** Rows to listings, one per facility, in the order of the file. Pure. */
export function placesToListings(rows: readonly AmsterdamPlace[]): ListingInputData[] {
  return groupPlaces(rows).map(groupToListing);
}
