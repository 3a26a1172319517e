// Who is asking: nobody (a resident), or a signed-in person via a session or an API token.
import type { StewardScope } from '../../db/schema.ts';
import type { TokenScope, UserRole } from '../accounts/schemas.ts';

export type Anonymous = { kind: 'anonymous' };

export type UserActor = {
  kind: 'user';
  id: string;
  name: string;
  role: UserRole;
  /** Organisations this person is a member of, and which of them are trusted. */
  organisationIds: ReadonlySet<string>;
  trustedOrganisationIds: ReadonlySet<string>;
  scope: StewardScope;
  /** Set when the request came with an API token: the token's scopes limit what it may do. */
  tokenScopes: ReadonlySet<TokenScope> | null;
};

export type Actor = Anonymous | UserActor;

export const anonymous: Anonymous = { kind: 'anonymous' };

/** The role a rule table is keyed on: anonymous residents are a role too. */
export type PolicyRole = 'anonymous' | UserRole;
export const policyRoles: readonly PolicyRole[] = ['anonymous', 'member', 'steward', 'professional', 'analyst', 'admin'];

export const roleOf = (actor: Actor): PolicyRole => (actor.kind === 'anonymous' ? 'anonymous' : actor.role);
