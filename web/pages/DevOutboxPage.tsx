// /dev/berichten: in development (no mail server configured) the mails the product would send,
// newest first, with their links clickable, so invitations and password resets can be followed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { outbox, type OutboxMessage } from '../features/account/auth.ts';
import { Linkified } from '../features/account/linkify.tsx';
import { usePageTitle } from '../features/account/usePageTitle.ts';
import '../features/account/account.css';

type State = { status: 'loading' } | { status: 'ok'; items: OutboxMessage[] } | { status: 'unavailable' } | { status: 'error' };

export function DevOutboxPage() {
  const { t, i18n } = useTranslation('account');
  const heading = usePageTitle(t('outbox.title'));
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'medium' });

  useEffect(() => {
    const controller = new AbortController();
    outbox(controller.signal).then(
      (answer) => setState({ status: 'ok', items: answer.items }),
      (err) => {
        if (controller.signal.aborted) return;
        setState(err instanceof ApiError && (err.status === 404 || err.status === 403) ? { status: 'unavailable' } : { status: 'error' });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  return (
    <section className="sk-account">
      <h1 ref={heading} tabIndex={-1}>
        {t('outbox.title')}
      </h1>
      <p>{t('outbox.intro')}</p>
      <p>
        <button type="button" className="sk-button sk-button--subtle" onClick={() => setAttempt((n) => n + 1)}>
          {t('outbox.refresh')}
        </button>
      </p>
      {state.status === 'loading' && <p role="status">{t('common:loading')}</p>}
      {state.status === 'unavailable' && <p>{t('outbox.unavailable')}</p>}
      {state.status === 'error' && <p role="alert">{t('common:error')}</p>}
      {state.status === 'ok' && state.items.length === 0 && <p>{t('outbox.empty')}</p>}
      {state.status === 'ok' && state.items.length > 0 && (
        <ol className="sk-outbox" aria-label={t('outbox.listLabel')}>
          {state.items.map((m, index) => (
            <li key={m.id} className="sk-outbox__message">
              <article aria-labelledby={`sk-outbox-${index}`}>
                <h2 id={`sk-outbox-${index}`} className="sk-outbox__subject">
                  {m.subject}
                </h2>
                <p className="sk-outbox__meta">
                  {t('outbox.to', { to: m.to })}
                  <br />
                  {t('outbox.sent', { date: Number.isNaN(Date.parse(m.createdAt)) ? m.createdAt : when.format(new Date(m.createdAt)) })}
                </p>
                <div className="sk-outbox__text" lang="nl">
                  <Linkified text={m.text} />
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
