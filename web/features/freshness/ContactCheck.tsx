// The contact details as they are stored, every one named, missing ones too: the owner checks
// them, so "nothing listed" matters as much as a wrong number.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';

export function ContactCheck({ contact }: { contact: Listing['contact'] }) {
  const { t } = useTranslation('freshness');
  const rows: [string, string | undefined][] = [
    [t('contact.phone'), contact.phone],
    [t('contact.email'), contact.email],
    [t('contact.website'), contact.website],
    [t('contact.role'), contact.role],
  ];
  return (
    <dl className="sk-details">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value ?? <span className="sk-check__missing">{t('contact.none')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
