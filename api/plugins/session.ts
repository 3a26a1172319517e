// Who is asking, for every API request: a session cookie (people in the web app) or an API token
// (integrations), else an anonymous resident. Cookie-authenticated writes must carry the
// session's CSRF token; token-authenticated requests cannot be forged by a browser, so they don't.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { AccountStore } from '../accounts/store.ts';
import { sessionLifetimeMs } from '../accounts/store.ts';
import { anonymous, type Actor } from '../policies/actor.ts';
import { ProblemError } from './errors.ts';

export const sessionCookie = 'sk_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** The raw session id when the request came with a valid session cookie. */
    sessionId: string | null;
    csrfToken: string | null;
  }
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function readCookie(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null; // malformed %-escapes: no session, not a 500
      }
    }
  }
  return null;
}

function cookie(request: FastifyRequest, value: string, maxAgeSeconds: number) {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${sessionCookie}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

export const setSessionCookie = (request: FastifyRequest, reply: FastifyReply, id: string) =>
  reply.header('Set-Cookie', cookie(request, id, Math.floor(sessionLifetimeMs / 1000)));

export const clearSessionCookie = (request: FastifyRequest, reply: FastifyReply) => reply.header('Set-Cookie', cookie(request, '', 0));

/** Compared as bytes: a header with non-ASCII characters has more bytes than characters. */
function sameToken(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function registerSessions(app: FastifyInstance, accounts: AccountStore) {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request) => {
    request.actor = anonymous;
    if (!request.url.startsWith('/api/')) return;

    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(skt_[A-Za-z0-9_-]{20,100})\s*$/.exec(header);
      const token = match ? accounts.apiToken(match[1]!) : null;
      const actor = token ? accounts.actor(token.userId, token.scopes) : null;
      // A wrong token is an error, not a quiet fall-back to anonymous: the integration must hear it.
      if (!actor) throw new ProblemError('unauthorized', 'Deze API-sleutel is ongeldig of ingetrokken.');
      request.actor = actor;
      return;
    }

    const id = readCookie(request, sessionCookie);
    const session = id ? accounts.session(id) : null;
    const actor = session ? accounts.actor(session.userId) : null;
    if (!session || !actor) return;
    if (unsafe.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
        throw new ProblemError('forbidden', 'Deze wijziging kwam niet van deze website (CSRF-token ontbreekt of klopt niet). Laad de pagina opnieuw.');
      }
    }
    request.actor = actor;
    request.sessionId = id;
    request.csrfToken = session.csrfToken;
  });
}
