// The results as a list: the accessible alternative to the map, and the default on a phone.
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { OpeningState } from '../../components/OpeningState.tsx';
import { formatDistance } from './format.ts';
import { Highlight } from './Highlight.tsx';

type Props = {
  hits: SearchHit[];
  selectedId: string | null;
  busy: boolean;
  onShowOnMap: (id: string) => void;
};

export function ResultList({ hits, selectedId, busy, onShowOnMap }: Props) {
  const { t } = useTranslation('results');
  return (
    <ol className="sk-result-list" aria-label={t('list.label')} aria-busy={busy || undefined}>
      {hits.map((hit) => (
        <ResultItem key={hit.id} hit={hit} selected={hit.id === selectedId} onShowOnMap={onShowOnMap} />
      ))}
    </ol>
  );
}

function ResultItem({ hit, selected, onShowOnMap }: { hit: SearchHit; selected: boolean; onShowOnMap: (id: string) => void }) {
  const { t, i18n } = useTranslation('results');
  const where = placeText(hit, t('list.online'));
  const onMap = hit.location?.lat !== undefined && hit.location.lon !== undefined;
  return (
    <li id={`sk-result-${hit.id}`} className={`sk-result${selected ? ' sk-result--selected' : ''}`}>
      <h3 className="sk-result__title">
        <Link to={`/aanbod/${hit.id}`}>
          <Highlight text={hit.title} ranges={hit.highlights.title} />
        </Link>
      </h3>
      <p className="sk-result__meta">
        <span className="sk-result__kind">{t(`kind.${hit.kind}`)}</span>
        {hit.distanceMeters !== undefined && (
          <span className="sk-result__distance">
            <span className="sk-visually-hidden">{t('list.distance')} </span>
            {formatDistance(hit.distanceMeters, i18n.language)}
          </span>
        )}
        {hit.isExample && <span className="sk-badge-example">{t('common:example')}</span>}
      </p>
      {hit.summary && (
        <p className="sk-result__summary">
          <Highlight text={hit.summary} ranges={hit.highlights.summary} />
        </p>
      )}
      <p className="sk-result__when">
        <OpeningState state={hit.openingState} />
      </p>
      {where && <p className="sk-result__where">{where}</p>}
      {hit.attribution && <p className="sk-result__source">{hit.attribution}</p>}
      {(onMap || selected) && (
        <p className="sk-result__actions sk-no-print">
          {onMap && (
            <button type="button" className="sk-button sk-button--subtle" onClick={() => onShowOnMap(hit.id)}>
              {t('list.showOnMap')}
              <span className="sk-visually-hidden">: {hit.title}</span>
            </button>
          )}
          {selected && <span className="sk-result__selected">{t('list.selected')}</span>}
        </p>
      )}
    </li>
  );
}

/** "Buurthuis De Pijp, Ferdinand Bolstraat 10, Amsterdam", or "Online". */
function placeText(hit: SearchHit, online: string): string {
  const l = hit.location;
  if (!l) return '';
  const street = [l.street, l.houseNumber].filter(Boolean).join(' ');
  const parts = [l.name !== hit.title ? l.name : undefined, street, l.place].filter((p): p is string => Boolean(p));
  if (parts.length === 0 && l.online) return online;
  return parts.join(', ');
}
