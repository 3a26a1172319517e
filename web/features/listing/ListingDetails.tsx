// The body of a listing as residents read it — what, when, cost, who is welcome, accessibility,
// volunteering, how to apply, contact and where — shared by the listing page and the editor's
// preview, which differ only in heading level and in how "Wanneer" is told.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { ListingMap } from '../map/ListingMap.tsx';
import { ContactInfo } from './ContactInfo.tsx';
import { CostText } from './CostText.tsx';
import { LocationsInfo } from './LocationsInfo.tsx';
import { RichText } from './RichText.tsx';
import { VacatureDetails } from './VacatureDetails.tsx';
import { AccessibilityInfo, WhoWelcome } from './WhoWelcome.tsx';
import { paragraphs } from './format.ts';

export function ListingDetails({ listing: l, when, headingLevel }: { listing: Listing; when: ReactNode; headingLevel: 2 | 3 }) {
  const { t } = useTranslation('listing');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const hasPlace = l.locations.some((loc) => !loc.online);
  const about = [
    l.organisation ? t('about.organisation', { name: l.organisation.name }) : null,
    l.gedragenDoor ? t(`about.gedragenDoor.${l.gedragenDoor}`) : null,
    l.beheervorm ? t(`about.beheervorm.${l.beheervorm}`) : null,
  ].filter((s): s is string => s !== null);

  return (
    <div className="sk-listing__body">
      <div className="sk-listing__main">
        {(l.description || about.length > 0) && (
          <section>
            <H>{t('about.title')}</H>
            {l.description && <RichText html={l.description} lang="nl" />}
            {about.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </section>
        )}

        <section>
          <H>{t('when.title')}</H>
          {when}
        </section>

        <section>
          <H>{t('cost.title')}</H>
          <CostText kosten={l.kosten} />
        </section>

        <section>
          <H>{t('who.title')}</H>
          <WhoWelcome listing={l} />
        </section>

        {hasPlace && (
          <section>
            <H>{t('access.title')}</H>
            <AccessibilityInfo features={l.accessibility} />
          </section>
        )}

        {l.vacature && (
          <section>
            <H>{t('vacature.title')}</H>
            <VacatureDetails vacature={l.vacature} />
          </section>
        )}

        {(l.howToApply || l.conditions) && (
          <section>
            <H>{t('apply.title')}</H>
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
          <H>{t('contact.title')}</H>
          <ContactInfo contact={l.contact} />
        </section>

        <section>
          <H>{t('where.title')}</H>
          <LocationsInfo locations={l.locations} />
          <ListingMap locations={l.locations} />
        </section>
      </div>
    </div>
  );
}
