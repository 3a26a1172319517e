// The draft as residents will see it, built from the listing page's own parts. Buttons that act
// on a published listing (save, print, report) are left out: this is not that listing yet.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { ListingDetails } from '../listing/ListingDetails.tsx';
import { ScheduleNotes } from '../listing/WhenInfo.tsx';
import { ruleText } from './scheduleText.ts';
import '../listing/listing.css';

/** "Wanneer" from the rules themselves: the next dates are only computed once it is saved. */
function PreviewWhen({ listing }: { listing: Listing }) {
  const { t, i18n } = useTranslation('listing');
  const lng = i18n.language;
  const { schedule } = listing;
  return (
    <>
      {schedule.rules.length > 0 ? (
        <ul className="sk-listing__facts">
          {schedule.rules.map((r, i) => (
            <li key={i}>{ruleText(r, t, lng)}</li>
          ))}
        </ul>
      ) : (
        <p className="sk-listing__opening">{schedule.byAppointment ? t('common:opening.byAppointment') : t('common:opening.unknown')}</p>
      )}
      {schedule.byAppointment && schedule.rules.length > 0 && <p>{t('when.alsoByAppointment')}</p>}
      {listing.inloopZonderAfspraak && <p>{t('when.walkIn')}</p>}
      <ScheduleNotes schedule={schedule} />
    </>
  );
}

export function Preview({ listing }: { listing: Listing }) {
  const { t } = useTranslation('listing');
  const l = listing;
  return (
    <article className="sk-listing sk-preview__listing">
      <header className="sk-listing__header">
        <p className="sk-listing__kind">{t(`kind.${l.kind}`)}</p>
        {/* A heading of the editor page's level: the page has its own h1. */}
        <h2 className="sk-preview__title" lang="nl">
          {l.title || t('editor:preview.noTitle')}
        </h2>
        {l.summary && (
          <p className="sk-listing__summary" lang="nl">
            {l.summary}
          </p>
        )}
      </header>
      <ListingDetails listing={l} headingLevel={3} when={<PreviewWhen listing={l} />} />
    </article>
  );
}
