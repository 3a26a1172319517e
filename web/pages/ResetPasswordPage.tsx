// /wachtwoord-herstellen?token=…: the link from the reset mail. A new password, twice; a used or
// expired link is explained, with the way to ask for a new one.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { RateLimited, confirmPasswordReset } from '../features/account/auth.ts';
import { ErrorSummary, problemErrors, useForm } from '../features/account/form.tsx';
import { NewPasswordFields, checkNewPassword, type NewPassword } from '../features/account/NewPasswordFields.tsx';
import { usePageTitle } from '../features/account/usePageTitle.ts';
import type { Route } from '../router.ts';
import '../features/account/account.css';

type Outcome = 'form' | 'done' | 'invalid';

export function ResetPasswordPage({ route }: { route: Route }) {
  const { t, i18n } = useTranslation('account');
  const token = route.query.get('token') ?? '';
  const form = useForm();
  const [value, setValue] = useState<NewPassword>({ password: '', repeat: '' });
  const [outcome, setOutcome] = useState<Outcome>(token ? 'form' : 'invalid');
  const title = outcome === 'done' ? t('reset.doneTitle') : outcome === 'invalid' ? t('reset.invalidTitle') : t('reset.title');
  const heading = usePageTitle(title);
  const labels = { password: t('reset.password'), repeat: t('reset.repeat') };

  useEffect(() => {
    if (outcome !== 'form') heading.current?.focus();
  }, [outcome, heading]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkNewPassword(value, t);
    if (Object.keys(found).length) return form.fail(found);
    form.setBusy(true);
    try {
      await confirmPasswordReset(token, value.password);
      setOutcome('done');
    } catch (err) {
      if (err instanceof RateLimited) form.fail({}, t('errors.tooOften', { count: err.minutes }));
      else if (err instanceof ApiError && err.status === 400) {
        const { errors } = problemErrors(err, { token: 'token', password: 'password' }, { language: i18n.language, ownText: () => t('errors.passwordShort') });
        if (errors.token || !errors.password) setOutcome('invalid');
        else form.fail({ password: errors.password });
      } else if (err instanceof ApiError && (err.status === 404 || err.status === 410)) setOutcome('invalid');
      else form.fail({}, t('form.failed'));
    } finally {
      form.setBusy(false);
    }
  };

  return (
    <section className="sk-account sk-account--narrow">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {outcome === 'done' && (
        <>
          <p role="status">{t('reset.done')}</p>
          <p>
            <Link to="/inloggen" className="sk-button">
              {t('reset.toSignIn')}
            </Link>
          </p>
        </>
      )}
      {outcome === 'invalid' && (
        <>
          <p>{t('reset.invalid')}</p>
          <p>
            <Link to="/wachtwoord-vergeten" className="sk-button">
              {t('reset.requestNew')}
            </Link>
          </p>
        </>
      )}
      {outcome === 'form' && (
        <>
          <p>{t('reset.intro')}</p>
          <form className="sk-form" noValidate onSubmit={(e) => void submit(e)}>
            <ErrorSummary form={form} labels={labels} />
            <NewPasswordFields form={form} value={value} onChange={setValue} labels={labels} />
            <button type="submit" className="sk-button" disabled={form.busy}>
              {form.busy ? t('form.saving') : t('reset.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
