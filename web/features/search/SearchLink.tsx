// A link to search results for a given state (/zoeken?kind=steun,steunpunt&…): an ordinary <a>
// that navigates inside the app, with readable commas in the address and the language kept.
import type { AnchorHTMLAttributes } from 'react';
import { AppLink } from '../../components/Link.tsx';
import { searchUrl } from './params.ts';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { query: URLSearchParams | Record<string, string> };

export function SearchLink({ query, ...rest }: Props) {
  return <AppLink href={searchUrl(new URLSearchParams(query))} {...rest} />;
}
