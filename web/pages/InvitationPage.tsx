// /uitnodiging?token=…: someone invited you to join an organisation (or a role at the gemeente).
// Your name and a password make the account; you are then signed in and go to "Mijn aanbod".
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { RateLimited, acceptInvitation, invitation, type Invitation } from '../features/account/auth.ts';
import { ErrorSummary, Field, problemErrors, useForm } from '../features/account/form.tsx';
import { NewPasswordFields, checkNewPassword, type NewPassword } from '../features/account/NewPasswordFields.tsx';
import { usePageTitle } from '../features/account/usePageTitle.ts';
import { formatList } from '../features/listing/format.ts';
import { href, navigate, type Route } from '../router.ts';
import '../features/account/account.css';

type State = { status: 'loading' } | { status: 'ok'; invitation: Invitation } | { status: 'unknown' } | { status: 'expired' } | { status: 'error' };

export function InvitationPage({ route }: { route: Route }) {
  const { t, i18n } = useTranslation('account');
  const token = route.query.get('token') ?? '';
  const [state, setState] = useState<State>(token ? { status: 'loading' } : { status: 'unknown' });
  const form = useForm();
  const [name, setName] = useState('');
  const [password, setPassword] = useState<NewPassword>({ password: '', repeat: '' });
  const title =
    state.status === 'unknown' ? t('invite.unknownTitle') : state.status === 'expired' ? t('invite.expiredTitle') : t('invite.title');
  const heading = usePageTitle(title);
  const labels = { name: t('invite.name'), password: t('invite.password'), repeat: t('invite.repeat') };

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    invitation(token, controller.signal).then(
      (found) => {
        setState({ status: 'ok', invitation: found });
        setName((current) => current || found.name);
      },
      (err) => {
        if (controller.signal.aborted) return;
        if (err instanceof ApiError && err.status === 410) setState({ status: 'expired' });
        else if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setState({ status: 'unknown' });
        else setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [token]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = { ...(name.trim() ? {} : { name: t('errors.name') }), ...checkNewPassword(password, t) };
    if (Object.keys(found).length) return form.fail(found);
    form.setBusy(true);
    try {
      await acceptInvitation(token, name.trim(), password.password);
      navigate(href('/mijn-aanbod'));
    } catch (err) {
      if (err instanceof RateLimited) form.fail({}, t('errors.tooOften', { count: err.minutes }));
      else if (err instanceof ApiError && err.status === 410) setState({ status: 'expired' });
      else if (err instanceof ApiError && err.status === 404) setState({ status: 'unknown' });
      else if (err instanceof ApiError && err.status === 400) {
        const { errors, rest } = problemErrors(
          err,
          { name: 'name', password: 'password', token: 'token' },
          { language: i18n.language, ownText: (field) => t(field === 'name' ? 'errors.name' : 'errors.passwordShort') },
        );
        if (errors.token) setState({ status: 'unknown' });
        else form.fail(errors, rest.length ? rest.join(' ') : Object.keys(errors).length ? null : t('form.failed'));
      } else form.fail({}, t('form.failed'));
    } finally {
      form.setBusy(false);
    }
  };

  return (
    <section className="sk-account sk-account--narrow">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {state.status === 'loading' && <p role="status">{t('common:loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('common:error')}</p>}
      {state.status === 'unknown' && (
        <>
          <p>{t('invite.unknown')}</p>
          <p>
            <Link to="/inloggen">{t('invite.toSignIn')}</Link>
          </p>
        </>
      )}
      {state.status === 'expired' && <p>{t('invite.expired')}</p>}
      {state.status === 'ok' && (
        <>
          <p>
            {state.invitation.organisations.length > 0
              ? t('invite.forOrganisations', { organisations: formatList(state.invitation.organisations.map((o) => o.name), i18n.language) })
              : t('invite.forSite')}
          </p>
          <p>
            {t('invite.role', { role: t(`roles.${state.invitation.role}`) })}
            <br />
            {t('invite.email', { email: state.invitation.email })}
          </p>
          <form className="sk-form" noValidate onSubmit={(e) => void submit(e)}>
            <ErrorSummary form={form} labels={labels} />
            {/* For password managers: which account the new password belongs to. */}
            <input type="hidden" name="username" autoComplete="username" value={state.invitation.email} readOnly />
            <Field form={form} name="name" label={labels.name} hint={t('invite.nameHint')} required>
              {(control) => (
                <input {...control} type="text" autoComplete="name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
              )}
            </Field>
            <NewPasswordFields form={form} value={password} onChange={setPassword} labels={labels} />
            <button type="submit" className="sk-button" disabled={form.busy}>
              {form.busy ? t('form.saving') : t('invite.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
