// One listing for residents: what, when, where, cost, who is welcome, accessibility, volunteering
// details, contact (phone first) and where the information comes from. Data problems found on
// import are for maintainers and are not shown here.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { FavouriteButton } from '../favourites/FavouriteButton.tsx';
import { ListingMap } from '../map/ListingMap.tsx';
import { PrintLink } from '../print/printUrl.tsx';
import { ContactInfo } from './ContactInfo.tsx';
import { ClaimListing } from './ClaimListing.tsx';
import { CostText } from './CostText.tsx';
import { LastChecked, StaleNote } from './FreshnessNote.tsx';
import { LocationsInfo } from './LocationsInfo.tsx';
import { ReportForm } from './ReportForm.tsx';
import { VacatureDetails } from './VacatureDetails.tsx';
import { WhenInfo } from './WhenInfo.tsx';
import { AccessibilityInfo, WhoWelcome } from './WhoWelcome.tsx';
import { paragraphs } from './format.ts';
import type { Hours } from './useListing.ts';
import './listing.css';
import { RichText } from './RichText.tsx';

export function ListingView({ listing, hours }: { listing: Listing; hours: Hours | null }) {
  const { t } = useTranslation('listing');
  const l = listing;
  const hasPlace = l.locations.some((loc) => !loc.online);
  const about = [
    l.organisation ? t('about.organisation', { name: l.organisation.name }) : null,
    l.gedragenDoor ? t(`about.gedragenDoor.${l.gedragenDoor}`) : null,
    l.beheervorm ? t(`about.beheervorm.${l.beheervorm}`) : null,
  ].filter((s): s is string => s !== null);

  return (
    <article className="sk-listing">
      <header className="sk-listing__header">
        <p className="sk-listing__kind">{t(`kind.${l.kind}`)}</p>
        <h1 lang="nl">{l.title}</h1>
        {l.isExample && (
          <p className="sk-listing__example">
            <span className="sk-badge-example">{t('common:example')}</span> {t('example')}
          </p>
        )}
        {l.summary && (
          <p className="sk-listing__summary" lang="nl">
            {l.summary}
          </p>
        )}
        <StaleNote listing={l} />
        <div className="sk-listing__actions">
          <FavouriteButton id={l.id} title={l.title} />
          <PrintLink ids={[l.id]} className="sk-button sk-button--subtle">
            {t('print')}
          </PrintLink>
        </div>
      </header>

      <div className="sk-listing__body">
        <div className="sk-listing__main">
          {(l.description || about.length > 0) && (
            <section>
              <h2>{t('about.title')}</h2>
              {l.description && <RichText html={l.description} lang="nl" />}
              {about.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </section>
          )}

          <section>
            <h2>{t('when.title')}</h2>
            <WhenInfo schedule={l.schedule} hours={hours} walkIn={l.inloopZonderAfspraak} />
          </section>

          <section>
            <h2>{t('cost.title')}</h2>
            <CostText kosten={l.kosten} />
          </section>

          <section>
            <h2>{t('who.title')}</h2>
            <WhoWelcome listing={l} />
          </section>

          {hasPlace && (
            <section>
              <h2>{t('access.title')}</h2>
              <AccessibilityInfo features={l.accessibility} />
            </section>
          )}

          {l.vacature && (
            <section>
              <h2>{t('vacature.title')}</h2>
              <VacatureDetails vacature={l.vacature} />
            </section>
          )}

          {(l.howToApply || l.conditions) && (
            <section>
              <h2>{t('apply.title')}</h2>
              {l.howToApply && paragraphs(l.howToApply).map((p, i) => <p key={`h${i}`} lang="nl">{p}</p>)}
              {l.conditions && (
                <>
                  <p className="sk-listing__label">{t('apply.conditions')}</p>
                  {paragraphs(l.conditions).map((p, i) => (
                    <p key={`c${i}`} lang="nl">
                      {p}
                    </p>
                  ))}
                </>
              )}
            </section>
          )}
        </div>

        <div className="sk-listing__side">
          <section className="sk-listing__contact">
            <h2>{t('contact.title')}</h2>
            <ContactInfo contact={l.contact} />
          </section>

          <section>
            <h2>{t('where.title')}</h2>
            <LocationsInfo locations={l.locations} />
            <ListingMap locations={l.locations} />
          </section>
        </div>
      </div>

      <footer className="sk-listing__footer">
        <ReportForm listingId={l.id} />
        <ClaimListing listing={l} />
        <p className="sk-listing__source">
          {l.attribution && (
            <span lang="nl">
              {l.attribution}
              <br />
            </span>
          )}
          <LastChecked listing={l} />
        </p>
      </footer>
    </article>
  );
}
