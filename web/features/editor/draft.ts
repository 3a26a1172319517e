// The editor's form state ("draft") and its translation to and from the API's listing shape.
// Numbers are kept as the text the person typed (a comma as decimal separator is fine), so a
// half-typed value never jumps; they are parsed only when saving.
import type { Listing } from '../../api/client.ts';
import type { ListingPatch } from './api.ts';
import type { Weekday } from '../../../api/listings/schedule.ts';

export type { Weekday };
export const weekdayCodes: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export type WeekOfMonth = 1 | 2 | 3 | 4 | 5 | -1;
export const weeksOfMonthOptions: readonly WeekOfMonth[] = [1, 2, 3, 4, 5, -1];

// The option lists mirror api/listings/schemas.ts (imported as types only, so repeated here).
export const kinds = ['plek', 'activiteit', 'steun', 'steunpunt', 'vacature', 'regeling'] as const;
export const indicaties = ['geen', 'welkom', 'nodig'] as const;
export const toegangen = ['iedereen', 'speciaal_voor'] as const;
export const kostenTypes = ['gratis', 'vrijwillige_bijdrage', 'bedrag', 'onbekend'] as const;
export const gedragenDoorOpties = ['bewoners', 'vrijwilligers', 'mix', 'beroepskrachten'] as const;
export const accessibilityFeatures = ['rolstoeltoegankelijk', 'toegankelijk_toilet', 'ringleiding', 'prikkelarm', 'ov_dichtbij', 'parkeren', 'lift'] as const;
export const beheervormen = ['gemeente', 'welzijnsorganisatie', 'zelfbeheer', 'vereniging', 'anders'] as const;
export const inzetTypes = ['eenmalig', 'incidenteel', 'structureel'] as const;
export const frequenties = ['eenmalig', 'per_week', 'per_twee_weken', 'per_maand', 'in_overleg'] as const;
export const momenten = ['overdag', 'avond', 'weekend'] as const;
export const taakOmvang = ['klein', 'middel', 'groot'] as const;
export const vergoedingen = ['geen', 'onkosten', 'vrijwilligersvergoeding'] as const;
/** Languages offered as checkboxes; others can be typed as codes. */
export const commonLanguages = ['nl', 'en', 'tr', 'ar', 'pl', 'uk', 'es', 'fr', 'de', 'pap'] as const;

type Kind = (typeof kinds)[number];
type Vacature = NonNullable<Listing['vacature']>;

let nextKey = 0;
/** A stable React key for an item the person adds or removes (rules, closures, locations). */
export const newKey = () => `k${++nextKey}`;

export type LocationDraft = {
  key: string;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
  lat: string;
  lon: string;
  online: boolean;
};

export type RuleDraft = {
  key: string;
  days: Weekday[];
  opens: string;
  closes: string;
  /** Empty: every week. */
  weeksOfMonth: WeekOfMonth[];
  validFrom: string;
  validUntil: string;
};

export type ClosureDraft = { key: string; from: string; until: string; reason: string };

export type VacatureDraft = {
  inzetType: '' | Vacature['inzetType'];
  hoursPerTime: string;
  frequency: '' | NonNullable<Vacature['frequency']>;
  flexible: boolean;
  moments: Vacature['moments'];
  taskSize: '' | NonNullable<Vacature['taskSize']>;
  training: boolean;
  begeleiding: boolean;
  vergoeding: Vacature['vergoeding'];
  vogRequired: boolean;
  vogReason: string;
  suitedNextToWork: boolean;
  suitedNextToMantelzorg: boolean;
  inclusiveStatement: string;
};

export type Draft = {
  kind: Kind;
  title: string;
  summary: string;
  description: string;
  /** '' = no organisation. */
  organisationId: string;
  deelambities: string[];
  sferen: string[];
  themes: string[];
  vraaggebieden: string[];
  locations: LocationDraft[];
  schedule: { rules: RuleDraft[]; closures: ClosureDraft[]; closedOnHolidays: boolean; byAppointment: boolean; note: string };
  contact: { phone: string; email: string; website: string; role: string };
  kosten: { type: Listing['kosten']['type']; bedrag: string; per: string; tegemoetkomingMogelijk: boolean };
  indicatie: Listing['indicatie'];
  toegang: Listing['toegang'];
  speciaalVoor: string;
  gedragenDoor: '' | NonNullable<Listing['gedragenDoor']>;
  jeKuntOokBijdragen: boolean;
  /** Comma-separated, as typed. */
  audience: string;
  ageMin: string;
  ageMax: string;
  languages: string[];
  /** Codes not in `commonLanguages`, comma-separated as typed. */
  otherLanguages: string;
  accessibility: Listing['accessibility'];
  beheervorm: '' | NonNullable<Listing['beheervorm']>;
  inloopZonderAfspraak: boolean;
  howToApply: string;
  conditions: string;
  /** Kept while the kind changes back and forth; sent only for a vacature. */
  vacature: VacatureDraft;
};

const numberText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export const emptyLocation = (): LocationDraft => ({
  key: newKey(),
  name: '',
  street: '',
  houseNumber: '',
  postcode: '',
  place: '',
  lat: '',
  lon: '',
  online: false,
});

export const emptyRule = (): RuleDraft => ({ key: newKey(), days: [], opens: '', closes: '', weeksOfMonth: [], validFrom: '', validUntil: '' });
export const emptyClosure = (): ClosureDraft => ({ key: newKey(), from: '', until: '', reason: '' });

const emptyVacature = (): VacatureDraft => ({
  inzetType: '',
  hoursPerTime: '',
  frequency: '',
  flexible: false,
  moments: [],
  taskSize: '',
  training: false,
  begeleiding: false,
  vergoeding: 'geen',
  vogRequired: false,
  vogReason: '',
  suitedNextToWork: false,
  suitedNextToMantelzorg: false,
  inclusiveStatement: '',
});

export function emptyDraft(organisationId: string): Draft {
  return {
    kind: 'activiteit',
    title: '',
    summary: '',
    description: '',
    organisationId,
    deelambities: [],
    sferen: [],
    themes: [],
    vraaggebieden: [],
    locations: [emptyLocation()],
    schedule: { rules: [], closures: [], closedOnHolidays: true, byAppointment: false, note: '' },
    contact: { phone: '', email: '', website: '', role: '' },
    kosten: { type: 'onbekend', bedrag: '', per: '', tegemoetkomingMogelijk: false },
    indicatie: 'geen',
    toegang: 'iedereen',
    speciaalVoor: '',
    gedragenDoor: '',
    jeKuntOokBijdragen: false,
    audience: '',
    ageMin: '',
    ageMax: '',
    languages: [],
    otherLanguages: '',
    accessibility: [],
    beheervorm: '',
    inloopZonderAfspraak: false,
    howToApply: '',
    conditions: '',
    vacature: emptyVacature(),
  };
}

const isCommonLanguage = (code: string) => (commonLanguages as readonly string[]).includes(code);

const escapes: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Descriptions are stored as sanitised HTML (api/shared/richtext.ts). One without tags is plain
 * text with & < > escaped: edit it as it was typed. One with tags is edited as it is.
 */
export function editableDescription(stored: string): string {
  if (/<[a-z]/i.test(stored)) return stored;
  return stored.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => escapes[entity] ?? entity);
}

export function draftOf(l: Listing): Draft {
  const v = l.vacature;
  return {
    kind: l.kind,
    title: l.title,
    summary: l.summary,
    description: editableDescription(l.description),
    organisationId: l.organisationId ?? '',
    deelambities: l.deelambities,
    sferen: l.sferen,
    themes: l.themes,
    vraaggebieden: l.vraaggebieden,
    locations: l.locations.map((loc) => ({
      key: newKey(),
      name: loc.name ?? '',
      street: loc.street ?? '',
      houseNumber: loc.houseNumber ?? '',
      postcode: loc.postcode ?? '',
      place: loc.place ?? '',
      lat: numberText(loc.lat),
      lon: numberText(loc.lon),
      online: loc.online,
    })),
    schedule: {
      rules: l.schedule.rules.map((r) => ({
        key: newKey(),
        days: r.days,
        opens: r.opens,
        closes: r.closes,
        weeksOfMonth: r.weeksOfMonth ?? [],
        validFrom: r.validFrom ?? '',
        validUntil: r.validUntil ?? '',
      })),
      closures: l.schedule.closures.map((c) => ({ key: newKey(), from: c.from, until: c.until, reason: c.reason ?? '' })),
      closedOnHolidays: l.schedule.closedOnHolidays,
      byAppointment: l.schedule.byAppointment,
      note: l.schedule.note ?? '',
    },
    contact: { phone: l.contact.phone ?? '', email: l.contact.email ?? '', website: l.contact.website ?? '', role: l.contact.role ?? '' },
    kosten: {
      type: l.kosten.type,
      bedrag: numberText(l.kosten.bedrag),
      per: l.kosten.per ?? '',
      tegemoetkomingMogelijk: l.kosten.tegemoetkomingMogelijk,
    },
    indicatie: l.indicatie,
    toegang: l.toegang,
    speciaalVoor: l.speciaalVoor ?? '',
    gedragenDoor: l.gedragenDoor ?? '',
    jeKuntOokBijdragen: l.jeKuntOokBijdragen,
    audience: l.audience.join(', '),
    ageMin: numberText(l.ageMin),
    ageMax: numberText(l.ageMax),
    languages: l.languages.filter(isCommonLanguage),
    otherLanguages: l.languages.filter((c) => !isCommonLanguage(c)).join(', '),
    accessibility: l.accessibility,
    beheervorm: l.beheervorm ?? '',
    inloopZonderAfspraak: l.inloopZonderAfspraak,
    howToApply: l.howToApply ?? '',
    conditions: l.conditions ?? '',
    vacature: v
      ? {
          inzetType: v.inzetType,
          hoursPerTime: numberText(v.hoursPerTime),
          frequency: v.frequency ?? '',
          flexible: v.flexible,
          moments: v.moments,
          taskSize: v.taskSize ?? '',
          training: v.training,
          begeleiding: v.begeleiding,
          vergoeding: v.vergoeding,
          vogRequired: v.vogRequired,
          vogReason: v.vogReason ?? '',
          suitedNextToWork: v.suitedNextToWork,
          suitedNextToMantelzorg: v.suitedNextToMantelzorg,
          inclusiveStatement: v.inclusiveStatement ?? '',
        }
      : emptyVacature(),
  };
}

/**
 * A time as people type it ("9.30", "930", "9", "09:30") in the API's form ("09:30"). Anything
 * else is left as typed, so the server's message says what is wrong with it.
 */
export function normaliseTime(text: string): string {
  const s = text.trim();
  const m = /^(\d{1,2})(?:\s*[.,:hu]\s*)?(\d{2})?$/i.exec(s);
  if (!m) return s;
  const hours = Number(m[1]);
  const minutes = m[2] ?? '00';
  if (hours > 24 || Number(minutes) > 59) return s;
  return `${String(hours).padStart(2, '0')}:${minutes}`;
}

/** Field path → message (the server's paths: "locations.0.lat", "schedule.rules.1.closes"). */
export type FieldErrors = Record<string, string>;

/** The numbers a person could mistype; the messages come from the catalog. */
export type NumberProblem = 'number' | 'wholeNumber';

const isEmptyLocation = (l: LocationDraft) => !l.online && [l.name, l.street, l.houseNumber, l.postcode, l.place, l.lat, l.lon].every((v) => v.trim() === '');

/** The form's addresses that are sent: one left empty (the form starts with one) is not an address. */
export const sentLocationIndexes = (d: Draft) => d.locations.flatMap((l, i) => (isEmptyLocation(l) ? [] : [i]));

/** Only the keys with a value: an empty optional text is left out, so it is not stored as "". */
function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined)) as Partial<T>;
}

const splitList = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The listing fields the editor owns, as the API takes them (POST body, or the whole PATCH: a
 * top-level field replaces the stored one, so every edited field is sent complete). Numbers that
 * cannot be read come back as problems per field path instead.
 */
export function bodyOf(d: Draft): { body: ListingPatch; problems: Record<string, NumberProblem> } {
  const problems: Record<string, NumberProblem> = {};
  const num = (path: string, text: string, whole = false): number | undefined => {
    const s = text.trim().replace(',', '.');
    if (s === '') return undefined;
    const n = Number(s);
    if (!Number.isFinite(n) || (whole && !Number.isInteger(n))) {
      problems[path] = whole ? 'wholeNumber' : 'number';
      return undefined;
    }
    return n;
  };

  // `i` is the form's index: problems are named after the field the person sees.
  const locations = sentLocationIndexes(d).map((i) => {
    const l = d.locations[i]!;
    return compact({
      name: l.name.trim(),
      ...(l.online
        ? {}
        : {
            street: l.street.trim(),
            houseNumber: l.houseNumber.trim(),
            postcode: l.postcode.trim(),
            place: l.place.trim(),
            lat: num(`locations.${i}.lat`, l.lat),
            lon: num(`locations.${i}.lon`, l.lon),
          }),
      online: l.online,
    });
  }) as ListingPatch['locations'];

  const v = d.vacature;
  const vacature =
    d.kind === 'vacature'
      ? (compact({
          inzetType: v.inzetType,
          hoursPerTime: num('vacature.hoursPerTime', v.hoursPerTime),
          frequency: v.frequency,
          flexible: v.flexible,
          moments: v.moments,
          taskSize: v.taskSize,
          training: v.training,
          begeleiding: v.begeleiding,
          vergoeding: v.vergoeding,
          vogRequired: v.vogRequired,
          vogReason: v.vogRequired ? v.vogReason.trim() : '',
          suitedNextToWork: v.suitedNextToWork,
          suitedNextToMantelzorg: v.suitedNextToMantelzorg,
          inclusiveStatement: v.inclusiveStatement.trim(),
        }) as NonNullable<ListingPatch['vacature']>)
      : null;

  const supportKind = d.kind === 'steun' || d.kind === 'steunpunt';
  const body: ListingPatch = {
    kind: d.kind,
    title: d.title.trim(),
    summary: d.summary.trim(),
    description: d.description.trim(),
    organisationId: d.organisationId || null,
    deelambities: d.deelambities,
    sferen: d.sferen,
    themes: d.themes,
    // Vraaggebieden belong to steun and steunpunten only (the server refuses them elsewhere).
    vraaggebieden: supportKind ? d.vraaggebieden : [],
    locations,
    schedule: {
      rules: d.schedule.rules.map((r) => ({
        days: weekdayCodes.filter((day) => r.days.includes(day)),
        opens: normaliseTime(r.opens),
        closes: normaliseTime(r.closes),
        ...(r.weeksOfMonth.length > 0 ? { weeksOfMonth: weeksOfMonthOptions.filter((w) => r.weeksOfMonth.includes(w)) } : {}),
        ...(r.validFrom ? { validFrom: r.validFrom } : {}),
        ...(r.validUntil ? { validUntil: r.validUntil } : {}),
      })),
      closures: d.schedule.closures.map((c) => compact({ from: c.from, until: c.until, reason: c.reason.trim() })) as NonNullable<
        ListingPatch['schedule']
      >['closures'],
      closedOnHolidays: d.schedule.closedOnHolidays,
      byAppointment: d.schedule.byAppointment,
      ...(d.schedule.note.trim() ? { note: d.schedule.note.trim() } : {}),
    },
    contact: compact({
      phone: d.contact.phone.trim(),
      email: d.contact.email.trim(),
      website: d.contact.website.trim(),
      role: d.contact.role.trim(),
    }),
    kosten: {
      type: d.kosten.type,
      ...(d.kosten.type === 'bedrag' || d.kosten.type === 'vrijwillige_bijdrage' ? compact({ bedrag: num('kosten.bedrag', d.kosten.bedrag), per: d.kosten.per.trim() }) : {}),
      tegemoetkomingMogelijk: d.kosten.tegemoetkomingMogelijk,
    },
    indicatie: d.indicatie,
    toegang: d.toegang,
    // Optional top-level texts are sent as "" when emptied: leaving them out would keep the old text.
    speciaalVoor: d.toegang === 'speciaal_voor' ? d.speciaalVoor.trim() : '',
    gedragenDoor: d.gedragenDoor || null,
    jeKuntOokBijdragen: d.jeKuntOokBijdragen,
    audience: splitList(d.audience),
    ageMin: num('ageMin', d.ageMin, true) ?? null,
    ageMax: num('ageMax', d.ageMax, true) ?? null,
    languages: [...d.languages, ...splitList(d.otherLanguages).map((c) => c.toLowerCase())].filter((c, i, all) => all.indexOf(c) === i),
    accessibility: d.accessibility,
    beheervorm: d.kind === 'plek' && d.beheervorm ? d.beheervorm : null,
    inloopZonderAfspraak: d.inloopZonderAfspraak,
    howToApply: d.howToApply.trim(),
    conditions: d.conditions.trim(),
    vacature,
  };
  return { body, problems };
}

/**
 * Only the top-level fields that differ from what was loaded: a PATCH (or a proposal a steward
 * reads field by field) then says exactly what the person changed.
 */
export function changedFields(body: ListingPatch, before: ListingPatch): ListingPatch {
  return Object.fromEntries(
    Object.entries(body).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof ListingPatch])),
  ) as ListingPatch;
}

/** Did the person change anything since it was loaded (or started)? */
export const sameDraft = (a: Draft, b: Draft) => JSON.stringify(bodyOf(a).body) === JSON.stringify(bodyOf(b).body);

/** The draft as a listing, for the preview of what residents will see. */
export function previewListing(d: Draft, saved: Listing | null, organisationName: string | null): Listing {
  const { body } = bodyOf(d);
  const now = new Date().toISOString();
  const blank = { verifiedAt: null, expiresAt: null, stale: false };
  const base: Listing = saved ?? {
    ...(body as Listing),
    id: '00000000-0000-4000-8000-000000000000',
    status: 'concept',
    verifiedAt: null,
    isExample: false,
    sources: [],
    attribution: null,
    dataIssues: [],
    bouwstenen: [],
    organisation: null,
    fieldVerifiedAt: {},
    freshness: { state: 'onbekend', verifiedAt: null, ageDays: null, staleSince: null, fields: { hours: blank, contact: blank, listing: blank } },
    mergedInto: null,
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
  return {
    ...base,
    ...(body as Partial<Listing>),
    locations: body.locations ?? [],
    organisation: organisationName && body.organisationId ? { id: body.organisationId, name: organisationName } : null,
  };
}
