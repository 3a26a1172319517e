// /aanbod/:id: one listing, with its opening hours; a kind page when it is not (or no longer) there.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ListingGone } from '../features/listing/ListingGone.tsx';
import { ListingView } from '../features/listing/ListingView.tsx';
import { useListing } from '../features/listing/useListing.ts';

export function ListingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [state, retry] = useListing(id);
  const title = state.status === 'ok' ? state.listing.title : null;

  useEffect(() => {
    if (title) document.title = `${title} – ${t('siteName')}`;
  }, [title, t]);

  switch (state.status) {
    case 'loading':
      return (
        <p className="sk-listing__loading" role="status">
          {t('loading')}
        </p>
      );
    case 'not-found':
      return <ListingGone id={id} gone={false} />;
    case 'gone':
      return <ListingGone id={id} gone />;
    case 'error':
      return (
        <section className="sk-listing">
          <h1>{t('error')}</h1>
          <button type="button" className="sk-button" onClick={retry}>
            {t('listing:retry')}
          </button>
        </section>
      );
    default:
      return <ListingView listing={state.listing} hours={state.hours} />;
  }
}
