// One listing on the handout: large type, the phone number prominent, address, the next times,
// cost, a small map and a QR code to the listing's page on this site.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { ContactInfo } from '../listing/ContactInfo.tsx';
import { CostText } from '../listing/CostText.tsx';
import { LocationsInfo } from '../listing/LocationsInfo.tsx';
import { WhenInfo } from '../listing/WhenInfo.tsx';
import type { Hours } from '../listing/useListing.ts';
import { ListingMap } from '../map/ListingMap.tsx';
import { QrCode } from './QrCode.tsx';

/** The listing's page on this server, in the resident's language. */
export function listingUrl(id: string, language: string) {
  return `${window.location.origin}/aanbod/${id}${language === 'en' ? '?lang=en' : ''}`;
}

export function Handout({ listing, hours }: { listing: Listing; hours: Hours | null }) {
  const { t, i18n } = useTranslation('print');
  const l = listing;
  const url = listingUrl(l.id, i18n.language);
  return (
    <article className="sk-handout">
      <p className="sk-handout__kind">
        {t(`listing:kind.${l.kind}`)}
        {l.isExample && (
          <>
            {' '}
            <span className="sk-badge-example">{t('common:example')}</span>
          </>
        )}
      </p>
      <h2 className="sk-handout__title" lang="nl">
        {l.title}
      </h2>
      {l.summary && (
        <p className="sk-handout__summary" lang="nl">
          {l.summary}
        </p>
      )}
      <div className="sk-handout__phone">
        <ContactInfo contact={l.contact} print />
      </div>
      <div className="sk-handout__grid">
        <div className="sk-handout__facts">
          <h3>{t('listing:where.title')}</h3>
          <LocationsInfo locations={l.locations} print />
          <h3>{t('listing:when.title')}</h3>
          <WhenInfo schedule={l.schedule} hours={hours} walkIn={l.inloopZonderAfspraak} maxDates={3} />
          <h3>{t('listing:cost.title')}</h3>
          <CostText kosten={l.kosten} />
        </div>
        <div className="sk-handout__visual">
          <ListingMap locations={l.locations} className="sk-handout__map" />
          <div className="sk-handout__qr">
            <QrCode text={url} label={t('qrAlt', { title: l.title })} />
            <p className="sk-handout__url">
              {t('moreOnline')}
              <br />
              <span className="sk-handout__url-text">{url}</span>
            </p>
          </div>
        </div>
      </div>
    </article>
  );
}
