// Dutch text analysis shared by both engines and the document builder: normalising, stop words,
// stemming, synonyms and compound splitting. Pure: no I/O, no state beyond what is passed in.
import snowball from 'snowball-stemmers';

const stemmer = snowball.newStemmer('dutch');

/** Lowercase, strip diacritics ("café" → "cafe", "coöperatie" → "cooperatie"), punctuation → space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/** Dutch stem (snowball), e.g. "bibliotheken" → "bibliothek", "activiteiten" → "activiteit". */
export function stem(token: string): string {
  if (token.length <= 3) return token;
  let s = stemCache.get(token);
  if (s === undefined) {
    // The snowball stemmer is slow and texts repeat their words: remember (bounded).
    if (stemCache.size > 200_000) stemCache.clear();
    s = stemmer.stem(token);
    stemCache.set(token, s);
  }
  return s;
}
const stemCache = new Map<string, string>();

/**
 * Words that carry no meaning in a resident's search ("iets in de buurt voor mij"). Kept short:
 * words such as "hulp", "samen" or "buurt" do mean something and stay.
 */
export const dutchStopWords = [
  'de', 'het', 'een', 'en', 'of', 'in', 'op', 'aan', 'bij', 'van', 'voor', 'met', 'naar', 'om',
  'te', 'tot', 'uit', 'over', 'als', 'dat', 'die', 'dit', 'er', 'is', 'zijn', 'ik', 'je', 'jij',
  'u', 'mij', 'me', 'mijn', 'wij', 'we', 'ons', 'onze', 'wil', 'wilt', 'willen', 'zoek', 'zoeken',
  'kan', 'kun', 'kunnen', 'waar', 'wat', 'iets', 'graag', 'ergens', 'buurt', 'omgeving', 'dichtbij',
  'the', 'a', 'an', 'for', 'near', 'me', 'my', 'of', 'to',
];
const stopWordSet = new Set(dutchStopWords);

/** A query term: what was typed, and what else may match it. */
export type QueryTerm = {
  /** The normalised word as typed. */
  word: string;
  /** Other forms of the same word: its stem and singular ("buurtkamers" → "buurtkamer"). */
  forms: string[];
  /** Everything else that may match: forms plus synonym expansions (each may be several words). */
  alternatives: string[];
  /** The last word of a query may still be being typed: match it as a prefix too. */
  prefix: boolean;
};

export type AnalysedQuery = { terms: QueryTerm[]; /** All normalised words, stop words included. */ words: string[] };

/** At most this many words are used from a query; the rest is ignored (a 10 kB paste stays cheap). */
export const maxQueryWords = 12;

/**
 * Analyse a resident's query: normalise, drop stop words (unless nothing else is left), and
 * expand multi-word synonyms ("huis van de wijk" ↔ "buurthuis") before single words.
 */
export function analyseQuery(text: string, synonyms: string[][]): AnalysedQuery {
  const words = tokenize(text).slice(0, maxQueryWords);
  const groups = tokenizedGroups(synonyms);
  const terms: QueryTerm[] = [];
  let i = 0;
  while (i < words.length) {
    const match = longestSynonymAt(words, i, groups);
    if (match) {
      const phrase = words.slice(i, i + match.length).join(' ');
      terms.push({ word: phrase, forms: [], alternatives: match.group.map((t) => t.join(' ')).filter((s) => s !== phrase), prefix: false });
      i += match.length;
      continue;
    }
    const word = words[i]!;
    if (!stopWordSet.has(word)) {
      const variants = wordVariants(word);
      const forms = [...new Set([stem(word), ...variants])].filter((f) => f !== word);
      const alternatives = new Set(forms);
      // "buurthuizen" is a plural of a synonym ("buurthuis"): expand it like the singular.
      for (const v of variants) {
        const group = groups.find((g) => g.some((t) => t.length === 1 && t[0] === v));
        for (const t of group ?? []) alternatives.add(t.join(' '));
      }
      alternatives.delete(word);
      terms.push({ word, forms, alternatives: [...alternatives], prefix: false });
    }
    i++;
  }
  if (terms.length === 0 && words.length > 0) {
    // Only stop words ("in de buurt"): search for them rather than for nothing.
    for (const word of words) terms.push({ word, forms: [], alternatives: [], prefix: false });
  }
  const last = terms.at(-1);
  if (last && !last.word.includes(' ') && words.length > 0 && last.word === words.at(-1) && !/\s$/.test(text)) last.prefix = true;
  return { terms, words };
}

/**
 * The synonym groups as word lists. Every search analyses its query (some several times), and
 * the gemeente's synonyms only change with the taxonomy: tokenize each list once.
 */
const tokenizedCache = new WeakMap<string[][], string[][][]>();
function tokenizedGroups(synonyms: string[][]): string[][][] {
  let groups = tokenizedCache.get(synonyms);
  if (!groups) {
    groups = synonyms.map((g) => g.map((s) => tokenize(s)).filter((t) => t.length > 0));
    tokenizedCache.set(synonyms, groups);
  }
  return groups;
}

function longestSynonymAt(words: string[], i: number, groups: string[][][]) {
  let best: { length: number; group: string[][] } | null = null;
  for (const group of groups) {
    for (const phrase of group) {
      if (phrase.length <= (best?.length ?? 0) || i + phrase.length > words.length) continue;
      if (phrase.every((w, k) => words[i + k] === w)) best = { length: phrase.length, group };
    }
  }
  return best;
}

/**
 * Split long compound words into known parts, so "voedselbank" is also found by "bank" and
 * "buurtmaaltijd" by "maaltijd". `vocabulary` is the set of words the gemeente's texts contain
 * (plus taxonomy words); a split is accepted only when both parts are known words
 * of at least 3 letters, trying the longest head first. Recursive on the tail.
 */
export function splitCompound(word: string, vocabulary: { has(word: string): boolean }, depth = 0): string[] {
  if (word.length < 6 || depth > 2) return [];
  for (let cut = word.length - 3; cut >= 3; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    // Dutch linking morphemes: "vrijwilligers|werk", "kinder|en|boerderij" are handled by the
    // vocabulary ("vrijwilligers" is a word); a linking "s" between two words is tried here.
    const heads = [head];
    if (head.endsWith('s') && head.length > 4) heads.push(head.slice(0, -1));
    for (const h of heads) {
      if (!vocabulary.has(h)) continue;
      if (vocabulary.has(tail)) return [h, tail];
      const rest = splitCompound(tail, vocabulary, depth + 1);
      if (rest.length) return [h, ...rest];
    }
  }
  return [];
}

/**
 * Edit distance with transpositions counted as one edit ("speeltiun" → "speeltuin"), as
 * Meilisearch does. Bounded: returns max+1 as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Other forms a resident may mean by a word: Dutch singulars of plurals ("buurthuizen" →
 * "buurthuis", "bibliotheken" → "bibliotheek", "sporthallen" → "sporthal", "centra" →
 * "centrum") and "ij" typed as "y" ("wyk" → "wijk"). Candidates only: an engine keeps those it
 * knows.
 */
export function wordVariants(word: string): string[] {
  const out = new Set<string>();
  if (word.includes('y')) out.add(word.replaceAll('y', 'ij'));
  if (word.length >= 5) {
    if (word.endsWith('s')) out.add(word.slice(0, -1));
    if (word.endsWith('zen')) out.add(`${word.slice(0, -3)}s`);
    if (word.endsWith('ven')) out.add(`${word.slice(0, -3)}f`);
    if (word.endsWith('eren')) out.add(word.slice(0, -4));
    if (word.endsWith('a')) out.add(`${word.slice(0, -1)}um`);
    if (word.endsWith('en')) {
      const base = word.slice(0, -2);
      out.add(base);
      // An open syllable hides a long vowel: "straten" → "straat", "bibliotheken" → "bibliotheek".
      const m = /^(.*[^aeiou])([aeou])([^aeiou])$/.exec(base);
      if (m) out.add(`${m[1]}${m[2]}${m[2]}${m[3]}`);
      // A doubled consonant was added for the plural: "sporthallen" → "sporthal".
      if (base.length > 3 && base.at(-1) === base.at(-2) && !/[aeiou]/.test(base.at(-1)!)) out.add(base.slice(0, -1));
    }
  }
  out.delete(word);
  return [...out];
}

/** Meilisearch's rule, used by both engines: 1 typo from 5 letters, 2 from 9. */
export function typosAllowed(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/**
 * Common parts of Dutch compound words in the sociale basis, so that documents index
 * "voedselbank" also as "voedsel bank" even when no other text has those words on their own.
 * Taxonomy words and the listing's own words are added to this per document.
 */
export const compoundLexicon: ReadonlySet<string> = new Set([
  'bank', 'voedsel', 'kleding', 'speel', 'speelgoed', 'tuin', 'tuinen', 'school', 'huis', 'huizen', 'kamer', 'wijk',
  'buurt', 'centrum', 'boerderij', 'kinder', 'kinderen', 'jongeren', 'ouderen', 'ouder', 'sport', 'park', 'hal',
  'zaal', 'bad', 'zwem', 'water', 'veld', 'velden', 'club', 'groep', 'cafe', 'koffie', 'thee', 'maaltijd', 'eten',
  'koken', 'kook', 'taal', 'les', 'lessen', 'cursus', 'klus', 'klussen', 'hulp', 'dienst', 'winkel', 'werk',
  'werkplaats', 'plaats', 'plein', 'straat', 'spreekuur', 'inloop', 'punt', 'team', 'zorg', 'mantel', 'maatje',
  'maatjes', 'vrijwilligers', 'vrijwilliger', 'vrouwen', 'mannen', 'meiden', 'moeder', 'vader', 'baby', 'peuter',
  'dans', 'muziek', 'theater', 'kunst', 'atelier', 'bieb', 'boeken', 'lees', 'lezen', 'computer', 'digitaal',
  'fiets', 'reparatie', 'repair', 'wandel', 'wandelen', 'yoga', 'gym', 'voetbal', 'tennis', 'hockey', 'atletiek',
  'korfbal', 'basketbal', 'skate', 'golf', 'golfslag', 'recreatie', 'binnen', 'buiten', 'dieren', 'stad', 'dorp',
  'geld', 'schulden', 'formulieren', 'administratie', 'gezin', 'opvoed', 'opvoeding', 'burgers', 'bewoners',
  'broed', 'kantoor', 'loket', 'opvang', 'logeer', 'dag', 'avond', 'weekend', 'zomer', 'kerst', 'feest',
]);
