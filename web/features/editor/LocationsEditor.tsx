// Where it happens: one or more places with address and pin, or online. The pin can be set on
// the map, typed as coordinates, or put at the postcode to start from.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lookupPostcode } from './api.ts';
import { emptyLocation, type LocationDraft } from './draft.ts';
import { CheckboxField, TextField, fieldId } from './fields.tsx';
import { PinMap } from './PinMap.tsx';

const asNumber = (s: string) => {
  const n = Number(s.trim().replace(',', '.'));
  return s.trim() !== '' && Number.isFinite(n) ? n : null;
};

function LocationFields({ location, index, onChange }: { location: LocationDraft; index: number; onChange(l: LocationDraft): void }) {
  const { t } = useTranslation('editor');
  const path = `locations.${index}`;
  const [status, setStatus] = useState<string | null>(null);
  const set = <K extends keyof LocationDraft>(key: K, value: LocationDraft[K]) => onChange({ ...location, [key]: value });

  const toPostcode = async () => {
    setStatus(t('location.postcodeLooking'));
    try {
      const found = await lookupPostcode(location.postcode);
      onChange({ ...location, lat: String(found.lat), lon: String(found.lon), place: location.place || found.place });
      setStatus(t('location.postcodeFound', { postcode: found.postcode }));
    } catch {
      setStatus(t('location.postcodeNotFound'));
    }
  };

  return (
    <>
      <TextField name={`${path}.name`} label={t('location.name')} hint={t('location.nameHint')} value={location.name} maxLength={120} onChange={(v) => set('name', v)} />
      <CheckboxField name={`${path}.online`} label={t('location.online')} hint={t('location.onlineHint')} checked={location.online} onChange={(v) => set('online', v)} />
      {!location.online && (
        <>
          <div className="sk-field-row">
            <TextField name={`${path}.street`} label={t('location.street')} value={location.street} maxLength={120} autoComplete="address-line1" onChange={(v) => set('street', v)} className="sk-field--grow" />
            <TextField name={`${path}.houseNumber`} label={t('location.houseNumber')} value={location.houseNumber} maxLength={20} onChange={(v) => set('houseNumber', v)} className="sk-field--short" />
          </div>
          <div className="sk-field-row">
            <TextField name={`${path}.postcode`} label={t('location.postcode')} value={location.postcode} maxLength={10} autoComplete="postal-code" onChange={(v) => set('postcode', v)} className="sk-field--short" />
            <TextField name={`${path}.place`} label={t('location.place')} value={location.place} maxLength={80} autoComplete="address-level2" onChange={(v) => set('place', v)} className="sk-field--grow" />
          </div>
          <fieldset className="sk-subform sk-subform--plain">
            <legend>{t('location.pin')}</legend>
            <p className="sk-field__hint">{t('location.pinHint')}</p>
            <div className="sk-field-row">
              <TextField name={`${path}.lat`} label={t('location.lat')} inputMode="decimal" value={location.lat} onChange={(v) => set('lat', v)} className="sk-field--short" />
              <TextField name={`${path}.lon`} label={t('location.lon')} inputMode="decimal" value={location.lon} onChange={(v) => set('lon', v)} className="sk-field--short" />
            </div>
            <div className="sk-actions">
              <button type="button" className="sk-button sk-button--subtle" disabled={location.postcode.trim() === ''} onClick={() => void toPostcode()}>
                {t('location.usePostcode')}
              </button>
              {(location.lat || location.lon) && (
                <button type="button" className="sk-button sk-button--subtle" onClick={() => onChange({ ...location, lat: '', lon: '' })}>
                  {t('location.removePin')}
                </button>
              )}
            </div>
            <p className="sk-status" role="status">
              {status}
            </p>
            <PinMap lat={asNumber(location.lat)} lon={asNumber(location.lon)} onPlace={(lat, lon) => onChange({ ...location, lat: String(lat), lon: String(lon) })} />
          </fieldset>
        </>
      )}
    </>
  );
}

export function LocationsEditor({ locations, onChange }: { locations: LocationDraft[]; onChange(locations: LocationDraft[]): void }) {
  const { t } = useTranslation('editor');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusTarget) return;
    (focusTarget === 'add' ? addButton.current : document.getElementById(focusTarget))?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  return (
    <>
      {locations.length === 0 && <p>{t('location.none')}</p>}
      <ol className="sk-schedule__rules">
        {locations.map((location, i) => (
          <li key={location.key}>
            <fieldset className="sk-subform">
              <legend>{locations.length > 1 ? t('location.legendN', { n: i + 1 }) : t('location.legend')}</legend>
              <LocationFields location={location} index={i} onChange={(l) => onChange(locations.map((x, j) => (j === i ? l : x)))} />
              <button
                type="button"
                className="sk-button sk-button--subtle"
                onClick={() => {
                  onChange(locations.filter((_, j) => j !== i));
                  setFocusTarget(locations[i - 1] ? fieldId(`locations.${i - 1}.name`) : 'add');
                }}
              >
                {t('location.remove', { n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        ref={addButton}
        className="sk-button sk-button--subtle"
        onClick={() => {
          onChange([...locations, emptyLocation()]);
          setFocusTarget(fieldId(`locations.${locations.length}.name`));
        }}
      >
        {t('location.add')}
      </button>
    </>
  );
}
