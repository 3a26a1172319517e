// Favourites ("Bewaard") live on this device only, in localStorage: no account, nothing sent to
// the server. Other tabs follow through the storage event; this tab through its own listeners.
import { useCallback, useSyncExternalStore } from 'react';

export type Favourite = { id: string; title: string; savedAt: string };

export const storageKey = 'sk.favourites';
const maxFavourites = 200;
const changed = new Set<() => void>();

function read(raw: string | null): Favourite[] {
  if (!raw) return [];
  try {
    const data: unknown = JSON.parse(raw);
    if (!Array.isArray(data)) return [];
    return data.filter(
      (f): f is Favourite =>
        typeof f === 'object' && f !== null && typeof f.id === 'string' && typeof f.title === 'string' && typeof f.savedAt === 'string',
    );
  } catch {
    return [];
  }
}

function rawValue(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage switched off: nothing is saved, the page still works
  }
}

// useSyncExternalStore needs the same array for the same stored text.
let cached: { raw: string | null; list: Favourite[] } = { raw: null, list: [] };
export function getFavourites(): Favourite[] {
  const raw = rawValue();
  if (raw !== cached.raw) cached = { raw, list: read(raw) };
  return cached.list;
}

function write(list: Favourite[]) {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(list.slice(0, maxFavourites)));
  } catch {
    // full or switched off: keep going without saving
  }
  for (const listener of changed) listener();
}

export function addFavourite(item: { id: string; title: string }) {
  const list = getFavourites();
  if (list.some((f) => f.id === item.id)) return;
  write([{ id: item.id, title: item.title, savedAt: new Date().toISOString() }, ...list]);
}

export function removeFavourite(id: string) {
  write(getFavourites().filter((f) => f.id !== id));
}

function subscribe(listener: () => void) {
  const onStorage = (e: StorageEvent) => {
    if (e.key === storageKey || e.key === null) listener();
  };
  changed.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    changed.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The saved listings (newest first) and how to change them; every tab stays in step. */
export function useFavourites() {
  const favourites = useSyncExternalStore(subscribe, getFavourites, () => cached.list);
  const has = useCallback((id: string) => favourites.some((f) => f.id === id), [favourites]);
  return { favourites, add: addFavourite, remove: removeFavourite, has };
}
