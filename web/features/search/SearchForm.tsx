// The one question: what are you looking for, and (if you want) where. Used on the start page and
// at the top of the results. The location is never required; sharing it is one button, and saying
// no is fine.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { goSearch, looksLikePostcode, newSearch } from './params.ts';
import './search.css';

type Props = {
  /** The current state (results page) whose filters a new search keeps; empty on the start page.
   * With a state the form is compact (no helper texts): the resident has seen them already. */
  base?: URLSearchParams;
  /** Put the label of the words field inside the page's h1 (start page: "Wat zoek je?"). */
  labelAsHeading?: boolean;
  /** A short line under the heading (start page). */
  intro?: string;
  /** The id of a message saying the server did not accept the postcode (results page). */
  postcodeProblemId?: string;
};

type GeoState = 'idle' | 'locating' | 'denied' | 'unavailable' | 'unsupported';

export function SearchForm({ base, labelAsHeading = false, intro, postcodeProblemId }: Props) {
  const { t } = useTranslation('results');
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const postcodeField = useRef<HTMLInputElement>(null);
  const [geo, setGeo] = useState<GeoState>('idle');
  const [postcodeError, setPostcodeError] = useState(false);
  const state = base ?? new URLSearchParams(window.location.search);
  const usesCoordinates = Boolean(state.get('lat') && state.get('lon') && !state.get('postcode'));
  const keep = base ?? languageOnly();

  const values = () => {
    const data = new FormData(form.current!);
    return { q: String(data.get('q') ?? ''), postcode: String(data.get('postcode') ?? '') };
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { q, postcode } = values();
    if (postcode.trim() && !looksLikePostcode(postcode)) {
      setPostcodeError(true);
      postcodeField.current?.focus();
      return;
    }
    setPostcodeError(false);
    goSearch(newSearch(keep, { q, postcode }));
  };

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setGeo('unsupported');
      return;
    }
    setGeo('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setGeo('idle');
        goSearch(newSearch(keep, { q: values().q, postcode: '', coords: { lat: position.coords.latitude, lon: position.coords.longitude } }));
      },
      (error) => setGeo(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  };

  const stopUsingLocation = () => {
    const next = new URLSearchParams(state);
    next.delete('lat');
    next.delete('lon');
    goSearch(newSearch(next, { q: values().q, postcode: '' }), { replace: true });
  };

  const qLabel = (
    <label htmlFor={`${id}-q`} className={labelAsHeading ? undefined : 'sk-search-field__label'}>
      {t('form.what')}
    </label>
  );

  return (
    <form ref={form} role="search" aria-label={t('form.name')} className="sk-search-form" onSubmit={submit} noValidate>
      <div className="sk-search-field sk-search-field--q">
        {labelAsHeading ? <h1 className="sk-search-form__title">{qLabel}</h1> : qLabel}
        {intro && <p className="sk-search-form__intro">{intro}</p>}
        {!base && (
          <p id={`${id}-q-help`} className="sk-search-field__help">
            {t('form.whatHelp')}
          </p>
        )}
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          className="sk-input"
          defaultValue={state.get('q') ?? ''}
          aria-describedby={base ? undefined : `${id}-q-help`}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={500}
        />
      </div>
      <div className="sk-search-field sk-search-field--where">
        <label htmlFor={`${id}-postcode`} className="sk-search-field__label">
          {t('form.where')}
        </label>
        {!base && (
          <p id={`${id}-postcode-help`} className="sk-search-field__help">
            {t('form.whereHelp')}
          </p>
        )}
        <div className="sk-search-form__where">
          <input
            ref={postcodeField}
            id={`${id}-postcode`}
            name="postcode"
            type="text"
            inputMode="text"
            autoComplete="postal-code"
            className="sk-input sk-input--postcode"
            defaultValue={state.get('postcode') ?? ''}
            aria-describedby={
              [base ? '' : `${id}-postcode-help`, postcodeError ? `${id}-postcode-error` : '', postcodeProblemId ?? ''].filter(Boolean).join(' ') ||
              undefined
            }
            aria-invalid={postcodeError || Boolean(postcodeProblemId) || undefined}
            maxLength={20}
            size={9}
          />
          <button type="button" className="sk-button sk-button--subtle sk-search-form__locate" onClick={locate} disabled={geo === 'locating'}>
            {t('form.useLocation')}
          </button>
        </div>
        {postcodeError && (
          <p id={`${id}-postcode-error`} className="sk-search-field__error">
            {t('form.postcodeInvalid')}
          </p>
        )}
        <p className="sk-search-field__status" role="status">
          {geo !== 'idle' ? t(`form.geo.${geo}`) : ''}
        </p>
        {usesCoordinates && geo === 'idle' && (
          <p className="sk-search-field__note">
            {t('form.usingLocation')}{' '}
            <button type="button" className="sk-link-button" onClick={stopUsingLocation}>
              {t('form.stopUsingLocation')}
            </button>
          </p>
        )}
      </div>
      <div className="sk-search-form__submit">
        <button type="submit" className="sk-button">
          {t('form.submit')}
        </button>
      </div>
    </form>
  );
}

/** On the start page a new search keeps only the language. */
function languageOnly(): URLSearchParams {
  const lang = new URLSearchParams(window.location.search).get('lang');
  return new URLSearchParams(lang ? { lang } : {});
}
