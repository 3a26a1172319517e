// /wachtwoord-vergeten: ask for a reset link. The answer is the same whether or not the address
// has an account, so nobody can use this page to find out who has one.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { RateLimited, requestPasswordReset } from '../features/account/auth.ts';
import { EmailField, ErrorSummary, looksLikeEmail, useForm } from '../features/account/form.tsx';
import { usePageTitle } from '../features/account/usePageTitle.ts';
import '../features/account/account.css';

export function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  const form = useForm();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const heading = usePageTitle(t('forgot.title'));

  useEffect(() => {
    if (sentTo) heading.current?.focus();
  }, [sentTo, heading]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!looksLikeEmail(email)) return form.fail({ email: t('errors.email') });
    form.setBusy(true);
    try {
      await requestPasswordReset(email.trim());
      form.clear();
      setSentTo(email.trim());
    } catch (err) {
      if (err instanceof RateLimited) form.fail({}, t('errors.tooOften', { count: err.minutes }));
      else if (err instanceof ApiError && err.status === 400) form.fail({ email: t('errors.email') });
      else form.fail({}, t('form.failed'));
    } finally {
      form.setBusy(false);
    }
  };

  return (
    <section className="sk-account sk-account--narrow">
      <h1 ref={heading} tabIndex={-1}>
        {sentTo ? t('forgot.sentTitle') : t('forgot.title')}
      </h1>
      {sentTo ? (
        <div role="status">
          <p>{t('forgot.sent', { email: sentTo })}</p>
          <p>{t('forgot.spam')}</p>
        </div>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <form className="sk-form" noValidate onSubmit={(e) => void submit(e)}>
            <ErrorSummary form={form} labels={{ email: t('login.email') }} />
            <EmailField form={form} label={t('login.email')} value={email} onChange={setEmail} />
            <button type="submit" className="sk-button" disabled={form.busy}>
              {form.busy ? t('form.sending') : t('forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p>
        <Link to="/inloggen">{t('forgot.back')}</Link>
      </p>
    </section>
  );
}
