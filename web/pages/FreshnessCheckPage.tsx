// /klopt-dit-nog/:id?t=…: the link an owner gets in a reminder. No login: it shows the title,
// opening hours and contact as they are now, with two big buttons: it is still right, or I want to
// change something (that needs signing in).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { AppLink, Link } from '../components/Link.tsx';
import { usePageTitle } from '../features/account/usePageTitle.ts';
import { confirmFresh, freshnessCheck, type FreshnessCheck } from '../features/freshness/api.ts';
import { ContactCheck } from '../features/freshness/ContactCheck.tsx';
import { ScheduleText } from '../features/freshness/ScheduleText.tsx';
import { LocationsInfo } from '../features/listing/LocationsInfo.tsx';
import { href, type Route } from '../router.ts';
import '../features/account/account.css';
import '../features/listing/listing.css';

type State =
  | { status: 'loading' }
  | { status: 'ok'; check: FreshnessCheck }
  | { status: 'confirmed'; check: FreshnessCheck }
  | { status: 'invalid'; expired: boolean }
  | { status: 'error' };

export function FreshnessCheckPage({ id, route }: { id: string; route: Route }) {
  const { t } = useTranslation('freshness');
  const token = route.query.get('t') ?? '';
  const [state, setState] = useState<State>(token ? { status: 'loading' } : { status: 'invalid', expired: false });
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const title =
    state.status === 'confirmed' ? t('thanks.title') : state.status === 'invalid' ? t('invalid.title') : t('check.title');
  const heading = usePageTitle(title);
  const changeHref = href('/inloggen', { terug: `/mijn-aanbod/${id}` });

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    freshnessCheck(id, token, controller.signal).then(
      (check) => setState({ status: 'ok', check }),
      (err) => {
        if (controller.signal.aborted) return;
        if (err instanceof ApiError && err.status >= 400 && err.status < 500) setState({ status: 'invalid', expired: err.status === 410 });
        else setState({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [id, token]);

  useEffect(() => {
    if (state.status === 'confirmed' || state.status === 'invalid') heading.current?.focus();
  }, [state.status, heading]);

  const confirm = async () => {
    if (state.status !== 'ok') return;
    setBusy(true);
    setFailed(false);
    try {
      await confirmFresh(id, token);
      setState({ status: 'confirmed', check: state.check });
    } catch (err) {
      if (err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 429) setState({ status: 'invalid', expired: err.status === 410 });
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sk-account sk-check">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {state.status === 'loading' && <p role="status">{t('common:loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('common:error')}</p>}
      {state.status === 'invalid' && (
        <>
          <p>{state.expired ? t('invalid.expired') : t('invalid.text')}</p>
          <p>
            <AppLink href={changeHref}>{t('invalid.signIn')}</AppLink>
          </p>
        </>
      )}
      {state.status === 'confirmed' && (
        <div role="status">
          <p>{t('thanks.text', { title: state.check.listing.title })}</p>
          <p>
            <Link to={`/aanbod/${id}`}>{t('thanks.view')}</Link>
          </p>
        </div>
      )}
      {state.status === 'ok' && (
        <>
          <p>{t('check.intro')}</p>
          <div className="sk-check__listing">
            <h2 lang="nl">{state.check.listing.title}</h2>
            {state.check.listing.organisation && <p>{t('check.organisation', { name: state.check.listing.organisation.name })}</p>}
            {state.check.listing.summary && <p lang="nl">{state.check.listing.summary}</p>}
            <h3>{t('check.when')}</h3>
            <ScheduleText schedule={state.check.listing.schedule} />
            <h3>{t('check.contact')}</h3>
            <ContactCheck contact={state.check.listing.contact} />
            <h3>{t('check.where')}</h3>
            <LocationsInfo locations={state.check.listing.locations} print />
          </div>
          <p className="sk-check__question">{t('check.question')}</p>
          <div className="sk-check__buttons">
            <button type="button" className="sk-button sk-button--big" disabled={busy} onClick={() => void confirm()}>
              {busy ? t('check.busy') : t('check.yes')}
            </button>
            <AppLink href={changeHref} className="sk-button sk-button--big sk-button--subtle">
              {t('check.no')}
            </AppLink>
          </div>
          {failed && (
            <p className="sk-field__error" role="alert">
              {t('check.failed')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
