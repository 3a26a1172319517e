// Who may do what with a listing. Members act for their own organisations; trusted organisations
// publish directly, others through a steward; stewards act within their areas or themes.
import type { ListingStatus } from '../listings/schemas.ts';
import type { Actor, UserActor } from './actor.ts';
import { always, can, definePolicy } from './policy.ts';

/** What the rules need to know about a listing. */
export type ListingResource = {
  status: ListingStatus;
  organisationId: string | null;
  /** CBS area codes of its locations. */
  areaCodes: readonly string[];
  /** Its deelambities and themes. */
  themes: readonly string[];
};

/** The policy's view of a stored listing (or of a listing about to be written). */
export function listingResource(l: {
  status: ListingStatus;
  organisationId: string | null;
  locations: readonly { areaCodes: readonly string[] }[];
  deelambities: readonly string[];
  themes: readonly string[];
}): ListingResource {
  return {
    status: l.status,
    organisationId: l.organisationId,
    areaCodes: l.locations.flatMap((loc) => loc.areaCodes),
    themes: [...l.deelambities, ...l.themes],
  };
}

const published = (l: ListingResource) => l.status === 'gepubliceerd';
const owns = (a: UserActor, l: ListingResource) => l.organisationId !== null && a.organisationIds.has(l.organisationId);
const ownsTrusted = (a: UserActor, l: ListingResource) => l.organisationId !== null && a.trustedOrganisationIds.has(l.organisationId);
/** A steward without areas or themes looks after the whole gemeente. */
export const inScope = (a: UserActor, l: ListingResource) =>
  (a.scope.areas.length === 0 && a.scope.themes.length === 0) ||
  l.areaCodes.some((c) => a.scope.areas.includes(c)) ||
  l.themes.some((t) => a.scope.themes.includes(t));
const readable = (a: UserActor, l: ListingResource) => published(l) || owns(a, l);

export const listingPolicy = definePolicy<ListingResource, ListingAction>('listing', {
  read: {
    scope: 'listings:read',
    anonymous: published,
    member: readable,
    professional: readable,
    analyst: readable,
    steward: (a, l) => published(l) || inScope(a, l),
    admin: always,
  },
  /** Create a listing for this organisation (or without one). */
  create: { scope: 'listings:write', member: owns, steward: inScope, admin: always },
  /** Change fields directly. An untrusted member's edit of a published listing is a proposal instead. */
  update: {
    scope: 'listings:write',
    member: (a, l) => owns(a, l) && (ownsTrusted(a, l) || !published(l)),
    steward: inScope,
    admin: always,
  },
  propose: { scope: 'listings:write', member: (a, l) => owns(a, l) && !ownsTrusted(a, l) && published(l) },
  /** concept → ter controle */
  submit: { scope: 'listings:write', member: owns, steward: inScope, admin: always },
  /** → gepubliceerd (also: approving what is ter controle) */
  publish: { scope: 'listings:write', member: ownsTrusted, steward: inScope, admin: always },
  /** ter controle/gepubliceerd → concept (a steward declining says why) */
  unpublish: { scope: 'listings:write', member: owns, steward: inScope, admin: always },
  archive: { scope: 'listings:write', member: owns, steward: inScope, admin: always },
  /** gearchiveerd → concept */
  restore: { scope: 'listings:write', member: owns, steward: inScope, admin: always },
  /** "Klopt dit nog? Ja" */
  verify: { scope: 'listings:write', member: owns, steward: inScope, admin: always },
  readHistory: { scope: 'listings:read', member: owns, steward: inScope, admin: always },
  readReports: { scope: 'listings:read', member: owns, steward: inScope, admin: always },
  resolveReports: { scope: 'moderation', member: owns, steward: inScope, admin: always },
  /** Accept or decline proposed changes, submissions and claims. */
  moderate: { scope: 'moderation', steward: inScope, admin: always },
  merge: { scope: 'moderation', steward: inScope, admin: always },
  /** An organisation says an unowned listing is theirs; a steward approves. */
  claim: { scope: 'listings:write', member: (a, l) => l.organisationId === null && a.organisationIds.size > 0 },
});

/** `authorize` options for a listing: who may not even read it gets 404, as if it did not exist. */
export const hiddenUnlessReadable = (actor: Actor, listing: ListingResource) => ({ hide: !can(listingPolicy, actor, 'read', listing) });

export const listingActions = [
  'read',
  'create',
  'update',
  'propose',
  'submit',
  'publish',
  'unpublish',
  'archive',
  'restore',
  'verify',
  'readHistory',
  'readReports',
  'resolveReports',
  'moderate',
  'merge',
  'claim',
] as const;
export type ListingAction = (typeof listingActions)[number];
