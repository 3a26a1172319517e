// Links to the print page (/printen?ids=a,b,c): readable commas, the resident's language kept.
import type { AnchorHTMLAttributes } from 'react';
import { AppLink } from '../../components/Link.tsx';

export const maxPrintIds = 30;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids in ?ids= (comma-separated, also repeated): valid ones only, each once, in order. */
export function parsePrintIds(query: URLSearchParams): string[] {
  const ids = query.getAll('ids').flatMap((v) => v.split(',')).map((s) => s.trim().toLowerCase());
  return [...new Set(ids.filter((id) => uuid.test(id)))].slice(0, maxPrintIds);
}

export function printPath(ids: string[]): string {
  const lang = new URLSearchParams(window.location.search).get('lang');
  return `/printen?ids=${ids.map(encodeURIComponent).join(',')}${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`;
}

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { ids: string[] };

/** An ordinary link to the print page that navigates inside the app. */
export function PrintLink({ ids, ...rest }: Props) {
  return <AppLink href={printPath(ids)} {...rest} />;
}
