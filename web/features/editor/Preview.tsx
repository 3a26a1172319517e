// The draft as residents will see it, built from the listing page's own parts. Buttons that act
// on a published listing (save, print, report) are left out: this is not that listing yet.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { ContactInfo } from '../listing/ContactInfo.tsx';
import { CostText } from '../listing/CostText.tsx';
import { LocationsInfo } from '../listing/LocationsInfo.tsx';
import { VacatureDetails } from '../listing/VacatureDetails.tsx';
import { AccessibilityInfo, WhoWelcome } from '../listing/WhoWelcome.tsx';
import { formatDay, paragraphs } from '../listing/format.ts';
import { ListingMap } from '../map/ListingMap.tsx';
import { ruleText } from './scheduleText.ts';
import '../listing/listing.css';
import { RichText } from '../listing/RichText.tsx';

/** "Wanneer" from the rules themselves: the next dates are only computed once it is saved. */
function PreviewWhen({ listing }: { listing: Listing }) {
  const { t, i18n } = useTranslation('listing');
  const lng = i18n.language;
  const { schedule } = listing;
  const today = new Date().toISOString().slice(0, 10);
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

export function Preview({ listing }: { listing: Listing }) {
  const { t } = useTranslation('listing');
  const l = listing;
  const hasPlace = l.locations.some((loc) => !loc.online);
  const about = [
    l.organisation ? t('about.organisation', { name: l.organisation.name }) : null,
    l.gedragenDoor ? t(`about.gedragenDoor.${l.gedragenDoor}`) : null,
    l.beheervorm ? t(`about.beheervorm.${l.beheervorm}`) : null,
  ].filter((s): s is string => s !== null);

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
      <div className="sk-listing__body">
        <div className="sk-listing__main">
          {(l.description || about.length > 0) && (
            <section>
              <h3>{t('about.title')}</h3>
              {l.description && <RichText html={l.description} lang="nl" />}
              {about.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </section>
          )}
          <section>
            <h3>{t('when.title')}</h3>
            <PreviewWhen listing={l} />
          </section>
          <section>
            <h3>{t('cost.title')}</h3>
            <CostText kosten={l.kosten} />
          </section>
          <section>
            <h3>{t('who.title')}</h3>
            <WhoWelcome listing={l} />
          </section>
          {hasPlace && (
            <section>
              <h3>{t('access.title')}</h3>
              <AccessibilityInfo features={l.accessibility} />
            </section>
          )}
          {l.vacature && (
            <section>
              <h3>{t('vacature.title')}</h3>
              <VacatureDetails vacature={l.vacature} />
            </section>
          )}
          {(l.howToApply || l.conditions) && (
            <section>
              <h3>{t('apply.title')}</h3>
              {l.howToApply && paragraphs(l.howToApply).map((p, i) => <p key={`h${i}`}>{p}</p>)}
              {l.conditions && (
                <>
                  <p className="sk-listing__label">{t('apply.conditions')}</p>
                  {paragraphs(l.conditions).map((p, i) => (
                    <p key={`c${i}`}>{p}</p>
                  ))}
                </>
              )}
            </section>
          )}
        </div>
        <div className="sk-listing__side">
          <section className="sk-listing__contact">
            <h3>{t('contact.title')}</h3>
            <ContactInfo contact={l.contact} />
          </section>
          <section>
            <h3>{t('where.title')}</h3>
            <LocationsInfo locations={l.locations} />
            <ListingMap locations={l.locations} />
          </section>
        </div>
      </div>
    </article>
  );
}
