// "Is dit aanbod van jullie?": a signed-in member claims an unowned listing for their organisation.
// A steward approves the claim in /beheer; until then nothing changes on the page.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Listing } from '../../api/client.ts';
import { useSession } from '../account/session.ts';

export function ClaimListing({ listing }: { listing: Listing }) {
  const { t } = useTranslation('listing');
  const id = useId();
  const session = useSession();
  const user = session.status === 'ready' ? session.session.user : null;
  const organisations = user?.role === 'member' ? user.organisations : [];
  const [organisationId, setOrganisationId] = useState('');
  const [message, setMessage] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);

  if (listing.organisation || listing.isExample || listing.status !== 'gepubliceerd' || organisations.length === 0) return null;
  const chosen = organisationId || organisations[0]!.id;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setState('sending');
    setError(null);
    try {
      await api.post(`/api/listings/${encodeURIComponent(listing.id)}/claim`, { organisationId: chosen, message: message.trim() });
      setState('sent');
    } catch (err) {
      setState('idle');
      setError(err instanceof ApiError && err.status === 409 ? t('claim.errors.taken') : t('claim.errors.failed'));
    }
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  if (state === 'sent') {
    return (
      <p className="sk-claim__sent" role="status" tabIndex={-1} ref={resultRef}>
        {t('claim.sent')}
      </p>
    );
  }
  return (
    <form className="sk-claim" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('claim.title')}</h2>
      <p>{t('claim.intro')}</p>
      {organisations.length > 1 && (
        <p>
          <label htmlFor={`${id}-org`}>{t('claim.organisation')}</label>
          <select id={`${id}-org`} value={chosen} onChange={(e) => setOrganisationId(e.target.value)}>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </p>
      )}
      <p>
        <label htmlFor={`${id}-message`}>{t('claim.message')}</label>
        <textarea id={`${id}-message`} rows={2} maxLength={1000} value={message} onChange={(e) => setMessage(e.target.value)} />
      </p>
      {error && (
        <p className="sk-field__error" role="alert" tabIndex={-1} ref={resultRef}>
          {error}
        </p>
      )}
      <button type="submit" className="sk-button" disabled={state === 'sending'}>
        {organisations.length > 1 ? t('claim.submitChoice') : t('claim.submit', { name: organisations[0]!.name })}
      </button>
    </form>
  );
}
