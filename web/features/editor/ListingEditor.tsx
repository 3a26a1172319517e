// The listing editor: load with the version (ETag), edit, preview as residents see it, check for
// duplicates before a new listing is saved, save (or propose, when a steward decides), take the
// lifecycle steps the server allows, and read the history.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listing, SessionAnswer } from '../../api/client.ts';
import { ApiError } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { navigate } from '../../router.ts';
import {
  createListing,
  findDuplicates,
  etagOfVersion,
  loadVersioned,
  transition,
  updateListing,
  type Duplicate,
  type ListingStatus,
  type Versioned,
} from './api.ts';
import { bodyOf, changedFields, draftOf, sentLocationIndexes, emptyDraft, previewListing, sameDraft, type Draft, type FieldErrors } from './draft.ts';
import { DuplicatesNotice } from './DuplicatesNotice.tsx';
import { ErrorSummary, FieldErrorsProvider, ReasonForm } from './fields.tsx';
import { History } from './History.tsx';
import { MergeDuplicates } from './MergeDuplicates.tsx';
import { availableSteps, freshnessLines, type Step } from './lifecycle.ts';
import { ListingForm, type OrganisationOption } from './ListingForm.tsx';
import { Preview } from './Preview.tsx';

type User = NonNullable<SessionAnswer['user']>;

type Notice = { tone: 'ok' | 'warn'; text: string; reload?: boolean; signIn?: boolean };

type Load = { status: 'loading' } | { status: 'ready' } | { status: 'not-found' } | { status: 'gone' } | { status: 'error' };

const isSteward = (user: User) => user.role === 'steward' || user.role === 'admin';

/**
 * The server's field errors, the first message per field. Empty addresses are not sent, so the
 * server's "locations.1" may be the form's third address: `locationIndexes` maps them back.
 */
function fieldErrorsOf(err: ApiError, locationIndexes: number[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const e of err.problem?.errors ?? []) {
    // "a, b": several unknown keys in one message; each is its own field.
    for (const field of e.field.split(', ')) {
      const path = field.replace(/^locations\.(\d+)/, (whole, n: string) => `locations.${locationIndexes[Number(n)] ?? n}`);
      errors[path] ??= e.message;
    }
  }
  return errors;
}

export function ListingEditor({ id, user }: { id: string | null; user: User }) {
  const { t, i18n } = useTranslation('editor');
  const [load, setLoad] = useState<Load>(id ? { status: 'loading' } : { status: 'ready' });
  const [saved, setSaved] = useState<Versioned | null>(null);
  const firstOrganisation = user.organisations[0]?.id ?? '';
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(firstOrganisation));
  const [initial, setInitial] = useState<Draft>(draft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const [duplicates, setDuplicates] = useState<{ items: Duplicate[]; status: ListingStatus } | null>(null);
  const [askReason, setAskReason] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloadCount, setReloadCount] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const listing = saved?.listing ?? null;
  const dirty = !sameDraft(draft, initial);
  const allowed = new Set(listing?.allowedActions ?? []);
  const canSave = !listing || allowed.has('update') || allowed.has('propose');
  const proposeOnly = !!listing && !allowed.has('update') && allowed.has('propose');
  const steps = listing ? availableSteps(listing) : [];

  useEffect(() => {
    if (!id) {
      // Back from a listing to "Nieuw aanbod": start empty.
      if (saved) {
        const d = emptyDraft(firstOrganisation);
        setSaved(null);
        setDraft(d);
        setInitial(d);
        setNotice(null);
      }
      setLoad({ status: 'ready' });
      return;
    }
    // Just created here: what the server answered is already the newest version.
    if (saved?.listing.id === id && reloadCount === 0) return;
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    loadVersioned(id, controller.signal).then(
      (v) => {
        setSaved(v);
        const d = draftOf(v.listing);
        setDraft(d);
        setInitial(d);
        setErrors({});
        setLoad({ status: 'ready' });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 403)) setLoad({ status: 'not-found' });
        else if (err instanceof ApiError && err.status === 410) setLoad({ status: 'gone' });
        else setLoad({ status: 'error' });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload on a new id or on request only
  }, [id, reloadCount]);

  // Opening another listing: the message about the previous one no longer applies.
  useEffect(() => {
    if (id && saved?.listing.id !== id) setNotice(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the URL's listing changes
  }, [id]);

  const title = id ? t('editor.editTitle') : t('editor.newTitle');
  useEffect(() => {
    document.title = `${listing ? `${title}: ${listing.title}` : title} – ${t('common:siteName')}`;
  }, [title, listing, t]);

  // Leaving the page with unsaved changes asks first (a reload or closing the tab).
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  /** After a steward's merge: on to the listing that stays (already the newest version). */
  const merged = (survivor: Listing) => {
    const d = draftOf(survivor);
    setSaved({ listing: survivor, etag: etagOfVersion(survivor.version) });
    setDraft(d);
    setInitial(d);
    setErrors({});
    navigate(`/mijn-aanbod/${survivor.id}`);
    setNotice({ tone: 'ok', text: t('merge.done', { title: survivor.title }) });
  };

  const organisations: OrganisationOption[] = [
    ...user.organisations.map((o) => ({ id: o.id, name: o.name })),
    ...(listing?.organisation && !user.organisations.some((o) => o.id === listing.organisation!.id) ? [listing.organisation] : []),
  ];
  const organisationName = organisations.find((o) => o.id === draft.organisationId)?.name ?? null;

  /** Errors found before asking the server, in the person's language. */
  const check = (): { body: ReturnType<typeof bodyOf>['body'] | null; found: FieldErrors } => {
    const { body, problems } = bodyOf(draft);
    const found: FieldErrors = {};
    if (draft.title.trim().length < 2) found.title = t('errors.title');
    if (draft.kind === 'vacature' && !draft.vacature.inzetType) found['vacature.inzetType'] = t('errors.inzetType');
    if (draft.kind === 'vacature' && draft.vacature.vogRequired && !draft.vacature.vogReason.trim()) found['vacature.vogReason'] = t('errors.vogReason');
    if (draft.toegang === 'speciaal_voor' && !draft.speciaalVoor.trim()) found.speciaalVoor = t('errors.speciaalVoor');
    if (draft.kosten.type === 'bedrag' && !draft.kosten.bedrag.trim()) found['kosten.bedrag'] = t('errors.bedrag');
    for (const [field, problem] of Object.entries(problems)) found[field] ??= t(`errors.${problem}`);
    return { body: Object.keys(found).length ? null : body, found };
  };

  /** What an API failure means for the person; field errors go next to their fields. */
  const failed = (err: unknown) => {
    if (!(err instanceof ApiError)) return setNotice({ tone: 'warn', text: t('notice.failed') });
    if (err.status === 400 && err.problem?.errors?.length) {
      setErrors(fieldErrorsOf(err, sentLocationIndexes(draft)));
      return;
    }
    if (err.status === 412) return setNotice({ tone: 'warn', text: t('notice.conflict'), reload: true });
    if (err.status === 409) return setNotice({ tone: 'warn', text: t('notice.stepNotPossible'), reload: true });
    if (err.status === 401) return setNotice({ tone: 'warn', text: t('notice.signedOut'), signIn: true });
    if (err.status === 403) return setNotice({ tone: 'warn', text: t('notice.forbidden') });
    if (err.status === 404 || err.status === 410) return setNotice({ tone: 'warn', text: t('notice.gone') });
    setNotice({ tone: 'warn', text: err.problem?.detail ?? t('notice.failed') });
  };

  const begin = () => {
    setBusy(true);
    setNotice(null);
    setErrors({});
  };

  /** A new listing: POST in the chosen status (after the duplicate check, unless already seen). */
  const create = async (status: ListingStatus, checkDuplicates: boolean) => {
    const { body, found } = check();
    if (!body) return setErrors(found);
    begin();
    try {
      if (checkDuplicates) {
        const found = await findDuplicates({ title: body.title ?? '', locations: body.locations ?? [], contact: body.contact ?? {} }).catch(() => ({ items: [] }));
        if (found.items.length > 0) {
          setDuplicates({ items: found.items, status });
          return;
        }
      }
      setDuplicates(null);
      const created = await createListing(body, status);
      setSaved(created);
      const d = draftOf(created.listing);
      setDraft(d);
      setInitial(d);
      navigate(`/mijn-aanbod/${created.listing.id}`, { replace: true });
      setNotice({ tone: 'ok', text: t(`notice.created.${status}`) });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  /** PATCH what changed: the new version, 'proposed' when a steward decides, null when not sent. */
  const save = async (): Promise<Versioned | 'proposed' | null> => {
    if (!saved) return null;
    const { body, found } = check();
    if (!body) {
      setErrors(found);
      return null;
    }
    const result = await updateListing(saved.listing.id, changedFields(body, bodyOf(initial).body), saved.etag);
    if (result.kind === 'proposed') {
      setInitial(draft);
      setNotice({ tone: 'ok', text: t('notice.proposed') });
      return 'proposed';
    }
    setSaved(result.versioned);
    const d = draftOf(result.versioned.listing);
    setDraft(d);
    setInitial(d);
    return result.versioned;
  };

  const onSave = async () => {
    begin();
    try {
      const result = await save();
      if (result && result !== 'proposed') setNotice({ tone: 'ok', text: t('notice.saved') });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const step = async (s: Step, reason?: string) => {
    if (!saved) return;
    begin();
    try {
      let current = saved;
      let proposed = false;
      // Unsaved changes go with the step (e.g. "Ter controle aanbieden" right after editing); a
      // proposal leaves the listing as it is, so the step applies to the version read.
      if (dirty && canSave) {
        const result = await save();
        if (result === null) return;
        if (result === 'proposed') proposed = true;
        else current = result;
      }
      await transition(current.listing.id, s.to, current.etag, reason);
      setAskReason(null);
      setNotice({ tone: 'ok', text: proposed ? `${t('notice.proposed')} ${t(`notice.step.${s.to}`)}` : t(`notice.step.${s.to}`) });
      setReloadCount((n) => n + 1);
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  if (load.status === 'loading')
    return (
      <p role="status" className="sk-owner">
        {t('common:loading')}
      </p>
    );
  if (load.status !== 'ready')
    return (
      <section className="sk-owner">
        <h1>{t(`editor.${load.status === 'gone' ? 'gone' : load.status === 'not-found' ? 'notFound' : 'error'}`)}</h1>
        {load.status === 'error' && (
          <button type="button" className="sk-button" onClick={() => setReloadCount((n) => n + 1)}>
            {t('listing:retry')}
          </button>
        )}
        <p>
          <Link to="/mijn-aanbod">{t('editor.back')}</Link>
        </p>
      </section>
    );

  if (!id && user.organisations.length === 0 && !isSteward(user))
    return (
      <section className="sk-owner">
        <h1>{t('editor.newTitle')}</h1>
        <p>{t('editor.noOrganisation')}</p>
        <p>
          <Link to="/mijn-aanbod">{t('editor.back')}</Link>
        </p>
      </section>
    );

  const trustedOrganisation = user.organisations.find((o) => o.id === draft.organisationId)?.trusted ?? false;
  const canPublishNew = isSteward(user) || trustedOrganisation;

  const stepLabel = (s: Step) => {
    if (s.to === 'concept') {
      if (listing?.status === 'ter_controle') return isSteward(user) ? t('steps.sendBack') : t('steps.withdraw');
      if (listing?.status === 'gearchiveerd') return t('steps.restore');
      return t('steps.unpublish');
    }
    if (s.to === 'gepubliceerd' && listing?.status === 'ter_controle' && isSteward(user)) return t('steps.approve');
    return t(`steps.${s.to}`);
  };

  return (
    <div className="sk-owner sk-editor">
      <p>
        <Link to="/mijn-aanbod" className="sk-owner__back">
          {t('editor.back')}
        </Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {listing && (
        <div className="sk-owned__meta">
          <span className={`sk-state sk-state--${listing.status}`}>{t(`status.${listing.status}`)}</span>
          {freshnessLines(listing.freshness, t, i18n.language).map((line) => (
            <p key={line.text} className={`sk-fresh ${line.stale ? 'sk-fresh--stale' : ''}`.trim()}>
              {line.text}
            </p>
          ))}
          {listing.status === 'gepubliceerd' && <Link to={`/aanbod/${listing.id}`}>{t('editor.viewPublished')}</Link>}
        </div>
      )}
      {proposeOnly && <p className="sk-notice">{t('editor.proposeOnly')}</p>}

      {notice && (
        <div className={`sk-notice ${notice.tone === 'ok' ? 'sk-notice--ok' : ''}`.trim()} role={notice.tone === 'ok' ? 'status' : 'alert'} tabIndex={-1} ref={noticeRef}>
          <p>{notice.text}</p>
          {notice.reload && (
            <p>
              <button type="button" className="sk-button" onClick={() => setReloadCount((n) => n + 1)}>
                {t('notice.reload')}
              </button>
            </p>
          )}
          {notice.signIn && (
            <p>
              <Link to="/inloggen" query={{ terug: window.location.pathname }}>
                {t('notice.signIn')}
              </Link>
            </p>
          )}
        </div>
      )}

      <div className="sk-toggle sk-editor__mode" role="group" aria-label={t('editor.modeLabel')}>
        <button type="button" className="sk-toggle__button" aria-pressed={mode === 'edit'} onClick={() => setMode('edit')}>
          {t('editor.modeEdit')}
        </button>
        <button type="button" className="sk-toggle__button" aria-pressed={mode === 'preview'} onClick={() => setMode('preview')}>
          {t('editor.modePreview')}
        </button>
      </div>

      {mode === 'preview' ? (
        <section className="sk-preview" aria-label={t('preview.label')}>
          <p className="sk-notice">{t('preview.intro')}</p>
          <Preview listing={previewListing(draft, listing, organisationName)} />
        </section>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (listing) void onSave();
            else void create('concept', true);
          }}
        >
          <ErrorSummary errors={errors} />
          <FieldErrorsProvider value={errors}>
            <ListingForm draft={draft} onChange={setDraft} organisations={organisations} allowNoOrganisation={isSteward(user)} />
          </FieldErrorsProvider>

          {duplicates && (
            <DuplicatesNotice
              items={duplicates.items}
              onContinue={() => void create(duplicates.status, false)}
              onCancel={() => {
                setDuplicates(null);
                heading.current?.focus();
              }}
            />
          )}

          <section className="sk-editor__bar" aria-labelledby="sk-editor-save">
            <h2 id="sk-editor-save">{t('editor.saveTitle')}</h2>
            {dirty && <p>{t('editor.unsaved')}</p>}
            <div className="sk-actions">
              {!listing && (
                <>
                  <button type="submit" className="sk-button" disabled={busy}>
                    {t('editor.saveConcept')}
                  </button>
                  <button type="button" className="sk-button sk-button--subtle" disabled={busy} onClick={() => void create('ter_controle', true)}>
                    {t('editor.saveSubmit')}
                  </button>
                  {canPublishNew && (
                    <button type="button" className="sk-button sk-button--subtle" disabled={busy} onClick={() => void create('gepubliceerd', true)}>
                      {t('editor.savePublish')}
                    </button>
                  )}
                </>
              )}
              {listing && canSave && (
                <button type="submit" className="sk-button" disabled={busy}>
                  {proposeOnly ? t('editor.propose') : listing.status === 'concept' ? t('editor.saveConcept') : t('editor.save')}
                </button>
              )}
              {steps.map((s) => (
                <button
                  key={s.to}
                  type="button"
                  className="sk-button sk-button--subtle"
                  disabled={busy}
                  aria-expanded={s.needsReason || s.to === 'gearchiveerd' ? askReason?.to === s.to : undefined}
                  onClick={() => (s.needsReason || s.to === 'gearchiveerd' ? setAskReason(s) : void step(s))}
                >
                  {stepLabel(s)}
                </button>
              ))}
            </div>
            {askReason && (
              <ReasonForm
                label={askReason.needsReason ? t('steps.reason') : t('steps.archiveReason')}
                hint={askReason.needsReason ? t('steps.reasonHint') : undefined}
                required={askReason.needsReason}
                submitLabel={stepLabel(askReason)}
                busy={busy}
                onSubmit={(reason) => void step(askReason, reason || undefined)}
                onCancel={() => setAskReason(null)}
              />
            )}
          </section>
        </form>
      )}

      {listing && allowed.has('merge') && listing.status !== 'gearchiveerd' && <MergeDuplicates key={listing.id} listing={listing} onMerged={merged} />}
      {listing && allowed.has('readHistory') && <History key={`${listing.id}-${listing.version}`} listingId={listing.id} />}
    </div>
  );
}

