// A small router: the whole state lives in the URL (path + query), so a shared link restores it.
import { useEffect, useState } from 'react';

export type Route = { path: string; query: URLSearchParams };

const current = (): Route => ({ path: window.location.pathname, query: new URLSearchParams(window.location.search) });

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const update = () => setRoute(current());
    window.addEventListener('popstate', update);
    window.addEventListener('sk:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('sk:navigate', update);
    };
  }, []);
  return route;
}

/** Go to a URL inside the app; `replace` for state changes that should not fill the back button. */
export function navigate(url: string, options: { replace?: boolean } = {}) {
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event('sk:navigate'));
  if (!options.replace) window.scrollTo(0, 0);
}

/** URL with the current language kept (?lang=en), so links keep the resident's language. */
export function href(path: string, query?: URLSearchParams | Record<string, string>): string {
  const q = new URLSearchParams(query instanceof URLSearchParams ? query : (query ?? {}));
  const lang = new URLSearchParams(window.location.search).get('lang');
  if (lang && !q.has('lang')) q.set('lang', lang);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
