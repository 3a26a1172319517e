// Filter chips: toggle buttons (aria-pressed) with how many of the current results have that
// property. Every change goes into the URL (replace, page reset), so the back button leaves the
// search instead of undoing chips one by one, and a shared link shows the same filters.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchAnswer } from '../../api/client.ts';
import { formatCount, languageName } from './format.ts';
import { filterParams, hasLocation, listOf, setParam, toggleListValue, withoutPage, type ListParam } from './params.ts';
import { useStadsdelen } from './useAreas.ts';
import { useMediaQuery, wideScreen } from './useMediaQuery.ts';
import { useTaxonomy } from './useTaxonomy.ts';

const kinds = ['plek', 'activiteit', 'steun', 'steunpunt', 'vacature', 'regeling'] as const;
const inzetTypes = ['eenmalig', 'incidenteel', 'structureel'] as const;
const radii = ['500', '1000', '2000', '5000'] as const;
/** Filters behind "Meer filters" on a wide screen (the quick ones and the kinds are always shown). */
const moreParams = ['deelambitie', 'vraaggebied', 'theme', 'inzet', 'language', 'age', 'radius', 'area'] as const;

type Facets = SearchAnswer['facets'];

type Props = {
  query: URLSearchParams;
  /** The latest answer's facet counts (null while the first answer is on its way). */
  facets: Facets | null;
  onChange: (next: URLSearchParams) => void;
};

/** How many filters are on, for "Filters (2)". */
export function activeFilterCount(query: URLSearchParams): number {
  return filterParams.filter((p) => query.getAll(p).some((v) => v.trim() !== '')).length;
}

export function Filters({ query, facets, onChange }: Props) {
  const { t, i18n } = useTranslation('results');
  const lng = i18n.language;
  const id = useId();
  const wide = useMediaQuery(wideScreen);
  const [open, setOpen] = useState(false);
  const { terms, label } = useTaxonomy();
  const active = activeFilterCount(query);
  const expanded = wide || open;

  const count = (n: number | undefined) => (n === undefined ? null : formatCount(n, lng));

  /** A chip for one value of a list filter. Other values' counts are hidden once one is chosen: they'd add ("of"), not narrow. */
  const listChip = (name: ListParam, value: string, text: string, facet?: Record<string, number>) => {
    const selected = listOf(query, name);
    const pressed = selected.includes(value);
    const n = facet && (pressed || selected.length === 0) ? (facet[value] ?? 0) : undefined;
    if (n === 0 && !pressed) return null; // would find nothing here
    return <Chip key={`${name}-${value}`} pressed={pressed} count={count(n)} onClick={() => onChange(toggleListValue(query, name, value))} label={text} />;
  };

  const flagChip = (name: 'free' | 'openNow', text: string, n?: number) => {
    const pressed = query.get(name) === 'true';
    return <Chip key={name} pressed={pressed} count={count(n)} label={text} onClick={() => onChange(setParam(query, name, pressed ? null : 'true'))} />;
  };

  /** A chip that sets a list filter to fixed values ("Zonder verwijzing": indicatie=geen,welkom). */
  const setChip = (name: ListParam, values: string[], text: string, facet?: Record<string, number>) => {
    const pressed = listOf(query, name).length > 0;
    const n = facet ? values.reduce((sum, v) => sum + (facet[v] ?? 0), 0) : undefined;
    if (n === 0 && !pressed) return null;
    return <Chip key={name} pressed={pressed} count={count(n)} label={text} onClick={() => onChange(setParam(query, name, pressed ? null : values.join(',')))} />;
  };

  const kindsChosen = listOf(query, 'kind');
  const vraaggebieden = listOf(query, 'vraaggebied');
  const showVraaggebied = vraaggebieden.length > 0 || kindsChosen.includes('steun') || kindsChosen.includes('steunpunt');
  const showInzet = listOf(query, 'inzet').length > 0 || kindsChosen.includes('vacature');
  const themes = listOf(query, 'theme');
  const languages = [...new Set([...listOf(query, 'language'), ...Object.keys(facets?.language ?? {})])].sort(
    (a, b) => (facets?.language[b] ?? 0) - (facets?.language[a] ?? 0),
  );
  const showLanguages = languages.some((l) => l !== 'nl') || listOf(query, 'language').length > 0;

  const clearAll = () => {
    const next = withoutPage(query);
    for (const p of filterParams) next.delete(p);
    onChange(next);
  };

  const moreActive = moreParams.some((p) => query.getAll(p).some((v) => v.trim() !== ''));
  const [moreOpen, setMoreOpen] = useState(moreActive);
  const showMore = !wide || moreOpen;

  const headingId = `${id}-heading`;
  const panelId = `${id}-panel`;
  const morePanelId = `${id}-more`;
  const title = active > 0 ? t('filters.titleActive', { count: active }) : t('filters.title');

  return (
    <section className="sk-filters sk-no-print" aria-labelledby={headingId}>
      <h2 id={headingId} className="sk-filters__heading">
        {wide ? (
          title
        ) : (
          <button type="button" className="sk-filters__toggle" aria-expanded={expanded} aria-controls={panelId} onClick={() => setOpen(!open)}>
            <span aria-hidden="true" className="sk-filters__toggle-icon">
              {expanded ? '−' : '+'}
            </span>{' '}
            {title}
          </button>
        )}
      </h2>
      <div id={panelId} className="sk-filters__panel" hidden={!expanded}>
        <Group title={t('filters.groups.important')}>
          {flagChip('openNow', t('filters.openNow'))}
          {flagChip('free', t('filters.free'), facets?.kosten.gratis ?? (facets ? 0 : undefined))}
          {setChip('indicatie', ['geen', 'welkom'], t('filters.noReferral'), facets?.indicatie)}
          {setChip('toegang', ['iedereen'], t('filters.everyoneWelcome'), facets?.toegang)}
          {listChip('accessibility', 'rolstoeltoegankelijk', t('filters.wheelchair'), facets?.accessibility)}
          {hasLocation(query) && (
            <Chip
              pressed={query.get('sort') === 'distance'}
              label={t('filters.nearestFirst')}
              onClick={() => onChange(setParam(query, 'sort', query.get('sort') === 'distance' ? null : 'distance'))}
            />
          )}
          {query.get('bbox') && <Chip pressed label={t('filters.mapArea')} onClick={() => onChange(setParam(query, 'bbox', null))} />}
        </Group>

        <Group title={t('filters.groups.kind')}>{kinds.map((k) => listChip('kind', k, t(`kind.${k}`), facets?.kind))}</Group>

        {wide && (
          <p className="sk-filters__more">
            <button type="button" className="sk-link-button" aria-expanded={showMore} aria-controls={morePanelId} onClick={() => setMoreOpen(!moreOpen)}>
              {showMore ? t('filters.fewer') : t('filters.more')}
            </button>
          </p>
        )}
        <div id={morePanelId} hidden={!showMore}>
          <Group title={t('filters.groups.deelambitie')}>
            {terms('deelambitie').map((term) => listChip('deelambitie', term.slug, term.label, facets?.deelambitie))}
          </Group>

          {showVraaggebied && (
            <Group title={t('filters.groups.vraaggebied')}>
              {terms('vraaggebied').map((term) => listChip('vraaggebied', term.slug, term.label, facets?.vraaggebied))}
            </Group>
          )}

          {themes.length > 0 && (
            <Group title={t('filters.groups.theme')}>{themes.map((slug) => listChip('theme', slug, label('theme', slug), facets?.theme))}</Group>
          )}

          {showInzet && (
            <Group title={t('filters.groups.inzet')}>{inzetTypes.map((v) => listChip('inzet', v, t(`inzet.${v}`), facets?.inzet))}</Group>
          )}

          {showLanguages && (
            <Group title={t('filters.groups.language')}>
              {languages.map((code) => listChip('language', code, languageName(code, lng), facets?.language))}
            </Group>
          )}

          <div className="sk-filters__fields">
            <AgeField query={query} onChange={onChange} />
            {hasLocation(query) && (
              <SelectField
                label={t('filters.radius')}
                value={query.get('radius') ?? ''}
                onChange={(v) => onChange(setParam(query, 'radius', v))}
                options={[{ value: '', text: t('filters.radiusAny') }, ...radii.map((r) => ({ value: r, text: t(`filters.radiusOption.${r}`) }))]}
              />
            )}
            <StadsdeelField query={query} facets={facets} onChange={onChange} />
          </div>
        </div>

        {active > 0 && (
          <p>
            <button type="button" className="sk-button sk-button--subtle" onClick={clearAll}>
              {t('filters.clearAll')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="sk-filters__group">
      <h3 id={id} className="sk-filters__group-title">
        {title}
      </h3>
      <div className="sk-chips">{children}</div>
    </div>
  );
}

function Chip({ label, count, pressed, onClick }: { label: string; count?: string | null; pressed: boolean; onClick: () => void }) {
  return (
    <button type="button" className="sk-chip" aria-pressed={pressed} onClick={onClick}>
      {label}
      {count != null && <span className="sk-chip__count"> ({count})</span>}
    </button>
  );
}

function SelectField({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; text: string }[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="sk-search-field">
      <label htmlFor={id} className="sk-search-field__label">
        {label}
      </label>
      <select id={id} className="sk-input" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

function StadsdeelField({ query, facets, onChange }: { query: URLSearchParams; facets: Facets | null; onChange: (next: URLSearchParams) => void }) {
  const { t, i18n } = useTranslation('results');
  const areas = useStadsdelen();
  if (areas.length === 0) return null;
  const chosen = listOf(query, 'area').find((code) => areas.some((a) => a.code === code)) ?? '';
  return (
    <SelectField
      label={t('filters.area')}
      value={chosen}
      onChange={(v) => onChange(setParam(query, 'area', v))}
      options={[
        { value: '', text: t('filters.areaAny') },
        ...areas.map((a) => {
          const n = facets && !chosen ? facets.area[a.code] : undefined;
          return { value: a.code, text: n === undefined ? a.name : `${a.name} (${formatCount(n, i18n.language)})` };
        }),
      ]}
    />
  );
}

/** Age: a small number field; the results follow shortly after typing stops. */
function AgeField({ query, onChange }: { query: URLSearchParams; onChange: (next: URLSearchParams) => void }) {
  const { t } = useTranslation('results');
  const id = useId();
  const fromUrl = query.get('age') ?? '';
  const [value, setValue] = useState(fromUrl);
  useEffect(() => setValue(fromUrl), [fromUrl]);
  useEffect(() => {
    const clean = value.trim();
    const valid = clean === '' || (/^\d{1,3}$/.test(clean) && Number(clean) <= 120);
    if (!valid || clean === fromUrl) return;
    const timer = window.setTimeout(() => onChange(setParam(query, 'age', clean)), 600);
    return () => window.clearTimeout(timer);
  }, [value, fromUrl, query, onChange]);
  const invalid = value.trim() !== '' && !(/^\d{1,3}$/.test(value.trim()) && Number(value.trim()) <= 120);
  return (
    <div className="sk-search-field">
      <label htmlFor={id} className="sk-search-field__label">
        {t('filters.age')}
      </label>
      <p id={`${id}-help`} className="sk-search-field__help">
        {t('filters.ageHelp')}
      </p>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={120}
        step={1}
        className="sk-input sk-input--age"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
        aria-invalid={invalid || undefined}
      />
      {invalid && (
        <p id={`${id}-error`} className="sk-search-field__error">
          {t('filters.ageInvalid')}
        </p>
      )}
    </div>
  );
}
