// The steward's queue: proposed changes (as field-level diffs), public submissions, claims,
// residents' reports, and what is stale, unowned or waiting.
import { z } from 'zod';
import { changeKinds, changeStatuses, reportStatuses } from '../../db/schema.ts';
import { FieldChangeSchema } from '../listings/diff.ts';
import { FreshnessSchema } from '../listings/freshness.ts';
import { listingKinds, listingStatuses } from '../listings/schemas.ts';
import { email, text } from '../shared/fields.ts';

export { changeKinds, changeStatuses };

const Person = z.object({ id: z.uuid().nullable(), name: z.string() });

export const Change = z
  .object({
    id: z.uuid(),
    listingId: z.uuid(),
    listingTitle: z.string(),
    kind: z.enum(changeKinds),
    status: z.enum(changeStatuses),
    /** For `wijziging`: old → new per field, against the listing as it is now. */
    diff: z.array(FieldChangeSchema),
    /** The listing changed since the proposal was made: accepting it would overwrite that. */
    outdated: z.boolean(),
    organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    proposedBy: Person.nullable(),
    submitter: z.object({ name: z.string(), email: z.string() }).nullable(),
    message: z.string(),
    reason: z.string().nullable(),
    decidedBy: Person.nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Change' });
export type Change = z.infer<typeof Change>;

export const Decision = z.strictObject({
  /** Required when declining: the proposer reads it. */
  reason: text(1000).optional(),
});

export const QueueListing = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(listingKinds),
  status: z.enum(listingStatuses),
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  freshness: FreshnessSchema,
  updatedAt: z.string(),
});

export const QueueReport = z.object({
  id: z.uuid(),
  listingId: z.uuid(),
  listingTitle: z.string(),
  message: z.string(),
  email: z.string().nullable(),
  status: z.enum(reportStatuses),
  createdAt: z.string(),
});

export const QueueOrganisation = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string() });

/** Everything waiting for this steward (within their areas or themes), oldest first. */
export const Queue = z
  .object({
    changes: z.array(Change),
    /** Listings ter controle (new submissions and owners' first versions). */
    review: z.array(QueueListing),
    reports: z.array(QueueReport),
    stale: z.array(QueueListing),
    unowned: z.array(QueueListing),
    organisations: z.array(QueueOrganisation),
    counts: z.object({
      changes: z.int(),
      review: z.int(),
      reports: z.int(),
      stale: z.int(),
      unowned: z.int(),
      organisations: z.int(),
    }),
  })
  .meta({ id: 'Queue' });

export const ReportResolution = z.strictObject({
  status: z.enum(['in_behandeling', 'afgehandeld']),
  resolution: text(1000).optional(),
});

/** "Meld een initiatief": a resident or initiative tells us about something new (no account). */
export const SubmissionInput = z.strictObject({
  kind: z.enum(listingKinds).default('activiteit'),
  title: text(140).min(2, 'Geef een titel van minimaal 2 tekens.'),
  description: text(5000).min(10, 'Vertel in een paar zinnen wat het is (minstens 10 tekens).'),
  place: text(200).optional(),
  postcode: text(10).optional(),
  website: z.url({ protocol: /^https?$/, message: 'Gebruik een webadres dat begint met https://.' }).max(500).optional(),
  phone: z.string().trim().max(30).optional(),
  submitter: z.strictObject({ name: text(120).min(1, 'Vul je naam in.'), email }),
});
export type SubmissionInput = z.infer<typeof SubmissionInput>;

export const ClaimInput = z.strictObject({
  organisationId: z.uuid(),
  message: text(1000).default(''),
});

export const MergeInput = z.strictObject({
  /** The listing that stays; this one is archived and points to it. */
  into: z.uuid(),
});
