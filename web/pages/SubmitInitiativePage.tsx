// /meld-een-initiatief: a public form for something that is not on the map yet. No account and no
// KvK number needed; a steward checks it before it is shown.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Listing } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { ErrorSummary, Field, looksLikeEmail, problemErrors, useForm, type FieldErrors } from '../features/account/form.tsx';
import { usePageTitle } from '../features/account/usePageTitle.ts';
import { submitInitiative, type Submission } from '../features/submit/api.ts';
import '../features/account/account.css';

type Kind = Listing['kind'];
const kinds: Kind[] = ['activiteit', 'plek', 'steun', 'steunpunt', 'vacature', 'regeling'];

type Values = { kind: Kind; title: string; description: string; place: string; postcode: string; website: string; phone: string; name: string; email: string };
const empty: Values = { kind: 'activiteit', title: '', description: '', place: '', postcode: '', website: '', phone: '', name: '', email: '' };

/** The server's field paths → this form's fields. */
const serverFields: Record<string, keyof Values> = {
  kind: 'kind',
  title: 'title',
  description: 'description',
  place: 'place',
  postcode: 'postcode',
  website: 'website',
  phone: 'phone',
  'submitter.name': 'name',
  'submitter.email': 'email',
};

/** People type "www.buurthuis.nl"; the server wants a full address. */
const withScheme = (url: string) => (url && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? `https://${url}` : url);

export function SubmitInitiativePage() {
  const { t, i18n } = useTranslation('submit');
  const form = useForm();
  const [values, setValues] = useState<Values>(empty);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const heading = usePageTitle(sentTo ? t('thanks.title') : t('title'));
  const set = (field: keyof Values) => (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value });
  const labels: Record<keyof Values, string> = {
    kind: t('fields.kind'),
    title: t('fields.title'),
    description: t('fields.description'),
    place: t('fields.place'),
    postcode: t('fields.postcode'),
    website: t('fields.website'),
    phone: t('fields.phone'),
    name: t('fields.name'),
    email: t('fields.email'),
  };

  useEffect(() => {
    if (sentTo) heading.current?.focus();
  }, [sentTo, heading]);

  const check = (v: Values): FieldErrors => {
    const found: FieldErrors = {};
    if (v.title.trim().length < 2) found.title = t('errors.title');
    if (v.description.trim().length < 10) found.description = t('errors.description');
    if (v.website.trim() && !URL.canParse(withScheme(v.website.trim()))) found.website = t('errors.website');
    if (!v.name.trim()) found.name = t('errors.name');
    if (!looksLikeEmail(v.email)) found.email = t('errors.email');
    return found;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check(values);
    if (Object.keys(found).length) return form.fail(found);
    const optional = (value: string) => value.trim() || undefined;
    const submission: Submission = {
      kind: values.kind,
      title: values.title.trim(),
      description: values.description.trim(),
      place: optional(values.place),
      postcode: optional(values.postcode),
      website: optional(withScheme(values.website.trim())),
      phone: optional(values.phone),
      submitter: { name: values.name.trim(), email: values.email.trim() },
    };
    form.setBusy(true);
    try {
      await submitInitiative(submission);
      form.clear();
      setSentTo(submission.submitter.email);
      setValues(empty);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors?.length) {
        const { errors, rest } = problemErrors(err, serverFields, { language: i18n.language, ownText: (field) => t(`errors.${field}`) });
        form.fail(errors, rest.length ? rest.join(' ') : null);
      } else form.fail({}, t('account:form.failed'));
    } finally {
      form.setBusy(false);
    }
  };

  const text = (name: keyof Values, props: { hint?: string; required?: boolean; type?: string; autoComplete?: string; maxLength: number; inputMode?: 'url' | 'tel' | 'email' }) => (
    <Field form={form} name={name} label={labels[name]} hint={props.hint} required={props.required}>
      {(control) => (
        <input
          {...control}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          required={props.required}
          maxLength={props.maxLength}
          value={values[name]}
          onChange={set(name)}
        />
      )}
    </Field>
  );

  if (sentTo) {
    return (
      <section className="sk-account sk-account--narrow">
        <h1 ref={heading} tabIndex={-1}>
          {t('thanks.title')}
        </h1>
        <p role="status">{t('thanks.text', { email: sentTo })}</p>
        <p className="sk-actions">
          <button type="button" className="sk-button sk-button--subtle" onClick={() => setSentTo(null)}>
            {t('thanks.another')}
          </button>
          <Link to="/">{t('thanks.toStart')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="sk-account sk-account--narrow">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p>{t('intro')}</p>
      <p>{t('noKvk')}</p>
      <form className="sk-form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary form={form} labels={labels} />
        <fieldset className="sk-fieldset" id={form.fieldId('kind')} tabIndex={-1}>
          <legend>{labels.kind}</legend>
          {kinds.map((kind) => (
            <div className="sk-choice" key={kind}>
              <input
                type="radio"
                id={`${form.fieldId('kind')}-${kind}`}
                name="kind"
                value={kind}
                checked={values.kind === kind}
                onChange={() => setValues({ ...values, kind })}
              />
              <label htmlFor={`${form.fieldId('kind')}-${kind}`}>{t(`listing:kind.${kind}`)}</label>
            </div>
          ))}
        </fieldset>
        {text('title', { hint: t('hints.title'), required: true, maxLength: 140 })}
        <Field form={form} name="description" label={labels.description} hint={t('hints.description')} required>
          {(control) => <textarea {...control} rows={6} required maxLength={5000} value={values.description} onChange={set('description')} />}
        </Field>
        {text('place', { hint: t('hints.place'), maxLength: 200 })}
        {text('postcode', { hint: t('hints.postcode'), maxLength: 10 })}
        {text('website', { hint: t('hints.website'), type: 'url', inputMode: 'url', maxLength: 500 })}
        {text('phone', { hint: t('hints.phone'), type: 'tel', inputMode: 'tel', maxLength: 30 })}
        <fieldset className="sk-fieldset">
          <legend>{t('aboutYou.title')}</legend>
          <p className="sk-field__hint">{t('aboutYou.hint')}</p>
          {text('name', { required: true, autoComplete: 'name', maxLength: 120 })}
          {text('email', { required: true, type: 'email', autoComplete: 'email', inputMode: 'email', maxLength: 200 })}
        </fieldset>
        <button type="submit" className="sk-button" disabled={form.busy}>
          {form.busy ? t('account:form.sending') : t('send')}
        </button>
      </form>
    </section>
  );
}
