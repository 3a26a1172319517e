// The search contract: what every engine indexes (SearchDocument), what it is asked
// (EngineQuery) and what it answers (EngineResult). The embedded SQLite FTS5 engine and the
// Meilisearch engine implement the same interface and are tested with the same suite.

/** Facets the engines count; each is a multi-valued keyword field on the document. */
export const facetNames = [
  'kind',
  'deelambitie',
  'sfeer',
  'theme',
  'vraaggebied',
  'area',
  'accessibility',
  'language',
  'inzet',
  'kosten',
  'indicatie',
  'toegang',
] as const;
export type FacetName = (typeof facetNames)[number];

/**
 * One listing as the engines see it: already analysed text fields and keyword fields.
 * Built by the pure `toSearchDocument` (document.ts) from a listing and the gemeente's taxonomy.
 */
export type SearchDocument = {
  id: string;
  /** Text fields, most important first; the engines weigh them in this order. */
  title: string;
  /** Resident labels, policy names, descriptions and aliases of the listing's taxonomy terms and kind. */
  taxonomy: string;
  summary: string;
  /** Location names, streets, places and area names (stadsdeel, buurt). */
  places: string;
  description: string;
  /** Organisation name, contact role, audience, conditions: text that rarely decides relevance. */
  extra: string;
  /** Parts of long compound words found in the text ("voedselbank" → "voedsel bank"). */
  compounds: string;
  /** Dutch stems of the naming words ("bibliotheken" and "bibliotheek" → "bibliothek"). */
  stems: string;

  /** Keyword fields, for filters and facets (AND across fields, OR within one). */
  facets: Record<FacetName, string[]>;
  /** Free to take part (kosten gratis). */
  free: boolean;
  ageMin: number | null;
  ageMax: number | null;
  /** All coordinates of the listing's locations (a listing may be at several places). */
  points: { lat: number; lon: number }[];
  /**
   * Quarter-hours (minutes since epoch / 15) in which the listing is open, over the rolling
   * window the document was built for. Lets every engine filter on "open at T" exactly to the
   * quarter hour, including holidays, closures and nth-weekday rules (computed by hours.ts).
   */
  openSlots: number[];
  /** The rolling window openSlots covers; the indexer rebuilds documents before it runs out. */
  openSlotsUntil: string | null;
  /** Freshness and example flags, for ranking and display; not filters residents choose. */
  isExample: boolean;
  updatedAt: string;
  /**
   * When the first part of the listing's information (hours, contact, the whole) expires; null
   * when never checked. Expired listings rank lower (freshness.ts `staleRankFactor`).
   */
  staleAfter: string | null;
};

export type GeoFilter = { lat: number; lon: number; radiusMeters: number };
/** [minLon, minLat, maxLon, maxLat], the map viewport. */
export type BBox = [number, number, number, number];

export type EngineQuery = {
  /** What the resident typed, unparsed; each engine analyses it with analyze.ts. */
  text: string;
  filters: {
    facets: Partial<Record<FacetName, string[]>>;
    free?: boolean;
    /** true: only example content; false: only real listings. */
    example?: boolean;
    /** The listing's age range must include this age (open-ended ranges included). */
    age?: number;
    /** Open at this quarter-hour slot (see SearchDocument.openSlots). */
    openSlot?: number;
    near?: GeoFilter;
    bbox?: BBox;
  };
  /** Distance is measured from here (for sort=distance, ranking and distanceMeters). */
  origin?: { lat: number; lon: number };
  sort: 'relevance' | 'distance';
  offset: number;
  limit: number;
  /** Only `total` is needed (looser searches, suggestions): engines may skip hits and facets. */
  countOnly?: boolean;
};

export type EngineHit = {
  id: string;
  /** Engine-specific relevance score, higher is better; only comparable within one answer. */
  score: number;
  /** Distance from the origin to the listing's nearest location, when there is an origin. */
  distanceMeters?: number;
};

export type EngineResult = {
  total: number;
  hits: EngineHit[];
  /** Counts per facet value over the whole filtered result (not just this page). */
  facets: Record<FacetName, Record<string, number>>;
};

/**
 * Writes (upsert, remove, clear) take effect in the order they were called, also when a caller
 * makes the next one before the last was confirmed (the indexer does: see indexer.ts).
 */
export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  /** Create or update the index structures and settings (idempotent). */
  setup(settings: EngineSettings): Promise<void>;
  /** Add or replace documents (by id). */
  upsert(docs: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Drop every document (before a full reindex). */
  clear(): Promise<void>;
  search(query: EngineQuery): Promise<EngineResult>;
  /** How many documents the index holds (0 for a new or wiped index). */
  documentCount(): Promise<number>;
  /** Whether the engine can take writes now (Meilisearch may be down; the outbox then waits). */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

/** Per-gemeente settings every engine is configured from. */
export type EngineSettings = {
  /** Groups of words meaning the same thing, already normalised (analyze.normalise). */
  synonyms: string[][];
  stopWords: string[];
};
