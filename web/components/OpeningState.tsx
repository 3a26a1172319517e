// "Nu open tot 16:00" / "Volgende keer: di 3 dec 10:00" / "Op afspraak": the opening state in
// the resident's language, always in Amsterdam time.
import { useTranslation } from 'react-i18next';
import type { OpeningStateJson } from '../../api/listings/schemas.ts';

const timeZone = 'Europe/Amsterdam';

export function formatTime(iso: string, language: string) {
  return new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "di 3 dec 10:00" (nl) / "Tue 3 Dec 10:00" (en). */
export function formatWhen(iso: string, language: string) {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function OpeningState({ state }: { state: OpeningStateJson }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  switch (state.state) {
    case 'open':
      return <span className="sk-opening sk-opening--open">{t('opening.openUntil', { time: formatTime(state.closesAt, lng) })}</span>;
    case 'closed': {
      const reason = state.reason ? t(`opening.closedBecause.${state.reason}`) + ' ' : '';
      return (
        <span className="sk-opening">
          {reason}
          {state.nextOpening ? t('opening.next', { when: formatWhen(state.nextOpening.start, lng) }) : t('opening.noNext')}
        </span>
      );
    }
    case 'by_appointment':
      return <span className="sk-opening">{t('opening.byAppointment')}</span>;
    default:
      return <span className="sk-opening">{t('opening.unknown')}</span>;
  }
}
