// Who may do what with an organisation. Anyone signed in may register one; a steward checks it.
import type { UserActor } from './actor.ts';
import { always, definePolicy } from './policy.ts';

export type OrganisationResource = { id: string | null; status: 'ter_controle' | 'actief' | 'gearchiveerd' };

const active = (o: OrganisationResource) => o.status === 'actief';
/** Archived organisations stay readable (old listings point to them); new ones wait for a steward. */
const checked = (o: OrganisationResource) => o.status !== 'ter_controle';
const memberOf = (a: UserActor, o: OrganisationResource) => o.id !== null && a.organisationIds.has(o.id);

export const organisationActions = ['read', 'create', 'update', 'approve', 'setTrusted', 'invite', 'archive', 'readMembers'] as const;
export type OrganisationAction = (typeof organisationActions)[number];

export const organisationPolicy = definePolicy<OrganisationResource, OrganisationAction>('organisation', {
  read: {
    scope: 'listings:read',
    anonymous: checked,
    member: (a, o) => checked(o) || memberOf(a, o),
    professional: (_a, o) => checked(o),
    analyst: (_a, o) => checked(o),
    steward: always,
    admin: always,
  },
  /** A member's new organisation waits for a steward (status ter controle). */
  create: { scope: 'organisations:write', member: always, steward: always, admin: always },
  update: { scope: 'organisations:write', member: memberOf, steward: always, admin: always },
  approve: { scope: 'moderation', steward: always, admin: always },
  setTrusted: { scope: 'moderation', steward: always, admin: always },
  /** Members invite their colleagues; stewards help organisations get started. */
  invite: { scope: 'accounts', member: (a, o) => memberOf(a, o) && active(o), steward: always, admin: always },
  archive: { scope: 'organisations:write', steward: always, admin: always },
  readMembers: { scope: 'listings:read', member: memberOf, steward: always, admin: always },
});
