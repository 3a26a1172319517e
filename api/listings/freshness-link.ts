// "Klopt dit nog?" links: signed with the server's secret, so an owner can confirm a listing from
// an e-mail without signing in. The link names the listing and an expiry; nothing is stored.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const freshnessLinkLifetimeMs = 30 * 24 * 3600_000;

const signature = (secret: string, listingId: string, expires: number) =>
  createHmac('sha256', secret).update(`klopt-dit-nog:${listingId}:${expires}`).digest('base64url');

export function signFreshnessToken(secret: string, listingId: string, now = Date.now()): { token: string; expiresAt: string } {
  const expires = Math.floor((now + freshnessLinkLifetimeMs) / 1000);
  return { token: `${expires}.${signature(secret, listingId, expires)}`, expiresAt: new Date(expires * 1000).toISOString() };
}

export function checkFreshnessToken(secret: string, listingId: string, token: string, now = Date.now()): 'ok' | 'invalid' | 'expired' {
  const [expiresText, sig] = token.split('.');
  const expires = Number(expiresText);
  if (!sig || !Number.isInteger(expires)) return 'invalid';
  const expected = Buffer.from(signature(secret, listingId, expires));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return expires * 1000 < now ? 'expired' : 'ok';
}
