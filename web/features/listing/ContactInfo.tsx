// Contact: the phone number first (a tel: link), then e-mail and website, then who you talk to.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { readableUrl, telHref } from './format.ts';

export function ContactInfo({ contact, print = false }: { contact: Listing['contact']; print?: boolean }) {
  const { t } = useTranslation('listing');
  return (
    <>
      {contact.phone ? (
        <p className="sk-contact__phone">
          {print ? (
            t('contact.call', { phone: contact.phone })
          ) : (
            <a href={telHref(contact.phone)}>{t('contact.call', { phone: contact.phone })}</a>
          )}
        </p>
      ) : (
        <p>{t('contact.noPhone')}</p>
      )}
      {contact.email && (
        <p className="sk-contact__line">
          {t('contact.email')}{' '}
          {print ? contact.email : <a href={`mailto:${contact.email}`}>{contact.email}</a>}
        </p>
      )}
      {contact.website && (
        <p className="sk-contact__line">
          {t('contact.website')}{' '}
          {print ? readableUrl(contact.website) : <a href={contact.website}>{readableUrl(contact.website)}</a>}
        </p>
      )}
      {contact.role && <p className="sk-contact__line">{t('contact.role', { role: contact.role })}</p>}
    </>
  );
}
