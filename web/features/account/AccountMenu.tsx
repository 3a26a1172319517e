// In the header: "Inloggen" for everyone who is not signed in; the person's name (to /account)
// and "Uitloggen" for who is.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink, Link } from '../../components/Link.tsx';
import { href, navigate, type Route } from '../../router.ts';
import { signOut } from './auth.ts';
import { signInHref } from './returnPath.ts';
import { useSession } from './session.ts';

export function AccountMenu({ route }: { route: Route }) {
  const { t } = useTranslation('account');
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  // Nothing while loading: "Inloggen" flashing by before the name would be confusing.
  if (session.status === 'loading') return null;
  const user = session.session.user;

  if (!user) {
    const query = new URLSearchParams(route.query);
    query.delete('lang');
    const here = route.path + (query.size ? `?${query}` : '');
    return (
      <AppLink href={signInHref(here)} className="sk-account-menu__link">
        {t('menu.signIn')}
      </AppLink>
    );
  }

  const leave = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await signOut();
      navigate(href('/inloggen', { uitgelogd: '1' }));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Link to="/account" className="sk-account-menu__link sk-account-menu__name">
        <span className="sk-visually-hidden">{t('menu.account')} </span>
        {user.name}
      </Link>
      <button type="button" className="sk-button sk-button--subtle" disabled={busy} onClick={() => void leave()}>
        {t('menu.signOut')}
      </button>
      {failed && (
        <span className="sk-field__error" role="alert">
          {t('menu.signOutFailed')}
        </span>
      )}
    </>
  );
}
