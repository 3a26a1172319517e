// /bewaard: what the resident saved on this device, to open, print or share. Nothing of this
// list is on the server.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link.tsx';
import { ShareList } from '../features/favourites/ShareList.tsx';
import { useFavourites } from '../features/favourites/store.ts';
import { PrintLink } from '../features/print/printUrl.tsx';
import '../features/favourites/favourites.css';

export function FavouritesPage() {
  const { t, i18n } = useTranslation('favourites');
  const { favourites, remove } = useFavourites();
  const ids = favourites.map((f) => f.id);
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' });
  const savedOn = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : t('savedOn', { date: date.format(d) });
  };

  // After "Verwijderen" the button is gone: keep the keyboard focus on the list (the next item's
  // button, or the heading when the list is empty).
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [focusAfterRemove, setFocusAfterRemove] = useState<number | null>(null);
  useEffect(() => {
    if (focusAfterRemove === null) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button');
    const next = buttons?.[Math.min(focusAfterRemove, buttons.length - 1)];
    (next ?? heading.current)?.focus();
    setFocusAfterRemove(null);
  }, [focusAfterRemove]);

  useEffect(() => {
    document.title = `${t('title')} – ${t('common:siteName')}`;
  }, [t]);

  return (
    <section className="sk-favourites">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      {favourites.length === 0 ? (
        <div className="sk-favourites__empty">
          <p>{t('empty.nothing')}</p>
          <p>{t('empty.how')}</p>
          <p>{t('deviceOnly')}</p>
          <p>
            <Link to="/">{t('empty.search')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>
            {t('count', { count: favourites.length })} {t('deviceOnly')}
          </p>
          <ul className="sk-favourites__list" ref={list}>
            {favourites.map((f, index) => (
              <li key={f.id} className="sk-favourites__item">
                <div className="sk-favourites__text">
                  <Link to={`/aanbod/${f.id}`} className="sk-favourites__title">
                    {f.title}
                  </Link>
                  <span className="sk-favourites__date">{savedOn(f.savedAt)}</span>
                </div>
                <button
                  type="button"
                  className="sk-button sk-button--subtle"
                  onClick={() => {
                    remove(f.id);
                    setFocusAfterRemove(index);
                  }}
                >
                  {t('remove')}
                  <span className="sk-visually-hidden">: {f.title}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="sk-favourites__actions">
            <PrintLink ids={ids} className="sk-button sk-link-button">
              {t('print')}
            </PrintLink>
            <ShareList ids={ids} />
          </div>
        </>
      )}
    </section>
  );
}
