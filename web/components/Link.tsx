// An ordinary link (so it works with keyboard, middle-click and screen readers) that navigates
// inside the app without reloading.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { href, navigate } from '../router.ts';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; query?: URLSearchParams | Record<string, string> };

export function Link({ to, query, onClick, children, ...rest }: Props) {
  const url = href(to, query);
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
