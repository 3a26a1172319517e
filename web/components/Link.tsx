// An ordinary link (so it works with keyboard, middle-click and screen readers) that navigates
// inside the app without reloading.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { href, navigate } from '../router.ts';

type AppLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** A link to a ready-made app URL (search and print links build their own). */
export function AppLink({ href: url, onClick, children, ...rest }: AppLinkProps) {
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

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; query?: URLSearchParams | Record<string, string> };

/** A link to a path of the app, keeping the resident's language. */
export function Link({ to, query, ...rest }: LinkProps) {
  return <AppLink href={href(to, query)} {...rest} />;
}
