// /account: my details, my organisations, API tokens, and signing out everywhere.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link.tsx';
import { ApiTokens } from '../features/account/ApiTokens.tsx';
import { signOutEverywhere } from '../features/account/auth.ts';
import { usePageTitle } from '../features/account/usePageTitle.ts';
import { useSignedIn } from '../features/account/useSignedIn.ts';
import { href, navigate } from '../router.ts';
import '../features/account/account.css';

export function AccountPage() {
  const { t } = useTranslation('account');
  const user = useSignedIn();
  const heading = usePageTitle(t('page.title'));
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  if (!user) {
    return (
      <p role="status" className="sk-account">
        {t('common:loading')}
      </p>
    );
  }

  const everywhere = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await signOutEverywhere();
      navigate(href('/inloggen', { uitgelogd: '1' }));
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <section className="sk-account">
      <h1 ref={heading} tabIndex={-1}>
        {t('page.title')}
      </h1>

      <section className="sk-account__section" aria-labelledby="sk-account-details">
        <h2 id="sk-account-details">{t('page.details')}</h2>
        <dl className="sk-details">
          <div>
            <dt>{t('page.name')}</dt>
            <dd>{user.name}</dd>
          </div>
          <div>
            <dt>{t('page.email')}</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>{t('page.role')}</dt>
            <dd>{t(`roles.${user.role}`)}</dd>
          </div>
        </dl>
        <p className="sk-field__hint">{t('page.changeDetails')}</p>
      </section>

      <section className="sk-account__section" aria-labelledby="sk-account-organisations">
        <h2 id="sk-account-organisations">{t('page.organisations')}</h2>
        {user.organisations.length === 0 ? (
          <p>{t('page.noOrganisations')}</p>
        ) : (
          <>
            <ul className="sk-organisations">
              {user.organisations.map((o) => (
                <li key={o.id}>
                  <span className="sk-organisations__name">{o.name}</span>
                  <span className="sk-organisations__trust">{o.trusted ? t('page.trusted') : t('page.notTrusted')}</span>
                </li>
              ))}
            </ul>
            <p>
              <Link to="/mijn-aanbod">{t('page.toMyListings')}</Link>
            </p>
          </>
        )}
      </section>

      <ApiTokens user={user} />

      <section className="sk-account__section" aria-labelledby="sk-account-everywhere">
        <h2 id="sk-account-everywhere">{t('everywhere.title')}</h2>
        <p>{t('everywhere.text')}</p>
        <button type="button" className="sk-button sk-button--subtle" disabled={busy} onClick={() => void everywhere()}>
          {t('everywhere.button')}
        </button>
        {failed && (
          <p className="sk-field__error" role="alert">
            {t('form.failed')}
          </p>
        )}
      </section>
    </section>
  );
}
