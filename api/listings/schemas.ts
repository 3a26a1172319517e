// Listing shapes: the single source of truth for validation, types, OpenAPI and the web client.
// Field meanings follow ../shared/domain.md §4–§6 (kept as Dutch domain words).
import { z } from 'zod';
import { csvParam, email, pageParams, patchSchema, phone, text, webUrl } from '../shared/fields.ts';
import { listingActions } from '../policies/listing.ts';
import { FieldChangeSchema } from './diff.ts';
import { duplicateReasons } from './duplicates.ts';
import { FreshnessSchema, freshnessFields } from './freshness.ts';
import { Schedule, emptySchedule } from './schedule.ts';

export const listingKinds = ['plek', 'activiteit', 'steun', 'steunpunt', 'vacature', 'regeling'] as const;
export type ListingKind = (typeof listingKinds)[number];
/** The lifecycle: concept → ter_controle → gepubliceerd → gearchiveerd (transitions in lifecycle.ts). */
export const listingStatuses = ['concept', 'ter_controle', 'gepubliceerd', 'gearchiveerd'] as const;
export type ListingStatus = (typeof listingStatuses)[number];

export const indicaties = ['geen', 'welkom', 'nodig'] as const; // A: geen · verwijzing welkom maar niet nodig · nodig
export const toegangen = ['iedereen', 'speciaal_voor'] as const; // B
/** C. `onbekend` for imported places whose cost nobody has stated: never shown as free. */
export const kostenTypes = ['gratis', 'vrijwillige_bijdrage', 'bedrag', 'onbekend'] as const;
export const gedragenDoorOpties = ['bewoners', 'vrijwilligers', 'mix', 'beroepskrachten'] as const; // D
export const accessibilityFeatures = [
  'rolstoeltoegankelijk',
  'toegankelijk_toilet',
  'ringleiding',
  'prikkelarm',
  'ov_dichtbij',
  'parkeren',
  'lift',
] as const;
export const beheervormen = ['gemeente', 'welzijnsorganisatie', 'zelfbeheer', 'vereniging', 'anders'] as const;
export const inzetTypes = ['eenmalig', 'incidenteel', 'structureel'] as const;
export const frequenties = ['eenmalig', 'per_week', 'per_twee_weken', 'per_maand', 'in_overleg'] as const;
export const momenten = ['overdag', 'avond', 'weekend'] as const;
export const taakOmvang = ['klein', 'middel', 'groot'] as const;
export const vergoedingen = ['geen', 'onkosten', 'vrijwilligersvergoeding'] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Gebruik een code van kleine letters en streepjes.');
const slugs = z.array(slug).max(20).default([]);

export const Location = z
  .strictObject({
    name: text(120).optional(),
    street: text(120).optional(),
    houseNumber: text(20).optional(),
    postcode: text(10).optional(),
    place: text(80).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    /** Online meeting place or service ("online plek"); then no address is needed. */
    online: z.boolean().default(false),
    /** CBS area codes (gemeente, wijk/stadsdeel, buurt), filled in by the server from the coordinates. */
    areaCodes: z.array(z.string()).default([]),
  })
  .refine((l) => (l.lat === undefined) === (l.lon === undefined), {
    message: 'Geef zowel breedtegraad als lengtegraad, of geen van beide.',
    path: ['lon'],
  });
export type Location = z.infer<typeof Location>;

/** Contact is an organisation route, never a private person (domain §5). Phone first. */
export const Contact = z.strictObject({
  phone: phone.optional(),
  email: email.optional(),
  website: webUrl.optional(),
  /** A role such as "sociaal makelaar" or "coördinator vrijwilligers", never a name. */
  role: text(80).optional(),
});
export type Contact = z.infer<typeof Contact>;

export const Kosten = z
  .strictObject({
    type: z.enum(kostenTypes).default('onbekend'),
    /** Amount in euros when type is `bedrag`. */
    bedrag: z.number().min(0).max(10000).optional(),
    per: text(40).optional(),
    tegemoetkomingMogelijk: z.boolean().default(false),
  })
  .refine((k) => k.type !== 'bedrag' || k.bedrag !== undefined, {
    message: 'Vul het bedrag in.',
    path: ['bedrag'],
  });

export const Vacature = z
  .strictObject({
    inzetType: z.enum(inzetTypes),
    hoursPerTime: z.number().min(0.25).max(24).optional(),
    frequency: z.enum(frequenties).optional(),
    flexible: z.boolean().default(false),
    moments: z.array(z.enum(momenten)).max(3).default([]),
    taskSize: z.enum(taakOmvang).optional(),
    training: z.boolean().default(false),
    begeleiding: z.boolean().default(false),
    vergoeding: z.enum(vergoedingen).default('geen'),
    vogRequired: z.boolean().default(false),
    /** Required with a VOG: the VOG excludes people, so its reason must be stated (000:2665). */
    vogReason: text(300).optional(),
    suitedNextToWork: z.boolean().default(false),
    suitedNextToMantelzorg: z.boolean().default(false),
    inclusiveStatement: text(300).optional(),
  })
  .refine((v) => !v.vogRequired || (v.vogReason?.length ?? 0) > 0, {
    message: 'Leg uit waarom een VOG nodig is.',
    path: ['vogReason'],
  });
export type Vacature = z.infer<typeof Vacature>;

export const SourceRef = z.strictObject({
  system: text(60).min(1),
  id: text(120).min(1),
});

/** Everything a client may write. Server-owned fields (id, version, timestamps) are not here. */
const listingFields = {
  kind: z.enum(listingKinds),
  title: text(140).min(2, 'Geef een titel van minimaal 2 tekens.'),
  summary: text(300).default(''),
  description: text(10000).default(''),
  organisationId: z.uuid({ message: 'Onbekende organisatie.' }).nullable().default(null),
  locations: z.array(Location).max(50).default([]),
  schedule: Schedule.default(emptySchedule),
  contact: Contact.default({}),
  deelambities: slugs,
  sferen: slugs,
  bouwstenen: slugs,
  themes: slugs,
  vraaggebieden: slugs,
  indicatie: z.enum(indicaties).default('geen'),
  toegang: z.enum(toegangen).default('iedereen'),
  speciaalVoor: text(200).optional(),
  kosten: Kosten.default({ type: 'onbekend', tegemoetkomingMogelijk: false }),
  gedragenDoor: z.enum(gedragenDoorOpties).nullable().default(null),
  jeKuntOokBijdragen: z.boolean().default(false),
  audience: z.array(text(60).min(1)).max(20).default([]),
  ageMin: z.int().min(0).max(120).nullable().default(null),
  ageMax: z.int().min(0).max(120).nullable().default(null),
  /** ISO 639-1 codes (nl, en, tr, ar), or ISO 639-3 where there is none (pap). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'Gebruik een taalcode als nl, en of pap.')).max(30).default([]),
  accessibility: z.array(z.enum(accessibilityFeatures)).max(accessibilityFeatures.length).default([]),
  /** For plekken: who runs the place, and whether you can walk in. */
  beheervorm: z.enum(beheervormen).nullable().default(null),
  inloopZonderAfspraak: z.boolean().default(false),
  /** For steun, steunpunt and regeling: how to ask or apply, and what it takes. */
  howToApply: text(2000).optional(),
  conditions: text(2000).optional(),
  vacature: Vacature.nullable().default(null),
  status: z.enum(listingStatuses).default('concept'),
  verifiedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  isExample: z.boolean().default(false),
  sources: z.array(SourceRef).max(100).default([]),
  attribution: text(200).nullable().default(null),
  /** Problems found on import (e.g. `encoding_?`), shown to maintainers; never auto-corrected. */
  dataIssues: z.array(text(60)).max(20).default([]),
};

type Draft = {
  kind: string;
  ageMin: number | null;
  ageMax: number | null;
  toegang: string;
  speciaalVoor?: string | undefined;
  vacature: unknown;
  vraaggebieden: string[];
};

/** Rules that need several fields at once; applied to creates and to patched results alike. */
function checkListingRules(l: Draft, ctx: z.RefinementCtx) {
  if (l.kind === 'vacature' && !l.vacature)
    ctx.addIssue({ code: 'custom', path: ['vacature'], message: 'Een vacature heeft vacaturegegevens nodig.' });
  if (l.kind !== 'vacature' && l.vacature)
    ctx.addIssue({ code: 'custom', path: ['vacature'], message: 'Alleen een vacature heeft vacaturegegevens.' });
  if (l.ageMin !== null && l.ageMax !== null && l.ageMin > l.ageMax)
    ctx.addIssue({ code: 'custom', path: ['ageMax'], message: 'De maximumleeftijd moet boven de minimumleeftijd liggen.' });
  if (l.toegang === 'speciaal_voor' && !l.speciaalVoor)
    ctx.addIssue({ code: 'custom', path: ['speciaalVoor'], message: 'Zeg voor wie het speciaal is.' });
  if (l.vraaggebieden.length > 0 && l.kind !== 'steun' && l.kind !== 'steunpunt')
    ctx.addIssue({
      code: 'custom',
      path: ['vraaggebieden'],
      message: 'Vraaggebieden horen alleen bij steun en steunpunten.',
    });
}

export const ListingInput = z.strictObject(listingFields).superRefine(checkListingRules);
export type ListingInput = z.infer<typeof ListingInput>;

/**
 * PATCH body: any subset of the writable fields, without defaults (an absent field stays as it
 * is); the merged result is validated as a whole by `ListingInput`.
 */
const { status: _status, ...editableFields } = listingFields;
/** The status only changes through a transition (POST /api/listings/:id/transitions), never by PATCH. */
export const ListingPatch = patchSchema(editableFields);
export type ListingPatch = z.infer<typeof ListingPatch>;

const FieldVerifiedAtSchema = z.partialRecord(z.enum(freshnessFields), z.string());

export const OrganisationRef = z.object({ id: z.uuid(), name: z.string() });

export const Listing = z.object({
  ...listingFields,
  id: z.uuid(),
  organisation: OrganisationRef.nullable(),
  fieldVerifiedAt: FieldVerifiedAtSchema,
  freshness: FreshnessSchema,
  /** Set when this listing was a duplicate merged into another one. */
  mergedInto: z.uuid().nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Only for a signed-in person: what they may do with it (the editor shows just those buttons). */
  allowedActions: z.array(z.enum(listingActions)).optional(),
});
export type Listing = z.infer<typeof Listing>;

/** Filters listing lists and search share: a list of values per parameter, OR within, AND across. */
export const listingFilterParams = {
  kind: csvParam.pipe(z.array(z.enum(listingKinds))).optional(),
  deelambitie: csvParam.optional(),
  sfeer: csvParam.optional(),
  theme: csvParam.optional(),
  vraaggebied: csvParam.optional(),
  area: csvParam.optional(),
};

export const ListingQuery = z.strictObject({
  ...listingFilterParams,
  organisation: z.uuid().optional(),
  status: csvParam.pipe(z.array(z.enum(listingStatuses))).optional(),
  example: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  ...pageParams,
});
export type ListingQuery = z.infer<typeof ListingQuery>;

export const ListingPage = z.object({ total: z.int(), page: z.int(), limit: z.int(), items: z.array(Listing) });

/** Opening hours as the API tells them: times are ISO instants; the web formats them in Dutch. */
const When = z.object({ start: z.string(), end: z.string() });
export const OpeningStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open'), closesAt: z.string() }),
  z.object({ state: z.literal('closed'), nextOpening: When.nullable(), reason: z.enum(['holiday', 'closure']).optional() }),
  z.object({ state: z.literal('by_appointment') }),
  z.object({ state: z.literal('unknown') }),
]);
export type OpeningStateJson = z.infer<typeof OpeningStateSchema>;

export const HoursAnswer = z.object({
  openingState: OpeningStateSchema,
  /** The next openings in the coming 60 days (at most 6), holidays and closures left out. */
  upcoming: z.array(When),
});

export const TransitionInput = z.strictObject({
  to: z.enum(listingStatuses),
  /** Required when sending back what was ter controle; kept in the history. */
  reason: text(1000).optional(),
});

export const VerifyInput = z.strictObject({
  /** Which parts were checked; all when left out. */
  fields: z.array(z.enum(freshnessFields)).min(1).optional(),
});

/** Before saving a new listing: what already exists that looks the same. */
export const DuplicateCheckInput = z.object({
  id: z.uuid().optional(),
  title: z.string().max(140),
  locations: z.array(z.object({ lat: z.number().optional(), lon: z.number().optional() }).passthrough()).max(50).default([]),
  contact: z.object({ phone: z.string().optional(), website: z.string().optional(), email: z.string().optional() }).passthrough().default({}),
});

export type DuplicateCheckInput = z.infer<typeof DuplicateCheckInput>;

export const DuplicateAnswer = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      status: z.enum(listingStatuses),
      organisation: OrganisationRef.nullable(),
      reasons: z.array(z.enum(duplicateReasons)),
      distanceMeters: z.number().nullable(),
      nameSimilarity: z.number(),
    }),
  ),
});

export const AuditEntry = z
  .object({
    id: z.int(),
    at: z.string(),
    actor: z.object({ id: z.string().nullable(), name: z.string() }),
    action: z.string(),
    changes: z.array(FieldChangeSchema),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export const AuditAnswer = z.object({ items: z.array(AuditEntry) });

/** The signed "Klopt dit nog?" link for owners (no login needed to confirm). */
export const FreshnessLink = z.object({ url: z.string(), expiresAt: z.string() });
export const FreshnessConfirmInput = z.strictObject({ token: z.string().min(10).max(500) });
