// Account shapes: sign-in, sessions, invitations, password reset, API tokens, users.
import { z } from 'zod';
import { oneTimePurposes, userRoles, userStatuses } from '../../db/schema.ts';
import { email, text } from '../shared/fields.ts';

export { userRoles, userStatuses, oneTimePurposes };
export type UserRole = (typeof userRoles)[number];

/** What an API token may be used for; a token never allows more than its owner may do. */
export const tokenScopes = ['listings:read', 'listings:write', 'organisations:write', 'moderation', 'accounts'] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B), a ceiling against hash DoS. */
export const Password = z
  .string()
  .min(10, 'Kies een wachtwoord van minstens 10 tekens.')
  .max(200, 'Een wachtwoord kan maximaal 200 tekens lang zijn.');

export const EmailAddress = email.transform((e) => e.trim().toLowerCase());

export const StewardScopeSchema = z.strictObject({
  /** CBS codes of stadsdelen/wijken/buurten. */
  areas: z.array(z.string().max(20)).max(200).default([]),
  /** Deelambitie or theme slugs. */
  themes: z.array(z.string().max(60)).max(100).default([]),
});

export const OrganisationMembership = z.object({ id: z.uuid(), name: z.string(), trusted: z.boolean() });

export const SessionUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(userRoles),
    organisations: z.array(OrganisationMembership),
    scope: StewardScopeSchema,
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof SessionUser>;

/** GET/POST /api/session. `csrfToken` must be sent as `X-CSRF-Token` on every cookie-authenticated write. */
export const SessionAnswer = z.object({ user: SessionUser.nullable(), csrfToken: z.string().nullable() }).meta({ id: 'Session' });
export type SessionAnswer = z.infer<typeof SessionAnswer>;

export const LoginInput = z.strictObject({
  email: EmailAddress,
  password: z.string().min(1, 'Vul je wachtwoord in.').max(200),
});

export const ResetRequest = z.strictObject({ email: EmailAddress });
export const ResetConfirm = z.strictObject({ token: z.string().min(20).max(200), password: Password });

export const InvitationInput = z.strictObject({
  email: EmailAddress,
  name: text(120).default(''),
  /** Only admins invite stewards, professionals, analysts or admins. */
  role: z.enum(userRoles).default('member'),
  organisationId: z.uuid().nullable().default(null),
  scope: StewardScopeSchema.optional(),
});
export type InvitationInput = z.infer<typeof InvitationInput>;

export const InvitationInfo = z.object({
  email: z.string(),
  name: z.string(),
  role: z.enum(userRoles),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

export const InvitationAccept = z.strictObject({
  token: z.string().min(20).max(200),
  name: text(120).min(1, 'Vul je naam in.'),
  password: Password,
});

export const ApiTokenInput = z.strictObject({
  name: text(80).min(1, 'Geef de sleutel een naam, bijvoorbeeld de koppeling waarvoor hij is.'),
  scopes: z.array(z.enum(tokenScopes)).min(1, 'Kies minstens één recht.').max(tokenScopes.length),
});

export const ApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    scopes: z.array(z.enum(tokenScopes)),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

/** Returned once at creation: the secret is never shown again. */
export const NewApiToken = ApiToken.extend({ token: z.string() });

export const User = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(userRoles),
    status: z.enum(userStatuses),
    scope: StewardScopeSchema,
    organisations: z.array(OrganisationMembership),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserPatch = z.strictObject({
  role: z.enum(userRoles).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  scope: StewardScopeSchema.optional(),
  organisationIds: z.array(z.uuid()).max(50).optional(),
});

/** A message the product sent (development outbox page). */
export const OutboxMessage = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;
