// Likely duplicates of a listing, found before it is saved or imported, so a person can decide.
//
// Pure: the caller supplies the existing listings (typically those near the candidate plus those
// sharing a phone, website or email). Each signal is deliberately conservative: a false alarm
// costs an editor a click, but signals that fire for every listing of one organisation (its
// bare domain, the gemeente's 14 020) would teach editors to ignore the warning.
import { distanceMeters } from '../geo/distance.ts';

export type DuplicateCandidate = {
  id: string;
  title: string;
  locations: { lat?: number; lon?: number }[];
  contact: { phone?: string; website?: string; email?: string };
};

/** Why two listings look like the same offer; in order of listing in a match. */
export const duplicateReasons = ['naam_en_plek', 'telefoon', 'website', 'email'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export type DuplicateMatch = {
  id: string;
  reasons: DuplicateReason[];
  /** Between the nearest pair of located points; null when either has no location. */
  distanceMeters: number | null;
  nameSimilarity: number;
};

export type DuplicateOptions = { radiusMeters: number; minSimilarity: number };

/** 150 m: the same building or the next door, allowing for geocoding to a different entrance. */
export const defaultDuplicateOptions: DuplicateOptions = { radiusMeters: 150, minSimilarity: 0.6 };

/** Words that say nothing about which offer it is ("Stichting De Buurtkamer" = "Buurtkamer"). */
const fillerWords = new Set(['de', 'het', 'een', 'stichting', 'vereniging', 'van', 'en', 't', 'in', 'op', 'voor']);

/** Lowercase, without diacritics, punctuation or filler words. "'t" becomes "t" and is dropped. */
export function normaliseName(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !fillerWords.has(word))
    .join(' ');
}

function trigrams(name: string): Set<string> {
  // Two spaces in front so the first letter weighs as much as a middle one.
  const padded = `  ${name} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

function dice(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/**
 * "Voedselbank" and "Voedselbank Amsterdam" are the same name with a place added; trigrams alone
 * score that low when the addition is long. A short shared word ("oost") is not enough.
 */
function contained(a: string, b: string): boolean {
  const ta = a.split(' ');
  const tb = b.split(' ');
  const [shorter, longer] = ta.length <= tb.length ? [ta, new Set(tb)] : [tb, new Set(ta)];
  return shorter.some((w) => w.length >= 4) && shorter.every((w) => longer.has(w));
}

/** 0..1: how alike two listing titles are once normalised. */
export function nameSimilarity(a: string, b: string): number {
  const na = normaliseName(a);
  const nb = normaliseName(b);
  if (na === '' || nb === '') return 0;
  return contained(na, nb) ? 1 : dice(na, nb);
}

/**
 * Dutch numbers in national form ("0201234567"), so "+31 (0)20 123 45 67" equals "020-1234567".
 * Null when too short to identify one organisation: at least 9 digits. That also rules out the
 * gemeente's 14 + area code numbers (14 020, at most 7 digits), which many services share.
 */
export function normalisePhone(p: string): string | null {
  const digits = p.replace(/\(0\)/g, '').replace(/\D/g, '');
  const national = p.trim().startsWith('+')
    ? digits.startsWith('31')
      ? `0${digits.slice(2)}`
      : `00${digits}`
    : digits.startsWith('0031')
      ? `0${digits.slice(4)}`
      : digits;
  return national.length >= 9 ? national : null;
}

/**
 * "host/path" of a web address: lowercase host without "www.", path without trailing slash,
 * no query or fragment. A missing scheme ("www.example.nl/x") is read as https.
 * Null for anything that is not an http(s) address.
 */
export function normaliseWebsite(url: string): string | null {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    // A scheme has no dots, so "example.nl:8080/a" still gets one and "mailto:x" does not.
    parsed = new URL(/^[a-z][a-z0-9+-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return null;
  return parsed.host.replace(/^www\./, '') + parsed.pathname.replace(/\/+$/, '');
}

/** A website identifies an offer only with a path: the organisation's bare domain is shared. */
const websiteKey = (url: string | undefined): string | null => {
  const normalised = url === undefined ? null : normaliseWebsite(url);
  return normalised !== null && normalised.includes('/') ? normalised : null;
};

const emailKey = (email: string | undefined): string | null => email?.trim().toLowerCase() || null;
const phoneKey = (phone: string | undefined): string | null => (phone === undefined ? null : normalisePhone(phone));

type Point = { lat: number; lon: number };
const located = (locations: DuplicateCandidate['locations']): Point[] =>
  locations.filter((l): l is Point => typeof l.lat === 'number' && typeof l.lon === 'number');

function nearest(a: Point[], b: Point[]): number | null {
  let best: number | null = null;
  for (const p of a) {
    for (const q of b) {
      const d = distanceMeters(p, q);
      if (best === null || d < best) best = d;
    }
  }
  return best;
}

/** Existing listings that look like `candidate`: most reasons first, then most alike, then nearest. */
export function likelyDuplicates(
  candidate: DuplicateCandidate,
  existing: Iterable<DuplicateCandidate>,
  options: Partial<DuplicateOptions> = {},
): DuplicateMatch[] {
  const { radiusMeters, minSimilarity } = { ...defaultDuplicateOptions, ...options };
  const points = located(candidate.locations);
  const phone = phoneKey(candidate.contact.phone);
  const website = websiteKey(candidate.contact.website);
  const email = emailKey(candidate.contact.email);

  const matches: DuplicateMatch[] = [];
  for (const other of existing) {
    if (other.id === candidate.id) continue;
    const similarity = nameSimilarity(candidate.title, other.title);
    const distance = nearest(points, located(other.locations));
    const signals: Record<DuplicateReason, boolean> = {
      naam_en_plek: similarity >= minSimilarity && distance !== null && distance <= radiusMeters,
      telefoon: phone !== null && phone === phoneKey(other.contact.phone),
      website: website !== null && website === websiteKey(other.contact.website),
      email: email !== null && email === emailKey(other.contact.email),
    };
    const reasons = duplicateReasons.filter((reason) => signals[reason]);
    if (reasons.length > 0) matches.push({ id: other.id, reasons, distanceMeters: distance, nameSimilarity: similarity });
  }
  return matches.sort(
    (a, b) =>
      b.reasons.length - a.reasons.length ||
      b.nameSimilarity - a.nameSimilarity ||
      (a.distanceMeters ?? Infinity) - (b.distanceMeters ?? Infinity) ||
      a.id.localeCompare(b.id),
  );
}
