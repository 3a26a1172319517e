// Whether a CSS media query matches now, updated when it changes (e.g. turning a tablet, zooming).
import { useEffect, useState } from 'react';

export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** List and map side by side from 60em (960px at 16px; fewer px when zoomed, so zoom gets the phone layout). */
export const wideScreen = '(min-width: 60em)';
