// What every map needs from the server, fetched once per page load and shared: the deployment's
// map settings and, without a tile server, the gemeente and stadsdeel outlines as the base layer.
import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';
import { api, type WebConfig } from '../../api/client.ts';

let config: Promise<WebConfig> | null = null;
let outlines: Promise<FeatureCollection> | null = null;

export function loadMapConfig(): Promise<WebConfig> {
  config ??= api.config().catch((err: unknown) => {
    config = null; // try again next time
    throw err;
  });
  return config;
}

/** Gemeente first (filled, below), then its stadsdelen (lines on top). */
export function loadOutlines(): Promise<FeatureCollection> {
  outlines ??= Promise.all([api.areasGeoJson('gemeente'), api.areasGeoJson('stadsdeel')]).then(
    ([gemeente, stadsdelen]): FeatureCollection => ({ type: 'FeatureCollection', features: [...gemeente.features, ...stadsdelen.features] }),
    (err: unknown) => {
      outlines = null;
      throw err;
    },
  );
  return outlines;
}

function useLoaded<T>(load: (() => Promise<T>) | null): { value: T | null; failed: boolean } {
  const [state, setState] = useState<{ value: T | null; failed: boolean }>({ value: null, failed: false });
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (value) => live && setState({ value, failed: false }),
      () => live && setState({ value: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

export const useMapConfig = () => useLoaded(loadMapConfig);
/** The outlines, only when there is no tile server (`wanted` false: nothing is fetched). */
export const useOutlines = (wanted: boolean) => useLoaded(wanted ? loadOutlines : null);
