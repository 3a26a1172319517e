// When: open now or the next time, the coming dates, "op afspraak", closures and a note.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { OpeningState, formatTime, formatWhen } from '../../components/OpeningState.tsx';
import { formatDay } from './format.ts';
import type { Hours } from './useListing.ts';

type Props = { schedule: Listing['schedule']; hours: Hours | null; walkIn?: boolean; maxDates?: number };

export function WhenInfo({ schedule, hours, walkIn = false, maxDates = 6 }: Props) {
  const { t, i18n } = useTranslation('listing');
  const lng = i18n.language;
  const upcoming = (hours?.upcoming ?? []).slice(0, maxDates);
  return (
    <>
      <p className="sk-listing__opening">
        <OpeningState state={hours?.openingState ?? { state: schedule.byAppointment ? 'by_appointment' : 'unknown' }} />
      </p>
      {upcoming.length > 0 && (
        <>
          <p className="sk-listing__label">{t('when.upcoming')}</p>
          <ul className="sk-listing__dates">
            {upcoming.map((o) => (
              <li key={o.start}>{t('when.slot', { when: formatWhen(o.start, lng), until: formatTime(o.end, lng) })}</li>
            ))}
          </ul>
        </>
      )}
      {schedule.byAppointment && hours?.openingState.state !== 'by_appointment' && <p>{t('when.alsoByAppointment')}</p>}
      {walkIn && <p>{t('when.walkIn')}</p>}
      <ScheduleNotes schedule={schedule} />
    </>
  );
}

/** What closes a schedule's story: coming closures, public holidays and the owner's note. */
export function ScheduleNotes({ schedule }: { schedule: Listing['schedule'] }) {
  const { t, i18n } = useTranslation('listing');
  const lng = i18n.language;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      {schedule.closures
        .filter((c) => c.until >= today)
        .map((c) => (
          <p key={`${c.from}-${c.until}`} className="sk-listing__closure">
            {c.from === c.until
              ? t('when.closedOn', { day: formatDay(c.from, lng) })
              : t('when.closedFromTo', { from: formatDay(c.from, lng), until: formatDay(c.until, lng) })}
            {c.reason ? ` (${c.reason})` : ''}
          </p>
        ))}
      {schedule.rules.length > 0 && schedule.closedOnHolidays && <p>{t('when.holidays')}</p>}
      {schedule.note && <p>{schedule.note}</p>}
    </>
  );
}
