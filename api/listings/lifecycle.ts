// The listing lifecycle as data: which status may follow which, and which policy action that is.
// concept → ter_controle → gepubliceerd → gearchiveerd; trusted owners and stewards may publish a
// concept directly; a steward who declines sends it back to concept with a reason.
import type { ListingAction } from '../policies/listing.ts';
import type { ListingStatus } from './schemas.ts';

const transitions: Record<ListingStatus, Partial<Record<ListingStatus, ListingAction>>> = {
  concept: { ter_controle: 'submit', gepubliceerd: 'publish', gearchiveerd: 'archive' },
  ter_controle: { gepubliceerd: 'publish', concept: 'unpublish', gearchiveerd: 'archive' },
  gepubliceerd: { concept: 'unpublish', gearchiveerd: 'archive' },
  gearchiveerd: { concept: 'restore' },
};

/** The policy action for going from one status to another, or null when that is not a step. */
export function transitionAction(from: ListingStatus, to: ListingStatus): ListingAction | null {
  return transitions[from][to] ?? null;
}

/** The statuses that may follow this one. */
export function nextStatuses(from: ListingStatus): ListingStatus[] {
  return Object.keys(transitions[from]) as ListingStatus[];
}

/** Sending back what was ter controle needs a reason the owner can act on. */
export const needsReason = (from: ListingStatus, to: ListingStatus) => from === 'ter_controle' && to === 'concept';

/** The statuses a new listing may start in (archiving something new is not a step). */
export function initialAction(status: ListingStatus): ListingAction | null {
  return status === 'concept' ? 'create' : status === 'gearchiveerd' ? null : transitionAction('concept', status);
}
