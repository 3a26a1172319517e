// Placeholder: being built (issue 4).
import type { Route } from '../router.ts';

export function ResultsPage({ route }: { route: Route }) {
  return <h1>ResultsPage {route.path}</h1>;
}
