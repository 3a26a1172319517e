// Synthetic listings for benchmarks and load tests: realistic Dutch content spread over Amsterdam,
// in any number. Never part of the demo gemeente (seed/demo.ts); load it with
// `npm run seed:synthetic -- --count N` (seed/synthetic-cli.ts) or from tests/bench/search.ts.
//
// Pure and deterministic: listing i depends only on (seed, i), so a batch from any offset is the
// same as that slice of one big run, and the generator needs no memory beyond what it returns.
// Every listing has `isExample: true` and source `synthetic`. Texts follow examples.ts: generic,
// no invented phone numbers, e-mail addresses or websites; areaCodes are left to the server.
import type { Bouwsteen, Deelambitie, Sfeer, Theme, Vraaggebied } from './taxonomy.ts';
import type { z } from 'zod';
import type { ListingInput } from '../api/listings/schemas.ts';
import type { OpeningRule, Schedule, Weekday } from '../api/listings/schedule.ts';

/** What the generator returns: input to `ListingInput.parse` (defaults not yet filled in). */
export type SyntheticListing = z.input<typeof ListingInput>;

/** The box every generated coordinate falls in: [minLat, maxLat, minLon, maxLon]. */
export const amsterdamBox = { minLat: 52.28, maxLat: 52.43, minLon: 4.75, maxLon: 5.07 } as const;

// ---------------------------------------------------------------------------------------------
// Typed vocabularies (slugs of seed/taxonomy.ts), so a typo fails the type check.

type Kind = SyntheticListing['kind'];
type Accessibility = NonNullable<SyntheticListing['accessibility']>[number];
type KostenIn = NonNullable<SyntheticListing['kosten']>;
type VacatureIn = NonNullable<SyntheticListing['vacature']>;
type LocationIn = NonNullable<SyntheticListing['locations']>[number];
type ScheduleIn = z.input<typeof Schedule>;
type RuleIn = z.input<typeof OpeningRule>;
type Nth = 1 | 2 | 3 | 4 | 5 | -1;
type Beheervorm = NonNullable<SyntheticListing['beheervorm']>;
type GedragenDoor = NonNullable<SyntheticListing['gedragenDoor']>;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness.

type Rng = () => number;

/** mulberry32: a tiny, fast, good-enough seeded PRNG. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The PRNG seed of listing `index` in run `seed` (murmur3 finaliser over both). */
function streamSeed(seed: number, index: number): number {
  let h = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function pick<T>(r: Rng, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}
const chance = (r: Rng, p: number) => r() < p;
const int = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

/** Up to `n` distinct items, in list order. */
function some<T>(r: Rng, items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(r() * items.length));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T);
}

/** Cumulative weights, for a weighted pick with one random number. */
function weighted<T extends { w: number }>(items: readonly T[]): (r: Rng) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += item.w));
  return (r) => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}

/** Roughly normal (sum of three uniforms), mean 0, sd 1, bounded at ±3. */
const gauss = (r: Rng) => (r() + r() + r() - 1.5) * 2;

// ---------------------------------------------------------------------------------------------
// Amsterdam: wijken (CBS "buurt" level in seed/data/amsterdam-areas.geojson) with their
// centroid, nearest PC4, two streets and a rough population weight.

export type SyntheticBuurt = {
  /** CBS name. */
  name: string;
  /** What residents call it, used in titles ("De Pijp" for Oude Pijp). */
  say: string;
  stadsdeel: string;
  lat: number;
  lon: number;
  pc4: string;
  streets: readonly [string, string];
  w: number;
};

const bt = (
  name: string,
  say: string,
  stadsdeel: string,
  lat: number,
  lon: number,
  pc4: string,
  streets: [string, string],
  w = 1,
): SyntheticBuurt => ({ name, say, stadsdeel, lat, lon, pc4, streets, w });

export const amsterdamBuurten: readonly SyntheticBuurt[] = [
  bt('Burgwallen-Nieuwe Zijde', 'Nieuwe Zijde', 'Centrum', 52.3728, 4.895, '1012', ['Spuistraat', 'Nieuwezijds Voorburgwal'], 0.5),
  bt('Grachtengordel-West', 'Grachtengordel', 'Centrum', 52.3722, 4.8859, '1016', ['Prinsengracht', 'Keizersgracht'], 0.5),
  bt('Grachtengordel-Zuid', 'Grachtengordel-Zuid', 'Centrum', 52.3626, 4.8957, '1017', ['Reguliersgracht', 'Kerkstraat'], 0.5),
  bt('Nieuwmarkt/Lastage', 'Nieuwmarkt', 'Centrum', 52.3703, 4.903, '1011', ['Zeedijk', 'Sint Antoniesbreestraat'], 0.8),
  bt('Haarlemmerbuurt', 'Haarlemmerbuurt', 'Centrum', 52.3831, 4.8893, '1013', ['Haarlemmerdijk', 'Brouwersgracht'], 0.7),
  bt('Jordaan', 'Jordaan', 'Centrum', 52.3717, 4.8797, '1016', ['Westerstraat', 'Lindengracht'], 1.2),
  bt('De Weteringschans', 'Weteringbuurt', 'Centrum', 52.361, 4.888, '1017', ['Weteringschans', 'Lijnbaansgracht'], 0.6),
  bt('Weesperbuurt/Plantage', 'Plantage', 'Centrum', 52.3638, 4.9101, '1018', ['Plantage Middenlaan', 'Weesperstraat'], 0.8),
  bt('Oostelijke Eilanden/Kadijken', 'Kattenburg', 'Centrum', 52.3685, 4.9206, '1018', ['Kattenburgerstraat', 'Wittenburgergracht'], 0.8),
  bt('Houthavens', 'Houthavens', 'West', 52.3933, 4.8803, '1013', ['Danzigerkade', 'Archangelkade'], 0.4),
  bt('Spaarndammer- en Zeeheldenbuurt', 'Spaarndammerbuurt', 'West', 52.3882, 4.8717, '1014', ['Spaarndammerstraat', 'Zaanstraat'], 1),
  bt('Staatsliedenbuurt', 'Staatsliedenbuurt', 'West', 52.38, 4.8733, '1051', ['Van Limburg Stirumstraat', 'Van Hogendorpstraat'], 1),
  bt('Centrale Markt', 'Centrale Markt', 'West', 52.3786, 4.8645, '1051', ['Jan van Galenstraat', 'Haarlemmerweg'], 0.3),
  bt('Frederik Hendrikbuurt', 'Frederik Hendrikbuurt', 'West', 52.3732, 4.873, '1052', ['Frederik Hendrikstraat', 'Tweede Hugo de Grootstraat'], 0.8),
  bt('Da Costabuurt', 'Da Costabuurt', 'West', 52.3673, 4.8712, '1053', ['Da Costastraat', 'Bilderdijkstraat'], 0.7),
  bt('Kinkerbuurt', 'Kinkerbuurt', 'West', 52.3663, 4.8648, '1053', ['Kinkerstraat', 'Ten Katestraat'], 0.8),
  bt('Van Lennepbuurt', 'Van Lennepbuurt', 'West', 52.362, 4.8652, '1054', ['Van Lennepstraat', 'Jacob van Lennepkade'], 0.8),
  bt('Helmersbuurt', 'Helmersbuurt', 'West', 52.3607, 4.87, '1054', ['Eerste Helmersstraat', 'Overtoom'], 0.7),
  bt('Overtoomse Sluis', 'Overtoomse Sluis', 'West', 52.3579, 4.8584, '1058', ['Overtoom', 'Jan Pieter Heijestraat'], 0.8),
  bt('Vondelbuurt', 'Vondelbuurt', 'West', 52.3607, 4.8764, '1054', ['Vondelstraat', 'Eerste Constantijn Huygensstraat'], 0.5),
  bt('Sloterdijk', 'Sloterdijk', 'West', 52.386, 4.8545, '1055', ['Haarlemmerweg', 'Bos en Lommerweg'], 0.3),
  bt('Landlust', 'Landlust', 'West', 52.3791, 4.8522, '1055', ['Bos en Lommerweg', 'Gibraltarstraat'], 1),
  bt('Erasmuspark', 'Erasmuspark', 'West', 52.3738, 4.8467, '1061', ['Erasmusgracht', 'Bos en Lommerplein'], 0.8),
  bt('De Kolenkit', 'Kolenkit', 'West', 52.3761, 4.8391, '1061', ['Leeuwendalersweg', 'Bos en Lommerplantsoen'], 0.9),
  bt('De Krommert', 'De Krommert', 'West', 52.3691, 4.8602, '1057', ['Chasséstraat', 'Admiraal de Ruijterweg'], 0.9),
  bt('Van Galenbuurt', 'Van Galenbuurt', 'West', 52.371, 4.8519, '1056', ['Jan van Galenstraat', 'Willem de Zwijgerlaan'], 0.9),
  bt('Hoofdweg en omgeving', 'Hoofdweg', 'West', 52.3657, 4.8493, '1057', ['Hoofdweg', 'Mercatorplein'], 0.9),
  bt('Westindische buurt', 'Westindische buurt', 'West', 52.3612, 4.8532, '1058', ['Curaçaostraat', 'Postjesweg'], 0.8),
  bt('Slotermeer-Noordoost', 'Slotermeer', 'Nieuw-West', 52.3804, 4.83, '1063', ['Burgemeester De Vlugtlaan', 'Slotermeerlaan'], 1.2),
  bt('Slotermeer-Zuidwest', 'Slotermeer', 'Nieuw-West', 52.3731, 4.8183, '1064', ['Slotermeerlaan', 'Burgemeester Röellstraat'], 1.2),
  bt('Geuzenveld', 'Geuzenveld', 'Nieuw-West', 52.3779, 4.8011, '1067', ['Lambertus Zijlplein', 'Burgemeester van Leeuwenlaan'], 1.2),
  bt('Eendracht', 'Eendracht', 'Nieuw-West', 52.3784, 4.7751, '1067', ['Osdorperweg', 'Ookmeerweg'], 0.5),
  bt('Lutkemeer en Ookmeer', 'Ookmeer', 'Nieuw-West', 52.365, 4.7739, '1069', ['Ookmeerweg', 'Pieter Calandlaan'], 0.6),
  bt('Osdorp-Oost', 'Osdorp', 'Nieuw-West', 52.3569, 4.8056, '1068', ['Meer en Vaart', 'Tussen Meer'], 1.2),
  bt('Osdorp-Midden', 'Osdorp', 'Nieuw-West', 52.3549, 4.7925, '1069', ['Osdorpplein', 'Pieter Calandlaan'], 1.2),
  bt('De Punt', 'De Punt', 'Nieuw-West', 52.3551, 4.7836, '1069', ['Pieter Calandlaan', 'Baden Powellweg'], 0.6),
  bt('Middelveldsche Akerpolder en Sloten', 'De Aker', 'Nieuw-West', 52.3454, 4.783, '1060', ['Dijkgraafplein', 'Sloterweg'], 1),
  bt('Slotervaart', 'Slotervaart', 'Nieuw-West', 52.359, 4.8251, '1065', ['Johan Huizingalaan', 'Comeniusstraat'], 1.2),
  bt('Overtoomse Veld', 'Overtoomse Veld', 'Nieuw-West', 52.3644, 4.8384, '1061', ['August Allebéplein', 'Derkinderenstraat'], 1),
  bt('Westlandgracht', 'Westlandgracht', 'Nieuw-West', 52.3495, 4.8388, '1059', ['Westlandgracht', 'Delflandplein'], 0.8),
  bt('Sloten- en Riekerpolder', 'Nieuw Sloten', 'Nieuw-West', 52.3386, 4.8149, '1066', ['Sloterweg', 'Louis Armstrongstraat'], 0.8),
  bt('Oude Pijp', 'De Pijp', 'Zuid', 52.3558, 4.8925, '1072', ['Albert Cuypstraat', 'Ferdinand Bolstraat'], 1.1),
  bt('Nieuwe Pijp', 'De Pijp', 'Zuid', 52.3499, 4.8956, '1073', ['Van Woustraat', 'Lutmastraat'], 1),
  bt('Hoofddorppleinbuurt', 'Hoofddorppleinbuurt', 'Zuid', 52.3531, 4.8486, '1059', ['Hoofddorpweg', 'Aalsmeerweg'], 0.8),
  bt('Schinkelbuurt', 'Schinkelbuurt', 'Zuid', 52.3495, 4.8519, '1059', ['Amstelveenseweg', 'Schinkelkade'], 0.6),
  bt('Willemspark', 'Willemspark', 'Zuid', 52.3542, 4.862, '1075', ['Koninginneweg', 'Emmastraat'], 0.6),
  bt('Museumkwartier', 'Museumkwartier', 'Zuid', 52.3531, 4.8758, '1071', ['Van Baerlestraat', 'Cornelis Schuytstraat'], 0.8),
  bt('Stadionbuurt', 'Stadionbuurt', 'Zuid', 52.3431, 4.8553, '1076', ['Stadionweg', 'Olympiaplein'], 0.9),
  bt('Apollobuurt', 'Apollobuurt', 'Zuid', 52.347, 4.8712, '1077', ['Apollolaan', 'Beethovenstraat'], 0.7),
  bt('Scheldebuurt', 'Rivierenbuurt', 'Zuid', 52.3397, 4.8919, '1078', ['Scheldestraat', 'Maasstraat'], 0.8),
  bt('IJselbuurt', 'Rivierenbuurt', 'Zuid', 52.3467, 4.9035, '1078', ['IJsselstraat', 'Lekstraat'], 0.8),
  bt('Rijnbuurt', 'Rivierenbuurt', 'Zuid', 52.337, 4.9005, '1079', ['Rijnstraat', 'Waalstraat'], 0.8),
  bt('Station-Zuid WTC en omgeving', 'Zuidas', 'Zuid', 52.3402, 4.8719, '1077', ['Gustav Mahlerlaan', 'Parnassusweg'], 0.3),
  bt('Buitenveldert-West', 'Buitenveldert', 'Zuid', 52.3296, 4.8544, '1081', ['De Boelelaan', 'Van Boshuizenstraat'], 0.8),
  bt('Buitenveldert-Oost', 'Buitenveldert', 'Zuid', 52.3289, 4.8848, '1083', ['Van Nijenrodeweg', 'Gelderlandplein'], 0.8),
  bt('Weesperzijde', 'Weesperzijde', 'Oost', 52.3534, 4.9093, '1074', ['Weesperzijde', 'Wibautstraat'], 0.7),
  bt('Oosterparkbuurt', 'Oosterpark', 'Oost', 52.3579, 4.9166, '1091', ['Eerste Oosterparkstraat', 'Wijttenbachstraat'], 1),
  bt('Dapperbuurt', 'Dapperbuurt', 'Oost', 52.3606, 4.9277, '1093', ['Dapperstraat', 'Wagenaarstraat'], 0.9),
  bt('Transvaalbuurt', 'Transvaalbuurt', 'Oost', 52.3545, 4.9207, '1092', ['Pretoriusstraat', 'Transvaalkade'], 0.9),
  bt('Indische Buurt West', 'Indische Buurt', 'Oost', 52.3612, 4.9338, '1094', ['Javastraat', 'Borneostraat'], 1.1),
  bt('Indische Buurt Oost', 'Indische Buurt', 'Oost', 52.3616, 4.9467, '1095', ['Molukkenstraat', 'Celebesstraat'], 1),
  bt('Oostelijk Havengebied', 'Oostelijk Havengebied', 'Oost', 52.3724, 4.9369, '1019', ['KNSM-laan', 'Sumatrakade'], 0.9),
  bt('Zeeburgereiland/Nieuwe Diep', 'Zeeburgereiland', 'Oost', 52.3562, 4.9783, '1086', ['Bert Haanstrakade', 'Zuiderzeeweg'], 0.5),
  bt('IJburg West', 'IJburg', 'Oost', 52.3542, 4.995, '1087', ['IJburglaan', 'Pampuslaan'], 1),
  bt('IJburg Zuid', 'IJburg', 'Oost', 52.3498, 5.0058, '1087', ['Krijn Taconiskade', 'IJburglaan'], 0.8),
  bt('Frankendael', 'Watergraafsmeer', 'Oost', 52.3462, 4.9241, '1097', ['Middenweg', 'Hugo de Vrieslaan'], 0.9),
  bt('Middenmeer', 'Watergraafsmeer', 'Oost', 52.3504, 4.9481, '1098', ['Kruislaan', 'Middenweg'], 0.9),
  bt('Betondorp', 'Betondorp', 'Oost', 52.3392, 4.9383, '1097', ['Brink', 'Onderlangs'], 0.4),
  bt('De Omval', 'Omval', 'Oost', 52.3305, 4.9081, '1096', ['Omval', 'Ringdijk'], 0.4),
  bt('Volewijck', 'Van der Pekbuurt', 'Noord', 52.39, 4.9102, '1031', ['Van der Pekstraat', 'Mosplein'], 1),
  bt('Ijplein/Vogelbuurt', 'Vogelbuurt', 'Noord', 52.3857, 4.919, '1021', ['Meeuwenlaan', 'IJplein'], 0.9),
  bt('Tuindorp Nieuwendam', 'Tuindorp Nieuwendam', 'Noord', 52.3897, 4.9396, '1023', ['Purmerplein', 'Waterlandplein'], 0.6),
  bt('Nieuwendammerdijk/Buiksloterdijk', 'Nieuwendammerdijk', 'Noord', 52.3871, 4.9374, '1023', ['Nieuwendammerdijk', 'Buiksloterdijk'], 0.3),
  bt('Tuindorp Oostzaan', 'Tuindorp Oostzaan', 'Noord', 52.409, 4.8938, '1033', ['Zonneplein', 'Zonnebloemstraat'], 0.8),
  bt('Oostzanerwerf', 'Oostzanerwerf', 'Noord', 52.4181, 4.8772, '1035', ['Kamperfoelieweg', 'Oostzanerdijk'], 0.7),
  bt('Kadoelen', 'Kadoelen', 'Noord', 52.4149, 4.9073, '1036', ['Kadoelenweg', 'Landsmeerderdijk'], 0.5),
  bt('Nieuwendam-Noord', 'Nieuwendam-Noord', 'Noord', 52.3916, 4.9543, '1024', ['Waterlandplein', 'Beemsterstraat'], 1),
  bt('Buikslotermeer', 'Buikslotermeer', 'Noord', 52.4013, 4.9364, '1025', ['Buikslotermeerplein', 'Loenermark'], 1),
  bt('Banne Buiksloot', 'Banne', 'Noord', 52.4066, 4.917, '1034', ['Bezaanjachtplein', 'Ketelmakerstraat'], 0.9),
  bt('Buiksloterham', 'Buiksloterham', 'Noord', 52.3982, 4.892, '1031', ['Klaprozenweg', 'Papaverweg'], 0.5),
  bt('Nieuwendammerham', 'Nieuwendammerham', 'Noord', 52.3811, 4.9397, '1022', ['Johan van Hasseltweg', 'Hamerstraat'], 0.4),
  bt('Waterland', 'Durgerdam', 'Noord', 52.4015, 4.992, '1028', ['Durgerdammerdijk', 'Dorpsweg Ransdorp'], 0.2),
  bt('Amstel III/Bullewijk', 'Bullewijk', 'Zuidoost', 52.2954, 4.9504, '1105', ['Hoogoorddreef', 'Holterbergweg'], 0.3),
  bt('Bijlmer-Centrum (D. F. H)', 'Bijlmer', 'Zuidoost', 52.3141, 4.9537, '1102', ['Bijlmerdreef', 'Anton de Komplein'], 1.3),
  bt('Bijlmer-Oost (E. G. K)', 'Bijlmer', 'Zuidoost', 52.3191, 4.9755, '1104', ['Kraaiennest', 'Gooioord'], 1.3),
  bt('Nellestein', 'Gaasperdam', 'Zuidoost', 52.3076, 4.9908, '1108', ['Gaasperplein', 'Nellesteinpad'], 0.8),
  bt('Holendrecht/Reigersbos', 'Reigersbos', 'Zuidoost', 52.2966, 4.9696, '1106', ['Reigersbos', 'Holendrechtplein'], 1),
  bt('Gein', 'Gein', 'Zuidoost', 52.2961, 4.9892, '1107', ['Geinsnede', 'Geinbrug'], 0.8),
  bt('Driemond', 'Driemond', 'Zuidoost', 52.3122, 5.0116, '1109', ['Dorpsstraat', 'Driemonderweg'], 0.2),
  bt('Centrum', 'Weesp', 'Weesp', 52.3064, 5.0427, '1381', ['Nieuwstad', 'Slijkstraat'], 0.5),
  bt('Plan Zuid', 'Weesp-Zuid', 'Weesp', 52.3035, 5.0369, '1381', ['Aetsveldselaan', 'Leeuwenveldseweg'], 0.3),
  bt('Plan Noord', 'Weesp-Noord', 'Weesp', 52.3111, 5.0376, '1382', ['Oudegracht', 'Kostverlorenhof'], 0.3),
  bt('Hogewey', 'Hogewey', 'Weesp', 52.3124, 5.0243, '1382', ['Hogeweyselaan', 'Heemraadweg'], 0.2),
];
const pickBuurt = weighted(amsterdamBuurten);
const buurtenBySd = new Map<string, SyntheticBuurt[]>();
for (const b of amsterdamBuurten) buurtenBySd.set(b.stadsdeel, [...(buurtenBySd.get(b.stadsdeel) ?? []), b]);

export type SyntheticPark = { name: string; lat: number; lon: number; stadsdeel: string };
export const amsterdamParken: readonly SyntheticPark[] = [
  { name: 'Vondelpark', lat: 52.358, lon: 4.8686, stadsdeel: 'Zuid' },
  { name: 'Oosterpark', lat: 52.3603, lon: 4.9203, stadsdeel: 'Oost' },
  { name: 'Westerpark', lat: 52.3866, lon: 4.8777, stadsdeel: 'West' },
  { name: 'Sarphatipark', lat: 52.3545, lon: 4.896, stadsdeel: 'Zuid' },
  { name: 'Rembrandtpark', lat: 52.3648, lon: 4.847, stadsdeel: 'Nieuw-West' },
  { name: 'Flevopark', lat: 52.361, lon: 4.95, stadsdeel: 'Oost' },
  { name: 'Erasmuspark', lat: 52.3747, lon: 4.8494, stadsdeel: 'West' },
  { name: 'Sloterpark', lat: 52.365, lon: 4.815, stadsdeel: 'Nieuw-West' },
  { name: 'Noorderpark', lat: 52.393, lon: 4.918, stadsdeel: 'Noord' },
  { name: 'Gaasperpark', lat: 52.307, lon: 4.995, stadsdeel: 'Zuidoost' },
  { name: 'Amstelpark', lat: 52.3305, lon: 4.893, stadsdeel: 'Zuid' },
  { name: 'Beatrixpark', lat: 52.342, lon: 4.881, stadsdeel: 'Zuid' },
  { name: 'Park Frankendael', lat: 52.351, lon: 4.929, stadsdeel: 'Oost' },
  { name: 'Martin Luther Kingpark', lat: 52.338, lon: 4.902, stadsdeel: 'Zuid' },
  { name: 'Bijlmerpark', lat: 52.317, lon: 4.962, stadsdeel: 'Zuidoost' },
  { name: 'Wertheimpark', lat: 52.3665, lon: 4.908, stadsdeel: 'Centrum' },
  { name: 'Darwinpark', lat: 52.39, lon: 4.948, stadsdeel: 'Noord' },
  { name: 'Park Somerlust', lat: 52.4065, lon: 4.903, stadsdeel: 'Noord' },
  { name: 'Theo van Goghpark', lat: 52.351, lon: 5.003, stadsdeel: 'Oost' },
  { name: 'Gerbrandypark', lat: 52.3625, lon: 4.7915, stadsdeel: 'Nieuw-West' },
];

const placeName = (b: SyntheticBuurt) => (b.stadsdeel === 'Weesp' ? 'Weesp' : 'Amsterdam');
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const clamp = (x: number, min: number, max: number) => (x < min ? min : x > max ? max : x);

/** A point near (lat, lon): sd ≈ `meters` metres, clamped inside the Amsterdam box. */
function near(r: Rng, lat: number, lon: number, meters: number) {
  const dLat = (gauss(r) * meters) / 111_320;
  const dLon = (gauss(r) * meters) / 68_000; // metres per degree of longitude at 52.35°N
  return {
    lat: round6(clamp(lat + dLat, amsterdamBox.minLat + 0.001, amsterdamBox.maxLat - 0.001)),
    lon: round6(clamp(lon + dLon, amsterdamBox.minLon + 0.001, amsterdamBox.maxLon - 0.001)),
  };
}

const POSTCODE_FIRST = 'ABCEGHJKLMNPRTVWXZ'; // never S, so never SA/SD/SS
const POSTCODE_SECOND = 'ABCDEGHJKLMNPRSTVWXZ';

// ---------------------------------------------------------------------------------------------
// Venues: the kind of building an activity is held at, named after its buurt or with a name.

type VenueType =
  | 'buurthuis'
  | 'huisvandewijk'
  | 'buurtkamer'
  | 'wijkcentrum'
  | 'bibliotheek'
  | 'speeltuin'
  | 'kinderboerderij'
  | 'sporthal'
  | 'zwembad'
  | 'jongerencentrum'
  | 'buurttuin'
  | 'dienstencentrum'
  | 'ontmoetingscentrum'
  | 'kantoor';

type VenueSpec = {
  /** Prefix of the name ("Buurthuis De Meeuw", "OBA Slotervaart"). */
  prefixes: readonly string[];
  /** Probability of a proper name rather than the buurt's. */
  proper: number;
  prep: 'in' | 'bij';
  accessible: number;
  beheer: readonly Beheervorm[];
};

const venueSpecs: Record<VenueType, VenueSpec> = {
  buurthuis: { prefixes: ['Buurthuis', 'Buurtcentrum'], proper: 0.6, prep: 'in', accessible: 0.6, beheer: ['welzijnsorganisatie', 'zelfbeheer', 'vereniging'] },
  huisvandewijk: { prefixes: ['Huis van de Wijk'], proper: 0.4, prep: 'in', accessible: 0.9, beheer: ['gemeente', 'welzijnsorganisatie'] },
  buurtkamer: { prefixes: ['Buurtkamer'], proper: 0.7, prep: 'in', accessible: 0.4, beheer: ['zelfbeheer', 'welzijnsorganisatie'] },
  wijkcentrum: { prefixes: ['Wijkcentrum'], proper: 0.5, prep: 'in', accessible: 0.7, beheer: ['welzijnsorganisatie', 'gemeente'] },
  bibliotheek: { prefixes: ['OBA', 'Bibliotheek'], proper: 0, prep: 'in', accessible: 0.95, beheer: ['anders'] },
  speeltuin: { prefixes: ['Speeltuin'], proper: 0.5, prep: 'bij', accessible: 0.3, beheer: ['vereniging', 'zelfbeheer'] },
  kinderboerderij: { prefixes: ['Kinderboerderij'], proper: 0.6, prep: 'bij', accessible: 0.5, beheer: ['gemeente', 'vereniging'] },
  sporthal: { prefixes: ['Sporthal', 'Sportcentrum'], proper: 0.2, prep: 'in', accessible: 0.8, beheer: ['gemeente'] },
  zwembad: { prefixes: ['Zwembad'], proper: 0.3, prep: 'in', accessible: 0.9, beheer: ['gemeente'] },
  jongerencentrum: { prefixes: ['Jongerencentrum'], proper: 0.7, prep: 'in', accessible: 0.5, beheer: ['welzijnsorganisatie'] },
  buurttuin: { prefixes: ['Buurttuin', 'Moestuin'], proper: 0.4, prep: 'bij', accessible: 0.3, beheer: ['zelfbeheer', 'vereniging'] },
  dienstencentrum: { prefixes: ['Dienstencentrum', 'Ouderencentrum'], proper: 0.5, prep: 'in', accessible: 1, beheer: ['welzijnsorganisatie'] },
  ontmoetingscentrum: { prefixes: ['Ontmoetingscentrum', 'Buurtpand'], proper: 0.8, prep: 'in', accessible: 0.5, beheer: ['zelfbeheer', 'vereniging', 'anders'] },
  kantoor: { prefixes: ['Wijkkantoor', 'Buurtteamkantoor'], proper: 0, prep: 'in', accessible: 0.9, beheer: ['welzijnsorganisatie', 'gemeente'] },
};

const properNames = [
  'De Meeuw', 'Het Anker', 'De Boeg', 'De Schakel', 'De Brug', 'Het Trefpunt', 'De Kroon', 'De Oase',
  'Het Wijkpaleis', 'De Pauw', 'De Eenhoorn', 'Het Zonnetje', 'De Regenboog', 'De Horizon', 'Het Kompas',
  'De Vonk', 'De Linde', 'Het Baken', 'De Kastanje', 'De Ooievaar', 'Het Podium', 'De Tulp', 'De Wending',
  'Het Open Huis', 'De Werf', 'De Kajuit', 'Het Dok', 'De Notenkraker', 'De Bonte Koe', 'Het Klaverblad',
  'De Kleine Wereld', 'De Groene Vlinder', 'De Sterrenhemel', 'Het Bolwerk', 'De Vuurtoren', 'De Waterkant',
  'Het Pleintje', 'De Uitkijk', 'De Ontmoeting', 'Het Hofje', 'De Speeldoos', 'De Kolibrie', 'Het Nest',
  'De Zonnebloem', 'De Wilg', 'Het Bruggenhoofd', 'De Mient', 'De Ark', 'Het Lichtpunt', 'De Poort',
];

type Venue = { type: VenueType; name: string; at: string };

function venueIn(r: Rng, type: VenueType, b: SyntheticBuurt): Venue {
  const spec = venueSpecs[type];
  const name = `${pick(r, spec.prefixes)} ${chance(r, spec.proper) ? pick(r, properNames) : b.say}`;
  return { type, name, at: `${spec.prep} ${name}` };
}

function venueLocation(r: Rng, v: Venue, b: SyntheticBuurt): LocationIn {
  const { lat, lon } = near(r, b.lat, b.lon, 450);
  const letters = pick(r, [...POSTCODE_FIRST]) + pick(r, [...POSTCODE_SECOND]);
  const house = int(r, 1, 240);
  return {
    name: v.name,
    street: pick(r, b.streets),
    houseNumber: chance(r, 0.15) ? `${house}-${pick(r, ['H', 'A', 'B', '1'])}` : String(house),
    postcode: `${b.pc4} ${letters}`,
    place: placeName(b),
    lat,
    lon,
  };
}

function accessibilityFor(r: Rng, type: VenueType | null): Accessibility[] {
  if (type === null) return [];
  const spec = venueSpecs[type];
  const out: Accessibility[] = [];
  if (chance(r, spec.accessible)) {
    out.push('rolstoeltoegankelijk');
    if (chance(r, 0.6)) out.push('toegankelijk_toilet');
    if (chance(r, 0.3)) out.push('lift');
  }
  if (chance(r, 0.12)) out.push('ringleiding');
  if (chance(r, 0.08)) out.push('prikkelarm');
  if (chance(r, 0.4)) out.push('ov_dichtbij');
  if (chance(r, 0.1)) out.push('parkeren');
  return out;
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
const AFTER_SCHOOL: Slot[] = [
  ['15:00', '17:00'],
  ['15:30', '17:30'],
];
const EVENING: Slot[] = [
  ['19:00', '21:00'],
  ['19:30', '21:30'],
  ['20:00', '22:00'],
];
const DINNER: Slot[] = [
  ['17:30', '19:30'],
  ['18:00', '20:00'],
];
const OFFICE: Slot[] = [
  ['09:00', '17:00'],
  ['09:00', '12:00'],
  ['13:00', '17:00'],
];
const SPREEKUUR: Slot[] = [
  ['09:00', '11:00'],
  ['10:00', '12:00'],
  ['13:30', '15:30'],
];
const WEEKDAYS: Weekday[][] = [['MO'], ['TU'], ['WE'], ['TH'], ['FR'], ['MO', 'TH'], ['TU', 'FR'], ['WE', 'FR']];
const ANY_DAY: Weekday[][] = [...WEEKDAYS, ['SA'], ['SU']];
const NTH: Nth[][] = [[1], [2], [3], [-1], [1, 3], [2, 4]];
const ZOMERSTOP = { from: '2026-07-20', until: '2026-08-14', reason: 'Zomerstop' };
const KERSTWEEK = { from: '2026-12-24', until: '2027-01-01', reason: 'Gesloten tussen kerst en oud en nieuw' };

type When = {
  days: readonly Weekday[][];
  slots: readonly Slot[];
  /** Probability of "elke 1e en 3e …" instead of every week. */
  nth?: number;
  /** Probability of "op afspraak". */
  appointment?: number;
  /** Probability of a second, different day. */
  second?: number;
  holidays?: boolean;
};

function rule(days: readonly Weekday[], slot: Slot, weeks?: Nth[]): RuleIn {
  const out: RuleIn = { days: [...days], opens: slot[0], closes: slot[1] };
  if (weeks) out.weeksOfMonth = [...weeks];
  return out;
}

function scheduleFor(r: Rng, w: When): ScheduleIn {
  const byAppointment = chance(r, w.appointment ?? 0);
  const closures = chance(r, 0.15) ? [{ ...ZOMERSTOP }] : chance(r, 0.1) ? [{ ...KERSTWEEK }] : [];
  // Half the appointment-only services state no fixed hours at all.
  if (byAppointment && chance(r, 0.5)) return { rules: [], closures, closedOnHolidays: true, byAppointment: true };
  const nth = chance(r, w.nth ?? 0) ? pick(r, NTH) : undefined;
  const first = pick(r, w.days);
  const rules = [rule(first, pick(r, w.slots), nth)];
  if (!nth && chance(r, w.second ?? 0)) {
    const other = pick(r, w.days);
    if (other.every((d) => !first.includes(d))) rules.push(rule(other, pick(r, w.slots)));
  }
  return { rules, closures, closedOnHolidays: w.holidays ?? true, byAppointment };
}

/** Opening hours of a building: weekdays, sometimes evenings or Saturday. */
function openingHours(r: Rng, type: VenueType): ScheduleIn {
  const rules: RuleIn[] = [];
  switch (type) {
    case 'speeltuin':
    case 'kinderboerderij':
      rules.push(rule(['TU', 'WE', 'TH', 'FR', 'SA', 'SU'], pick(r, [['10:00', '17:00'], ['09:00', '17:00'], ['13:00', '17:00']] as Slot[])));
      break;
    case 'zwembad':
    case 'sporthal':
      rules.push(rule(['MO', 'TU', 'WE', 'TH', 'FR'], pick(r, [['07:00', '22:00'], ['08:00', '21:00']] as Slot[])));
      rules.push(rule(['SA', 'SU'], pick(r, [['09:00', '17:00'], ['10:00', '16:00']] as Slot[])));
      break;
    case 'bibliotheek':
      rules.push(rule(['MO', 'TU', 'WE', 'TH', 'FR'], pick(r, [['10:00', '18:00'], ['12:00', '20:00'], ['10:00', '17:30']] as Slot[])));
      if (chance(r, 0.8)) rules.push(rule(['SA'], ['10:00', '17:00']));
      break;
    case 'buurtkamer':
    case 'buurttuin':
      rules.push(rule(pick(r, [['TU', 'TH'], ['MO', 'WE', 'FR'], ['TU', 'WE', 'TH']] as Weekday[][]), pick(r, [['10:00', '16:00'], ['10:00', '13:00']] as Slot[])));
      break;
    case 'jongerencentrum':
      rules.push(rule(['TU', 'WE', 'TH', 'FR'], ['15:00', '22:00']));
      if (chance(r, 0.5)) rules.push(rule(['SA'], ['13:00', '18:00']));
      break;
    default:
      rules.push(rule(['MO', 'TU', 'WE', 'TH', 'FR'], pick(r, [['09:00', '17:00'], ['09:00', '22:00'], ['09:30', '17:00']] as Slot[])));
      if (chance(r, 0.3)) rules.push(rule(['SA'], ['10:00', '14:00']));
  }
  return { rules, closures: chance(r, 0.1) ? [{ ...KERSTWEEK }] : [], closedOnHolidays: true, byAppointment: false };
}

// ---------------------------------------------------------------------------------------------
// Costs, languages, sentences.

const gratis = (): KostenIn => ({ type: 'gratis', tegemoetkomingMogelijk: false });
const bijdrage = (): KostenIn => ({ type: 'vrijwillige_bijdrage', tegemoetkomingMogelijk: false });
const bedrag = (euro: number, per: string, tegemoetkoming = false): KostenIn => ({ type: 'bedrag', bedrag: euro, per, tegemoetkomingMogelijk: tegemoetkoming });
const onbekend = (): KostenIn => ({ type: 'onbekend', tegemoetkomingMogelijk: false });

type Cost = 'gratis' | 'bijdrage' | 'laag' | 'cursus' | 'maaltijd' | 'zwemmen' | 'mix';
function kostenFor(r: Rng, c: Cost): KostenIn {
  switch (c) {
    case 'gratis':
      return chance(r, 0.92) ? gratis() : onbekend();
    case 'bijdrage':
      return chance(r, 0.7) ? bijdrage() : gratis();
    case 'laag':
      return chance(r, 0.5) ? bedrag(pick(r, [1, 1.5, 2, 2.5, 3]), 'keer', chance(r, 0.5)) : chance(r, 0.5) ? bijdrage() : gratis();
    case 'cursus':
      return chance(r, 0.6) ? bedrag(pick(r, [15, 25, 35, 50, 75]), pick(r, ['cursus', 'blok van 10 lessen', 'seizoen']), true) : gratis();
    case 'maaltijd':
      return chance(r, 0.8) ? bedrag(pick(r, [3, 3.5, 4, 5, 6]), 'maaltijd', chance(r, 0.6)) : bijdrage();
    case 'zwemmen':
      return bedrag(pick(r, [3.1, 3.6, 4.2, 4.8]), 'keer', true);
    case 'mix':
      return pick(r, [gratis, gratis, bijdrage, onbekend])();
  }
}

const EXTRA_LANGUAGES = ['en', 'ar', 'tr', 'pl', 'uk', 'es', 'fa', 'ti', 'pap', 'zgh', 'so', 'fr', 'pt', 'zh'];
function languagesFor(r: Rng, pExtra: number): string[] {
  if (!chance(r, pExtra)) return ['nl'];
  const out = ['nl', pick(r, EXTRA_LANGUAGES)];
  if (chance(r, 0.35)) {
    const second = pick(r, EXTRA_LANGUAGES);
    if (!out.includes(second)) out.push(second);
  }
  return out;
}

const WELCOME = [
  'Iedereen is welkom, ook als je voor het eerst komt.',
  'Je hoeft je niet aan te melden.',
  'Neem gerust een buurman of buurvrouw mee.',
  'Kom eens kijken, de eerste keer is vrijblijvend.',
  'Het is een kleine groep, dus je leert elkaar snel kennen.',
  'Je kunt ook alleen komen; er is altijd iemand die je wegwijs maakt.',
  'Je bent welkom, wat je achtergrond of leeftijd ook is.',
  'Je mag altijd eerst een keer komen kijken.',
];
const ASK = [
  'Loop gerust even binnen als je vragen hebt.',
  'Aanmelden kan ter plekke of bij de gastvrouw.',
  'Meer weten kan bij de medewerker ter plaatse.',
  'Twijfel je of het iets voor je is, kom dan gewoon langs.',
  'Meld je van tevoren aan, dan houden we een plek voor je vrij.',
];
const HELP = [
  'Samen kijken we wat je nodig hebt en wie je verder kan helpen.',
  'Het gesprek is vertrouwelijk en je bepaalt zelf wat je vertelt.',
  'Je mag iemand meenemen naar het gesprek.',
  'Als langskomen niet lukt, komen we ook bij je thuis.',
  'Je krijgt uitleg in gewone taal, zonder moeilijke woorden.',
];

// ---------------------------------------------------------------------------------------------
// Templates.

type Ctx = {
  r: Rng;
  b: SyntheticBuurt;
  v: Venue;
  park: SyntheticPark;
  /** "in Buurthuis De Meeuw" / "bij Speeltuin Dapperbuurt". */
  at: string;
  /** The buurt as residents say it. */
  say: string;
  sd: string;
};

type Where = 'venue' | 'park' | 'online' | 'home' | 'regeling';

type Tpl = {
  kind: Kind;
  w: number;
  where: Where;
  venues?: readonly VenueType[];
  titles: readonly ((c: Ctx) => string)[];
  summaries: readonly string[];
  /** First sentence(s) of the description; 1–3 more are added from `more` and the shared pools. */
  lead: readonly string[];
  more?: readonly string[];
  pool?: readonly string[];
  d: readonly Deelambitie[];
  /** Probability of the second and later deelambities (the first is always there). */
  dMore?: number;
  s: readonly Sfeer[];
  t: readonly Theme[];
  bs?: readonly Bouwsteen[];
  vg?: readonly Vraaggebied[];
  when?: When;
  cost?: Cost;
  lang?: number;
  age?: readonly (readonly [number | null, number | null])[];
  /** Probability that `age` applies. */
  pAge?: number;
  audience?: readonly string[];
  role: string;
  gedragen?: readonly GedragenDoor[];
  extra?: (c: Ctx) => Partial<SyntheticListing>;
};

const SOCIAL_VENUES: VenueType[] = ['buurthuis', 'huisvandewijk', 'buurtkamer', 'wijkcentrum', 'ontmoetingscentrum'];
const ELDERLY_VENUES: VenueType[] = ['dienstencentrum', 'huisvandewijk', 'buurthuis', 'wijkcentrum'];

const activiteiten: Tpl[] = [
  {
    kind: 'activiteit', w: 10, where: 'venue', venues: [...SOCIAL_VENUES, 'bibliotheek', 'dienstencentrum'],
    titles: [(c) => `Koffie-inloop ${c.at}`, (c) => `Koffieochtend ${c.at}`, (c) => `Inloop met koffie en thee ${c.at}`, (c) => `Koffie-uurtje ${c.say}`],
    summaries: ['Loop binnen voor een kop koffie of thee en een praatje met buurtbewoners.', 'Een open inloop met koffie, thee en een praatje. Je bent welkom, ook als je niemand kent.'],
    lead: ['Je kunt zonder afspraak binnenlopen, ook als je nog niemand kent.', 'Elke week staat de koffie klaar voor iedereen uit de buurt.'],
    more: ['Er is koffie, thee en vaak iets lekkers.', 'Je mag ook een keer helpen met koffie zetten, als je dat wilt.', 'Soms is er een krant of een spelletje.'],
    pool: WELCOME, d: ['ontmoeting'], s: ['gemeenschappelijk'], t: ['eenzaamheid', 'wonen-en-buurt'], bs: ['ruimte-en-plekken'],
    when: { days: WEEKDAYS, slots: MORNING, second: 0.3 }, cost: 'bijdrage', lang: 0.25, audience: ['buurtbewoners'],
    role: 'gastvrouw of gastheer', gedragen: ['bewoners', 'vrijwilligers', 'mix'],
  },
  {
    kind: 'activiteit', w: 6, where: 'park',
    titles: [(c) => `Wandelgroep ${c.park.name}`, (c) => `Wandelen in het ${c.park.name}`, (c) => `Samen wandelen ${c.say}`, (c) => `Ommetje door het ${c.park.name}`],
    summaries: ['Wandel elke week samen een uur door het park, in je eigen tempo.', 'Een rustige wandeling met buurtgenoten, met na afloop koffie.'],
    lead: ['De groep loopt ongeveer een uur en wacht op elkaar.', 'We verzamelen bij de ingang van het park en lopen een vaste route.'],
    more: ['Na afloop drink je samen nog een kop koffie, als je dat wilt.', 'Je hebt geen sportkleding nodig, goede schoenen zijn genoeg.', 'Bij slecht weer lopen we een kortere route.'],
    pool: WELCOME, d: ['plezier', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['gezondheid-en-bewegen', 'eenzaamheid'],
    when: { days: [...WEEKDAYS, ['SA']], slots: [['09:30', '10:30'], ['10:00', '11:30'], ['18:30', '19:30']], holidays: false },
    cost: 'gratis', lang: 0.05, age: [[55, null], [null, null]], pAge: 0.3, audience: ['buurtbewoners', 'ouderen'],
    role: 'begeleider van de wandelgroep', gedragen: ['bewoners', 'vrijwilligers'],
  },
  {
    kind: 'activiteit', w: 7, where: 'venue', venues: ['bibliotheek', 'huisvandewijk', 'buurthuis', 'wijkcentrum'],
    titles: [(c) => `Taalcafé ${c.at}`, (c) => `Taalcafé ${c.say}`, (c) => `Nederlands oefenen ${c.at}`, (c) => `Praat Nederlands met me ${c.at}`],
    summaries: ['Oefen Nederlands praten in een kleine groep, op een rustige en gezellige manier.', 'Samen Nederlands spreken over gewone dingen, met hulp van een taalvrijwilliger.'],
    lead: ['Je praat in kleine groepjes over gewone dingen, zoals boodschappen doen of je buurt.', 'In het taalcafé oefen je Nederlands spreken met andere bewoners.'],
    more: ['Een taalvrijwilliger helpt het gesprek op gang.', 'Fouten maken mag, daar leer je van.', 'Je hoeft je niet aan te melden.'],
    pool: WELCOME, d: ['ontplooiing', 'ontmoeting'], dMore: 0.8, s: ['gemeenschappelijk', 'institutioneel'], t: ['taal-en-digitaal'], bs: ['inclusie'],
    when: { days: ANY_DAY, slots: [...MORNING, ...AFTERNOON, ...EVENING] }, cost: 'gratis', lang: 0.8,
    audience: ['nieuwkomers', 'iedereen die Nederlands wil oefenen'], role: 'coördinator van het taalcafé', gedragen: ['mix', 'vrijwilligers'],
  },
  {
    kind: 'activiteit', w: 5, where: 'venue', venues: SOCIAL_VENUES,
    titles: [(c) => `Buurtmaaltijd ${c.at}`, (c) => `Samen eten ${c.at}`, (c) => `Kookclub ${c.say}`, (c) => `Buurtrestaurant ${c.say}`],
    summaries: ['Eet samen met buren een warme maaltijd, gekookt door mensen uit de buurt.', 'Een betaalbare warme maaltijd aan een gezellige tafel.'],
    lead: ['Samen eten is gezellig en je leert nieuwe mensen kennen.', 'De maaltijd wordt gekookt door buurtbewoners.'],
    more: ['Er is altijd een vegetarische keuze.', 'Meld je van tevoren aan, dan weten de koks hoeveel mensen er komen.', 'Wie wil meekoken, is welkom vanaf drie uur.'],
    pool: ASK, d: ['ontmoeting', 'plezier'], s: ['gemeenschappelijk'], t: ['eten-en-koken', 'eenzaamheid'], bs: ['inclusie'],
    when: { days: WEEKDAYS, slots: DINNER, nth: 0.6 }, cost: 'maaltijd', lang: 0.2, audience: ['buurtbewoners', 'ouderen', 'gezinnen'],
    role: 'coördinator van de buurtmaaltijd', gedragen: ['bewoners', 'mix'],
  },
  {
    kind: 'activiteit', w: 5, where: 'venue', venues: ['bibliotheek', 'huisvandewijk', 'buurthuis', 'dienstencentrum'],
    titles: [(c) => `Digicafé ${c.at}`, (c) => `Hulp bij je telefoon en computer ${c.at}`, (c) => `Computerinloop ${c.say}`, (c) => `Klik & Tik ${c.at}`],
    summaries: ['Vragen over je telefoon, tablet of computer? Loop binnen en krijg uitleg.', 'Leer stap voor stap werken met DigiD, e-mail en videobellen.'],
    lead: ['Neem je eigen telefoon, tablet of laptop mee.', 'Een vrijwilliger legt stap voor stap uit hoe iets werkt.'],
    more: ['Denk aan DigiD, e-mail of videobellen met je familie.', 'Je hoeft je niet aan te melden.', 'Wie geen eigen laptop heeft, kan een computer van ons gebruiken.'],
    pool: WELCOME, d: ['ontplooiing', 'ondersteuning'], s: ['gemeenschappelijk', 'institutioneel'], t: ['taal-en-digitaal'], bs: ['inclusie'],
    when: { days: WEEKDAYS, slots: AFTERNOON }, cost: 'gratis', lang: 0.15, age: [[55, null]], pAge: 0.25,
    audience: ['iedereen', 'ouderen'], role: 'medewerker van het digicafé', gedragen: ['vrijwilligers'],
  },
  {
    kind: 'activiteit', w: 3, where: 'venue', venues: [...SOCIAL_VENUES, 'speeltuin'],
    titles: [(c) => `Repair Café ${c.say}`, (c) => `Repaircafé ${c.at}`, (c) => `Fietsenmaakplaats ${c.say}`],
    summaries: ['Neem je kapotte spullen mee en repareer ze samen met handige buren.', 'Samen repareren in plaats van weggooien.'],
    lead: ['Denk aan een lamp, een broek of een broodrooster.', 'Handige buurtbewoners repareren het samen met jou, zodat je minder weggooit.'],
    more: ['Kun je zelf goed repareren, dan ben je ook welkom om mee te helpen.', 'Onderdelen betaal je zelf, de hulp is gratis.'],
    pool: WELCOME, d: ['ontmoeting', 'ontplooiing', 'eigenaarschap'], dMore: 0.5, s: ['gemeenschappelijk'], t: ['wonen-en-buurt'],
    when: { days: [['SA']], slots: [['13:00', '16:00'], ['10:00', '13:00']], nth: 0.9 }, cost: 'bijdrage', lang: 0.1,
    audience: ['buurtbewoners'], role: 'coördinator van het repaircafé', gedragen: ['bewoners'],
  },
  {
    kind: 'activiteit', w: 3, where: 'venue', venues: [...SOCIAL_VENUES, 'dienstencentrum'],
    titles: [(c) => `Handwerkclub ${c.at}`, (c) => `Breien en haken ${c.at}`, (c) => `Naaiatelier ${c.say}`],
    summaries: ['Brei, haak of borduur samen met anderen. Beginners zijn ook welkom.', 'Samen handwerken en bijpraten.'],
    lead: ['Neem je eigen breiwerk mee of begin iets nieuws.', 'Ervaren breiers helpen je graag op weg.'],
    more: ['Er is wol en naalden voor wie nog niets heeft.', 'Soms maken we samen iets voor een goed doel.'],
    pool: WELCOME, d: ['ontmoeting', 'plezier'], s: ['gemeenschappelijk'], t: ['cultuur', 'eenzaamheid'],
    when: { days: WEEKDAYS, slots: [...MORNING, ...AFTERNOON] }, cost: 'bijdrage', lang: 0.2, audience: ['buurtbewoners'],
    role: 'begeleider van de handwerkclub', gedragen: ['bewoners'],
  },
  {
    kind: 'activiteit', w: 4, where: 'venue', venues: ['zwembad'],
    titles: [(c) => `Zwemmen voor kinderen ${c.at}`, (c) => `Ouder-en-kindzwemmen ${c.at}`, (c) => `Zwemmen voor vrouwen ${c.at}`, (c) => `Seniorenzwemmen ${c.at}`, (c) => `Banenzwemmen ${c.at}`],
    summaries: ['Zwemmen in een rustig bad, met begeleiding in het water.', 'Een vast zwemuur voor een vaste groep, met badmeester.'],
    lead: ['Het water is lekker warm en er is altijd een badmeester.', 'Tijdens dit uur is het bad alleen voor deze groep.'],
    more: ['Met een Stadspas betaal je minder.', 'Neem je eigen handdoek en badkleding mee.', 'Je hoeft niet goed te kunnen zwemmen.'],
    pool: ASK, d: ['plezier'], s: ['institutioneel'], t: ['sport-en-spel', 'gezondheid-en-bewegen'],
    when: { days: ANY_DAY, slots: [['09:00', '10:00'], ['15:30', '16:30'], ['19:00', '20:00'], ['10:00', '11:00']], second: 0.3 }, cost: 'zwemmen', lang: 0.05,
    age: [[4, 12], [0, 4], [55, null]], pAge: 0.6, audience: ['kinderen', 'ouders', 'ouderen'], role: 'medewerker van het zwembad', gedragen: ['beroepskrachten'],
  },
  {
    kind: 'activiteit', w: 5, where: 'venue', venues: [...ELDERLY_VENUES, 'sporthal'],
    titles: [(c) => `Stoelyoga ${c.at}`, (c) => `Bewegen voor ouderen ${c.at}`, (c) => `Meer bewegen voor ouderen ${c.say}`, (c) => `Valpreventie: sterk en stevig ${c.at}`, (c) => `Gym voor 55-plussers ${c.at}`],
    summaries: ['Rustige oefeningen om soepel en sterk te blijven, op een stoel of staand.', 'Bewegen op je eigen niveau, onder begeleiding van een docent.'],
    lead: ['Een docent doet de oefeningen voor en let erop dat niemand zich overbelast.', 'We bewegen op muziek en doen oefeningen voor balans en kracht.'],
    more: ['Na afloop is er koffie en thee.', 'Je kunt meedoen met een rollator.', 'Trek makkelijke kleding en schoenen aan.'],
    pool: WELCOME, d: ['plezier', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['gezondheid-en-bewegen', 'sport-en-spel'],
    when: { days: WEEKDAYS, slots: MORNING }, cost: 'laag', lang: 0.1, age: [[55, null], [65, null]], pAge: 0.8,
    audience: ['ouderen'], role: 'buurtsportcoach', gedragen: ['beroepskrachten', 'mix'],
  },
  {
    kind: 'activiteit', w: 5, where: 'venue', venues: ['sporthal', 'speeltuin', 'buurthuis', 'jongerencentrum'],
    titles: [(c) => `Sport en spel voor kinderen ${c.at}`, (c) => `Voetbal op het pleintje ${c.say}`, (c) => `Buitenspelen ${c.at}`, (c) => `Kinderclub ${c.at}`, (c) => `Streetdance voor kids ${c.at}`],
    summaries: ['Elke week sporten en spelen met andere kinderen uit de buurt.', 'Samen bewegen, spelletjes doen en plezier maken, onder begeleiding.'],
    lead: ['Een buurtsportcoach bedenkt elke week iets nieuws.', 'Kinderen uit de buurt spelen samen onder begeleiding.'],
    more: ['Je hoeft geen lid te worden.', 'Ouders mogen blijven kijken.', 'Drinken staat klaar.'],
    pool: ASK, d: ['plezier'], dMore: 0.4, s: ['gemeenschappelijk'], t: ['sport-en-spel', 'opvoeden-en-opgroeien'],
    when: { days: [['WE'], ['FR'], ['SA'], ['TU', 'TH']], slots: AFTER_SCHOOL }, cost: 'gratis', lang: 0.1,
    age: [[6, 12], [4, 12], [8, 14]], pAge: 0.95, audience: ['kinderen'], role: 'buurtsportcoach', gedragen: ['beroepskrachten', 'mix'],
  },
  {
    kind: 'activiteit', w: 4, where: 'venue', venues: ['bibliotheek', 'buurthuis', 'huisvandewijk', 'jongerencentrum'],
    titles: [(c) => `Huiswerkklas ${c.at}`, (c) => `Huiswerkbegeleiding ${c.at}`, (c) => `Bijles en huiswerkhulp ${c.say}`],
    summaries: ['Rustig je huiswerk maken, met hulp van een vrijwilliger als je vastloopt.', 'Hulp bij huiswerk, plannen en leren voor toetsen.'],
    lead: ['Kinderen maken hun huiswerk in een rustige ruimte.', 'Vrijwilligers helpen met rekenen, taal en plannen.'],
    more: ['Neem je schoolspullen mee.', 'Ouders kunnen een kennismakingsgesprek aanvragen.'],
    pool: ASK, d: ['ontplooiing', 'ondersteuning'], s: ['gemeenschappelijk'], t: ['opvoeden-en-opgroeien', 'taal-en-digitaal'],
    when: { days: WEEKDAYS, slots: AFTER_SCHOOL, second: 0.4 }, cost: 'gratis', lang: 0.1, age: [[10, 16], [8, 12], [12, 18]], pAge: 1,
    audience: ['kinderen', 'jongeren'], role: 'coördinator huiswerkbegeleiding', gedragen: ['vrijwilligers'],
  },
  {
    kind: 'activiteit', w: 4, where: 'venue', venues: ['jongerencentrum', 'buurthuis'],
    titles: [(c) => `Jongerenavond ${c.at}`, (c) => `Meidenclub ${c.at}`, (c) => `Gamen en chillen ${c.at}`, (c) => `Muziekstudio voor jongeren ${c.at}`],
    summaries: ['Een plek om vrienden te zien, te chillen en samen iets te doen.', 'Voor en door jongeren uit de buurt, met een jongerenwerker erbij.'],
    lead: ['Je kunt gewoon binnenlopen.', 'Jongerenwerkers denken mee als je ergens mee zit.'],
    more: ['Je kunt ook zelf een activiteit organiseren.', 'Er is een muziekstudio en een game-hoek.'],
    pool: ASK, d: ['ontmoeting', 'plezier', 'eigenaarschap'], dMore: 0.5, s: ['gemeenschappelijk'], t: ['opvoeden-en-opgroeien'],
    when: { days: WEEKDAYS, slots: EVENING, second: 0.3 }, cost: 'gratis', lang: 0.2, age: [[12, 23], [12, 18], [16, 27]], pAge: 1,
    audience: ['jongeren'], role: 'jongerenwerker', gedragen: ['beroepskrachten'],
    extra: (c) => (chance(c.r, 0.2) ? { toegang: 'speciaal_voor', speciaalVoor: 'meiden' } : {}),
  },
  {
    kind: 'activiteit', w: 4, where: 'venue', venues: ['huisvandewijk', 'buurthuis', 'bibliotheek', 'speeltuin'],
    titles: [(c) => `Ouder-en-kindochtend ${c.at}`, (c) => `Peuterinloop ${c.at}`, (c) => `Moedercafé ${c.say}`, (c) => `Vadergroep ${c.say}`],
    summaries: ['Kinderen spelen samen, ouders drinken koffie en wisselen ervaringen uit.', 'Ontmoet andere ouders uit de buurt.'],
    lead: ['Terwijl de kinderen spelen, praat je met andere ouders.', 'Soms schuift een medewerker van het ouder- en kindteam aan.'],
    more: ['Je kunt vragen stellen over opvoeden, slapen of eten.', 'Er is speelgoed voor kleine kinderen.'],
    pool: WELCOME, d: ['ontmoeting', 'ondersteuning'], dMore: 0.6, s: ['gemeenschappelijk', 'persoonlijk'], t: ['opvoeden-en-opgroeien'],
    when: { days: WEEKDAYS, slots: MORNING }, cost: 'gratis', lang: 0.35, age: [[0, 4]], pAge: 0.5,
    audience: ['ouders', 'gezinnen'], role: 'gastvrouw', gedragen: ['mix'],
  },
  {
    kind: 'activiteit', w: 3, where: 'venue', venues: ['buurttuin', 'kinderboerderij'],
    titles: [(c) => `Samen tuinieren ${c.at}`, (c) => `Tuinochtend ${c.at}`, (c) => `Moestuinieren ${c.say}`],
    summaries: ['Werk mee in de buurttuin: zaaien, wieden en oogsten met buren.', 'Buiten bezig zijn in de groene tuin van de buurt.'],
    lead: ['Je hoeft geen ervaring te hebben.', 'De tuin wordt door bewoners zelf beheerd.'],
    more: ['Wat we oogsten, verdelen we samen.', 'Handschoenen en gereedschap zijn er.', 'Wie een eigen moestuinbak wil, kan ernaar vragen.'],
    pool: WELCOME, d: ['plezier', 'eigenaarschap', 'ontmoeting'], dMore: 0.6, s: ['gemeenschappelijk'], t: ['natuur-en-groen'], bs: ['eigen-regie'],
    when: { days: [['WE'], ['SA'], ['TU', 'SA']], slots: MORNING, holidays: false }, cost: 'gratis', lang: 0.1,
    audience: ['buurtbewoners'], role: 'tuincoördinator', gedragen: ['bewoners'],
  },
  {
    kind: 'activiteit', w: 3, where: 'venue', venues: SOCIAL_VENUES,
    titles: [(c) => `Schilderclub ${c.at}`, (c) => `Tekenen en schilderen ${c.at}`, (c) => `Creatieve middag ${c.at}`, (c) => `Kunstatelier ${c.say}`],
    summaries: ['Tekenen, schilderen en creatief bezig zijn in een ontspannen groep.', 'Maak samen iets moois, met tips van een kunstenaar.'],
    lead: ['Een kunstenaar uit de buurt geeft tips.', 'Je werkt aan je eigen werk of doet mee met een opdracht.'],
    more: ['Materiaal is aanwezig.', 'Aan het eind van het seizoen is er een kleine tentoonstelling.'],
    pool: WELCOME, d: ['ontplooiing', 'plezier'], s: ['gemeenschappelijk'], t: ['cultuur'],
    when: { days: WEEKDAYS, slots: [...AFTERNOON, ...EVENING] }, cost: 'cursus', lang: 0.1, audience: ['volwassenen'],
    role: 'docent', gedragen: ['mix'],
  },
  {
    kind: 'activiteit', w: 2, where: 'venue', venues: SOCIAL_VENUES,
    titles: [(c) => `Buurtkoor ${c.say}`, (c) => `Zingen ${c.at}`, (c) => `Smartlappenkoor ${c.say}`],
    summaries: ['Zing mee in het buurtkoor. Noten lezen is niet nodig.', 'Samen zingen maakt vrolijk.'],
    lead: ['We zingen Nederlandse liedjes, pop en soms iets uit een ander land.', 'Een dirigent helpt je op weg.'],
    more: ['Twee keer per jaar treden we op in de buurt.', 'Kom eerst een keer meezingen.'],
    pool: WELCOME, d: ['plezier', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['cultuur'],
    when: { days: WEEKDAYS, slots: EVENING }, cost: 'laag', lang: 0.05, audience: ['buurtbewoners'], role: 'dirigent', gedragen: ['bewoners'],
  },
  {
    kind: 'activiteit', w: 4, where: 'venue', venues: ELDERLY_VENUES,
    titles: [(c) => `Bingo ${c.at}`, (c) => `Sjoelmiddag ${c.at}`, (c) => `Spelletjesmiddag ${c.at}`, (c) => `Klaverjassen ${c.at}`, (c) => `Rummikub en koffie ${c.at}`],
    summaries: ['Een gezellige middag met spelletjes, koffie en een praatje.', 'Samen spelen, winnen of verliezen maakt niet uit.'],
    lead: ['Er zijn prijsjes te winnen.', 'We spelen in wisselende groepjes.'],
    more: ['Ook nieuwe spelers zijn welkom, de regels leer je snel.', 'In de pauze is er koffie en thee.'],
    pool: WELCOME, d: ['ontmoeting', 'plezier'], s: ['gemeenschappelijk'], t: ['eenzaamheid'],
    when: { days: WEEKDAYS, slots: AFTERNOON, nth: 0.3 }, cost: 'laag', lang: 0.05, age: [[55, null]], pAge: 0.3,
    audience: ['ouderen', 'buurtbewoners'], role: 'gastvrouw', gedragen: ['vrijwilligers', 'bewoners'],
  },
  {
    kind: 'activiteit', w: 2, where: 'venue', venues: [...SOCIAL_VENUES, 'bibliotheek'],
    titles: [(c) => `Schaakclub ${c.say}`, (c) => `Schaken ${c.at}`, (c) => `Damclub ${c.say}`],
    summaries: ['Schaken tegen buurtgenoten, van beginner tot gevorderd.', 'Elke week een potje schaken of dammen.'],
    lead: ['Borden en stukken zijn er.', 'Beginners krijgen uitleg van ervaren spelers.'],
    more: ['Eens per maand is er een klein toernooi.'],
    pool: WELCOME, d: ['plezier', 'ontplooiing'], s: ['gemeenschappelijk'], t: ['sport-en-spel'],
    when: { days: WEEKDAYS, slots: [...AFTERNOON, ...EVENING] }, cost: 'gratis', lang: 0.1, audience: ['buurtbewoners'], role: 'clubleider', gedragen: ['bewoners'],
  },
  {
    kind: 'activiteit', w: 2, where: 'venue', venues: [...SOCIAL_VENUES, 'sporthal'],
    titles: [(c) => `Line dance ${c.at}`, (c) => `Dansen voor 55-plussers ${c.at}`, (c) => `Salsa in de buurt ${c.say}`, (c) => `Volksdansen ${c.at}`],
    summaries: ['Dansen op muziek, in je eigen tempo en zonder partner.', 'Beweeg en lach samen op de dansvloer.'],
    lead: ['Je hebt geen danservaring nodig.', 'Een docent leert je stap voor stap de passen.'],
    more: ['Trek schoenen aan waar je goed op kunt draaien.'],
    pool: WELCOME, d: ['plezier', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['gezondheid-en-bewegen', 'cultuur'],
    when: { days: WEEKDAYS, slots: [...AFTERNOON, ...EVENING] }, cost: 'laag', lang: 0.05, age: [[55, null]], pAge: 0.4,
    audience: ['volwassenen', 'ouderen'], role: 'dansdocent', gedragen: ['mix'],
  },
  {
    kind: 'activiteit', w: 3, where: 'venue', venues: ['bibliotheek'],
    titles: [(c) => `Leesclub ${c.at}`, (c) => `Voorleesochtend ${c.at}`, (c) => `Makkelijk lezen-groep ${c.at}`, (c) => `Boekenclub ${c.say}`],
    summaries: ['Lees een boek en praat erover met anderen.', 'Voorlezen voor de kleinsten, met een liedje en een knutselwerkje.'],
    lead: ['Elke maand kiezen we samen een boek.', 'De bibliotheek zorgt voor de boeken.'],
    more: ['Je hoeft geen lid van de bibliotheek te zijn.', 'Er is koffie en thee.'],
    pool: WELCOME, d: ['ontplooiing', 'ontmoeting'], s: ['institutioneel'], t: ['taal-en-digitaal', 'cultuur'],
    when: { days: ANY_DAY, slots: [...MORNING, ...EVENING], nth: 0.5 }, cost: 'gratis', lang: 0.1, age: [[2, 6]], pAge: 0.25,
    audience: ['lezers', 'ouders'], role: 'medewerker van de bibliotheek', gedragen: ['beroepskrachten', 'mix'],
  },
  {
    kind: 'activiteit', w: 3, where: 'venue', venues: SOCIAL_VENUES,
    titles: [(c) => `Bewonersoverleg ${c.say}`, (c) => `Buurtbudget ${c.say}: denk mee`, (c) => `Buurtschoonmaak ${c.say}`, (c) => `Bewonersavond ${c.at}`, (c) => `Buurtplatform ${c.say}`],
    summaries: ['Praat mee over je buurt en zet samen plannen in gang.', 'Bewoners beslissen samen waar het buurtbudget naartoe gaat.'],
    lead: ['Bewoners bespreken wat er beter kan in de buurt.', 'Wie een idee voor de buurt heeft, vindt hier mensen die willen helpen.'],
    more: ['De gemeente luistert mee en geeft uitleg.', 'Je kunt ook alleen komen luisteren.', 'Na afloop is er tijd om na te praten.'],
    pool: ASK, d: ['eigenaarschap', 'ontmoeting'], dMore: 0.5, s: ['gemeenschappelijk'], t: ['wonen-en-buurt', 'veiligheid'], bs: ['eigen-regie', 'samenwerken'],
    when: { days: WEEKDAYS, slots: EVENING, nth: 0.8 }, cost: 'gratis', lang: 0.1, audience: ['buurtbewoners'], role: 'sociaal makelaar', gedragen: ['bewoners', 'mix'],
  },
  {
    kind: 'activiteit', w: 2, where: 'park',
    titles: [(c) => `Opschoondag ${c.park.name}`, (c) => `Bootcamp in het ${c.park.name}`, (c) => `Buitensporten ${c.park.name}`, (c) => `Tai chi in het ${c.park.name}`],
    summaries: ['Buiten bewegen of aanpakken met buurtgenoten, in het park.', 'Samen actief in het park, elke week.'],
    lead: ['We verzamelen bij de hoofdingang.', 'Een vrijwilliger begeleidt de groep.'],
    more: ['Bij onweer gaat het niet door.', 'Neem water mee.'],
    pool: WELCOME, d: ['plezier', 'eigenaarschap'], dMore: 0.4, s: ['gemeenschappelijk'], t: ['gezondheid-en-bewegen', 'natuur-en-groen'],
    when: { days: [['SA'], ['SU'], ['WE']], slots: MORNING, holidays: false }, cost: 'gratis', lang: 0.1, audience: ['buurtbewoners'],
    role: 'buurtsportcoach', gedragen: ['bewoners', 'beroepskrachten'],
  },
  {
    kind: 'activiteit', w: 1.5, where: 'online',
    titles: [() => 'Online taalcafé', () => 'Online koffie-uurtje voor ouderen', () => 'Online yoga op de stoel', () => 'Online lotgenotengroep voor mantelzorgers', (c) => `Online buurtquiz ${c.sd}`],
    summaries: ['Doe mee vanuit huis, via videobellen.', 'Een vast uur per week, online, met een vaste begeleider.'],
    lead: ['Je krijgt een link om mee te doen via je telefoon of computer.', 'Je hebt alleen een telefoon, tablet of computer met camera nodig.'],
    more: ['Lukt het niet met de link, dan helpen we je telefonisch op weg.'],
    pool: WELCOME, d: ['ontmoeting', 'ontplooiing'], dMore: 0.5, s: ['gemeenschappelijk'], t: ['eenzaamheid', 'taal-en-digitaal'],
    when: { days: WEEKDAYS, slots: [...MORNING, ...EVENING] }, cost: 'gratis', lang: 0.3, audience: ['iedereen'], role: 'begeleider', gedragen: ['vrijwilligers'],
  },
  {
    kind: 'activiteit', w: 2, where: 'venue', venues: ['huisvandewijk', 'buurthuis', 'sporthal'],
    titles: [(c) => `Fietsles voor vrouwen ${c.at}`, (c) => `Fietsen leren ${c.say}`, (c) => `Zwemles voor volwassenen ${c.say}`],
    summaries: ['Leer fietsen in een veilige omgeving, in een groep met andere vrouwen.', 'Les van geduldige vrijwilligers, in je eigen tempo.'],
    lead: ['Je begint op een oefenplein zonder verkeer.', 'Fietsen en helmen zijn er.'],
    more: ['Na tien lessen fiets je zelf door de buurt.'],
    pool: ASK, d: ['ontplooiing'], s: ['gemeenschappelijk'], t: ['participatie-en-werk', 'gezondheid-en-bewegen'], bs: ['inclusie'],
    when: { days: WEEKDAYS, slots: MORNING }, cost: 'gratis', lang: 0.6, audience: ['vrouwen'], role: 'coördinator fietsles', gedragen: ['vrijwilligers'],
    extra: (c) => (chance(c.r, 0.7) ? { toegang: 'speciaal_voor', speciaalVoor: 'vrouwen' } : {}),
  },
  {
    kind: 'activiteit', w: 2, where: 'venue', venues: [...SOCIAL_VENUES, 'bibliotheek'],
    titles: [(c) => `Filmavond ${c.at}`, (c) => `Buurtbioscoop ${c.say}`, (c) => `Filmmiddag voor ouderen ${c.at}`],
    summaries: ['Kijk samen een film en praat er daarna over na.', 'Een film op groot scherm, met popcorn.'],
    lead: ['Elke maand draaien we een film.', 'De film wordt samen met bewoners gekozen.'],
    more: ['Na afloop praten we na met een drankje.'],
    pool: WELCOME, d: ['plezier', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['cultuur', 'eenzaamheid'],
    when: { days: WEEKDAYS, slots: [...EVENING, ...AFTERNOON], nth: 0.8 }, cost: 'laag', lang: 0.05, audience: ['buurtbewoners'], role: 'gastheer', gedragen: ['bewoners'],
  },
  {
    kind: 'activiteit', w: 2, where: 'venue', venues: SOCIAL_VENUES,
    titles: [(c) => `Gezond koken ${c.at}`, (c) => `Kookworkshop ${c.say}`, (c) => `Koken met weinig geld ${c.at}`],
    summaries: ['Leer gezond en goedkoop koken met wat de markt te bieden heeft.', 'Samen koken en daarna samen eten.'],
    lead: ['Een diëtist geeft tips.', 'We koken met seizoensgroenten.'],
    more: ['Je neemt de recepten mee naar huis.'],
    pool: ASK, d: ['ontplooiing', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['eten-en-koken', 'gezondheid-en-bewegen', 'geldzorgen'],
    when: { days: WEEKDAYS, slots: [...AFTERNOON, ...DINNER], nth: 0.4 }, cost: 'laag', lang: 0.3, audience: ['buurtbewoners'], role: 'kookdocent', gedragen: ['mix'],
  },
  {
    kind: 'activiteit', w: 1.5, where: 'venue', venues: ['buurthuis', 'jongerencentrum', 'huisvandewijk'],
    titles: [(c) => `Muziekles voor kinderen ${c.at}`, (c) => `Theaterclub ${c.say}`, (c) => `Kinderatelier ${c.at}`],
    summaries: ['Kinderen leren een instrument of spelen toneel, samen met anderen.', 'Creatief bezig zijn na school.'],
    lead: ['Instrumenten zijn te leen.', 'Aan het eind van het jaar is er een voorstelling.'],
    more: ['Met de Stadspas is het gratis.'],
    pool: ASK, d: ['ontplooiing', 'plezier'], s: ['gemeenschappelijk'], t: ['cultuur', 'opvoeden-en-opgroeien'],
    when: { days: [['WE'], ['SA'], ['FR']], slots: AFTER_SCHOOL }, cost: 'cursus', lang: 0.05, age: [[6, 12], [8, 14]], pAge: 1,
    audience: ['kinderen'], role: 'docent', gedragen: ['beroepskrachten'],
  },
];

const steun: Tpl[] = [
  {
    kind: 'steun', w: 5, where: 'venue', venues: ['huisvandewijk', 'bibliotheek', 'buurthuis', 'wijkcentrum'],
    titles: [(c) => `Hulp bij formulieren ${c.at}`, (c) => `Formulierenhulp ${c.say}`, (c) => `Spreekuur geldzaken ${c.at}`, (c) => `Hulp bij brieven en aanvragen ${c.at}`],
    summaries: ['Hulp bij brieven, formulieren en aanvragen, zoals toeslagen en de Stadspas.', 'Vrijwilligers helpen je met post die je niet begrijpt.'],
    lead: ['Neem je brieven en je pas mee.', 'We helpen met toeslagen, belastingaangifte en aanvragen bij de gemeente.'],
    more: ['Het is gratis en je hoeft geen afspraak te maken.', 'We kijken samen wat je zelf kunt en waar je hulp bij nodig hebt.'],
    pool: HELP, d: ['ondersteuning'], s: ['institutioneel'], t: ['geldzorgen', 'taal-en-digitaal'], bs: ['bestaanszekerheid'],
    vg: ['informatie-en-advies', 'financiele-ondersteuning', 'praktische-hulp'],
    when: { days: WEEKDAYS, slots: SPREEKUUR, appointment: 0.3 }, cost: 'gratis', lang: 0.4, audience: ['iedereen'], role: 'formulierenhulp', gedragen: ['vrijwilligers', 'beroepskrachten'],
    extra: () => ({ howToApply: 'Loop binnen tijdens het spreekuur of maak een afspraak.' }),
  },
  {
    kind: 'steun', w: 4, where: 'home',
    titles: [(c) => `Maatje voor ouderen in ${c.sd}`, (c) => `Buddy voor jongeren ${c.sd}`, (c) => `Taalmaatje ${c.sd}`, (c) => `Maatjesproject ${c.say}`],
    summaries: ['Een vrijwilliger die regelmatig langskomt voor een praatje, een wandeling of een uitje.', 'Een vast maatje dat met je meedenkt en tijd voor je maakt.'],
    lead: ['We zoeken een maatje dat bij je past.', 'Je spreekt samen af wat je gaat doen en hoe vaak.'],
    more: ['Het maatje is een getrainde vrijwilliger.', 'Na een paar maanden kijken we samen hoe het gaat.'],
    pool: HELP, d: ['ondersteuning', 'ontmoeting'], s: ['persoonlijk'], t: ['eenzaamheid'], bs: ['vrijwillige-inzet'],
    vg: ['persoonlijke-begeleiding', 'emotionele-steun'],
    when: { days: WEEKDAYS, slots: OFFICE, appointment: 1 }, cost: 'gratis', lang: 0.3, age: [[65, null], [16, 27]], pAge: 0.5,
    audience: ['ouderen', 'jongeren', 'nieuwkomers'], role: 'coördinator maatjesproject', gedragen: ['vrijwilligers'],
    extra: () => ({ howToApply: 'Bel of mail de coördinator voor een kennismakingsgesprek.', indicatie: 'welkom' }),
  },
  {
    kind: 'steun', w: 4, where: 'venue', venues: ['huisvandewijk', 'dienstencentrum', 'buurthuis'],
    titles: [(c) => `Mantelzorgcafé ${c.at}`, (c) => `Respijtzorg voor mantelzorgers in ${c.sd}`, (c) => `Even vrij van de zorg ${c.say}`, (c) => `Logeeropvang ${c.say}`],
    summaries: ['Voor wie zorgt voor een naaste: even op adem komen en ervaringen delen.', 'Iemand neemt de zorg even van je over, zodat je tijd voor jezelf hebt.'],
    lead: ['Wie zorgt voor een partner, ouder of kind, is mantelzorger.', 'Een vrijwilliger of beroepskracht neemt de zorg een dagdeel over.'],
    more: ['Je praat met anderen die hetzelfde meemaken.', 'De kosten worden vaak vergoed.'],
    pool: HELP, d: ['ondersteuning'], dMore: 0.3, s: ['persoonlijk', 'institutioneel'], t: ['eenzaamheid', 'gezondheid-en-bewegen'], bs: ['mantelzorg'],
    vg: ['vervangende-zorg', 'emotionele-steun', 'informatie-en-advies'],
    when: { days: WEEKDAYS, slots: [...MORNING, ...AFTERNOON], nth: 0.4, appointment: 0.3 }, cost: 'gratis', lang: 0.2,
    audience: ['mensen die voor iemand zorgen'], role: 'mantelzorgconsulent', gedragen: ['beroepskrachten', 'mix'],
    extra: (c) => ({ howToApply: 'Meld je aan bij de mantelzorgconsulent.', indicatie: chance(c.r, 0.3) ? 'welkom' : 'geen' }),
  },
  {
    kind: 'steun', w: 3, where: 'home',
    titles: [(c) => `Thuisadministratie ${c.sd}`, (c) => `Hulp bij je post en papieren ${c.say}`, (c) => `Geldzaken op orde ${c.sd}`],
    summaries: ['Een vrijwilliger helpt je thuis om je post en rekeningen op orde te krijgen.', 'Overzicht in je geldzaken, samen met een vrijwilliger.'],
    lead: ['Een vrijwilliger komt bij je thuis.', 'Samen maak je een overzicht van je inkomsten en uitgaven.'],
    more: ['Zo voorkom je betalingsachterstanden.', 'De vrijwilliger heeft een geheimhoudingsplicht.'],
    pool: HELP, d: ['ondersteuning'], s: ['persoonlijk'], t: ['geldzorgen'], bs: ['bestaanszekerheid'],
    vg: ['financiele-ondersteuning', 'praktische-hulp'],
    when: { days: WEEKDAYS, slots: OFFICE, appointment: 1 }, cost: 'gratis', lang: 0.2, audience: ['iedereen'], role: 'coördinator thuisadministratie', gedragen: ['vrijwilligers'],
    extra: () => ({ howToApply: 'Vraag het aan via het buurtteam of bel de coördinator.', indicatie: 'welkom' }),
  },
  {
    kind: 'steun', w: 3, where: 'home',
    titles: [(c) => `Klussendienst ${c.say}`, (c) => `Boodschappenhulp ${c.say}`, (c) => `Vervoer naar het ziekenhuis (${c.sd})`, (c) => `Burenhulp ${c.say}`],
    summaries: ['Buren helpen buren met kleine klussen, boodschappen of vervoer.', 'Hulp bij een klusje in huis dat je zelf niet meer kunt.'],
    lead: ['Een lamp ophangen, een kastje in elkaar zetten of boodschappen doen.', 'Vrijwilligers uit de buurt helpen met kleine, praktische dingen.'],
    more: ['Materiaal betaal je zelf.', 'Grote verbouwingen doen we niet.'],
    pool: HELP, d: ['ondersteuning'], s: ['persoonlijk', 'gemeenschappelijk'], t: ['wonen-en-buurt'], bs: ['vrijwillige-inzet'],
    vg: ['praktische-hulp'],
    when: { days: WEEKDAYS, slots: OFFICE, appointment: 0.9 }, cost: 'bijdrage', lang: 0.1, age: [[65, null]], pAge: 0.3,
    audience: ['ouderen', 'mensen met een beperking'], role: 'coördinator burenhulp', gedragen: ['vrijwilligers'],
  },
  {
    kind: 'steun', w: 2, where: 'venue', venues: ['huisvandewijk', 'buurthuis', 'dienstencentrum'],
    titles: [(c) => `Lotgenotengroep rouw ${c.at}`, (c) => `Praatgroep voor mantelzorgers ${c.at}`, (c) => `Gespreksgroep eenzaamheid ${c.at}`],
    summaries: ['Praten met mensen die hetzelfde meemaken, onder begeleiding.', 'Een veilige groep om je verhaal te delen.'],
    lead: ['De groep komt elke twee weken bij elkaar.', 'Een getrainde begeleider leidt het gesprek.'],
    more: ['Wat je vertelt, blijft in de groep.', 'Je kunt eerst een keer komen kijken.'],
    pool: HELP, d: ['ondersteuning', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['eenzaamheid'],
    vg: ['emotionele-steun'],
    when: { days: WEEKDAYS, slots: [...AFTERNOON, ...EVENING], nth: 0.6 }, cost: 'gratis', lang: 0.05, audience: ['volwassenen'], role: 'begeleider', gedragen: ['beroepskrachten', 'mix'],
  },
  {
    kind: 'steun', w: 3, where: 'venue', venues: ['huisvandewijk', 'kantoor', 'bibliotheek'],
    titles: [(c) => `Schuldhulp spreekuur ${c.at}`, (c) => `Geldloket ${c.say}`, (c) => `Inloopspreekuur geldzorgen ${c.at}`],
    summaries: ['Zorgen over geld of schulden? Praat erover met iemand die kan helpen.', 'Snel hulp bij betalingsachterstanden en schulden.'],
    lead: ['Hoe eerder je komt, hoe makkelijker het op te lossen is.', 'Een schuldhulpverlener kijkt samen met jou naar je situatie.'],
    more: ['Neem je post en bankafschriften mee.', 'Je hoeft je niet te schamen, veel mensen hebben geldzorgen.'],
    pool: HELP, d: ['ondersteuning'], s: ['institutioneel'], t: ['geldzorgen'], bs: ['bestaanszekerheid'],
    vg: ['financiele-ondersteuning', 'informatie-en-advies'],
    when: { days: WEEKDAYS, slots: SPREEKUUR, appointment: 0.4 }, cost: 'gratis', lang: 0.4, audience: ['iedereen'], role: 'schuldhulpverlener', gedragen: ['beroepskrachten'],
    extra: (c) => ({ indicatie: chance(c.r, 0.5) ? 'welkom' : 'geen', howToApply: 'Loop binnen of bel voor een afspraak.' }),
  },
  {
    kind: 'steun', w: 2, where: 'venue', venues: ['buurthuis', 'ontmoetingscentrum', 'wijkcentrum'],
    titles: [(c) => `Weggeefwinkel ${c.say}`, (c) => `Kledingbank ${c.at}`, (c) => `Speelgoedbank ${c.say}`],
    summaries: ['Gratis kleding, speelgoed en spullen voor wie het nodig heeft.', 'Breng wat je over hebt, neem mee wat je nodig hebt.'],
    lead: ['Alles is tweedehands en netjes.', 'Je mag per bezoek een paar dingen meenemen.'],
    more: ['Spullen brengen kan tijdens de openingstijden.'],
    pool: WELCOME, d: ['ondersteuning'], s: ['gemeenschappelijk'], t: ['geldzorgen'], bs: ['bestaanszekerheid'],
    vg: ['materiele-hulp'],
    when: { days: [...WEEKDAYS, ['SA']], slots: [...MORNING, ...AFTERNOON] }, cost: 'gratis', lang: 0.2, audience: ['iedereen'], role: 'vrijwilliger', gedragen: ['vrijwilligers'],
  },
  {
    kind: 'steun', w: 2, where: 'venue', venues: ['huisvandewijk', 'kantoor', 'bibliotheek'],
    titles: [(c) => `Opvoedspreekuur ${c.at}`, (c) => `Juridisch spreekuur ${c.at}`, (c) => `Spreekuur wonen en huur ${c.say}`],
    summaries: ['Stel je vraag aan een deskundige, zonder afspraak.', 'Gratis advies van een professional.'],
    lead: ['Een deskundige beantwoordt je vraag of verwijst je door.', 'Het spreekuur is vrij toegankelijk.'],
    more: ['Neem papieren mee die over je vraag gaan.'],
    pool: HELP, d: ['ondersteuning'], s: ['institutioneel'], t: ['opvoeden-en-opgroeien', 'wonen-en-buurt'],
    vg: ['informatie-en-advies', 'persoonlijke-begeleiding'],
    when: { days: WEEKDAYS, slots: SPREEKUUR, appointment: 0.2 }, cost: 'gratis', lang: 0.3, audience: ['iedereen', 'ouders'], role: 'medewerker spreekuur', gedragen: ['beroepskrachten'],
  },
];

const steunpunten: Tpl[] = [
  {
    kind: 'steunpunt', w: 4, where: 'venue', venues: ['kantoor', 'huisvandewijk'],
    titles: [(c) => `Buurtteam ${c.say}`, (c) => `Buurtteam ${c.sd}`],
    summaries: ['Voor vragen over geld, werk, wonen, zorg en opvoeden: het buurtteam denkt met je mee.', 'Eén plek voor al je vragen over zorg, geld en welzijn.'],
    lead: ['Het buurtteam helpt bewoners met allerlei vragen.', 'Je kunt binnenlopen of een afspraak maken.'],
    more: ['Je krijgt een vaste medewerker die met je meedenkt.', 'Hulp van het buurtteam is gratis.'],
    pool: HELP, d: ['ondersteuning'], s: ['institutioneel'], t: ['geldzorgen', 'wonen-en-buurt', 'opvoeden-en-opgroeien'], bs: ['responsiviteit'],
    vg: ['informatie-en-advies', 'persoonlijke-begeleiding', 'financiele-ondersteuning'],
    when: { days: [['MO', 'TU', 'WE', 'TH', 'FR'], ['MO', 'WE', 'FR']], slots: OFFICE, appointment: 0.5 }, cost: 'gratis', lang: 0.5,
    audience: ['iedereen'], role: 'medewerker van het buurtteam', gedragen: ['beroepskrachten'],
    extra: () => ({ howToApply: 'Loop binnen, bel of vraag je huisarts om je aan te melden.' }),
  },
  {
    kind: 'steunpunt', w: 3, where: 'venue', venues: ['buurthuis', 'ontmoetingscentrum', 'wijkcentrum'],
    titles: [(c) => `Voedselbank uitgiftepunt ${c.say}`, (c) => `Uitgiftepunt voedselbank ${c.at}`, (c) => `Voedselbank ${c.say}`],
    summaries: ['Elke week een voedselpakket voor huishoudens die niet rond kunnen komen.', 'Ophaalpunt voor voedselpakketten.'],
    lead: ['Je komt in aanmerking als je weinig geld overhoudt voor eten.', 'Pakketten worden elke week op een vaste tijd uitgedeeld.'],
    more: ['Neem een stevige tas mee.', 'Je hebt een verwijzing nodig van het buurtteam of de schuldhulp.'],
    pool: ASK, d: ['ondersteuning'], s: ['gemeenschappelijk', 'institutioneel'], t: ['geldzorgen', 'eten-en-koken'], bs: ['bestaanszekerheid'],
    vg: ['materiele-hulp'],
    when: { days: WEEKDAYS, slots: [...AFTERNOON, ...MORNING] }, cost: 'gratis', lang: 0.3, audience: ['huishoudens met weinig geld'], role: 'coördinator uitgiftepunt', gedragen: ['vrijwilligers'],
    extra: () => ({ indicatie: 'nodig', conditions: 'Je hebt een verwijzing nodig van een hulpverlener.', howToApply: 'Vraag het buurtteam om een verwijzing.' }),
  },
  {
    kind: 'steunpunt', w: 2, where: 'venue', venues: ['kantoor', 'huisvandewijk'],
    titles: [(c) => `Ouder- en Kindteam ${c.say}`, (c) => `OKT ${c.say}`],
    summaries: ['Voor vragen over opgroeien en opvoeden, van zwangerschap tot 18 jaar.', 'Jeugdarts, jeugdverpleegkundige en psycholoog dichtbij huis.'],
    lead: ['Je kunt bij het ouder- en kindteam terecht met alle vragen over je kind.', 'Het team werkt nauw samen met scholen in de buurt.'],
    more: ['Je kunt een afspraak maken of binnenlopen bij het spreekuur.'],
    pool: HELP, d: ['ondersteuning'], s: ['institutioneel'], t: ['opvoeden-en-opgroeien'],
    vg: ['informatie-en-advies', 'persoonlijke-begeleiding', 'educatie'],
    when: { days: [['MO', 'TU', 'WE', 'TH', 'FR']], slots: OFFICE, appointment: 0.6 }, cost: 'gratis', lang: 0.4, age: [[0, 18]], pAge: 1,
    audience: ['ouders', 'kinderen', 'jongeren'], role: 'medewerker van het ouder- en kindteam', gedragen: ['beroepskrachten'],
  },
  {
    kind: 'steunpunt', w: 2, where: 'venue', venues: ['kantoor', 'huisvandewijk', 'dienstencentrum'],
    titles: [(c) => `Steunpunt Mantelzorg ${c.sd}`, (c) => `Mantelzorgpunt ${c.say}`],
    summaries: ['Informatie, advies en een luisterend oor voor mantelzorgers.', 'Steun voor wie zorgt voor een naaste.'],
    lead: ['Het steunpunt helpt mantelzorgers met informatie en advies.', 'Je kunt er terecht voor respijtzorg, cursussen en lotgenotencontact.'],
    more: ['Ook jonge mantelzorgers zijn welkom.'],
    pool: HELP, d: ['ondersteuning'], s: ['institutioneel'], t: ['gezondheid-en-bewegen', 'eenzaamheid'], bs: ['mantelzorg'],
    vg: ['vervangende-zorg', 'informatie-en-advies', 'emotionele-steun', 'educatie'],
    when: { days: WEEKDAYS, slots: OFFICE, appointment: 0.5 }, cost: 'gratis', lang: 0.2,
    audience: ['mensen die voor iemand zorgen'], role: 'mantelzorgconsulent', gedragen: ['beroepskrachten'],
  },
  {
    kind: 'steunpunt', w: 2, where: 'venue', venues: ['bibliotheek'],
    titles: [(c) => `Informatiepunt Digitale Overheid ${c.at}`, (c) => `Taalhuis ${c.at}`],
    summaries: ['Hulp bij DigiD, de belastingdienst en andere digitale overheidszaken.', 'Hier vind je een taalcursus die bij je past.'],
    lead: ['Medewerkers van de bibliotheek helpen je op weg.', 'Je krijgt uitleg en kunt direct oefenen.'],
    more: ['Je hoeft geen lid te zijn van de bibliotheek.'],
    pool: HELP, d: ['ondersteuning', 'ontplooiing'], s: ['institutioneel'], t: ['taal-en-digitaal'], bs: ['inclusie'],
    vg: ['informatie-en-advies', 'educatie'],
    when: { days: WEEKDAYS, slots: SPREEKUUR, second: 0.5 }, cost: 'gratis', lang: 0.3, audience: ['iedereen'], role: 'medewerker van de bibliotheek', gedragen: ['beroepskrachten'],
  },
  {
    kind: 'steunpunt', w: 2, where: 'venue', venues: ['kantoor', 'wijkcentrum'],
    titles: [(c) => `Loket Zorg en Welzijn ${c.sd}`, (c) => `Sociaal loket ${c.say}`, (c) => `Hulpmiddelenuitleen ${c.say}`],
    summaries: ['Vragen over zorg, hulpmiddelen en ondersteuning thuis.', 'Leen een rolstoel, rollator of krukken voor korte tijd.'],
    lead: ['Hier kun je terecht voor Wmo-aanvragen en hulpmiddelen.', 'Je kunt hulpmiddelen lenen voor een paar weken.'],
    more: ['Neem je identiteitsbewijs mee.'],
    pool: HELP, d: ['ondersteuning'], s: ['institutioneel'], t: ['gezondheid-en-bewegen'],
    vg: ['informatie-en-advies', 'materiele-hulp'],
    when: { days: [['MO', 'TU', 'WE', 'TH', 'FR']], slots: OFFICE, appointment: 0.3 }, cost: 'gratis', lang: 0.3,
    audience: ['ouderen', 'mensen met een beperking'], role: 'medewerker van het loket', gedragen: ['beroepskrachten'],
  },
];

const VOG_REASONS = {
  kinderen: 'Je werkt met kinderen. Daarom vragen we een Verklaring Omtrent het Gedrag.',
  thuis: 'Je komt alleen bij mensen thuis en krijgt hun vertrouwen. Daarom vragen we een VOG; die vragen we gratis voor je aan.',
  vervoer: 'Je vervoert kwetsbare buurtbewoners en kent hun adres. Daarom vragen we een VOG.',
  geld: 'Je beheert geld van de vereniging. Daarom vragen we een VOG.',
} as const;

type VacSpec = Omit<VacatureIn, 'vogRequired' | 'vogReason'> & { vog?: keyof typeof VOG_REASONS };

function vacatureFor(r: Rng, v: VacSpec): VacatureIn {
  const { vog, ...rest } = v;
  return {
    ...rest,
    flexible: rest.flexible ?? chance(r, 0.3),
    training: rest.training ?? chance(r, 0.4),
    begeleiding: rest.begeleiding ?? chance(r, 0.7),
    suitedNextToWork: rest.suitedNextToWork ?? chance(r, 0.5),
    suitedNextToMantelzorg: chance(r, 0.3),
    vergoeding: rest.vergoeding ?? pick(r, ['geen', 'onkosten', 'onkosten', 'vrijwilligersvergoeding'] as const),
    ...(vog ? { vogRequired: true, vogReason: VOG_REASONS[vog] } : {}),
    ...(chance(r, 0.3) ? { inclusiveStatement: 'Iedereen is welkom om te reageren, ook zonder ervaring of met een beperking.' } : {}),
  };
}

type VacTpl = Tpl & { vac: (r: Rng) => VacSpec };

const vacatures: VacTpl[] = [
  {
    kind: 'vacature', w: 4, where: 'venue', venues: [...SOCIAL_VENUES, 'dienstencentrum'],
    titles: [() => 'Gastvrouw gezocht voor de koffie-inloop', (c) => `Gastheer of gastvrouw ${c.at}`, (c) => `Vrijwilliger voor de inloop ${c.at}`],
    summaries: ['Zet koffie, maak een praatje en zorg dat iedereen zich welkom voelt.', 'Ben jij iemand die mensen graag ontvangt? Word gastvrouw of gastheer.'],
    lead: ['Je ontvangt bezoekers en zorgt voor koffie en thee.', 'Je bent het eerste gezicht dat mensen zien als ze binnenkomen.'],
    more: ['Je werkt samen met een vaste groep vrijwilligers.', 'Ervaring is niet nodig.'],
    pool: ASK, d: ['ontplooiing', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['eenzaamheid'], bs: ['vrijwillige-inzet'],
    when: { days: WEEKDAYS, slots: MORNING }, cost: 'gratis', lang: 0.1, audience: ['iedereen'], role: 'coördinator vrijwilligers',
    vac: (r) => ({ inzetType: 'structureel', hoursPerTime: pick(r, [2, 3, 3.5]), frequency: 'per_week', moments: ['overdag'], taskSize: 'klein' }),
  },
  {
    kind: 'vacature', w: 2, where: 'venue', venues: SOCIAL_VENUES,
    titles: [(c) => `Kok gezocht voor de buurtmaaltijd ${c.at}`, (c) => `Vrijwillige kok ${c.say}`],
    summaries: ['Kook je graag voor een groep? Help mee met de buurtmaaltijd.', 'Samen met een ander kook je voor twintig tot veertig buren.'],
    lead: ['Je kookt samen met een tweede vrijwilliger.', 'Boodschappen worden voor je gedaan.'],
    more: ['Je eet natuurlijk zelf ook mee.'],
    pool: ASK, d: ['ontplooiing', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['eten-en-koken'], bs: ['vrijwillige-inzet'],
    when: { days: WEEKDAYS, slots: DINNER, nth: 0.5 }, cost: 'gratis', lang: 0.05, audience: ['iedereen'], role: 'coördinator buurtmaaltijd',
    vac: (r) => ({ inzetType: 'structureel', hoursPerTime: 4, frequency: pick(r, ['per_twee_weken', 'per_maand'] as const), moments: ['avond'], taskSize: 'middel' }),
  },
  {
    kind: 'vacature', w: 3, where: 'venue', venues: ['bibliotheek', 'huisvandewijk', 'buurthuis'],
    titles: [(c) => `Taalmaatje gezocht in ${c.sd}`, (c) => `Vrijwilliger voor het taalcafé ${c.at}`, (c) => `Taalvrijwilliger ${c.say}`],
    summaries: ['Help iemand Nederlands te oefenen, een uur per week.', 'Begeleid gesprekken in het taalcafé.'],
    lead: ['Je oefent Nederlands met iemand die de taal leert.', 'Je hoeft geen docent te zijn: een goed gesprek is genoeg.'],
    more: ['Je krijgt een korte training.'],
    pool: ASK, d: ['ontplooiing', 'ondersteuning'], s: ['gemeenschappelijk'], t: ['taal-en-digitaal'], bs: ['vrijwillige-inzet', 'inclusie'],
    when: { days: WEEKDAYS, slots: [...MORNING, ...EVENING] }, cost: 'gratis', lang: 0.1, audience: ['iedereen'], role: 'coördinator taalvrijwilligers',
    vac: (r) => ({ inzetType: 'structureel', hoursPerTime: pick(r, [1, 1.5, 2]), frequency: 'per_week', flexible: true, moments: some(r, ['overdag', 'avond', 'weekend'] as const, 2), taskSize: 'klein', training: true }),
  },
  {
    kind: 'vacature', w: 2, where: 'home',
    titles: [(c) => `Chauffeur voor de boodschappenbus ${c.sd}`, (c) => `Vrijwillige chauffeur ${c.say}`],
    summaries: ['Rijd ouderen naar de markt, de dokter of een uitje.', 'Heb je een rijbewijs en een paar uur per week? Word chauffeur.'],
    lead: ['Je rijdt met een busje van de welzijnsorganisatie.', 'Je helpt mensen in en uit de bus.'],
    more: ['Je hebt een rijbewijs B nodig.'],
    pool: ASK, d: ['ontplooiing', 'ondersteuning'], s: ['gemeenschappelijk'], t: ['eenzaamheid'], bs: ['vrijwillige-inzet'],
    when: { days: WEEKDAYS, slots: OFFICE }, cost: 'gratis', lang: 0, audience: ['iedereen'], role: 'coördinator vervoer',
    vac: () => ({ inzetType: 'structureel', hoursPerTime: 4, frequency: 'per_week', moments: ['overdag'], taskSize: 'middel', vog: 'vervoer', vergoeding: 'onkosten' }),
  },
  {
    kind: 'vacature', w: 3, where: 'venue', venues: ['bibliotheek', 'buurthuis', 'jongerencentrum'],
    titles: [(c) => `Huiswerkbegeleider gezocht ${c.at}`, (c) => `Vrijwilliger huiswerkklas ${c.say}`, (c) => `Voorlezer gezocht ${c.at}`],
    summaries: ['Help kinderen met hun huiswerk, één middag per week.', 'Lees voor aan kleine kinderen.'],
    lead: ['Je helpt kinderen uit groep 6 tot en met de brugklas.', 'Je werkt in een vast team met een coördinator.'],
    more: ['Je hoeft geen leraar te zijn.'],
    pool: ASK, d: ['ontplooiing'], s: ['gemeenschappelijk'], t: ['opvoeden-en-opgroeien'], bs: ['vrijwillige-inzet'],
    when: { days: WEEKDAYS, slots: AFTER_SCHOOL }, cost: 'gratis', lang: 0.05, audience: ['iedereen'], role: 'coördinator huiswerkbegeleiding',
    vac: () => ({ inzetType: 'structureel', hoursPerTime: 2, frequency: 'per_week', moments: ['overdag'], taskSize: 'klein', vog: 'kinderen', training: true }),
  },
  {
    kind: 'vacature', w: 3, where: 'home',
    titles: [(c) => `Maatje gezocht voor een oudere buurtbewoner in ${c.say}`, (c) => `Word maatje in ${c.sd}`],
    summaries: ['Ga eens per week op bezoek bij iemand die weinig mensen ziet.', 'Een wandeling, een spelletje of een kop koffie: jij maakt het verschil.'],
    lead: ['Je bezoekt iemand die alleen woont.', 'Samen bepaal je wat jullie doen.'],
    more: ['Je krijgt begeleiding van een coördinator.'],
    pool: ASK, d: ['ondersteuning', 'ontmoeting'], s: ['persoonlijk'], t: ['eenzaamheid'], bs: ['vrijwillige-inzet'],
    when: { days: WEEKDAYS, slots: AFTERNOON }, cost: 'gratis', lang: 0.1, audience: ['iedereen'], role: 'coördinator maatjesproject',
    vac: (r) => ({ inzetType: 'structureel', hoursPerTime: 2, frequency: pick(r, ['per_week', 'per_twee_weken'] as const), flexible: true, moments: some(r, ['overdag', 'avond', 'weekend'] as const, 2), taskSize: 'klein', vog: 'thuis' }),
  },
  {
    kind: 'vacature', w: 2, where: 'venue', venues: ['buurttuin', 'kinderboerderij'],
    titles: [(c) => `Tuinvrijwilliger ${c.at}`, (c) => `Helpende handen gezocht ${c.at}`],
    summaries: ['Werk buiten mee in de tuin, wanneer het jou uitkomt.', 'Help mee met verzorgen van dieren en tuin.'],
    lead: ['Je helpt met wieden, zaaien en oogsten.', 'Je werkt mee wanneer het jou uitkomt.'],
    more: ['Laarzen en handschoenen zijn er.'],
    pool: ASK, d: ['plezier', 'eigenaarschap'], s: ['gemeenschappelijk'], t: ['natuur-en-groen'], bs: ['vrijwillige-inzet'],
    when: { days: [['WE'], ['SA']], slots: MORNING }, cost: 'gratis', lang: 0, audience: ['iedereen'], role: 'tuincoördinator',
    vac: () => ({ inzetType: 'incidenteel', flexible: true, frequency: 'in_overleg', moments: ['overdag', 'weekend'], taskSize: 'klein' }),
  },
  {
    kind: 'vacature', w: 2, where: 'venue', venues: ['buurthuis', 'ontmoetingscentrum', 'speeltuin'],
    titles: [(c) => `Penningmeester gezocht voor bewonersvereniging ${c.say}`, (c) => `Bestuurslid gezocht ${c.at}`, (c) => `Secretaris voor ${c.v.name}`],
    summaries: ['Help mee de vereniging te besturen en beslis mee over de buurt.', 'Bestuur met andere bewoners een plek in de buurt.'],
    lead: ['Het bestuur vergadert eens per maand.', 'Je beslist mee over activiteiten en geld.'],
    more: ['Ervaring met cijfers is handig maar niet nodig.'],
    pool: ASK, d: ['eigenaarschap', 'ontplooiing'], s: ['gemeenschappelijk'], t: ['wonen-en-buurt'], bs: ['eigen-regie', 'vrijwillige-inzet'],
    when: { days: WEEKDAYS, slots: EVENING, nth: 1 }, cost: 'gratis', lang: 0, audience: ['iedereen'], role: 'voorzitter',
    vac: (r) => ({ inzetType: 'structureel', frequency: 'per_maand', moments: ['avond'], taskSize: 'groot', ...(chance(r, 0.5) ? { vog: 'geld' as const } : {}) }),
  },
  {
    kind: 'vacature', w: 2, where: 'park',
    titles: [(c) => `Helpende handen bij de Opschoondag ${c.park.name}`, (c) => `Vrijwilligers gezocht voor het buurtfeest ${c.say}`],
    summaries: ['Eén dag meehelpen: opbouwen, opruimen of de kraam bemannen.', 'Help een dagdeel mee, zonder vaste verplichting.'],
    lead: ['Het is een eenmalige klus.', 'Je helpt een paar uur mee, met buren.'],
    more: ['Er is soep en koffie voor alle helpers.'],
    pool: ASK, d: ['eigenaarschap', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['wonen-en-buurt', 'natuur-en-groen'], bs: ['vrijwillige-inzet'],
    when: { days: [['SA'], ['SU']], slots: MORNING, nth: 1 }, cost: 'gratis', lang: 0, audience: ['iedereen'], role: 'organisator',
    vac: (r) => ({ inzetType: 'eenmalig', hoursPerTime: pick(r, [2, 3, 4]), frequency: 'eenmalig', moments: ['weekend'], taskSize: 'klein' }),
  },
  {
    kind: 'vacature', w: 2, where: 'venue', venues: ['buurthuis', 'ontmoetingscentrum'],
    titles: [(c) => `Vrijwilliger voedselbank uitgiftepunt ${c.say}`, (c) => `Inpakker gezocht voor de voedselbank ${c.say}`],
    summaries: ['Help elke week met het inpakken en uitdelen van voedselpakketten.', 'Zorg samen met anderen dat gezinnen eten hebben.'],
    lead: ['Je pakt kratten in en deelt pakketten uit.', 'Je werkt in een vaste ploeg.'],
    more: ['Je moet een krat kunnen tillen.'],
    pool: ASK, d: ['ondersteuning', 'ontplooiing'], s: ['gemeenschappelijk'], t: ['geldzorgen', 'eten-en-koken'], bs: ['vrijwillige-inzet'],
    when: { days: WEEKDAYS, slots: [...MORNING, ...AFTERNOON] }, cost: 'gratis', lang: 0.1, audience: ['iedereen'], role: 'coördinator uitgiftepunt',
    vac: (r) => ({ inzetType: 'structureel', hoursPerTime: 3, frequency: pick(r, ['per_week', 'per_twee_weken'] as const), moments: ['overdag'], taskSize: 'middel' }),
  },
  {
    kind: 'vacature', w: 2, where: 'venue', venues: ['zwembad', 'sporthal', 'speeltuin'],
    titles: [(c) => `Begeleider zwemles ${c.at}`, (c) => `Vrijwilliger sport en spel ${c.at}`, (c) => `Speeltuinvrijwilliger ${c.at}`],
    summaries: ['Help kinderen met bewegen en spelen.', 'Begeleid een groep kinderen samen met een sportcoach.'],
    lead: ['Je begeleidt kinderen onder leiding van een beroepskracht.', 'Je zorgt dat iedereen mee kan doen.'],
    more: ['Je krijgt een training voordat je begint.'],
    pool: ASK, d: ['ontplooiing', 'plezier'], s: ['gemeenschappelijk'], t: ['sport-en-spel', 'opvoeden-en-opgroeien'], bs: ['vrijwillige-inzet'],
    when: { days: [['WE'], ['SA'], ['FR']], slots: AFTER_SCHOOL }, cost: 'gratis', lang: 0, audience: ['iedereen'], role: 'buurtsportcoach',
    vac: () => ({ inzetType: 'structureel', hoursPerTime: 2, frequency: 'per_week', moments: ['overdag', 'weekend'], taskSize: 'middel', vog: 'kinderen', training: true }),
  },
  {
    kind: 'vacature', w: 2, where: 'venue', venues: ['bibliotheek', 'huisvandewijk', 'dienstencentrum'],
    titles: [(c) => `Vrijwilliger digicafé ${c.at}`, (c) => `Coördinator buurtkamer ${c.at}`, (c) => `Repareerder gezocht voor Repair Café ${c.say}`],
    summaries: ['Deel je kennis en help buren verder.', 'Word de spil van een plek in de buurt.'],
    lead: ['Je helpt bezoekers met hun vragen.', 'Je werkt samen met andere vrijwilligers en een beroepskracht.'],
    more: ['Je bepaalt zelf hoeveel tijd je geeft.'],
    pool: ASK, d: ['ontplooiing', 'eigenaarschap'], s: ['gemeenschappelijk'], t: ['taal-en-digitaal', 'wonen-en-buurt'], bs: ['vrijwillige-inzet'],
    when: { days: WEEKDAYS, slots: AFTERNOON }, cost: 'gratis', lang: 0.05, audience: ['iedereen'], role: 'coördinator vrijwilligers',
    vac: (r) => ({ inzetType: pick(r, ['structureel', 'incidenteel'] as const), hoursPerTime: pick(r, [2, 3, 4]), frequency: pick(r, ['per_week', 'per_maand', 'in_overleg'] as const), moments: ['overdag'], taskSize: pick(r, ['klein', 'middel', 'groot'] as const) }),
  },
];

const regelingen: Tpl[] = [
  {
    kind: 'regeling', w: 3, where: 'regeling', venues: ['kantoor'],
    titles: [() => 'Stadspas', (c) => `Stadspas aanvragen in ${c.sd}`, () => 'Stadspas voor gezinnen'],
    summaries: ['Met de Stadspas krijg je korting op sport, cultuur en uitjes, of is het gratis.', 'Korting en gratis activiteiten voor Amsterdammers met een laag inkomen.'],
    lead: ['De Stadspas is voor Amsterdammers met een laag inkomen.', 'Met de pas krijg je korting bij honderden activiteiten.'],
    more: ['Kinderen krijgen een eigen pas.', 'Je vraagt de pas één keer aan en hij wordt elk jaar verlengd.'],
    pool: ASK, d: ['ondersteuning', 'plezier'], dMore: 0.5, s: ['institutioneel'], t: ['geldzorgen'], bs: ['bestaanszekerheid'],
    cost: 'gratis', lang: 0.2, audience: ['huishoudens met weinig geld'], role: 'medewerker Stadspas',
  },
  {
    kind: 'regeling', w: 2, where: 'regeling', venues: ['kantoor'],
    titles: [() => 'Mantelzorgwaardering', (c) => `Mantelzorgwaardering ${c.sd}`, () => 'Mantelzorgcompliment'],
    summaries: ['Een jaarlijks bedankje voor mantelzorgers.', 'Waardering voor wie langdurig voor een naaste zorgt.'],
    lead: ['Zorg je langer dan drie maanden voor iemand, dan kun je de waardering aanvragen.', 'De waardering is een bedrag of een cadeaubon.'],
    more: ['Aanvragen kan tot 1 november.'],
    pool: ASK, d: ['ondersteuning'], s: ['institutioneel', 'persoonlijk'], t: ['geldzorgen'], bs: ['mantelzorg'],
    cost: 'gratis', lang: 0.1, audience: ['mensen die voor iemand zorgen'], role: 'mantelzorgconsulent',
  },
  {
    kind: 'regeling', w: 2, where: 'regeling', venues: ['kantoor'],
    titles: [() => 'Bijzondere bijstand', () => 'Individuele inkomenstoeslag', () => 'Kwijtschelding gemeentelijke belastingen', () => 'Collectieve zorgverzekering'],
    summaries: ['Financiële steun van de gemeente voor wie weinig geld heeft.', 'Een regeling om je vaste lasten omlaag te brengen.'],
    lead: ['Je kunt deze regeling aanvragen als je inkomen laag is.', 'De gemeente kijkt naar je inkomen en vermogen.'],
    more: ['Een vrijwilliger van de formulierenhulp kan helpen bij de aanvraag.', 'Je krijgt binnen acht weken antwoord.'],
    pool: ASK, d: ['ondersteuning'], s: ['institutioneel'], t: ['geldzorgen'], bs: ['bestaanszekerheid'],
    cost: 'gratis', lang: 0.2, audience: ['huishoudens met weinig geld'], role: 'medewerker Werk en Inkomen',
  },
  {
    kind: 'regeling', w: 2, where: 'regeling', venues: ['kantoor'],
    titles: [() => 'Kindpakket', () => 'Bijdrage voor sport of muziekles voor je kind', () => 'Schoolkostenregeling', () => 'Gratis laptop of fiets voor scholieren'],
    summaries: ['Geld of spullen voor je kinderen als je weinig geld hebt.', 'Zodat je kind mee kan doen met sport, cultuur en school.'],
    lead: ['Elk kind moet mee kunnen doen.', 'Ouders met een laag inkomen kunnen dit aanvragen voor hun kinderen.'],
    more: ['Je vraagt het aan met je Stadspas.'],
    pool: ASK, d: ['ondersteuning', 'plezier'], dMore: 0.4, s: ['institutioneel'], t: ['geldzorgen', 'opvoeden-en-opgroeien'], bs: ['bestaanszekerheid'],
    cost: 'gratis', lang: 0.2, age: [[0, 17], [4, 17], [12, 17]], pAge: 1, audience: ['ouders', 'kinderen'], role: 'medewerker Werk en Inkomen',
  },
  {
    kind: 'regeling', w: 2, where: 'regeling', venues: ['kantoor'],
    titles: [(c) => `Subsidie voor je bewonersinitiatief in ${c.sd}`, (c) => `Buurtbudget ${c.say}`, () => 'Geld voor een buurtfeest'],
    summaries: ['Geld voor een plan van bewoners dat de buurt beter maakt.', 'Heb je een idee voor de buurt? Vraag subsidie aan.'],
    lead: ['Bewoners kunnen geld aanvragen voor een activiteit voor de buurt.', 'Een sociaal makelaar helpt je met de aanvraag.'],
    more: ['Kleine bedragen krijg je snel.'],
    pool: ASK, d: ['eigenaarschap'], s: ['gemeenschappelijk', 'institutioneel'], t: ['wonen-en-buurt'], bs: ['financiering', 'eigen-regie'],
    cost: 'gratis', lang: 0.05, audience: ['bewonersgroepen'], role: 'sociaal makelaar',
  },
  {
    kind: 'regeling', w: 1, where: 'regeling', venues: ['kantoor'],
    titles: [() => 'Gratis ov voor ouderen met een Stadspas', () => 'Tegemoetkoming meerkosten bij ziekte of beperking', () => 'Vergoeding voor vervoer naar dagbesteding'],
    summaries: ['Een tegemoetkoming voor extra kosten door leeftijd, ziekte of beperking.', 'Minder kosten voor vervoer en zorg.'],
    lead: ['De regeling is voor Amsterdammers met een laag inkomen.', 'Je vraagt het één keer per jaar aan.'],
    more: ['De gemeente stuurt je een brief als je recht hebt.'],
    pool: ASK, d: ['ondersteuning'], s: ['institutioneel'], t: ['geldzorgen', 'gezondheid-en-bewegen'], bs: ['bestaanszekerheid'],
    cost: 'gratis', lang: 0.1, age: [[67, null]], pAge: 0.4, audience: ['ouderen', 'mensen met een beperking'], role: 'medewerker Werk en Inkomen',
  },
];

// ---------------------------------------------------------------------------------------------
// Plekken: the buildings themselves.

type PlekSpec = {
  w: number;
  type: VenueType;
  summaries: readonly string[];
  lead: readonly string[];
  d: readonly Deelambitie[];
  s: readonly Sfeer[];
  t: readonly Theme[];
  cost: Cost;
  age?: readonly [number | null, number | null];
  role: string;
  gedragen: readonly GedragenDoor[];
};

const plekken: PlekSpec[] = [
  { w: 4, type: 'buurthuis', summaries: ['Een plek in de buurt voor ontmoeting, activiteiten en een kop koffie.'], lead: ['In het buurthuis zijn elke dag activiteiten voor jong en oud.', 'Bewoners kunnen hier ook een ruimte huren of zelf iets organiseren.'], d: ['ontmoeting', 'eigenaarschap'], s: ['gemeenschappelijk'], t: ['wonen-en-buurt', 'eenzaamheid'], cost: 'gratis', role: 'beheerder', gedragen: ['mix', 'bewoners'] },
  { w: 3, type: 'huisvandewijk', summaries: ['Ontmoeten, meedoen en hulp vinden onder één dak.'], lead: ['In het Huis van de Wijk vind je activiteiten en hulp dichtbij huis.', 'Het buurtteam houdt hier ook spreekuur.'], d: ['ontmoeting', 'ondersteuning'], s: ['institutioneel', 'gemeenschappelijk'], t: ['wonen-en-buurt'], cost: 'gratis', role: 'beheerder', gedragen: ['beroepskrachten', 'mix'] },
  { w: 3, type: 'buurtkamer', summaries: ['Een huiskamer voor de buurt, gerund door bewoners.'], lead: ['De buurtkamer is een kleine, gezellige ruimte waar je zomaar binnen kunt lopen.', 'Bewoners bepalen samen wat er gebeurt.'], d: ['ontmoeting', 'eigenaarschap'], s: ['gemeenschappelijk'], t: ['eenzaamheid'], cost: 'gratis', role: 'gastvrouw', gedragen: ['bewoners'] },
  { w: 2, type: 'bibliotheek', summaries: ['Boeken lenen, studeren, computers gebruiken en hulp bij digitale vragen.'], lead: ['In de bibliotheek kun je gratis binnen zitten, lezen en werken.', 'Er zijn computers, wifi en rustige studieplekken.'], d: ['ontplooiing', 'ontmoeting'], s: ['institutioneel'], t: ['taal-en-digitaal', 'cultuur'], cost: 'gratis', role: 'medewerker van de bibliotheek', gedragen: ['beroepskrachten'] },
  { w: 2, type: 'speeltuin', summaries: ['Een speeltuin met toezicht, een clubhuis en activiteiten voor kinderen.'], lead: ['De speeltuin wordt beheerd door een vereniging van buurtbewoners.', 'Ouders kunnen op het terras koffie drinken.'], d: ['plezier', 'ontmoeting'], s: ['gemeenschappelijk'], t: ['opvoeden-en-opgroeien', 'sport-en-spel'], cost: 'gratis', age: [0, 12], role: 'beheerder van de speeltuin', gedragen: ['bewoners', 'vrijwilligers'] },
  { w: 1, type: 'kinderboerderij', summaries: ['Dieren kijken en knuffelen, gratis toegankelijk.'], lead: ['Op de kinderboerderij lopen geiten, kippen en konijnen.', 'Kinderen mogen helpen met voeren.'], d: ['plezier'], s: ['gemeenschappelijk', 'institutioneel'], t: ['natuur-en-groen'], cost: 'gratis', role: 'medewerker van de kinderboerderij', gedragen: ['mix'] },
  { w: 1, type: 'sporthal', summaries: ['Sporten in de buurt: zaalsport, fitness en lessen.'], lead: ['In de sporthal trainen verenigingen en zijn er open lessen.', 'Met een Stadspas krijg je korting.'], d: ['plezier'], s: ['institutioneel'], t: ['sport-en-spel', 'gezondheid-en-bewegen'], cost: 'mix', role: 'medewerker van de sporthal', gedragen: ['beroepskrachten'] },
  { w: 1, type: 'zwembad', summaries: ['Binnenzwembad voor recreatief zwemmen, banenzwemmen en zwemles.'], lead: ['Het zwembad heeft een wedstrijdbad en een instructiebad.', 'Er zijn speciale uren voor ouderen, vrouwen en gezinnen.'], d: ['plezier'], s: ['institutioneel'], t: ['sport-en-spel'], cost: 'zwemmen', role: 'medewerker van het zwembad', gedragen: ['beroepskrachten'] },
  { w: 1, type: 'jongerencentrum', summaries: ['Een eigen plek voor jongeren, met jongerenwerkers.'], lead: ['Jongeren kunnen hier chillen, sporten en muziek maken.', 'Jongerenwerkers helpen bij school, werk en andere vragen.'], d: ['ontmoeting', 'plezier'], s: ['gemeenschappelijk'], t: ['opvoeden-en-opgroeien'], cost: 'gratis', age: [12, 23], role: 'jongerenwerker', gedragen: ['beroepskrachten'] },
  { w: 1, type: 'buurttuin', summaries: ['Een groene plek in de buurt om te tuinieren en tot rust te komen.'], lead: ['De tuin is open voor iedereen.', 'Bewoners onderhouden de tuin zelf.'], d: ['plezier', 'eigenaarschap'], s: ['gemeenschappelijk'], t: ['natuur-en-groen'], cost: 'gratis', role: 'tuincoördinator', gedragen: ['bewoners'] },
  { w: 1, type: 'dienstencentrum', summaries: ['Activiteiten, maaltijden en advies voor ouderen in de buurt.'], lead: ['Ouderen kunnen hier terecht voor een warme maaltijd en gezelschap.', 'Er is elke dag een programma.'], d: ['ontmoeting', 'ondersteuning'], s: ['institutioneel'], t: ['eenzaamheid', 'gezondheid-en-bewegen'], cost: 'gratis', age: [55, null], role: 'medewerker van het dienstencentrum', gedragen: ['mix'] },
];

// ---------------------------------------------------------------------------------------------
// Assembly.

/** Share of each kind: plenty of activities, fewer regelingen and steunpunten. */
const kindWeights: { kind: Kind; w: number }[] = [
  { kind: 'activiteit', w: 40 },
  { kind: 'plek', w: 20 },
  { kind: 'vacature', w: 15 },
  { kind: 'steun', w: 12 },
  { kind: 'regeling', w: 7 },
  { kind: 'steunpunt', w: 6 },
];
const pickKind = weighted(kindWeights);
const templatePickers: Record<Exclude<Kind, 'plek'>, (r: Rng) => Tpl> = {
  activiteit: weighted(activiteiten),
  steun: weighted(steun),
  steunpunt: weighted(steunpunten),
  vacature: weighted(vacatures),
  regeling: weighted(regelingen),
};
const pickPlek = weighted(plekken);
const pickPark = (r: Rng) => pick(r, amsterdamParken);

/** 2–4 sentences: one lead, sometimes where it is, then template sentences and the shared pool. */
function describe(r: Rng, lead: readonly string[], more: readonly string[] = [], pool: readonly string[] = WELCOME, place?: string): string {
  const target = int(r, 2, 4);
  const out = [pick(r, lead)];
  if (place && chance(r, 0.35)) out.push(place);
  for (let tries = 0; out.length < target && tries < 8; tries++) {
    const s = pick(r, more.length && chance(r, 0.55) ? more : pool);
    if (!out.includes(s)) out.push(s);
  }
  return out.join(' ');
}

function taxonomy(r: Rng, t: Pick<Tpl, 'd' | 'dMore' | 's' | 't' | 'bs'>) {
  const deelambities = [t.d[0]!];
  for (const d of t.d.slice(1)) if (chance(r, t.dMore ?? 0.7)) deelambities.push(d);
  const sferen = t.s.length > 1 ? some(r, t.s, chance(r, 0.6) ? 1 : t.s.length) : [...t.s];
  const themes = some(r, t.t, chance(r, 0.5) ? 1 : t.t.length);
  const bouwstenen = t.bs ? some(r, t.bs, int(r, 0, t.bs.length)) : [];
  return { deelambities, sferen, themes, bouwstenen };
}

function verifiedAt(r: Rng): string | null {
  if (!chance(r, 0.35)) return null;
  return `2026-${String(int(r, 1, 9)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}T09:00:00Z`;
}

function plekListing(r: Rng, b: SyntheticBuurt): SyntheticListing {
  const p = pickPlek(r);
  const v = venueIn(r, p.type, b);
  const spec = venueSpecs[p.type];
  const loc = venueLocation(r, v, b);
  const tax = taxonomy(r, { d: p.d, s: p.s, t: p.t, bs: ['ruimte-en-plekken'] });
  const out: SyntheticListing = {
    kind: 'plek',
    title: v.name,
    summary: pick(r, p.summaries),
    description: describe(r, p.lead, [], WELCOME, `Je vindt ons op ${loc.street} ${loc.houseNumber} in ${b.say}.`),
    locations: [loc],
    schedule: openingHours(r, p.type),
    contact: { role: p.role },
    ...tax,
    kosten: kostenFor(r, p.cost),
    gedragenDoor: pick(r, p.gedragen),
    jeKuntOokBijdragen: chance(r, 0.4),
    audience: ['buurtbewoners'],
    languages: languagesFor(r, 0.2),
    accessibility: accessibilityFor(r, p.type),
    beheervorm: pick(r, spec.beheer),
    inloopZonderAfspraak: chance(r, 0.8),
  };
  if (p.age) [out.ageMin, out.ageMax] = p.age;
  return out;
}

function templateListing(r: Rng, t: Tpl, b: SyntheticBuurt): SyntheticListing {
  const v = venueIn(r, t.venues ? pick(r, t.venues) : 'buurthuis', b);
  const park = pickPark(r);
  const c: Ctx = { r, b, v, park, at: v.at, say: b.say, sd: b.stadsdeel };
  let locations: LocationIn[];
  let placeSentence: string | undefined;
  let venueType: VenueType | null = null;
  switch (t.where) {
    case 'venue': {
      const loc = venueLocation(r, v, b);
      locations = [loc];
      // Some services are held at two places in the same stadsdeel.
      if ((t.kind === 'steun' || t.kind === 'steunpunt') && chance(r, 0.08)) {
        const others = buurtenBySd.get(b.stadsdeel)!.filter((x) => x !== b);
        if (others.length) {
          const other = pick(r, others);
          locations.push(venueLocation(r, venueIn(r, v.type, other), other));
        }
      }
      placeSentence = `Het adres is ${loc.street} ${loc.houseNumber} in ${b.say}.`;
      venueType = v.type;
      break;
    }
    case 'park': {
      const { lat, lon } = near(r, park.lat, park.lon, 150);
      locations = [{ name: park.name, place: 'Amsterdam', lat, lon }];
      placeSentence = `We verzamelen bij de ingang van het ${park.name}.`;
      break;
    }
    case 'online':
      locations = [{ name: 'Online', online: true }];
      break;
    case 'home':
      // Help at home or at a place agreed together: no fixed address, or the organisation's office.
      locations = chance(r, 0.25) ? [] : [venueLocation(r, venueIn(r, 'kantoor', b), b)];
      placeSentence = `Voor bewoners van ${b.stadsdeel === 'Weesp' ? 'Weesp' : `stadsdeel ${b.stadsdeel}`}.`;
      break;
    case 'regeling': {
      const x = r();
      // Mostly applied for online or at no particular place; some at a loket in the stadsdeel.
      locations = x < 0.4 ? [{ name: 'Online aanvragen', online: true }] : x < 0.6 ? [] : [venueLocation(r, venueIn(r, 'kantoor', b), b)];
      break;
    }
  }
  const out: SyntheticListing = {
    kind: t.kind,
    title: pick(r, t.titles)(c),
    summary: pick(r, t.summaries),
    description: describe(r, t.lead, t.more, t.pool, placeSentence),
    locations,
    schedule: t.when ? scheduleFor(r, t.when) : { rules: [], closures: [], closedOnHolidays: true, byAppointment: false },
    contact: { role: t.role },
    ...taxonomy(r, t),
    kosten: kostenFor(r, t.cost ?? 'mix'),
    gedragenDoor: t.gedragen ? pick(r, t.gedragen) : null,
    jeKuntOokBijdragen: t.kind === 'activiteit' && chance(r, 0.3),
    audience: t.audience ? some(r, t.audience, int(r, 1, 2)) : [],
    languages: languagesFor(r, t.lang ?? 0.1),
    accessibility: accessibilityFor(r, venueType),
    inloopZonderAfspraak: t.kind !== 'regeling' && t.kind !== 'vacature' && chance(r, 0.4),
  };
  if (t.vg) out.vraaggebieden = some(r, t.vg, int(r, 1, Math.min(3, t.vg.length)));
  if (t.age && chance(r, t.pAge ?? 0)) [out.ageMin, out.ageMax] = pick(r, t.age);
  if (t.kind === 'regeling') {
    out.howToApply = pick(r, ['Vraag het online aan met je DigiD.', 'Aanvragen kan online of bij het loket van je stadsdeel.', 'Bel de gemeente of vraag het buurtteam om hulp bij de aanvraag.']);
    out.conditions = pick(r, ['Je woont in Amsterdam en je inkomen is niet hoger dan 130% van het sociaal minimum.', 'Je woont in Amsterdam.', 'Je bent 18 jaar of ouder en woont in Amsterdam.']);
  }
  if ('vac' in t) out.vacature = vacatureFor(r, (t as VacTpl).vac(r));
  if (t.extra) Object.assign(out, t.extra(c));
  return out;
}

/** One synthetic listing: number `index` (0-based) of run `seed`. */
export function syntheticListing(index: number, seed = 1): SyntheticListing {
  const r = mulberry32(streamSeed(seed, index));
  const kind = pickKind(r).kind;
  const b = pickBuurt(r);
  const listing = kind === 'plek' ? plekListing(r, b) : templateListing(r, templatePickers[kind](r), b);
  listing.status = 'gepubliceerd';
  listing.isExample = true;
  listing.verifiedAt = verifiedAt(r);
  listing.sources = [{ system: 'synthetic', id: String(index) }];
  return listing;
}

/**
 * `count` synthetic listings, numbers `offset` … `offset + count - 1` of run `seed`. The same
 * (seed, index) always gives the same listing, whatever the batch it is generated in.
 */
export function syntheticListings(count: number, seed = 1, offset = 0): SyntheticListing[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const out = new Array<SyntheticListing>(count);
  for (let i = 0; i < count; i++) out[i] = syntheticListing(offset + i, seed);
  return out;
}
