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
    status: text('status', { enum: ['actief', 'gearchiveerd'] }).notNull().default('actief'),
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
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('listing_reports_listing').on(t.listingId, t.createdAt)],
);
