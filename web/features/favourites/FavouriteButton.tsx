// "Bewaren": a toggle button (aria-pressed) that keeps a listing on this device.
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { useFavourites } from './store.ts';
import './favourites.css';

export function FavouriteButton({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation('favourites');
  const { has, add, remove } = useFavourites();
  const saved = has(id);
  return (
    <div className="sk-fav">
      <button
        type="button"
        className="sk-button sk-button--subtle sk-fav__button"
        aria-pressed={saved}
        onClick={() => (saved ? remove(id) : add({ id, title }))}
      >
        <span className="sk-fav__icon" aria-hidden="true">
          {saved ? '★' : '☆'}
        </span>
        {t('save')}
      </button>
      <p className="sk-fav__status" role="status">
        {saved && (
          <>
            {t('savedHere')} <Link to="/bewaard">{t('toList')}</Link>
          </>
        )}
      </p>
    </div>
  );
}
