// "Geschiedenis": who changed what and when, field by field (old → new), newest first. Loaded
// only when opened.
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { listingHistory, type AuditEntry } from './api.ts';
import { DiffTable } from './valueText.tsx';

const dateTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

/**
 * The server records actions in Dutch words ("gewijzigd", "status: gepubliceerd", "wijziging
 * afgewezen", "melding afgehandeld"); each known one has words in both catalogs.
 */
function actionText(action: string, t: TFunction): string {
  const known: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^aangemaakt$/, () => t('history.actions.create')],
    [/^gewijzigd$/, () => t('history.actions.update')],
    [/^status: (\w+)$/, (m) => t(`history.actions.status.${m[1]}`, { defaultValue: action })],
    [/^gecontroleerd$/, () => t('history.actions.verify')],
    [/^samengevoegd/, () => t('history.actions.merge')],
    [/^geclaimd$/, () => t('history.actions.claim')],
    [/^wijziging voorgesteld$/, () => t('history.actions.propose')],
    [/^(wijziging|aanmelding|claim) geaccepteerd$/, () => t('history.actions.accept')],
    [/^(wijziging|aanmelding|claim) afgewezen$/, () => t('history.actions.decline')],
    [/^melding (\w+)$/, (m) => t(`history.actions.report.${m[1]}`, { defaultValue: action })],
  ];
  for (const [pattern, text] of known) {
    const m = pattern.exec(action);
    if (m) return text(m);
  }
  return action;
}

export function History({ listingId }: { listingId: string }) {
  const { t, i18n } = useTranslation('editor');
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<{ status: 'idle' | 'loading' | 'failed' } | { status: 'ok'; items: AuditEntry[] }>({ status: 'idle' });

  useEffect(() => {
    if (!open || state.status !== 'idle') return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    listingHistory(listingId, controller.signal).then(
      ({ items }) => setState({ status: 'ok', items }),
      () => !controller.signal.aborted && setState({ status: 'failed' }),
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once when first opened
  }, [open, listingId]);

  return (
    <section className="sk-history" aria-labelledby="sk-history-title">
      <h2 id="sk-history-title">{t('history.title')}</h2>
      <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('history.show')}</summary>
      {state.status === 'loading' && <p role="status">{t('common:loading')}</p>}
      {state.status === 'failed' && <p role="alert">{t('history.failed')}</p>}
      {state.status === 'ok' && state.items.length === 0 && <p>{t('history.empty')}</p>}
      {state.status === 'ok' && state.items.length > 0 && (
        <ol className="sk-history__list">
          {state.items.map((entry) => (
            <li key={entry.id} className="sk-history__entry">
              <p className="sk-history__who">
                {t('history.entry', {
                  when: dateTime(entry.at, i18n.language),
                  who: entry.actor.name || t('history.someone'),
                  action: actionText(entry.action, t),
                })}
              </p>
              {entry.reason && <p>{t('history.reason', { reason: entry.reason })}</p>}
              {entry.changes.length > 0 && (
                <DiffTable caption={t('history.caption', { when: dateTime(entry.at, i18n.language) })} changes={entry.changes} />
              )}
            </li>
          ))}
        </ol>
      )}
      </details>
    </section>
  );
}
