// "Klopt er iets niet?": a short form for residents (no account). The message goes to the people
// who keep the listing up to date; an e-mail address only if the resident wants an answer.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.ts';
import { RequiredMark } from '../../components/RequiredMark.tsx';

type Field = 'message' | 'email';
type Errors = Partial<Record<Field | 'form', string>>;

const minLength = 5;
const maxLength = 2000;

export function ReportForm({ listingId }: { listingId: string }) {
  const { t } = useTranslation('listing');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);

  const focusFirst = (found: Errors) => {
    if (found.message) messageRef.current?.focus();
    else if (found.email) emailRef.current?.focus();
    else if (found.form) formErrorRef.current?.focus();
  };

  const check = (): Errors => {
    const found: Errors = {};
    if (message.trim().length < minLength) found.message = t('report.errors.message');
    if (email.trim() && emailRef.current?.validity.typeMismatch) found.email = t('report.errors.email');
    return found;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirst(found);
    setSending(true);
    try {
      const body = { message: message.trim(), ...(email.trim() ? { email: email.trim() } : {}) };
      await api.post<{ id: string }>(`/api/listings/${encodeURIComponent(listingId)}/reports`, body);
      setSent(true);
      setOpen(false);
      setMessage('');
      setEmail('');
      requestAnimationFrame(() => thanksRef.current?.focus());
    } catch (err) {
      const fromApi: Errors = {};
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors?.length) {
        // The server names the field; the text next to it is in the resident's language.
        for (const { field, message: apiMessage } of err.problem.errors) {
          if (field === 'message' || field === 'email') fromApi[field] ??= t(`report.errors.${field}`);
          else fromApi.form ??= apiMessage;
        }
      } else if (err instanceof ApiError && (err.status === 404 || err.status === 410)) {
        fromApi.form = t('report.errors.gone');
      } else {
        fromApi.form = t('report.errors.failed');
      }
      setErrors(fromApi);
      requestAnimationFrame(() => focusFirst(fromApi));
    } finally {
      setSending(false);
    }
  };

  const described = (field: Field, hint: boolean) =>
    [hint ? `${id}-${field}-hint` : '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="sk-report">
      <button
        type="button"
        className="sk-button sk-button--subtle"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => {
          setOpen(!open);
          setSent(false);
        }}
      >
        {t('report.open')}
      </button>
      {sent && (
        <p className="sk-report__thanks" role="status" tabIndex={-1} ref={thanksRef}>
          {t('report.thanks')}
        </p>
      )}
      <form id={`${id}-form`} className="sk-report__form" hidden={!open} noValidate onSubmit={(e) => void submit(e)}>
        <p>{t('report.intro')}</p>
        {errors.form && (
          <p className="sk-field__error" role="alert" tabIndex={-1} ref={formErrorRef}>
            <span aria-hidden="true">⚠ </span>
            {errors.form}
          </p>
        )}
        <div className="sk-field">
          <label htmlFor={`${id}-message`}>
            {t('report.message')}
            <RequiredMark />
          </label>
          <p id={`${id}-message-hint`} className="sk-field__hint">
            {t('report.messageHint')}
          </p>
          {errors.message && (
            <p id={`${id}-message-error`} className="sk-field__error">
              <span aria-hidden="true">⚠ </span>
              {errors.message}
            </p>
          )}
          <textarea
            id={`${id}-message`}
            ref={messageRef}
            name="message"
            rows={5}
            required
            maxLength={maxLength}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            aria-invalid={errors.message ? true : undefined}
            aria-describedby={described('message', true)}
          />
        </div>
        <div className="sk-field">
          <label htmlFor={`${id}-email`}>{t('report.email')}</label>
          <p id={`${id}-email-hint`} className="sk-field__hint">
            {t('report.emailHint')}
          </p>
          {errors.email && (
            <p id={`${id}-email-error`} className="sk-field__error">
              <span aria-hidden="true">⚠ </span>
              {errors.email}
            </p>
          )}
          <input
            id={`${id}-email`}
            ref={emailRef}
            name="email"
            type="email"
            autoComplete="email"
            maxLength={200}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={described('email', true)}
          />
        </div>
        <button type="submit" className="sk-button" disabled={sending}>
          {sending ? t('report.sending') : t('report.send')}
        </button>
      </form>
    </div>
  );
}
