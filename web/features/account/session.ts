// The signed-in person (or nobody), shared by every page: loaded once, updated on sign-in/out.
import { useEffect, useSyncExternalStore } from 'react';
import { api, setCsrfToken, type SessionAnswer } from '../../api/client.ts';

type SessionState = { status: 'loading' } | { status: 'ready'; session: SessionAnswer };

let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();
let loading: Promise<void> | null = null;

function set(session: SessionAnswer) {
  setCsrfToken(session.csrfToken);
  state = { status: 'ready', session };
  listeners.forEach((l) => l());
}

/** (Re)load the session from the server, e.g. after signing in elsewhere. */
export function refreshSession(): Promise<void> {
  loading = api.session().then(set, () => set({ user: null, csrfToken: null }));
  return loading;
}

/** After POST /api/session, invitation acceptance or sign-out: the server's answer is the new state. */
export const setSession = set;

/**
 * The session once it is known, loading it if nobody has yet: a write sends the CSRF token that
 * comes with it, so forms wait for this before they post.
 */
export async function sessionReady(): Promise<SessionAnswer> {
  if (state.status === 'loading') await (loading ?? refreshSession());
  return state.status === 'ready' ? state.session : { user: null, csrfToken: null };
}

export function useSession(): SessionState {
  const current = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
  useEffect(() => {
    if (state.status === 'loading' && !loading) void refreshSession();
  }, []);
  return current;
}
