// Volunteering: how much time, how often, when, what you get (training, someone to turn to,
// vergoeding), a VOG only with its reason, and whether it fits next to work or caring for someone.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { formatList } from './format.ts';

export function VacatureDetails({ vacature }: { vacature: NonNullable<Listing['vacature']> }) {
  const { t, i18n } = useTranslation('listing');
  const lng = i18n.language;
  const v = vacature;
  const lines: string[] = [t(`vacature.type.${v.inzetType}`)];
  const hours = v.hoursPerTime !== undefined ? t('vacature.hours', { count: v.hoursPerTime, hours: new Intl.NumberFormat(lng).format(v.hoursPerTime) }) : null;
  const frequency = v.frequency ? t(`vacature.frequency.${v.frequency}`) : null;
  const amount = [hours, frequency].filter(Boolean).join(', ');
  if (amount) lines.push(amount.charAt(0).toLocaleUpperCase(lng) + amount.slice(1) + '.');
  if (v.moments.length > 0) lines.push(t('vacature.moments', { moments: formatList(v.moments.map((m) => t(`vacature.moment.${m}`)), lng) }));
  if (v.flexible) lines.push(t('vacature.flexible'));
  if (v.taskSize) lines.push(t(`vacature.taskSize.${v.taskSize}`));
  if (v.training) lines.push(t('vacature.training'));
  if (v.begeleiding) lines.push(t('vacature.begeleiding'));
  lines.push(t(`vacature.vergoeding.${v.vergoeding}`));
  lines.push(v.vogRequired ? [t('vacature.vog'), v.vogReason ? t('vacature.vogReason', { reason: v.vogReason }) : ''].join(' ').trim() : t('vacature.noVog'));
  if (v.suitedNextToWork) lines.push(t('vacature.nextToWork'));
  if (v.suitedNextToMantelzorg) lines.push(t('vacature.nextToCare'));
  return (
    <>
      <ul className="sk-listing__facts">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {v.inclusiveStatement && <p className="sk-listing__quote">{v.inclusiveStatement}</p>}
    </>
  );
}
