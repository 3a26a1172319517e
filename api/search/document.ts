// Listing → SearchDocument: what both engines index. Pure: the taxonomy, area names and the
// time window come in as arguments.
import type { Listing, ListingKind } from '../listings/schemas.ts';
import type { Schedule } from '../listings/schedule.ts';
import { occurrencesBetween } from '../listings/hours.ts';
import type { Taxonomy } from '../taxonomy/schemas.ts';
import { compoundLexicon, splitCompound, stem, tokenize } from './analyze.ts';
import type { SearchDocument } from './contract.ts';

/** How far ahead open-hour slots are computed; the indexer refreshes documents well before. */
export const openSlotWindowDays = 15;
/** Bump when documents change shape or content: the indexer then rebuilds every index once. */
export const documentVersion = 3;
export const slotMs = 15 * 60 * 1000;
export const slotOf = (time: Date) => Math.floor(time.getTime() / slotMs);

/**
 * Words residents use for each kind of listing ("ik zoek hulp", "vrijwilligerswerk"), indexed
 * with the listing so a need finds the right kind. Search vocabulary, not UI text.
 */
const kindWords: Record<ListingKind, string> = {
  plek: 'plek ontmoetingsplek locatie gebouw',
  activiteit: 'activiteit activiteiten groep club bijeenkomst',
  steun: 'steun hulp ondersteuning helpen',
  steunpunt: 'steunpunt loket spreekuur hulp advies informatie',
  vacature: 'vacature vrijwilligerswerk vrijwilliger meehelpen helpen meedoen',
  regeling: 'regeling subsidie budget vergoeding geld aanvragen',
};

const accessibilityWords: Record<string, string> = {
  rolstoeltoegankelijk: 'rolstoel toegankelijk rolstoeltoegankelijk',
  toegankelijk_toilet: 'toegankelijk toilet invalidentoilet',
  ringleiding: 'ringleiding slechthorend',
  prikkelarm: 'prikkelarm rustig',
  ov_dichtbij: 'openbaar vervoer',
  parkeren: 'parkeren parkeerplaats',
  lift: 'lift',
};

export type DocumentContext = {
  taxonomy: Taxonomy;
  /** CBS area code → name ("WK036306" → "Noord"). */
  areaNames: ReadonlyMap<string, string>;
  /** Open-hour slots are computed from here for `openSlotWindowDays`. */
  now: Date;
};

type TermText = { label: string; name: string; description: string; aliases: string[] };

/** Index the taxonomy once per build: "deelambitie:ontmoeting" → its words. */
export function taxonomyLookup(taxonomy: Taxonomy): Map<string, TermText> {
  const map = new Map<string, TermText>();
  for (const [vocabulary, terms] of Object.entries(taxonomy.vocabularies)) {
    for (const t of terms) map.set(`${vocabulary}:${t.slug}`, t);
  }
  return map;
}

/** What a listing's kind, taxonomy terms and accessibility add to its document. */
type TaxonomyPart = {
  text: string;
  descriptions: string[];
  /** The words of `text`, each once, in order. */
  words: string[];
  /** Those a compound may be made of (as `own` in toSearchDocument). */
  own: Set<string>;
  /** Compound parts and stems of `words`, for a listing with no other words. */
  compounds: string[];
  stems: string[];
  /** Words the compound splits looked up in vain: a listing that has one needs its own splits. */
  missed: Set<string>;
};

/**
 * Many listings share their kind, terms and accessibility: what those add is worked out once
 * per taxonomy lookup (a new lookup, as after a taxonomy change, starts afresh).
 */
const taxonomyParts = new WeakMap<Map<string, TermText>, Map<string, TaxonomyPart>>();

function taxonomyPart(listing: Listing, terms: Map<string, TermText>): TaxonomyPart {
  let parts = taxonomyParts.get(terms);
  if (!parts) taxonomyParts.set(terms, (parts = new Map()));
  const key = JSON.stringify([listing.kind, listing.deelambities, listing.themes, listing.vraaggebieden, listing.accessibility]);
  let part = parts.get(key);
  if (part) return part;

  // Labels, names and aliases say what a listing is; descriptions only hint (they list examples,
  // "hulp bij geld, formulieren …"), so they go to the low-weight `extra` field. Sferen are
  // policy jargon residents never type: not indexed as text.
  const tagged: [string, string[]][] = [
    ['deelambitie', listing.deelambities],
    ['theme', listing.themes],
    ['vraaggebied', listing.vraaggebieden],
  ];
  const termsOf = (pick: (t: TermText) => string[]) =>
    tagged.flatMap(([vocabulary, slugs]) =>
      slugs.flatMap((slug) => {
        const t = terms.get(`${vocabulary}:${slug}`);
        return t ? pick(t) : [];
      }),
    );
  const text = [
    kindWords[listing.kind as ListingKind] ?? '',
    ...termsOf((t) => [t.label, t.name, ...t.aliases]),
    ...listing.accessibility.map((a) => accessibilityWords[a] ?? a),
  ].join(' ');
  const words = [...new Set(tokenize(text))];
  const own = new Set(words.filter((w) => w.length >= 4));
  const missed = new Set<string>();
  const compounds = new Set<string>();
  for (const word of words) for (const p of compoundParts(word, (w) => own.has(w), (w) => missed.add(w))) compounds.add(p);
  part = {
    text,
    descriptions: termsOf((t) => [t.description]),
    words,
    own,
    compounds: [...compounds],
    stems: [...new Set(words.map(stem).filter((s, i) => s !== words[i]))],
    missed,
  };
  if (parts.size >= 20_000) parts.clear();
  parts.set(key, part);
  return part;
}

/**
 * A vocabulary for splitCompound that notes the words it did not know. A split over `known`
 * holds for a larger vocabulary unless that has one of the noted words: the same lookups give
 * the same answers. Only words of 4 letters or more are noted, as only those are `own` words.
 */
function noting(known: (w: string) => boolean, note: (w: string) => void) {
  return {
    has(w: string) {
      if (known(w)) return true;
      if (w.length >= 4) note(w);
      return false;
    },
  };
}

/**
 * splitCompound over the lexicon and the words `isOwn` knows, remembered per word over the
 * lexicon alone (see noting). `note` hears the words this split looked up in vain.
 */
function compoundParts(word: string, isOwn: (w: string) => boolean, note?: (w: string) => void): string[] {
  let split = splitMemo.get(word);
  if (!split) {
    const missed: string[] = [];
    split = { parts: splitCompound(word, noting((w) => compoundLexicon.has(w), (w) => missed.push(w))), missed };
    if (splitMemo.size >= 100_000) splitMemo.clear();
    splitMemo.set(word, split);
  }
  if (split.missed.some(isOwn)) return splitCompound(word, noting((w) => compoundLexicon.has(w) || isOwn(w), note ?? (() => {})));
  if (note) split.missed.forEach(note);
  return split.parts;
}
const splitMemo = new Map<string, { parts: string[]; missed: string[] }>();

export function toSearchDocument(
  listing: Listing,
  ctx: DocumentContext,
  terms: Map<string, TermText> = taxonomyLookup(ctx.taxonomy),
): SearchDocument {
  const taxonomy = taxonomyPart(listing, terms);

  const areaCodes = [...new Set(listing.locations.flatMap((l) => l.areaCodes))];
  const places = [
    ...listing.locations.flatMap((l) => [l.name, l.street, l.postcode, l.place, l.online ? 'online' : undefined]),
    ...areaCodes.map((c) => ctx.areaNames.get(c)),
  ]
    .filter(Boolean)
    .join(' ');

  const extra = [
    ...taxonomy.descriptions,
    listing.organisation?.name,
    listing.contact.role,
    listing.speciaalVoor,
    ...listing.audience,
    listing.howToApply,
    listing.conditions,
    listing.vacature ? `${listing.vacature.inzetType} ${listing.vacature.inclusiveStatement ?? ''}` : undefined,
  ]
    .filter(Boolean)
    .join(' ');

  // Compound parts and stems come from the texts that name what a listing is: its title, its
  // taxonomy text (worked out per combination of terms, see taxonomyPart) and the rest, in
  // that order. Each set keeps the order in which its items first came.
  const titleWords = tokenize(listing.title);
  const otherWords = tokenize(`${listing.summary} ${places}`);
  const own = new Set([...titleWords, ...otherWords].filter((w) => w.length >= 4));
  const isOwn = (w: string) => own.has(w) || taxonomy.own.has(w);
  const compounds = new Set<string>();
  const stems = new Set<string>();
  const add = (words: string[]) => {
    for (const word of words) {
      for (const part of compoundParts(word, isOwn)) compounds.add(part);
      const s = stem(word);
      if (s !== word) stems.add(s);
    }
  };
  add(titleWords);
  const ownSplits = [...own].some((w) => taxonomy.missed.has(w));
  const vocabulary = { has: (w: string) => compoundLexicon.has(w) || isOwn(w) };
  for (const part of ownSplits ? taxonomy.words.flatMap((w) => splitCompound(w, vocabulary)) : taxonomy.compounds) compounds.add(part);
  for (const s of taxonomy.stems) stems.add(s);
  add(otherWords);

  const until = new Date(ctx.now.getTime() + openSlotWindowDays * 24 * 3600 * 1000);
  const openSlots = openSlotsOf(listing.schedule, ctx.now, until);

  return {
    id: listing.id,
    title: listing.title,
    taxonomy: taxonomy.text,
    summary: listing.summary,
    places,
    description: listing.description,
    extra,
    compounds: [...compounds].join(' '),
    stems: [...stems].join(' '),
    facets: {
      kind: [listing.kind],
      deelambitie: listing.deelambities,
      sfeer: listing.sferen,
      theme: listing.themes,
      vraaggebied: listing.vraaggebieden,
      area: areaCodes,
      accessibility: listing.accessibility,
      language: listing.languages,
      inzet: listing.vacature ? [listing.vacature.inzetType] : [],
      kosten: [listing.kosten.type],
      indicatie: [listing.indicatie],
      toegang: [listing.toegang],
    },
    free: listing.kosten.type === 'gratis',
    ageMin: listing.ageMin,
    ageMax: listing.ageMax,
    points: listing.locations.flatMap((l) => (l.lat !== undefined && l.lon !== undefined ? [{ lat: l.lat, lon: l.lon }] : [])),
    openSlots,
    openSlotsUntil: until.toISOString(),
    isExample: listing.isExample,
    updatedAt: listing.updatedAt,
    staleAfter: earliestExpiry(listing),
  };
}

function earliestExpiry(listing: Listing): string | null {
  const expiries = Object.values(listing.freshness.fields)
    .map((f) => f.expiresAt)
    .filter((e): e is string => e !== null)
    .sort();
  return expiries[0] ?? null;
}

/**
 * The quarter-hour slots a schedule is open in, from a day before `now` until `until`. Many
 * listings share a schedule ("di 10:00–12:00"), so the answer is remembered per schedule and
 * quarter hour: computing occurrences is the slow part of building documents.
 */
function openSlotsOf(schedule: Schedule, now: Date, until: Date): number[] {
  const key = `${slotOf(now)}|${JSON.stringify(schedule)}`;
  let slots = slotMemo.get(key);
  if (!slots) {
    const found = new Set<number>();
    for (const o of occurrencesBetween(schedule, new Date(now.getTime() - 24 * 3600 * 1000), until)) {
      for (let s = slotOf(o.start); s * slotMs < o.end.getTime(); s++) found.add(s);
    }
    slots = [...found].sort((a, b) => a - b);
    if (slotMemo.size > 5000) slotMemo.clear();
    slotMemo.set(key, slots);
  }
  return slots;
}
const slotMemo = new Map<string, number[]>();
