// The parts every account and public form shares: a labelled field with its hint and error, an
// error summary that takes the focus, and the server's problem+json mapped onto the fields.
import { useCallback, useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { RequiredMark } from '../../components/RequiredMark.tsx';

export type FieldErrors = Record<string, string>;

/** What a form control needs to be tied to its label, hint and error. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

type FieldProps = {
  /** The form's id prefix (from useForm) and this field's name: the control's id is both. */
  form: FormState;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
};

/** A label above its hint, the error (when there is one) and then the control. */
export function Field({ form, name, label, hint, required = false, children }: FieldProps) {
  const id = form.fieldId(name);
  const error = form.errors[name];
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="sk-field">
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="sk-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="sk-field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {children({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
    </div>
  );
}

/** The e-mail address someone signs in with (sign-in and forgotten password). */
export function EmailField({ form, label, value, onChange }: { form: FormState; label: string; value: string; onChange(value: string): void }) {
  return (
    <Field form={form} name="email" label={label}>
      {(control) => (
        <input
          {...control}
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          maxLength={200}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * At the top of the form after a failed submit: what went wrong, each field error a link to its
 * field. It takes the focus, so screen reader users hear it at once.
 */
export function ErrorSummary({ form, labels }: { form: FormState; labels: Record<string, string> }) {
  const { t } = useTranslation('account');
  const fieldErrors = Object.entries(form.errors);
  if (!form.formError && fieldErrors.length === 0) return null;
  return (
    <div className="sk-error-summary" role="alert" tabIndex={-1} ref={form.summaryRef} aria-labelledby={`${form.id}-summary`}>
      <h2 id={`${form.id}-summary`} className="sk-error-summary__title">
        {t('form.summaryTitle')}
      </h2>
      {form.formError && <p>{form.formError}</p>}
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map(([name, message]) => (
            <li key={name}>
              <a
                href={`#${form.fieldId(name)}`}
                onClick={(e) => {
                  // Focus the field itself; the router ignores the fragment anyway.
                  e.preventDefault();
                  const el = document.getElementById(form.fieldId(name));
                  el?.focus();
                  el?.scrollIntoView({ block: 'center' });
                }}
              >
                {labels[name] ? `${labels[name]}: ` : ''}
                {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export type FormState = {
  id: string;
  errors: FieldErrors;
  formError: string | null;
  summaryRef: RefObject<HTMLDivElement | null>;
  fieldId: (name: string) => string;
  /** Show these errors (none: clear them) and move the focus to the summary. */
  fail: (errors: FieldErrors, formError?: string | null) => void;
  clear: () => void;
  busy: boolean;
  setBusy: (busy: boolean) => void;
};

export function useForm(): FormState {
  const id = useId().replace(/:/g, '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Counts failed submits: the summary takes the focus after each, once it is in the page.
  const [failures, setFailures] = useState(0);
  useLayoutEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);
  const fail = useCallback((found: FieldErrors, message: string | null = null) => {
    setErrors(found);
    setFormError(message);
    setFailures((n) => n + 1);
  }, []);
  const clear = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);
  return { id, errors, formError, summaryRef, fieldId: (name) => `${id}-${name.replace(/\W/g, '-')}`, fail, clear, busy, setBusy };
}

/**
 * The server's problem+json as field errors. `fields` maps the server's field path (e.g.
 * "submitter.email") to the form's field name. The server writes Dutch; in another language the
 * form's own text for that field is shown (`ownText`), so nobody reads a mix of languages.
 */
export function problemErrors(
  err: ApiError,
  fields: Record<string, string>,
  options: { language: string; ownText: (field: string) => string },
): { errors: FieldErrors; rest: string[] } {
  const errors: FieldErrors = {};
  const rest: string[] = [];
  for (const { field, message } of err.problem?.errors ?? []) {
    const name = fields[field] ?? Object.entries(fields).find(([path]) => field.startsWith(`${path}.`))?.[1];
    if (name) errors[name] ??= options.language === 'nl' ? message : options.ownText(name);
    else rest.push(message);
  }
  return { errors, rest };
}

/** True when an e-mail address looks like one (the server checks it properly). */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

export const minPasswordLength = 10;
