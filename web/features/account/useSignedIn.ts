// Pages for signed-in people: without a session, go to /inloggen and come back here afterwards.
import { useEffect } from 'react';
import type { SessionUser } from '../../../api/accounts/schemas.ts';
import { navigate } from '../../router.ts';
import { signInHref } from './returnPath.ts';
import { useSession } from './session.ts';

/** The signed-in person; null while the session loads or while going to /inloggen. */
export function useSignedIn(): SessionUser | null {
  const session = useSession();
  const user = session.status === 'ready' ? session.session.user : null;
  const signedOut = session.status === 'ready' && !user;
  useEffect(() => {
    if (signedOut) navigate(signInHref(window.location.pathname + window.location.search), { replace: true });
  }, [signedOut]);
  return user;
}
