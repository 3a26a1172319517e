// A link to search results for a given state (/zoeken?kind=steun,steunpunt&…): an ordinary <a>
// that navigates inside the app, with readable commas in the address and the language kept.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../../router.ts';
import { searchUrl } from './params.ts';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { query: URLSearchParams | Record<string, string> };

export function SearchLink({ query, onClick, children, ...rest }: Props) {
  const url = searchUrl(new URLSearchParams(query));
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(url);
  };
  return (
    <a href={url} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
