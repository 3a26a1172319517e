// Drizzle tables. Migrations in db/migrations are generated from this file by drizzle-kit
// (`npm run db:generate`) and applied automatically at start.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { MultiPolygon, Polygon } from 'geojson';
import { areaLevels } from '../api/geo/areas.ts';
import type { Location, Contact, Vacature } from '../api/listings/schemas.ts';
import type { Schedule } from '../api/listings/schedule.ts';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** The gemeente this database serves (one row): name, CBS code, map centre and bounds. */
export const gemeente = sqliteTable('gemeente', {
  code: text('code').primaryKey(), // CBS code, e.g. GM0363
  name: text('name').notNull(),
  centerLat: real('center_lat').notNull(),
  centerLon: real('center_lon').notNull(),
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: text('bbox', { mode: 'json' }).$type<[number, number, number, number]>().notNull(),
  createdAt: text('created_at').notNull().default(now),
});

/** Area hierarchy (gemeente → stadsdeel/wijk → buurt, or kern) with CBS codes and geometry. */
export const areas = sqliteTable(
  'areas',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: areaLevels }).notNull(),
    parentCode: text('parent_code'),
    /** GeoJSON Polygon or MultiPolygon geometry (WGS84). */
    geometry: text('geometry', { mode: 'json' }).$type<Polygon | MultiPolygon>().notNull(),
    bbox: text('bbox', { mode: 'json' }).$type<[number, number, number, number]>().notNull(),
  },
  (t) => [index('areas_parent').on(t.parentCode)],
);

/** Taxonomy terms per vocabulary (sfeer, deelambitie, bouwsteen, vraaggebied, theme). */
export const taxonomyTerms = sqliteTable(
  'taxonomy_terms',
  {
    vocabulary: text('vocabulary').notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default([]),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.vocabulary, t.slug] })],
);

/** Groups of words residents use for the same thing (bieb ↔ bibliotheek). */
export const synonyms = sqliteTable('synonyms', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  terms: text('terms', { mode: 'json' }).$type<string[]>().notNull(),
});

export const organisations = sqliteTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    form: text('form').notNull(),
    website: text('website'),
    phone: text('phone'),
    email: text('email'),
    kvk: text('kvk'),
    description: text('description').notNull().default(''),
    status: text('status', { enum: ['ter_controle', 'actief', 'gearchiveerd'] }).notNull().default('actief'),
    /** Members of a trusted organisation publish directly; others go through a steward. */
    trusted: integer('trusted', { mode: 'boolean' }).notNull().default(false),
    isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('organisations_name').on(t.name)],
);

/**
 * The listing row is the source of truth: filterable scalars as columns, the nested rest as
 * JSON in `details`. `listing_facets` and `listing_points` are derived from it in the same
 * transaction, for filtering and geo queries.
 */
export const listings = sqliteTable(
  'listings',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    organisationId: text('organisation_id').references(() => organisations.id),
    locations: text('locations', { mode: 'json' }).$type<Location[]>().notNull(),
    schedule: text('schedule', { mode: 'json' }).$type<Schedule>().notNull(),
    contact: text('contact', { mode: 'json' }).$type<Contact>().notNull(),
    vacature: text('vacature', { mode: 'json' }).$type<Vacature | null>(),
    /** All remaining ListingInput fields (taxonomy, §4 fields, audience, sources …). */
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false),
    verifiedAt: text('verified_at'),
    /** When the volatile parts (opening hours, contact) were last confirmed, each with its own TTL. */
    fieldVerifiedAt: text('field_verified_at', { mode: 'json' }).$type<Partial<Record<'hours' | 'contact', string>>>().notNull().default({}),
    /** Set when a steward merged this duplicate into another listing (then archived). */
    mergedInto: text('merged_into'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('listings_kind_status').on(t.kind, t.status),
    index('listings_status_title').on(t.status, t.title),
    index('listings_organisation').on(t.organisationId),
  ],
);

/** Derived: one row per (listing, facet, value), e.g. (id, 'deelambitie', 'ontmoeting'). */
export const listingFacets = sqliteTable(
  'listing_facets',
  {
    listingId: text('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    facet: text('facet').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.facet, t.value, t.listingId] }), index('listing_facets_listing').on(t.listingId)],
);

/** Derived: the coordinates of each listing's locations, for distance and map queries. */
export const listingPoints = sqliteTable(
  'listing_points',
  {
    listingId: text('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    lat: real('lat').notNull(),
    lon: real('lon').notNull(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.position] }), index('listing_points_lat_lon').on(t.lat, t.lon)],
);

/**
 * Search outbox: written in the same transaction as every listing change, drained by the search
 * indexer. A change is only removed from here once the engine has confirmed it, so a search
 * engine that is down delays the index but never loses a change.
 */
export const searchOutbox = sqliteTable('search_outbox', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  listingId: text('listing_id').notNull(),
  createdAt: text('created_at').notNull().default(now),
});

/** Small key/value state of the search indexer (e.g. when open-hour slots were last refreshed). */
export const searchState = sqliteTable('search_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const reportStatuses = ['nieuw', 'in_behandeling', 'afgehandeld'] as const;

/**
 * "Klopt er iets niet?": a resident's note about a listing, for the people who maintain it. The
 * e-mail address is only there when the resident wants an answer.
 */
export const listingReports = sqliteTable(
  'listing_reports',
  {
    id: text('id').primaryKey(),
    listingId: text('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    email: text('email'),
    status: text('status', { enum: reportStatuses }).notNull().default('nieuw'),
    /** What the steward or owner did about it, shown in the queue's history. */
    resolution: text('resolution'),
    resolvedBy: text('resolved_by'),
    resolvedAt: text('resolved_at'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('listing_reports_status').on(t.status, t.createdAt), index('listing_reports_listing').on(t.listingId, t.createdAt)],
);

// ---- Accounts, moderation and history (issue: ownership) ----

export const userRoles = ['member', 'steward', 'professional', 'analyst', 'admin'] as const;
export const userStatuses = ['invited', 'active', 'disabled'] as const;
export type StewardScope = { areas: string[]; themes: string[] };

/**
 * People who sign in. `role` is what they are in the gemeente; what they may edit as an
 * organisation member comes from `memberships`. A steward's `scope` limits them to areas or
 * themes (empty = the whole gemeente).
 */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull().default(''),
  /** scrypt hash; null until an invited person chose a password. */
  passwordHash: text('password_hash'),
  role: text('role', { enum: userRoles }).notNull().default('member'),
  status: text('status', { enum: userStatuses }).notNull().default('invited'),
  scope: text('scope', { mode: 'json' }).$type<StewardScope>().notNull().default({ areas: [], themes: [] }),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
});

export const memberships = sqliteTable(
  'memberships',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index('memberships_organisation').on(t.organisationId)],
);

/** Server-side sessions. Only a hash of the cookie value is stored, so a leaked table is no login. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull().default(now),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** API tokens for integrations: hashed, scoped, revocable. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    scopes: text('scopes', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: text('created_at').notNull().default(now),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('api_tokens_user').on(t.userId)],
);

export const oneTimePurposes = ['invite', 'reset'] as const;

/** Password-reset and invitation links: single use, short-lived, stored as hashes. */
export const oneTimeTokens = sqliteTable(
  'one_time_tokens',
  {
    idHash: text('id_hash').primaryKey(),
    purpose: text('purpose', { enum: oneTimePurposes }).notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('one_time_tokens_user').on(t.userId, t.purpose)],
);

/** Failed sign-ins per account and per IP address, for throttling (kept for the window only). */
export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('login_failures_key').on(t.key, t.at)],
);

export const changeKinds = ['wijziging', 'aanmelding', 'claim'] as const;
export const changeStatuses = ['open', 'geaccepteerd', 'afgewezen'] as const;

/**
 * The moderation queue: a proposed edit of a published listing (field-level, applied on
 * acceptance), a public "Meld een initiatief" submission, or an organisation's claim.
 */
export const listingChanges = sqliteTable(
  'listing_changes',
  {
    id: text('id').primaryKey(),
    listingId: text('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: changeKinds }).notNull(),
    status: text('status', { enum: changeStatuses }).notNull().default('open'),
    /** For `wijziging`: the PATCH to apply; the listing version it was written against. */
    patch: text('patch', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    baseVersion: integer('base_version').notNull(),
    /** For `claim`: the organisation that says the listing is theirs. */
    organisationId: text('organisation_id').references(() => organisations.id),
    proposedBy: text('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    /** For `aanmelding`: who submitted it, so a steward can ask questions. */
    submitter: text('submitter', { mode: 'json' }).$type<{ name: string; email: string } | null>(),
    message: text('message').notNull().default(''),
    reason: text('reason'),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: text('decided_at'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('listing_changes_status').on(t.status, t.createdAt), index('listing_changes_listing').on(t.listingId)],
);

/** Every change to a listing or organisation: who, when, which fields, old → new. Never updated. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actorId: text('actor_id'),
    /** The actor's name at the time (the account may be gone later), or e.g. "via Klopt dit nog?". */
    actorLabel: text('actor_label').notNull(),
    entityType: text('entity_type', { enum: ['listing', 'organisation', 'user'] }).notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    changes: text('changes', { mode: 'json' }).$type<{ field: string; old: unknown; new: unknown }[]>().notNull().default([]),
    reason: text('reason'),
  },
  (t) => [index('audit_log_entity').on(t.entityType, t.entityId, t.id)],
);
