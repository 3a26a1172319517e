// Where to go after signing in: `?terug=` names a page of this site, never another one (an open
// redirect would let a phishing mail send people on from our sign-in page).
import type { SessionUser } from '../../../api/accounts/schemas.ts';
import { href } from '../../router.ts';

/** Pages that make no sense to return to after signing in. */
const authPages = ['/inloggen', '/uitnodiging', '/wachtwoord-vergeten', '/wachtwoord-herstellen'];

/** A same-site path starting with a single "/", or null for anything else. */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  // Control characters and whitespace could be read differently by browsers ("/\t/evil.example").
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, window.location.origin);
  } catch {
    return null;
  }
  if (url.origin !== window.location.origin || authPages.includes(url.pathname)) return null;
  return url.pathname + url.search + url.hash;
}

/** The page a person starts on after signing in when no `?terug=` was given. */
export function homeOf(user: SessionUser): string {
  if (user.role === 'steward' || user.role === 'admin') return '/beheer';
  if (user.organisations.length > 0) return '/mijn-aanbod';
  return '/account';
}

/** /inloggen?terug=<this page>, so signing in leads back here (the language kept). */
export function signInHref(current: string): string {
  const back = safeReturnPath(current);
  return href('/inloggen', back && back !== '/' ? { terug: back } : {});
}
