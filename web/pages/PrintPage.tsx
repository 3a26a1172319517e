// Placeholder: being built (issue 4).
import type { Route } from '../router.ts';

export function PrintPage({ route }: { route: Route }) {
  return <h1>PrintPage {route.path}</h1>;
}
