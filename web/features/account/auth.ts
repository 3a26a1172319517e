// The account API as the pages use it (docs/ownership-api.md): signing in and out, password reset,
// invitations, API tokens and the development outbox. Every write waits for the session, so the
// CSRF token goes with it.
import type { ApiToken, InvitationInfo, OutboxMessage, SessionAnswer, TokenScope } from '../../../api/accounts/schemas.ts';
import type { z } from 'zod';
import { ApiError, api } from '../../api/client.ts';
import { refreshSession, sessionReady, setSession } from './session.ts';

export type { ApiToken, OutboxMessage, TokenScope };
export type Invitation = z.infer<typeof InvitationInfo>;
export type NewApiToken = ApiToken & { token: string };

/** 429: too many attempts; the server says (Retry-After) when to try again. */
export class RateLimited extends ApiError {
  constructor(
    problem: ConstructorParameters<typeof ApiError>[1],
    readonly minutes: number,
  ) {
    super(429, problem);
  }
}

/** Minutes to wait from a Retry-After header (seconds or an HTTP date), at least 1. */
export function retryMinutes(retryAfter: string | null): number {
  if (!retryAfter) return 1;
  const seconds = /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : (Date.parse(retryAfter) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : 1;
}

/**
 * A POST that may be rate limited. The shared client does not expose response headers, and the
 * wait time is in Retry-After, so this one reads it itself.
 */
async function postLimited<T>(url: string, body: unknown): Promise<T | null> {
  const { csrfToken } = await sessionReady();
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!res.ok) {
    const problem = await res.json().catch(() => null);
    if (res.status === 429) throw new RateLimited(problem, retryMinutes(res.headers.get('retry-after')));
    throw new ApiError(res.status, problem);
  }
  const text = await res.text();
  return text ? (JSON.parse(text) as T) : null;
}

async function send<T>(method: 'POST' | 'DELETE', url: string, body?: unknown): Promise<T> {
  await sessionReady();
  return (await api.send<T>(method, url, body)).body;
}

export async function signIn(email: string, password: string): Promise<SessionAnswer> {
  const answer = await postLimited<SessionAnswer>('/api/session', { email, password });
  if (answer) setSession(answer);
  else await refreshSession();
  return answer ?? (await sessionReady());
}

export async function signOut(): Promise<void> {
  await send('DELETE', '/api/session');
  await refreshSession();
}

export async function signOutEverywhere(): Promise<void> {
  await send('POST', '/api/session/logout-all');
  await refreshSession();
}

export const requestPasswordReset = (email: string) => postLimited<void>('/api/password-reset', { email });

export async function confirmPasswordReset(token: string, password: string): Promise<void> {
  await postLimited<void>('/api/password-reset/confirm', { token, password });
  // Every session of this person has ended, this browser's too.
  await refreshSession();
}

export const invitation = (token: string, signal?: AbortSignal) =>
  api.get<Invitation>(`/api/invitations/${encodeURIComponent(token)}`, signal);

export async function acceptInvitation(token: string, name: string, password: string): Promise<SessionAnswer> {
  const answer = await postLimited<SessionAnswer>('/api/invitations/accept', { token, name, password });
  if (answer) setSession(answer);
  else await refreshSession();
  return answer ?? (await sessionReady());
}

export const apiTokens = (signal?: AbortSignal) => api.get<{ items: ApiToken[] }>('/api/account/tokens', signal);
export const createApiToken = (name: string, scopes: TokenScope[]) => send<NewApiToken>('POST', '/api/account/tokens', { name, scopes });
export const revokeApiToken = (id: string) => send<unknown>('DELETE', `/api/account/tokens/${encodeURIComponent(id)}`);

export const outbox = (signal?: AbortSignal) => api.get<{ items: OutboxMessage[] }>('/api/dev/outbox', signal);
