// "Mijn aanbod": every listing of my organisations, whatever its status, with how fresh it is
// and what to do next (edit, look, "Klopt nog").
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { myListings, verifyListing } from './api.ts';
import { freshnessLines } from './lifecycle.ts';
import type { User } from './SignedIn.tsx';

type State = { status: 'loading' } | { status: 'failed' } | { status: 'ok'; items: Listing[] };

export function MyListings({ user }: { user: User }) {
  const { t, i18n } = useTranslation('editor');
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    myListings(controller.signal).then(
      ({ items }) => setState({ status: 'ok', items }),
      () => !controller.signal.aborted && setState({ status: 'failed' }),
    );
    return () => controller.abort();
  }, [attempt]);

  const verify = async (l: Listing) => {
    setBusyId(l.id);
    setAnnouncement('');
    try {
      await verifyListing(l.id);
      setAnnouncement(t('mine.verified', { title: l.title }));
      setAttempt((n) => n + 1);
    } catch {
      setAnnouncement(t('mine.verifyFailed', { title: l.title }));
    } finally {
      setBusyId(null);
    }
  };

  const organisations = user.organisations.map((o) => o.name);

  return (
    <section className="sk-owner">
      <h1 ref={heading} tabIndex={-1}>
        {t('mine.title')}
      </h1>
      {organisations.length > 0 ? (
        <p className="sk-owner__lead">{t('mine.intro', { organisations: organisations.join(', ') })}</p>
      ) : user.role === 'steward' || user.role === 'admin' ? (
        <p className="sk-owner__lead">
          {t('mine.stewardNoOrganisation')} <Link to="/beheer">{t('mine.toModeration')}</Link>
        </p>
      ) : (
        <p className="sk-owner__lead">{t('mine.noOrganisation')}</p>
      )}
      <p>
        <Link to="/mijn-aanbod/nieuw" className="sk-button">
          {t('mine.new')}
        </Link>
      </p>
      <p className="sk-status" role="status">
        {announcement}
      </p>
      {state.status === 'loading' && <p role="status">{t('common:loading')}</p>}
      {state.status === 'failed' && (
        <div role="alert">
          <p>{t('mine.failed')}</p>
          <button type="button" className="sk-button" onClick={() => setAttempt((n) => n + 1)}>
            {t('listing:retry')}
          </button>
        </div>
      )}
      {state.status === 'ok' && state.items.length === 0 && <p>{t('mine.empty')}</p>}
      {state.status === 'ok' && state.items.length > 0 && (
        <>
          <p>{t('mine.count', { count: state.items.length })}</p>
          <ul className="sk-owned" aria-label={t('mine.listLabel')}>
            {state.items.map((l) => {
              const allowed = new Set(l.allowedActions ?? []);
              return (
                <li key={l.id} className="sk-owned__item">
                  <h2 className="sk-owned__title">
                    <Link to={`/mijn-aanbod/${l.id}`}>{l.title}</Link>
                  </h2>
                  <div className="sk-owned__meta">
                    <span>{t(`listing:kind.${l.kind}`)}</span>
                    <span className={`sk-state sk-state--${l.status}`}>{t(`status.${l.status}`)}</span>
                    {l.organisation && <span>{l.organisation.name}</span>}
                  </div>
                  {freshnessLines(l.freshness, t, i18n.language).map((line) => (
                    <p key={line.text} className={`sk-fresh ${line.stale ? 'sk-fresh--stale' : ''}`.trim()}>
                      {line.text}
                    </p>
                  ))}
                  <div className="sk-actions">
                    <Link to={`/mijn-aanbod/${l.id}`} className="sk-button sk-button--subtle">
                      {t('mine.edit')}
                      <span className="sk-visually-hidden">: {l.title}</span>
                    </Link>
                    {l.status === 'gepubliceerd' && (
                      <Link to={`/aanbod/${l.id}`} className="sk-button sk-button--subtle">
                        {t('mine.view')}
                        <span className="sk-visually-hidden">: {l.title}</span>
                      </Link>
                    )}
                    {(l.allowedActions === undefined || allowed.has('verify')) && l.status !== 'gearchiveerd' && (
                      <button type="button" className="sk-button sk-button--subtle" disabled={busyId === l.id} onClick={() => void verify(l)}>
                        {t('mine.verify')}
                        <span className="sk-visually-hidden">: {l.title}</span>
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
