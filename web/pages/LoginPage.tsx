// /inloggen?terug=/pad: signing in with e-mail and password; afterwards back to `terug` (a page of
// this site only) or to where this person usually starts.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { AppLink, Link } from '../components/Link.tsx';
import { RateLimited, signIn } from '../features/account/auth.ts';
import { EmailField, ErrorSummary, Field, looksLikeEmail, useForm, type FieldErrors } from '../features/account/form.tsx';
import { usePageTitle } from '../features/account/usePageTitle.ts';
import { homeOf, safeReturnPath } from '../features/account/returnPath.ts';
import { useSession } from '../features/account/session.ts';
import { href, navigate, type Route } from '../router.ts';
import '../features/account/account.css';

export function LoginPage({ route }: { route: Route }) {
  const { t } = useTranslation('account');
  const session = useSession();
  const form = useForm();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const back = safeReturnPath(route.query.get('terug'));
  const signedOut = route.query.get('uitgelogd') === '1';
  const heading = usePageTitle(t('login.title'));

  const user = session.status === 'ready' ? session.session.user : null;
  useEffect(() => {
    // Arriving signed out: the heading has the focus, so the "uitgelogd" message is read next.
    if (signedOut) heading.current?.focus();
  }, [signedOut, heading]);

  const labels = { email: t('login.email'), password: t('login.password') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (!looksLikeEmail(email)) found.email = t('errors.email');
    if (!password) found.password = t('errors.passwordEmpty');
    if (Object.keys(found).length) return form.fail(found);
    form.setBusy(true);
    try {
      const answer = await signIn(email.trim(), password);
      form.clear();
      navigate(back ?? href(answer.user ? homeOf(answer.user) : '/account'));
    } catch (err) {
      setPassword('');
      if (err instanceof RateLimited) form.fail({}, t('errors.tooOften', { count: err.minutes }));
      // The same words whether the address is unknown or the password wrong: nobody learns
      // from this page who has an account.
      else if (err instanceof ApiError && (err.status === 401 || err.status === 400)) form.fail({}, t('login.wrong'));
      else form.fail({}, t('form.failed'));
    } finally {
      form.setBusy(false);
    }
  };

  return (
    <section className="sk-account sk-account--narrow">
      <h1 ref={heading} tabIndex={-1}>
        {t('login.title')}
      </h1>
      {signedOut && !user && (
        <p className="sk-notice sk-notice--success" role="status">
          {t('login.signedOut')}
        </p>
      )}
      {user ? (
        <>
          <p>{t('login.already', { name: user.name })}</p>
          <p>
            <AppLink href={back ?? href(homeOf(user))} className="sk-button">
              {t('login.continue')}
            </AppLink>
          </p>
        </>
      ) : (
        <>
          <p>{t('login.intro')}</p>
          <form className="sk-form" noValidate onSubmit={(e) => void submit(e)}>
            <ErrorSummary form={form} labels={labels} />
            <EmailField form={form} label={labels.email} value={email} onChange={setEmail} />
            <Field form={form} name="password" label={labels.password}>
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="current-password"
                  required
                  maxLength={200}
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              )}
            </Field>
            <button type="submit" className="sk-button" disabled={form.busy}>
              {form.busy ? t('login.busy') : t('login.submit')}
            </button>
          </form>
          <p>
            <Link to="/wachtwoord-vergeten">{t('login.forgot')}</Link>
          </p>
          <p>
            {t('login.noAccount')} <Link to="/meld-een-initiatief">{t('login.submitInitiative')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
