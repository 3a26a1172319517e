// The owners' and stewards' pages (/mijn-aanbod…, /beheer), loaded only when visited: residents
// never download the editor, its map or the queues.
import { lazy, type ReactNode } from 'react';
import { lazyPage } from '../components/lazyPage.tsx';
import { loadNamespaces } from '../i18n/index.ts';
import type { Route } from '../router.ts';

/** A page's code together with the catalogs its words are in. */
const withCatalogs = <M,>(page: Promise<M>) => Promise.all([page, loadNamespaces('editor', 'moderation')]).then(([m]) => m);

const MyListingsPage = lazy(() => withCatalogs(import('./MyListingsPage.tsx')).then((m) => ({ default: m.MyListingsPage })));
const EditorPage = lazy(() => withCatalogs(import('./EditorPage.tsx')).then((m) => ({ default: m.EditorPage })));
const ModerationPage = lazy(() => withCatalogs(import('./ModerationPage.tsx')).then((m) => ({ default: m.ModerationPage })));

/** The page for an ownership URL, or null when the URL is not one of them. */
export function ownershipPage(route: Route): ReactNode | null {
  if (route.path === '/mijn-aanbod') return lazyPage(<MyListingsPage />);
  if (route.path === '/mijn-aanbod/nieuw') return lazyPage(<EditorPage id={null} />);
  const editing = /^\/mijn-aanbod\/([0-9a-f-]{36})$/.exec(route.path);
  if (editing) return lazyPage(<EditorPage id={editing[1]!} />);
  if (route.path === '/beheer') return lazyPage(<ModerationPage />);
  return null;
}
