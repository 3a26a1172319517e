// Text with the words that matched the search marked (<mark>), from the API's [start, end)
// character ranges. Built as elements, never as HTML, so listing text can't inject markup.
import type { ReactNode } from 'react';

export function Highlight({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  if (sorted.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue; // overlaps an earlier mark
    const from = Math.max(start, at);
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
