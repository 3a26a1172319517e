// A new password, typed twice: used when resetting a password and when accepting an invitation.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Field, minPasswordLength, type FieldErrors, type FormState } from './form.tsx';

export type NewPassword = { password: string; repeat: string };

/** Client-side checks before sending (the server checks the length again). */
export function checkNewPassword({ password, repeat }: NewPassword, t: TFunction<'account'>): FieldErrors {
  const found: FieldErrors = {};
  if (password.length < minPasswordLength) found.password = t('errors.passwordShort', { count: minPasswordLength });
  else if (repeat !== password) found.repeat = t('errors.repeat');
  return found;
}

type Props = { form: FormState; value: NewPassword; onChange: (value: NewPassword) => void; labels: { password: string; repeat: string } };

export function NewPasswordFields({ form, value, onChange, labels }: Props) {
  const { t } = useTranslation('account');
  return (
    <>
      <Field form={form} name="password" label={labels.password} hint={t('password.hint', { count: minPasswordLength })} required>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            required
            minLength={minPasswordLength}
            maxLength={200}
            value={value.password}
            onChange={(e) => onChange({ ...value, password: e.target.value })}
          />
        )}
      </Field>
      <Field form={form} name="repeat" label={labels.repeat} required>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            required
            maxLength={200}
            value={value.repeat}
            onChange={(e) => onChange({ ...value, repeat: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}
