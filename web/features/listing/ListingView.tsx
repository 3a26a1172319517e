// One listing for residents: what, when, where, cost, who is welcome, accessibility, volunteering
// details, contact (phone first) and where the information comes from. Data problems found on
// import are for maintainers and are not shown here.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { FavouriteButton } from '../favourites/FavouriteButton.tsx';
import { PrintLink } from '../print/printUrl.tsx';
import { ClaimListing } from './ClaimListing.tsx';
import { LastChecked, StaleNote } from './FreshnessNote.tsx';
import { ListingDetails } from './ListingDetails.tsx';
import { ReportForm } from './ReportForm.tsx';
import { WhenInfo } from './WhenInfo.tsx';
import type { Hours } from './useListing.ts';
import './listing.css';

export function ListingView({ listing, hours }: { listing: Listing; hours: Hours | null }) {
  const { t } = useTranslation('listing');
  const l = listing;
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

      <ListingDetails listing={l} headingLevel={2} when={<WhenInfo schedule={l.schedule} hours={hours} walkIn={l.inloopZonderAfspraak} />} />

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
