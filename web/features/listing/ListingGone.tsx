// A listing that is not (or no longer) there: say so kindly and offer a way on.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { useFavourites } from '../favourites/store.ts';

export function ListingGone({ id, gone }: { id: string; gone: boolean }) {
  const { t } = useTranslation('listing');
  const { has, remove } = useFavourites();
  const title = gone ? t('gone.title') : t('notFound.title');
  useEffect(() => {
    document.title = `${title} – ${t('common:siteName')}`;
  }, [title, t]);
  return (
    <section className="sk-listing sk-listing--gone">
      <h1>{title}</h1>
      <p>{gone ? t('gone.text') : t('notFound.text')}</p>
      {has(id) && (
        <p>
          <button type="button" className="sk-button sk-button--subtle" onClick={() => remove(id)}>
            {t('gone.removeFavourite')}
          </button>
        </p>
      )}
      <ul className="sk-listing__links">
        <li>
          <Link to="/zoeken">{t('gone.search')}</Link>
        </li>
        <li>
          <Link to="/">{t('common:notFound.toStart')}</Link>
        </li>
      </ul>
    </section>
  );
}
