// API tokens for integrations: the list, a new one (its secret shown once, with a copy button) and
// revoking. A token can never do more than its owner may.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../api/accounts/schemas.ts';
import { ApiError } from '../../api/client.ts';
import { formatDate } from '../listing/format.ts';
import { apiTokens, createApiToken, revokeApiToken, type ApiToken, type NewApiToken, type TokenScope } from './auth.ts';
import { ErrorSummary, Field, problemErrors, useForm } from './form.tsx';

/** Every scope, and who is offered it: moderation is only for the people who moderate. */
const scopeOffer: Record<TokenScope, 'everyone' | 'moderators'> = {
  'listings:read': 'everyone',
  'listings:write': 'everyone',
  'organisations:write': 'everyone',
  moderation: 'moderators',
  accounts: 'everyone',
};
/** Catalog keys cannot contain ":" (the namespace separator). */
const scopeKey = (scope: TokenScope) => scope.replace(':', '_');

export function ApiTokens({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation('account');
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [announce, setAnnounce] = useState('');
  const moderator = user.role === 'steward' || user.role === 'admin';
  const offered = (Object.keys(scopeOffer) as TokenScope[]).filter((s) => scopeOffer[s] === 'everyone' || moderator);

  const load = () =>
    apiTokens().then(
      (answer) => setTokens(answer.items),
      () => setLoadFailed(true),
    );
  useEffect(() => {
    void load();
  }, []);

  return (
    <section className="sk-account__section" aria-labelledby="sk-tokens-title">
      <h2 id="sk-tokens-title">{t('tokens.title')}</h2>
      <p>{t('tokens.intro')}</p>
      <p className="sk-visually-hidden" role="status">
        {announce}
      </p>
      {loadFailed && <p role="alert">{t('common:error')}</p>}
      {tokens && tokens.length === 0 && <p>{t('tokens.none')}</p>}
      {tokens && tokens.length > 0 && (
        <ul className="sk-tokens" aria-label={t('tokens.listLabel')}>
          {tokens.map((token) => (
            <TokenItem
              key={token.id}
              token={token}
              onRevoked={() => {
                setAnnounce(t('tokens.revokedDone', { name: token.name }));
                void load();
              }}
            />
          ))}
        </ul>
      )}
      {created && <NewTokenShown token={created} onDone={() => setCreated(null)} />}
      <NewTokenForm
        offered={offered}
        onCreated={(token) => {
          setCreated(token);
          void load();
        }}
        language={i18n.language}
      />
    </section>
  );
}

function TokenItem({ token, onRevoked }: { token: ApiToken; onRevoked: () => void }) {
  const { t, i18n } = useTranslation('account');
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const date = (iso: string) => formatDate(iso, i18n.language);

  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);

  const revoke = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await revokeApiToken(token.id);
      setConfirming(false);
      onRevoked();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="sk-tokens__item">
      <p className="sk-tokens__name">{token.name}</p>
      <p className="sk-tokens__meta">
        {token.scopes.map((s) => t(`scopes.${scopeKey(s)}`)).join(' · ')}
        <br />
        {t('tokens.created', { date: date(token.createdAt) })} ·{' '}
        {token.lastUsedAt ? t('tokens.lastUsed', { date: date(token.lastUsedAt) }) : t('tokens.neverUsed')}
      </p>
      {token.revokedAt ? (
        <p className="sk-tokens__revoked">{t('tokens.revoked', { date: date(token.revokedAt) })}</p>
      ) : confirming ? (
        <div className="sk-confirm">
          <p>{t('tokens.revokeConfirm', { name: token.name })}</p>
          <div className="sk-actions">
            <button type="button" className="sk-button sk-button--danger" ref={yes} disabled={busy} onClick={() => void revoke()}>
              {t('tokens.revokeYes')}
            </button>
            <button
              type="button"
              className="sk-button sk-button--subtle"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => revokeButton.current?.focus());
              }}
            >
              {t('tokens.revokeNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="sk-button sk-button--subtle" ref={revokeButton} onClick={() => setConfirming(true)}>
          {t('tokens.revoke')}
          <span className="sk-visually-hidden">: {token.name}</span>
        </button>
      )}
      {failed && (
        <p className="sk-field__error" role="alert">
          {t('form.failed')}
        </p>
      )}
    </li>
  );
}

/** The secret, once: it is not stored readable on the server, so this is the only chance to copy it. */
function NewTokenShown({ token, onDone }: { token: NewApiToken; onDone: () => void }) {
  const { t } = useTranslation('account');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const box = useRef<HTMLElement>(null);
  const secret = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, or refused): select it so the person can copy it.
      secret.current?.select();
      setCopied('failed');
    }
  };

  return (
    <section className="sk-new-token" tabIndex={-1} ref={box} aria-labelledby="sk-new-token-title">
      <h3 id="sk-new-token-title">{t('tokens.newToken', { name: token.name })}</h3>
      <p>{t('tokens.onlyOnce')}</p>
      <label htmlFor="sk-new-token-value" className="sk-visually-hidden">
        {t('tokens.secretLabel')}
      </label>
      <input id="sk-new-token-value" ref={secret} className="sk-new-token__value" readOnly value={token.token} onFocus={(e) => e.target.select()} />
      <div className="sk-actions">
        <button type="button" className="sk-button" onClick={() => void copy()}>
          {t('tokens.copy')}
        </button>
        <button type="button" className="sk-button sk-button--subtle" onClick={onDone}>
          {t('tokens.done')}
        </button>
      </div>
      <p role="status" className={copied === 'failed' ? 'sk-field__error' : undefined}>
        {copied === 'yes' ? t('tokens.copied') : copied === 'failed' ? t('tokens.copyFailed') : ''}
      </p>
    </section>
  );
}

function NewTokenForm({ offered, onCreated, language }: { offered: TokenScope[]; onCreated: (token: NewApiToken) => void; language: string }) {
  const { t } = useTranslation('account');
  const form = useForm();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>(['listings:read']);
  const labels = { name: t('tokens.name'), scopes: t('tokens.scopes') };
  const scopesId = form.fieldId('scopes');
  const scopesError = form.errors.scopes;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = t('errors.tokenName');
    if (scopes.length === 0) found.scopes = t('errors.scopes');
    if (Object.keys(found).length) return form.fail(found);
    form.setBusy(true);
    try {
      const token = await createApiToken(name.trim(), scopes);
      form.clear();
      setName('');
      onCreated(token);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) {
        const { errors, rest } = problemErrors(err, { name: 'name', scopes: 'scopes' }, {
          language,
          ownText: (field) => t(field === 'name' ? 'errors.tokenName' : 'errors.scopes'),
        });
        form.fail(errors, rest.length ? rest.join(' ') : null);
      } else if (err instanceof ApiError && err.status === 403) form.fail({}, t('tokens.notAllowed'));
      else form.fail({}, t('form.failed'));
    } finally {
      form.setBusy(false);
    }
  };

  return (
    <form className="sk-form sk-account__subform" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="sk-new-token-form">
      <h3 id="sk-new-token-form">{t('tokens.newTitle')}</h3>
      <ErrorSummary form={form} labels={labels} />
      <Field form={form} name="name" label={labels.name} hint={t('tokens.nameHint')} required>
        {(control) => <input {...control} type="text" autoComplete="off" required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <fieldset
        className="sk-fieldset"
        id={scopesId}
        tabIndex={-1}
        aria-describedby={scopesError ? `${scopesId}-error` : undefined}
      >
        <legend>{labels.scopes}</legend>
        {scopesError && (
          <p id={`${scopesId}-error`} className="sk-field__error">
            <span aria-hidden="true">⚠ </span>
            {scopesError}
          </p>
        )}
        {offered.map((scope) => (
          <div className="sk-choice" key={scope}>
            <input
              type="checkbox"
              id={`${scopesId}-${scopeKey(scope)}`}
              checked={scopes.includes(scope)}
              onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
            />
            <label htmlFor={`${scopesId}-${scopeKey(scope)}`}>{t(`scopes.${scopeKey(scope)}`)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="sk-button" disabled={form.busy}>
        {form.busy ? t('form.saving') : t('tokens.create')}
      </button>
    </form>
  );
}
