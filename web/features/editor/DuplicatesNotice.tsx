// "Bestaat dit al?": before a new listing is saved, what looks the same (same name nearby, same
// phone, website or e-mail), with links to look, and the choice to go on anyway.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import type { Duplicate } from './api.ts';

export function DuplicatesNotice({ items, onContinue, onCancel }: { items: Duplicate[]; onContinue(): void; onCancel(): void }) {
  const { t } = useTranslation('editor');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="sk-duplicates" aria-labelledby="sk-duplicates-title">
      <h2 id="sk-duplicates-title" ref={heading} tabIndex={-1}>
        {t('duplicates.title')}
      </h2>
      <p>{t('duplicates.intro', { count: items.length })}</p>
      <ul className="sk-duplicates__list">
        {items.map((d) => (
          <li key={d.id}>
            <Link to={d.status === 'gepubliceerd' ? `/aanbod/${d.id}` : `/mijn-aanbod/${d.id}`} target="_blank" rel="noopener">
              {d.title}
              <span className="sk-visually-hidden"> {t('duplicates.newTab')}</span>
            </Link>
            {d.organisation && <span className="sk-duplicates__org"> – {d.organisation.name}</span>}
            <span className="sk-duplicates__why">
              {' '}
              ({d.reasons.map((r) => t(`duplicates.reasons.${r}`)).join(', ')}
              {d.distanceMeters !== null ? `, ${t('duplicates.distance', { meters: Math.round(d.distanceMeters) })}` : ''})
            </span>
          </li>
        ))}
      </ul>
      <div className="sk-actions">
        <button type="button" className="sk-button" onClick={onContinue}>
          {t('duplicates.continue')}
        </button>
        <button type="button" className="sk-button sk-button--subtle" onClick={onCancel}>
          {t('duplicates.cancel')}
        </button>
      </div>
    </section>
  );
}
