// Signing in and out, invitations, password reset, API tokens and (for admins) people.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { forActor } from '../listings/routes.ts';
import { Listing } from '../listings/schemas.ts';
import { ProblemError, ProblemSchema } from '../plugins/errors.ts';
import { signedInSecurity } from '../plugins/openapi.ts';
import { clearSessionCookie, readCookie, sessionCookie, setSessionCookie } from '../plugins/session.ts';
import { accountPolicy, authorize, organisationPolicy, type Actor, type UserActor } from '../policies/index.ts';
import type { Mailer } from './mail.ts';
import { invitationMail, resetMail } from './messages.ts';
import {
  ApiToken,
  ApiTokenInput,
  InvitationAccept,
  InvitationInfo,
  InvitationInput,
  LoginInput,
  NewApiToken,
  OutboxMessage,
  ResetConfirm,
  ResetRequest,
  SessionAnswer,
  User,
  UserPatch,
} from './schemas.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './secrets.ts';
import { throttle } from './store.ts';
import { immediate } from '../../db/client.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const IdParams = z.object({ id: z.uuid({ message: 'Dit is geen geldige id.' }) });
const TokenParams = z.object({ token: z.string().min(20).max(200) });

type Options = { mailer: Mailer; publicUrl: string; devMailPage: boolean };

function signedIn(actor: Actor): UserActor {
  if (actor.kind === 'anonymous') throw new ProblemError('unauthorized', 'Log in om dit te doen.');
  return actor;
}

/**
 * Managing API tokens and sessions needs the `accounts` scope when done with a token: a leaked
 * narrower token must not mint a sibling that outlives its revocation, revoke the owner's other
 * tokens or sign the owner out.
 */
function managingAccount(actor: Actor): UserActor {
  const user = signedIn(actor);
  if (user.tokenScopes && !user.tokenScopes.has('accounts')) throw new ProblemError('forbidden', 'Deze API-sleutel mag geen sleutels of sessies beheren.');
  return user;
}

export const accountRoutes: FastifyPluginAsyncZod<Options> = async (app, options) => {
  const { accounts, organisations, listings } = app.stores;
  const { mailer, publicUrl } = options;

  function sessionAnswer(userId: string | null, csrfToken: string | null): SessionAnswer {
    const user = userId ? accounts.sessionUser(userId) : null;
    return { user, csrfToken: user ? csrfToken : null };
  }

  /** A fresh session for this person; whatever session id the browser had is ended (no fixation). */
  function startSession(request: FastifyRequest, reply: FastifyReply, userId: string): SessionAnswer {
    const previous = readCookie(request, sessionCookie);
    if (previous) accounts.endSession(previous);
    const session = accounts.createSession(userId);
    setSessionCookie(request, reply, session.id);
    return sessionAnswer(userId, session.csrfToken);
  }

  function tooMany(reply: FastifyReply, waitMs: number, what: string): never {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    reply.header('Retry-After', String(seconds));
    throw new ProblemError('too-many-requests', `${what} Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`);
  }

  app.get(
    '/api/session',
    { schema: { tags: ['accounts'], summary: 'Wie is ingelogd (en het CSRF-token voor wijzigingen)', response: { 200: SessionAnswer } } },
    async (request) => sessionAnswer(request.actor.kind === 'user' ? request.actor.id : null, request.csrfToken),
  );

  app.post(
    '/api/session',
    {
      bodyLimit: 8 * 1024,
      schema: {
        tags: ['accounts'],
        summary: 'Inloggen met e-mailadres en wachtwoord',
        description: 'Na te veel mislukte pogingen (per account en per IP-adres) volgt 429 met Retry-After.',
        body: LoginInput,
        response: { 200: SessionAnswer, 400: ProblemSchema, 401: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const keys = [
        { key: `login:account:${email}`, limit: throttle.perAccount },
        { key: `login:ip:${request.ip}`, limit: throttle.perIp },
      ];
      const wait = accounts.lockedFor(keys);
      if (wait > 0) tooMany(reply, wait, 'Er is te vaak een verkeerd wachtwoord geprobeerd.');
      // Counted as a failure before the slow hash (and taken back on success): otherwise parallel
      // guesses all pass the check above before the first one is recorded.
      const attempt = accounts.recordFailure(keys.map((k) => k.key));
      const user = accounts.byEmail(email);
      // Always compare against a hash, so the answer takes as long whether or not the account exists.
      const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
      // Without a password of its own the comparison above was against the dummy hash, whose
      // password is in the source code: such an account never signs in.
      if (!user?.passwordHash || !ok || user.status !== 'active') {
        throw new ProblemError('unauthorized', 'Dit e-mailadres en wachtwoord horen niet bij elkaar. Probeer het opnieuw of vraag een nieuw wachtwoord aan.');
      }
      accounts.forgetFailures(attempt);
      accounts.clearFailures(`login:account:${email}`);
      return startSession(request, reply, user.id);
    },
  );

  app.delete(
    '/api/session',
    { schema: { tags: ['accounts'], summary: 'Uitloggen', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.sessionId) accounts.endSession(request.sessionId);
      clearSessionCookie(request, reply);
      reply.status(204);
      return null;
    },
  );

  app.post(
    '/api/session/logout-all',
    { schema: { tags: ['accounts'], summary: 'Overal uitloggen (alle sessies van dit account)', security: signedInSecurity, response: { 204: z.null(), 401: ProblemSchema, 403: ProblemSchema } } },
    async (request, reply) => {
      const actor = managingAccount(request.actor);
      accounts.endAllSessions(actor.id);
      clearSessionCookie(request, reply);
      reply.status(204);
      return null;
    },
  );

  app.post(
    '/api/password-reset',
    {
      bodyLimit: 8 * 1024,
      schema: {
        tags: ['accounts'],
        summary: 'Nieuw wachtwoord aanvragen (altijd 202: zegt niet of het account bestaat)',
        body: ResetRequest,
        response: { 202: z.object({}), 400: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { email } = request.body;
      const keys = [
        { key: `reset:account:${email}`, limit: 3 },
        { key: `reset:ip:${request.ip}`, limit: 20 },
      ];
      const wait = accounts.lockedFor(keys);
      if (wait > 0) tooMany(reply, wait, 'Er is al vaak een nieuw wachtwoord aangevraagd.');
      accounts.recordFailure(keys.map((k) => k.key));
      const user = accounts.byEmail(email);
      if (user && user.status === 'active') {
        const token = accounts.issueReset(user.id);
        await mailer.send(resetMail(user.email, `${publicUrl}/wachtwoord-herstellen?token=${token}`));
      }
      reply.status(202);
      return {};
    },
  );

  app.post(
    '/api/password-reset/confirm',
    {
      bodyLimit: 8 * 1024,
      schema: {
        tags: ['accounts'],
        summary: 'Nieuw wachtwoord instellen met de link uit de e-mail (één keer te gebruiken, 1 uur geldig)',
        body: ResetConfirm,
        response: { 204: z.null(), 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const hash = await hashPassword(request.body.password);
      app.db.transaction(() => {
        const userId = accounts.consumeOneTime(request.body.token, 'reset');
        accounts.setPassword(userId, hash);
        // Whoever knew the old password is signed out everywhere.
        accounts.endAllSessions(userId);
      }, immediate);
      clearSessionCookie(request, reply);
      reply.status(204);
      return null;
    },
  );

  app.post(
    '/api/invitations',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Iemand uitnodigen (per e-mail, link 7 dagen geldig)',
        description: 'Leden nodigen collega’s uit voor hun organisatie; stewards nodigen leden uit; alleen beheerders geven andere rollen.',
        security: signedInSecurity,
        body: InvitationInput,
        response: { 201: z.object({ id: z.uuid() }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request.actor);
      const input = request.body;
      if (input.organisationId) {
        const organisation = organisations.get(input.organisationId);
        if (!organisation) throw new ProblemError('validation', 'Deze organisatie bestaat niet.', [{ field: 'organisationId', in: 'body', message: 'Bestaat niet.' }]);
        authorize(organisationPolicy, actor, 'invite', organisation);
      }
      if (input.role !== 'member' || !input.organisationId) authorize(accountPolicy, actor, 'invite', { role: input.role });
      const { userId, token } = accounts.invite(input);
      if (token) {
        const organisation = input.organisationId ? organisations.get(input.organisationId)?.name ?? null : null;
        await mailer.send(invitationMail(input.email, actor.name, organisation, `${publicUrl}/uitnodiging?token=${token}`));
      }
      reply.status(201);
      return { id: userId };
    },
  );

  app.get(
    '/api/invitations/:token',
    { schema: { tags: ['accounts'], summary: 'Wat deze uitnodiging is', params: TokenParams, response: { 200: InvitationInfo, 404: ProblemSchema, 410: ProblemSchema } } },
    async (request) => {
      const found = accounts.peekOneTime(request.params.token, 'invite');
      if (found === 'unknown') throw new ProblemError('not-found', 'Deze uitnodiging bestaat niet of is al gebruikt.');
      if (found === 'expired') throw new ProblemError('gone', 'Deze uitnodiging is verlopen. Vraag om een nieuwe.');
      const user = accounts.get(found.userId)!;
      return { email: user.email, name: user.name, role: user.role, organisations: user.organisations.map(({ id, name }) => ({ id, name })) };
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      bodyLimit: 8 * 1024,
      schema: {
        tags: ['accounts'],
        summary: 'Uitnodiging aannemen: naam en wachtwoord kiezen, en meteen ingelogd',
        body: InvitationAccept,
        response: { 200: SessionAnswer, 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const hash = await hashPassword(request.body.password);
      const userId = app.db.transaction(() => {
        const userId = accounts.consumeOneTime(request.body.token, 'invite');
        accounts.setPassword(userId, hash, request.body.name);
        return userId;
      }, immediate);
      return startSession(request, reply, userId);
    },
  );

  app.get(
    '/api/account/listings',
    { schema: { tags: ['accounts'], summary: 'Mijn aanbod: alles van mijn organisaties, elke status', security: signedInSecurity, response: { 200: z.object({ items: z.array(Listing) }), 401: ProblemSchema } } },
    async (request) => {
      const actor = signedIn(request.actor);
      return { items: listings.ofOrganisations([...actor.organisationIds]).map((l) => forActor(l, actor)) };
    },
  );

  app.get(
    '/api/account/tokens',
    { schema: { tags: ['accounts'], summary: 'Mijn API-sleutels', security: signedInSecurity, response: { 200: z.object({ items: z.array(ApiToken) }), 401: ProblemSchema } } },
    async (request) => ({ items: accounts.apiTokens(signedIn(request.actor).id) }),
  );

  app.post(
    '/api/account/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Nieuwe API-sleutel (de sleutel zelf zie je maar één keer)',
        description: 'Een sleutel mag nooit meer dan zijn eigenaar, en alleen wat zijn rechten (scopes) noemen.',
        security: signedInSecurity,
        body: ApiTokenInput,
        response: { 201: NewApiToken, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request, reply) => {
      const actor = managingAccount(request.actor);
      // A token cannot mint a token with more scopes than itself.
      if (actor.tokenScopes && request.body.scopes.some((s) => !actor.tokenScopes!.has(s))) {
        throw new ProblemError('forbidden', 'Deze sleutel kan geen sleutel met meer rechten maken.');
      }
      reply.status(201);
      return accounts.createApiToken(actor.id, request.body);
    },
  );

  app.delete(
    '/api/account/tokens/:id',
    { schema: { tags: ['accounts'], summary: 'API-sleutel intrekken', security: signedInSecurity, params: IdParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      if (!accounts.revokeApiToken(managingAccount(request.actor).id, request.params.id)) throw new ProblemError('not-found', 'Deze sleutel bestaat niet (meer).');
      reply.status(204);
      return null;
    },
  );

  app.get(
    '/api/users',
    { schema: { tags: ['accounts'], summary: 'Alle accounts (beheerders)', security: signedInSecurity, response: { 200: z.object({ items: z.array(User) }), 401: ProblemSchema, 403: ProblemSchema } } },
    async (request) => {
      authorize(accountPolicy, request.actor, 'list', { role: 'member' });
      return { items: accounts.list() };
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Rol, gebied van een steward, organisaties of blokkeren (beheerders)',
        security: signedInSecurity,
        params: IdParams,
        body: UserPatch,
        response: { 200: User, ...errors },
      },
    },
    async (request) => {
      const actor = signedIn(request.actor);
      authorize(accountPolicy, actor, 'update', { role: request.body.role ?? 'member' });
      if (!accounts.get(request.params.id)) throw new ProblemError('not-found', 'Dit account bestaat niet.');
      if (request.params.id === actor.id && (request.body.role && request.body.role !== 'admin' || request.body.status === 'disabled')) {
        throw new ProblemError('conflict', 'Je kunt jezelf geen beheerder af maken of blokkeren; vraag een andere beheerder.');
      }
      accounts.update(request.params.id, request.body);
      return accounts.get(request.params.id)!;
    },
  );

  if (options.devMailPage && mailer.outbox) {
    const outbox = mailer.outbox;
    app.get(
      '/api/dev/outbox',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Ontwikkeling: verstuurde berichten (alleen zonder SMTP-server, op deze machine)',
          response: { 200: z.object({ items: z.array(OutboxMessage) }) },
        },
      },
      async () => ({ items: outbox() }),
    );
  }
};
