// People, memberships, sessions, API tokens, one-time links and sign-in throttling in SQLite.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNull, lt } from 'drizzle-orm';
import { immediate, type Db } from '../../db/client.ts';
import { apiTokens, loginFailures, memberships, oneTimeTokens, organisations, sessions, users, type StewardScope } from '../../db/schema.ts';
import { ProblemError } from '../plugins/errors.ts';
import type { UserActor } from '../policies/actor.ts';
import type { ApiToken, InvitationInput, SessionUser, TokenScope, User, UserRole } from './schemas.ts';
import { newSecret, sha256 } from './secrets.ts';

type UserRow = typeof users.$inferSelect;

export const sessionLifetimeMs = 14 * 24 * 3600_000;
export const resetLifetimeMs = 3600_000;
export const inviteLifetimeMs = 7 * 24 * 3600_000;
/** Throttling: this many failed sign-ins per window lock the account (or the address) for the window. */
export const throttle = { windowMs: 15 * 60_000, perAccount: 5, perIp: 30 } as const;

const iso = (ms: number) => new Date(ms).toISOString();

export type AccountStore = ReturnType<typeof createAccountStore>;

export function createAccountStore(db: Db) {
  function organisationsOf(userId: string) {
    return db
      .select({ id: organisations.id, name: organisations.name, trusted: organisations.trusted, status: organisations.status })
      .from(memberships)
      .innerJoin(organisations, eq(memberships.organisationId, organisations.id))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organisations.name))
      .all();
  }

  function toUser(row: UserRow): User {
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      status: row.status,
      scope: row.scope,
      organisations: organisationsOf(row.id).map(({ id, name, trusted }) => ({ id, name, trusted })),
      createdAt: row.createdAt,
    };
  }

  const byId = (id: string) => db.select().from(users).where(eq(users.id, id)).get();
  const byEmail = (email: string) => db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();

  function setMemberships(userId: string, organisationIds: string[]) {
    db.delete(memberships).where(eq(memberships.userId, userId)).run();
    if (organisationIds.length) db.insert(memberships).values(organisationIds.map((organisationId) => ({ userId, organisationId }))).run();
  }

  function issueOneTime(userId: string, purpose: 'invite' | 'reset', lifetimeMs: number, now = Date.now()) {
    const token = newSecret();
    // A new link replaces older unused ones of the same kind.
    db.update(oneTimeTokens)
      .set({ usedAt: iso(now) })
      .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)))
      .run();
    db.insert(oneTimeTokens).values({ idHash: sha256(token), purpose, userId, expiresAt: iso(now + lifetimeMs) }).run();
    return token;
  }

  return {
    get: (id: string) => {
      const row = byId(id);
      return row ? toUser(row) : null;
    },
    byEmail: (email: string) => byEmail(email) ?? null,
    list: () => db.select().from(users).orderBy(asc(users.email)).all().map(toUser),
    count: () => db.select({ id: users.id }).from(users).all().length,

    /** The person behind a session or token, as the policies see them. */
    actor(userId: string, tokenScopes: ReadonlySet<TokenScope> | null = null): UserActor | null {
      const row = byId(userId);
      if (!row || row.status !== 'active') return null;
      const orgs = organisationsOf(userId).filter((o) => o.status !== 'gearchiveerd');
      return {
        kind: 'user',
        id: row.id,
        name: row.name || row.email,
        role: row.role,
        organisationIds: new Set(orgs.map((o) => o.id)),
        // An organisation still ter controle cannot publish, trusted or not.
        trustedOrganisationIds: new Set(orgs.filter((o) => o.trusted && o.status === 'actief').map((o) => o.id)),
        scope: row.scope,
        tokenScopes,
      };
    },

    sessionUser(userId: string): SessionUser | null {
      const row = byId(userId);
      if (!row) return null;
      const { id, email, name, role, scope, organisations } = toUser(row);
      return { id, email, name, role, scope, organisations };
    },

    /** An active account straight away (first admin from the command line, tests). */
    createActive(input: { email: string; name: string; passwordHash: string | null; role: UserRole; organisationIds?: string[]; scope?: StewardScope }): User {
      const id = randomUUID();
      db.transaction(() => {
        db.insert(users)
          .values({
            id,
            email: input.email.trim().toLowerCase(),
            name: input.name,
            passwordHash: input.passwordHash,
            role: input.role,
            status: 'active',
            scope: input.scope ?? { areas: [], themes: [] },
          })
          .run();
        setMemberships(id, input.organisationIds ?? []);
      }, immediate);
      return toUser(byId(id)!);
    },

    /**
     * Invite someone: a new account waiting for a password, or an existing one that gains the
     * organisation. Returns the one-time link token (only for a new or still-invited account).
     */
    invite(input: InvitationInput): { userId: string; token: string | null } {
      return db.transaction(() => {
        const existing = byEmail(input.email);
        if (existing) {
          if (input.organisationId && !organisationsOf(existing.id).some((o) => o.id === input.organisationId)) {
            db.insert(memberships).values({ userId: existing.id, organisationId: input.organisationId }).run();
          }
          const token = existing.status === 'invited' ? issueOneTime(existing.id, 'invite', inviteLifetimeMs) : null;
          return { userId: existing.id, token };
        }
        const id = randomUUID();
        db.insert(users)
          .values({ id, email: input.email, name: input.name, role: input.role, status: 'invited', scope: input.scope ?? { areas: [], themes: [] } })
          .run();
        if (input.organisationId) db.insert(memberships).values({ userId: id, organisationId: input.organisationId }).run();
        return { userId: id, token: issueOneTime(id, 'invite', inviteLifetimeMs) };
      }, immediate);
    },

    issueReset: (userId: string) => issueOneTime(userId, 'reset', resetLifetimeMs),

    /** A one-time link's account, without using it up (for showing the invitation page). */
    peekOneTime(token: string, purpose: 'invite' | 'reset', now = Date.now()): { userId: string } | 'unknown' | 'expired' {
      const row = db.select().from(oneTimeTokens).where(eq(oneTimeTokens.idHash, sha256(token))).get();
      if (!row || row.purpose !== purpose || row.usedAt) return 'unknown';
      if (row.expiresAt <= iso(now)) return 'expired';
      return { userId: row.userId };
    },

    /** Use a one-time link: it works once, and only before it expires. Call inside the writing transaction. */
    consumeOneTime(token: string, purpose: 'invite' | 'reset', now = Date.now()): string {
      const res = db
        .update(oneTimeTokens)
        .set({ usedAt: iso(now) })
        .where(
          and(
            eq(oneTimeTokens.idHash, sha256(token)),
            eq(oneTimeTokens.purpose, purpose),
            isNull(oneTimeTokens.usedAt),
            gt(oneTimeTokens.expiresAt, iso(now)),
          ),
        )
        .returning({ userId: oneTimeTokens.userId })
        .get();
      if (!res) {
        throw new ProblemError('validation', 'Deze link is al gebruikt of verlopen. Vraag een nieuwe aan.', [
          { field: 'token', in: 'body', message: 'Deze link is al gebruikt of verlopen.' },
        ]);
      }
      return res.userId;
    },

    setPassword(userId: string, passwordHash: string, name?: string) {
      db.update(users)
        .set({ passwordHash, status: 'active', updatedAt: iso(Date.now()), ...(name !== undefined ? { name } : {}) })
        .where(eq(users.id, userId))
        .run();
    },

    update(userId: string, patch: { role?: UserRole; status?: 'active' | 'disabled'; scope?: StewardScope; organisationIds?: string[] }) {
      db.transaction(() => {
        const { organisationIds, ...fields } = patch;
        if (Object.keys(fields).length) db.update(users).set({ ...fields, updatedAt: iso(Date.now()) }).where(eq(users.id, userId)).run();
        if (organisationIds) setMemberships(userId, organisationIds);
        // A disabled account is signed out everywhere at once, and its open reset or invitation
        // link dies with it (using one sets a password, which makes the account active again).
        if (patch.status === 'disabled') {
          db.delete(sessions).where(eq(sessions.userId, userId)).run();
          db.update(oneTimeTokens).set({ usedAt: iso(Date.now()) }).where(and(eq(oneTimeTokens.userId, userId), isNull(oneTimeTokens.usedAt))).run();
        }
      }, immediate);
    },

    addMembership(userId: string, organisationId: string) {
      db.insert(memberships).values({ userId, organisationId }).onConflictDoNothing().run();
    },

    members(organisationId: string) {
      return db
        .select({ id: users.id, name: users.name, email: users.email, status: users.status })
        .from(memberships)
        .innerJoin(users, eq(memberships.userId, users.id))
        .where(eq(memberships.organisationId, organisationId))
        .orderBy(asc(users.name))
        .all();
    },

    // ---- sessions ----

    /** A new session (never reuses an id the client brought along: no session fixation). */
    createSession(userId: string, now = Date.now()) {
      const id = newSecret();
      const csrfToken = newSecret();
      db.insert(sessions).values({ idHash: sha256(id), userId, csrfToken, expiresAt: iso(now + sessionLifetimeMs) }).run();
      // Expired sessions are cleared while we are here; there is no separate cleaning job.
      db.delete(sessions).where(lt(sessions.expiresAt, iso(now))).run();
      return { id, csrfToken };
    },

    session(id: string, now = Date.now()) {
      const row = db.select().from(sessions).where(eq(sessions.idHash, sha256(id))).get();
      if (!row || row.expiresAt <= iso(now)) return null;
      return { userId: row.userId, csrfToken: row.csrfToken };
    },

    endSession: (id: string) => db.delete(sessions).where(eq(sessions.idHash, sha256(id))).run(),
    endAllSessions: (userId: string) => db.delete(sessions).where(eq(sessions.userId, userId)).run(),

    // ---- API tokens ----

    /** `skt_` + secret; only the hash is stored. The secret can be given (provisioning from a vault). */
    createApiToken(userId: string, input: { name: string; scopes: TokenScope[] }, secret = newSecret()): ApiToken & { token: string } {
      const id = randomUUID();
      const token = `skt_${secret}`;
      db.insert(apiTokens).values({ id, userId, name: input.name, scopes: input.scopes, tokenHash: sha256(token) }).run();
      const row = db.select().from(apiTokens).where(eq(apiTokens.id, id)).get()!;
      return { ...toApiToken(row), token };
    },

    apiToken(token: string): { userId: string; scopes: ReadonlySet<TokenScope> } | null {
      const row = db.select().from(apiTokens).where(eq(apiTokens.tokenHash, sha256(token))).get();
      if (!row || row.revokedAt) return null;
      const now = iso(Date.now());
      // Written at most once a minute per token: a busy integration should not write on every read.
      if (!row.lastUsedAt || row.lastUsedAt < iso(Date.now() - 60_000)) {
        db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id)).run();
      }
      return { userId: row.userId, scopes: new Set(row.scopes as TokenScope[]) };
    },

    apiTokens: (userId: string) =>
      db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(asc(apiTokens.createdAt)).all().map(toApiToken),

    revokeApiToken(userId: string, id: string): boolean {
      const res = db
        .update(apiTokens)
        .set({ revokedAt: iso(Date.now()) })
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .run();
      return res.changes === 1;
    },

    // ---- throttling ----

    /** Milliseconds until another attempt is allowed for any of these keys, or 0. */
    lockedFor(keys: { key: string; limit: number }[], now = Date.now()): number {
      let wait = 0;
      for (const { key, limit } of keys) {
        const recent = db
          .select({ at: loginFailures.at })
          .from(loginFailures)
          .where(and(eq(loginFailures.key, key), gt(loginFailures.at, now - throttle.windowMs)))
          .orderBy(asc(loginFailures.at))
          .all();
        if (recent.length >= limit) wait = Math.max(wait, recent[recent.length - limit]!.at + throttle.windowMs - now);
      }
      return wait;
    },

    /** Returns the ids of the rows written, for `forgetFailures` when the attempt turns out fine. */
    recordFailure(keys: string[], now = Date.now()): number[] {
      return db.transaction(() => {
        const ids = db.insert(loginFailures).values(keys.map((key) => ({ key, at: now }))).returning({ id: loginFailures.id }).all();
        db.delete(loginFailures).where(lt(loginFailures.at, now - throttle.windowMs)).run();
        return ids.map((r) => r.id);
      }, immediate);
    },

    forgetFailures(ids: number[]) {
      if (ids.length) db.delete(loginFailures).where(inArray(loginFailures.id, ids)).run();
    },

    clearFailures: (key: string) => db.delete(loginFailures).where(eq(loginFailures.key, key)).run(),

    /** Which of these users exist (for listing names in history and queues). */
    names(ids: string[]): Map<string, string> {
      if (!ids.length) return new Map();
      return new Map(
        db
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(inArray(users.id, ids))
          .all()
          .map((u) => [u.id, u.name || u.email]),
      );
    },
  };
}

function toApiToken(row: typeof apiTokens.$inferSelect): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes as TokenScope[],
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}
