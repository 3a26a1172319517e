// The gemeente's stadsdelen (GET /api/areas?level=stadsdeel) for the "Stadsdeel" filter, fetched once.
import { useEffect, useState } from 'react';

export type Area = { code: string; name: string };

let request: Promise<Area[]> | null = null;

function load(): Promise<Area[]> {
  request ??= fetch('/api/areas?level=stadsdeel', { headers: { accept: 'application/json' } })
    .then((res) => (res.ok ? (res.json() as Promise<{ items: Area[] }>) : { items: [] }))
    .then((body) => body.items.map(({ code, name }) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')))
    .catch(() => {
      request = null;
      return [];
    });
  return request;
}

export function useStadsdelen(): Area[] {
  const [areas, setAreas] = useState<Area[]>([]);
  useEffect(() => {
    let live = true;
    void load().then((a) => {
      if (live) setAreas(a);
    });
    return () => {
      live = false;
    };
  }, []);
  return areas;
}
