// Who is welcome, in plain words: for everyone or especially for…, ages, languages, and whether
// you need a referral ("Je hebt geen verwijzing nodig").
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { formatList, languageName } from './format.ts';

export function WhoWelcome({ listing }: { listing: Listing }) {
  const { t, i18n } = useTranslation('listing');
  const lng = i18n.language;
  const { ageMin, ageMax } = listing;
  const audience = listing.audience.filter((a) => a.toLowerCase() !== 'iedereen');
  const lines: string[] = [];
  lines.push(
    listing.toegang === 'speciaal_voor' && listing.speciaalVoor ? t('who.specialFor', { who: listing.speciaalVoor }) : t('who.everyone'),
  );
  if (audience.length > 0) lines.push(t('who.audience', { who: formatList(audience, lng) }));
  if (ageMin !== null && ageMax !== null) lines.push(t('who.ageBetween', { min: ageMin, max: ageMax }));
  else if (ageMin !== null) lines.push(t('who.ageFrom', { min: ageMin }));
  else if (ageMax !== null) lines.push(t('who.ageUntil', { max: ageMax }));
  if (listing.languages.length > 0)
    lines.push(t('who.languages', { languages: formatList(listing.languages.map((c) => languageName(c, lng)), lng) }));
  lines.push(t(`who.indicatie.${listing.indicatie}`));
  if (listing.jeKuntOokBijdragen) lines.push(t('who.contribute'));
  return (
    <ul className="sk-listing__facts">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** Accessibility of the place in words; nothing known is said as such, never as "not accessible". */
export function AccessibilityInfo({ features }: { features: Listing['accessibility'] }) {
  const { t } = useTranslation('listing');
  if (features.length === 0) return <p>{t('access.unknown')}</p>;
  return (
    <ul className="sk-listing__facts sk-listing__facts--check">
      {features.map((f) => (
        <li key={f}>{t(`access.${f}`)}</li>
      ))}
    </ul>
  );
}
