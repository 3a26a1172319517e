// Plain text with its web addresses as links (the development outbox shows mails as text). Only
// http(s) addresses and paths of this site become links; links to this site stay in the app.
import type { ReactNode } from 'react';
import { AppLink } from '../../components/Link.tsx';

/** An absolute http(s) URL, or a site path with a query as mails write them ("/uitnodiging?token=…"). */
const linkPattern = /https?:\/\/[^\s<>"']+|(?<=^|\s)\/[a-z0-9/-]+\?[^\s<>"']+/gi;

/** Punctuation that ends a sentence, not the URL. */
const trailing = /[.,;:!?)\]]+$/;

export function Linkified({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(linkPattern)) {
    const raw = match[0];
    const url = raw.replace(trailing, '');
    const start = match.index;
    parts.push(text.slice(last, start));
    parts.push(<MessageLink key={start} url={url} />);
    last = start + url.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

function MessageLink({ url }: { url: string }) {
  let target: URL;
  try {
    target = new URL(url, window.location.origin);
  } catch {
    return <>{url}</>;
  }
  if (target.origin === window.location.origin) return <AppLink href={target.pathname + target.search + target.hash}>{url}</AppLink>;
  return (
    <a href={target.href} rel="noopener noreferrer">
      {url}
    </a>
  );
}
