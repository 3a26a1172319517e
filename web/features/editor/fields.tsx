// Form fields with their label, hint and error wired up for screen readers (aria-invalid,
// aria-describedby), named by the server's field paths ("contact.phone", "locations.0.lat"), so
// an error from the API lands next to the right field and the summary can link to it.
import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './draft.ts';
import './editor.css';
import { RequiredMark } from '../../components/RequiredMark.tsx';

const ErrorsContext = createContext<FieldErrors>({});
export const FieldErrorsProvider = ErrorsContext.Provider;

/** The element id of a field path: "locations.0.lat" → "f-locations-0-lat". */
export const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9_]+/g, '-')}`;

/** The errors of this field: its own, and those of its list items ("languages.2") that have no field of their own. */
function useFieldError(name: string): string | undefined {
  const errors = useContext(ErrorsContext);
  if (errors[name]) return errors[name];
  const item = Object.keys(errors).find((k) => k.startsWith(`${name}.`) && /^\d+$/.test(k.slice(name.length + 1)));
  return item ? errors[item] : undefined;
}

function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="sk-field__error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

type TextProps = {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'url' | 'time' | 'date' | 'number';
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'email' | 'url';
  autoComplete?: string;
  maxLength?: number;
  className?: string;
  lang?: string;
};

export function TextField({ name, label, value, onChange, onBlur, hint, required, multiline, rows = 4, className = '', ...input }: TextProps) {
  const id = fieldId(name);
  const error = useFieldError(name);
  const common = {
    id,
    name,
    value,
    required,
    'data-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`),
    maxLength: input.maxLength,
    lang: input.lang,
    onBlur,
  } as const;
  return (
    <div className={`sk-field ${className}`.trim()}>
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="sk-field__hint">
          {hint}
        </p>
      )}
      <ErrorText id={`${id}-error`} message={error} />
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={input.type ?? 'text'} inputMode={input.inputMode} autoComplete={input.autoComplete ?? 'off'} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

type Option<V extends string> = { value: V; label: string; hint?: string };

export function SelectField<V extends string>({
  name,
  label,
  value,
  options,
  onChange,
  hint,
}: {
  name: string;
  label: string;
  value: V;
  options: Option<V>[];
  onChange(value: V): void;
  hint?: string;
}) {
  const id = fieldId(name);
  const error = useFieldError(name);
  return (
    <div className="sk-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="sk-field__hint">
          {hint}
        </p>
      )}
      <ErrorText id={`${id}-error`} message={error} />
      <select
        id={id}
        name={name}
        className="sk-input sk-select"
        value={value}
        data-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({ name, label, checked, onChange, hint }: { name: string; label: string; checked: boolean; onChange(checked: boolean): void; hint?: string }) {
  const id = fieldId(name);
  const error = useFieldError(name);
  return (
    <div className="sk-check">
      <ErrorText id={`${id}-error`} message={error} />
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        data-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="sk-check__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

type GroupProps<V extends string> = {
  name: string;
  legend: string;
  options: Option<V>[];
  hint?: string;
  required?: boolean;
  /** Options side by side (days of the week) instead of under each other. */
  inline?: boolean;
  className?: string;
};

/** A set of checkboxes (several answers) or radio buttons (one answer) in a fieldset. */
function ChoiceGroup<V extends string>({
  name,
  legend,
  options,
  hint,
  required,
  inline,
  className = '',
  type,
  isChecked,
  onToggle,
}: GroupProps<V> & { type: 'checkbox' | 'radio'; isChecked(v: V): boolean; onToggle(v: V, checked: boolean): void }) {
  const id = fieldId(name);
  const error = useFieldError(name);
  return (
    <fieldset className={`sk-choices ${inline ? 'sk-choices--inline' : ''} ${className}`.trim()} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
      <legend>
        {legend}
        {required && <RequiredMark />}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="sk-field__hint">
          {hint}
        </p>
      )}
      <ErrorText id={`${id}-error`} message={error} />
      <div className="sk-choices__options">
        {options.map((o, i) => {
          // The first option carries the group's id, so the error summary can move the focus there.
          const optionId = i === 0 ? id : `${id}--${o.value}`;
          return (
            <div key={o.value} className="sk-check">
              <input
                id={optionId}
                type={type}
                name={name}
                value={o.value}
                checked={isChecked(o.value)}
                data-label={legend}
                aria-invalid={error ? true : undefined}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                onChange={(e) => onToggle(o.value, e.target.checked)}
              />
              <label htmlFor={optionId}>{o.label}</label>
              {o.hint && (
                <p id={`${optionId}-hint`} className="sk-check__hint">
                  {o.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxGroup<V extends string>(props: GroupProps<V> & { values: readonly V[]; onChange(values: V[]): void }) {
  const { values, onChange, ...group } = props;
  return (
    <ChoiceGroup
      {...group}
      type="checkbox"
      isChecked={(v) => values.includes(v)}
      onToggle={(v, checked) => onChange(checked ? [...values, v] : values.filter((x) => x !== v))}
    />
  );
}

export function RadioGroup<V extends string>(props: GroupProps<V> & { value: V | ''; onChange(value: V): void }) {
  const { value, onChange, ...group } = props;
  return <ChoiceGroup {...group} type="radio" isChecked={(v) => v === value} onToggle={(v, checked) => checked && onChange(v)} />;
}

/** A part of the form with a heading, so a long form can be scanned and jumped through. */
export function FormSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="sk-form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p className="sk-form-section__intro">{intro}</p>}
      {children}
    </section>
  );
}

/** The nearest element for a field path: the field itself, or the part of the form it belongs to. */
export function elementFor(path: string): HTMLElement | null {
  const parts = path.split('.');
  while (parts.length > 0) {
    const el = document.getElementById(fieldId(parts.join('.')));
    if (el) return el;
    parts.pop();
  }
  return null;
}

/**
 * "Er is iets niet goed ingevuld" at the top of the form (NL Design System / GOV.UK pattern): each
 * problem links to its field. It takes the focus when it appears, so a screen reader reads it.
 */
export function ErrorSummary({ errors, detail }: { errors: FieldErrors; detail?: string | null }) {
  const { t } = useTranslation('editor');
  const ref = useRef<HTMLDivElement>(null);
  const [labels, setLabels] = useState<Record<string, string | null>>({});
  const entries = Object.entries(errors);
  const key = entries.map(([k, v]) => `${k}:${v}`).join('|') + (detail ?? '');

  useEffect(() => {
    if (entries.length === 0 && !detail) return;
    // The fields are on the page by now: name each problem after its field's label.
    const found: Record<string, string | null> = {};
    for (const [field] of entries) found[field] = elementFor(field)?.dataset.label ?? null;
    setLabels(found);
    ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for errors and detail
  }, [key]);

  if (entries.length === 0 && !detail) return null;
  return (
    <div className="sk-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="sk-error-summary-title">
      <h2 id="sk-error-summary-title">{t('form.errorSummary')}</h2>
      {detail && <p>{detail}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, message]) => {
            const label = labels[field];
            const text = label ? t('form.errorWithField', { field: label, message }) : message;
            return (
              <li key={field}>
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(e) => {
                    const el = elementFor(field);
                    if (!el) return;
                    e.preventDefault();
                    el.scrollIntoView({ block: 'center' });
                    el.focus();
                  }}
                >
                  {text}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/**
 * A decision that needs a reason ("Terugsturen", "Afwijzen"): a small form that opens below its
 * button and refuses to send without a reason when one is required.
 */
export function ReasonForm({
  label,
  hint,
  submitLabel,
  required,
  busy = false,
  onSubmit,
  onCancel,
}: {
  label: string;
  hint?: string;
  submitLabel: string;
  required: boolean;
  busy?: boolean;
  onSubmit(reason: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('editor');
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <form
      className="sk-reason"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (required && reason.trim() === '') {
          setError(t('form.reasonRequired'));
          field.current?.focus();
          return;
        }
        onSubmit(reason.trim());
      }}
    >
      <div className="sk-field">
        <label htmlFor={`${id}-reason`}>
          {label}
          {required && <RequiredMark />}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="sk-field__hint">
            {hint}
          </p>
        )}
        <ErrorText id={`${id}-error`} message={error ?? undefined} />
        <textarea
          id={`${id}-reason`}
          ref={field}
          rows={3}
          maxLength={1000}
          required={required}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && `${id}-hint`, error !== null && `${id}-error`)}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="sk-actions">
        <button type="submit" className="sk-button" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="sk-button sk-button--subtle" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
