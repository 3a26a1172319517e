// The steward's work, in sections with counts: proposed changes (field by field), listings to
// review, residents' reports, what is out of date or without owner, and new organisations.
// After each decision the queue is read again, and the focus goes back to the section.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { loadVersioned, transition } from '../editor/api.ts';
import { ReasonForm } from '../editor/fields.tsx';
import { freshnessLines } from '../editor/lifecycle.ts';
import { DiffTable } from '../editor/valueText.tsx';
import {
  acceptChange,
  approveOrganisation,
  declineChange,
  moderationQueue,
  resolveReport,
  type QueueAnswer,
  type QueueChange,
  type QueueListing,
  type QueueOrganisation,
  type QueueReport,
} from './api.ts';
import '../editor/editor.css';

type SectionId = 'changes' | 'review' | 'reports' | 'stale' | 'unowned' | 'organisations';
const sectionIds: SectionId[] = ['changes', 'review', 'reports', 'stale', 'unowned', 'organisations'];

const pageSize = 10;

type State = { status: 'loading' } | { status: 'failed' } | { status: 'ok'; queue: QueueAnswer };

/** A decision in progress on one item: which form is open. */
type Open = { id: string; form: string } | null;

const date = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

export function ModerationQueue() {
  const { t, i18n } = useTranslation('moderation');
  const lng = i18n.language;
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [focusSection, setFocusSection] = useState<SectionId | null>(null);
  // Long lists (hundreds of unchecked imported places) open a page at a time.
  const [shown, setShown] = useState<Record<SectionId, number>>(() => Object.fromEntries(sectionIds.map((id) => [id, pageSize])) as Record<SectionId, number>);
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    moderationQueue(controller.signal).then(
      (queue) => setState({ status: 'ok', queue }),
      () => !controller.signal.aborted && setState({ status: 'failed' }),
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(() => {
    if (!focusSection || state.status !== 'ok') return;
    document.getElementById(`queue-${focusSection}`)?.focus();
    setFocusSection(null);
  }, [state, focusSection]);

  /** Runs a decision; on success the queue is read again and the section heading takes the focus. */
  const decide = async (section: SectionId, action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      setOpen(null);
      setMessage({ text: done, ok: true });
      setFocusSection(section);
      setAttempt((n) => n + 1);
    } catch (err) {
      const text =
        err instanceof ApiError && err.status === 412
          ? t('errors.conflict')
          : err instanceof ApiError && err.status === 409
            ? t('errors.notPossible')
            : err instanceof ApiError && err.problem?.detail
              ? err.problem.detail
              : t('errors.failed');
      setMessage({ text, ok: false });
      requestAnimationFrame(() => messageRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  /** A lifecycle step on a listing in the queue, at its current version. */
  const step = async (listingId: string, to: 'gepubliceerd' | 'concept', reason?: string) => {
    const { etag } = await loadVersioned(listingId);
    await transition(listingId, to, etag, reason);
  };

  if (state.status === 'loading') return <p role="status">{t('common:loading')}</p>;
  if (state.status === 'failed')
    return (
      <div role="alert">
        <p>{t('errors.load')}</p>
        <button type="button" className="sk-button" onClick={() => setAttempt((n) => n + 1)}>
          {t('listing:retry')}
        </button>
      </div>
    );

  const { queue } = state;
  const visible = <S extends SectionId>(id: S) => queue[id].slice(0, shown[id]) as QueueAnswer[S];
  const reasonForm = (id: string, form: string) => open?.id === id && open.form === form;
  const toggle = (id: string, form: string) => setOpen(reasonForm(id, form) ? null : { id, form });

  const listingItem = (section: SectionId, l: QueueListing, actions?: ReactNode, after?: ReactNode) => (
    <li key={l.id} className="sk-owned__item">
      <h3 className="sk-owned__title">
        <Link to={`/mijn-aanbod/${l.id}`}>{l.title}</Link>
      </h3>
      <div className="sk-owned__meta">
        <span>{t(`listing:kind.${l.kind}`)}</span>
        <span className={`sk-state sk-state--${l.status}`}>{t(`editor:status.${l.status}`)}</span>
        <span>{l.organisation ? l.organisation.name : t('noOrganisation')}</span>
      </div>
      {section !== 'review' &&
        freshnessLines(l.freshness, t, lng).map((line) => (
          <p key={line.text} className={`sk-fresh ${line.stale ? 'sk-fresh--stale' : ''}`.trim()}>
            {line.text}
          </p>
        ))}
      <div className="sk-actions">
        <Link to={`/mijn-aanbod/${l.id}`} className="sk-button sk-button--subtle">
          {t('openEditor')}
          <span className="sk-visually-hidden">: {l.title}</span>
        </Link>
        {actions}
      </div>
      {after}
    </li>
  );

  const sections: Record<SectionId, ReactNode> = {
    changes: (
      <ul className="sk-owned">
        {visible('changes').map((c: QueueChange) => (
          <li key={c.id} className="sk-owned__item">
            <h3 className="sk-owned__title">
              <Link to={`/mijn-aanbod/${c.listingId}`}>{c.listingTitle}</Link>
            </h3>
            <p className="sk-owned__meta">
              <span>{t(`changeKind.${c.kind}`)}</span>
              <span>
                {t('proposedBy', {
                  who: c.proposedBy?.name ?? c.submitter?.name ?? t('someone'),
                  date: date(c.createdAt, lng),
                })}
              </span>
              {c.organisation && <span>{c.organisation.name}</span>}
            </p>
            {c.submitter?.email && (
              <p>
                {t('submitterEmail')} <a href={`mailto:${c.submitter.email}`}>{c.submitter.email}</a>
              </p>
            )}
            {c.message && <p className="sk-owned__message">{c.message}</p>}
            {c.outdated && <p className="sk-notice">{t('outdated')}</p>}
            {c.diff.length > 0 && <DiffTable caption={t('diffCaption', { title: c.listingTitle })} changes={c.diff} />}
            <div className="sk-actions">
              <button type="button" className="sk-button" disabled={busy} onClick={() => void decide('changes', () => acceptChange(c.id), t('done.accepted', { title: c.listingTitle }))}>
                {t('accept')}
                <span className="sk-visually-hidden">: {c.listingTitle}</span>
              </button>
              <button type="button" className="sk-button sk-button--subtle" aria-expanded={reasonForm(c.id, 'decline')} onClick={() => toggle(c.id, 'decline')}>
                {t('decline')}
                <span className="sk-visually-hidden">: {c.listingTitle}</span>
              </button>
            </div>
            {reasonForm(c.id, 'decline') && (
              <ReasonForm
                label={t('declineReason')}
                hint={t('declineReasonHint')}
                required
                submitLabel={t('declineConfirm')}
                busy={busy}
                onSubmit={(reason) => void decide('changes', () => declineChange(c.id, reason), t('done.declined', { title: c.listingTitle }))}
                onCancel={() => setOpen(null)}
              />
            )}
          </li>
        ))}
      </ul>
    ),
    review: (
      <ul className="sk-owned">
        {visible('review').map((l) =>
          listingItem(
            'review',
            l,
            <>
              <button type="button" className="sk-button" disabled={busy} onClick={() => void decide('review', () => step(l.id, 'gepubliceerd'), t('done.published', { title: l.title }))}>
                {t('publish')}
                <span className="sk-visually-hidden">: {l.title}</span>
              </button>
              <button type="button" className="sk-button sk-button--subtle" aria-expanded={reasonForm(l.id, 'sendBack')} onClick={() => toggle(l.id, 'sendBack')}>
                {t('sendBack')}
                <span className="sk-visually-hidden">: {l.title}</span>
              </button>
            </>,
            reasonForm(l.id, 'sendBack') && (
                <ReasonForm
                  label={t('sendBackReason')}
                  hint={t('sendBackReasonHint')}
                  required
                  submitLabel={t('sendBackConfirm')}
                  busy={busy}
                  onSubmit={(reason) => void decide('review', () => step(l.id, 'concept', reason), t('done.sentBack', { title: l.title }))}
                  onCancel={() => setOpen(null)}
                />
            ),
          ),
        )}
      </ul>
    ),
    reports: (
      <ul className="sk-owned">
        {visible('reports').map((r: QueueReport) => (
          <li key={r.id} className="sk-owned__item">
            <h3 className="sk-owned__title">
              <Link to={`/aanbod/${r.listingId}`}>{r.listingTitle}</Link>
            </h3>
            <p className="sk-owned__meta">
              <span>{t('reportedOn', { date: date(r.createdAt, lng) })}</span>
              <span>{t(`reportStatus.${r.status}`)}</span>
            </p>
            <p className="sk-owned__message">{r.message}</p>
            {r.email && (
              <p>
                {t('reporterEmail')} <a href={`mailto:${r.email}`}>{r.email}</a>
              </p>
            )}
            <div className="sk-actions">
              <Link to={`/mijn-aanbod/${r.listingId}`} className="sk-button sk-button--subtle">
                {t('openEditor')}
                <span className="sk-visually-hidden">: {r.listingTitle}</span>
              </Link>
              <button type="button" className="sk-button" aria-expanded={reasonForm(r.id, 'resolve')} onClick={() => toggle(r.id, 'resolve')}>
                {t('resolve')}
                <span className="sk-visually-hidden">: {r.listingTitle}</span>
              </button>
            </div>
            {reasonForm(r.id, 'resolve') && (
              <ReasonForm
                label={t('resolution')}
                hint={t('resolutionHint')}
                required={false}
                submitLabel={t('resolveConfirm')}
                busy={busy}
                onSubmit={(resolution) => void decide('reports', () => resolveReport(r.listingId, r.id, resolution), t('done.resolved', { title: r.listingTitle }))}
                onCancel={() => setOpen(null)}
              />
            )}
          </li>
        ))}
      </ul>
    ),
    stale: <ul className="sk-owned">{visible('stale').map((l) => listingItem('stale', l))}</ul>,
    unowned: <ul className="sk-owned">{visible('unowned').map((l) => listingItem('unowned', l))}</ul>,
    organisations: (
      <ul className="sk-owned">
        {visible('organisations').map((o: QueueOrganisation) => (
          <li key={o.id} className="sk-owned__item">
            <h3 className="sk-owned__title">{o.name}</h3>
            <p className="sk-owned__meta">{t('registeredOn', { date: date(o.createdAt, lng) })}</p>
            <div className="sk-actions">
              <button type="button" className="sk-button" disabled={busy} onClick={() => void decide('organisations', () => approveOrganisation(o.id), t('done.approved', { name: o.name }))}>
                {t('approve')}
                <span className="sk-visually-hidden">: {o.name}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    ),
  };

  return (
    <>
      <nav aria-label={t('tocLabel')} className="sk-queue-toc">
        <ul>
          {sectionIds.map((id) => (
            <li key={id}>
              <a href={`#queue-${id}`}>{t('sectionWithCount', { title: t(`sections.${id}`), count: queue.counts[id] })}</a>
            </li>
          ))}
        </ul>
      </nav>
      {message && (
        <p className={`sk-notice ${message.ok ? 'sk-notice--ok' : ''}`.trim()} role={message.ok ? 'status' : 'alert'} tabIndex={-1} ref={messageRef}>
          {message.text}
        </p>
      )}
      {sectionIds.map((id) => (
        <section key={id} id={`section-${id}`} className="sk-queue-section" aria-labelledby={`queue-${id}`}>
          <h2 id={`queue-${id}`} tabIndex={-1}>
            {t(`sections.${id}`)} <span className="sk-queue-count">({queue.counts[id]})</span>
          </h2>
          <p className="sk-form-section__intro">{t(`intros.${id}`)}</p>
          {queue[id].length === 0 ? <p>{t(`empty.${id}`)}</p> : sections[id]}
          {queue[id].length > shown[id] && (
            <button
              type="button"
              className="sk-button sk-button--subtle"
              onClick={() => {
                // The focus goes to the first newly shown item.
                const next = shown[id];
                setShown({ ...shown, [id]: next + pageSize * 2 });
                requestAnimationFrame(() => document.querySelectorAll(`#section-${id} .sk-owned__item`)[next]?.querySelector<HTMLElement>('a, button')?.focus());
              }}
            >
              {t('showMore', { shown: Math.min(shown[id], queue[id].length), count: queue[id].length })}
            </button>
          )}
          {queue[id].length < queue.counts[id] && <p>{t('more', { shown: queue[id].length, count: queue.counts[id] })}</p>}
        </section>
      ))}
    </>
  );
}
