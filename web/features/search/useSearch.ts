// Runs the search for the URL's state. A newer state aborts the request of an older one, so a
// slow answer never overwrites a newer one.
import { useEffect, useState } from 'react';
import { api, ApiError, type SearchAnswer } from '../../api/client.ts';

export type SearchProblem = { kind: 'postcode' | 'invalid' | 'unavailable' | 'other'; field?: string };

type State = { answer: SearchAnswer | null; problem: SearchProblem | null; loading: boolean };

export function useSearch(apiQuery: string): State {
  const [state, setState] = useState<State>({ answer: null, problem: null, loading: true });
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    api
      .search(new URLSearchParams(apiQuery), controller.signal)
      .then((answer) => setState({ answer, problem: null, loading: false }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ answer: null, problem: problemOf(error), loading: false });
      });
    return () => controller.abort();
  }, [apiQuery]);
  return state;
}

function problemOf(error: unknown): SearchProblem {
  if (error instanceof ApiError) {
    const field = error.problem?.errors?.[0]?.field;
    if (error.status === 400 && field === 'postcode') return { kind: 'postcode', field };
    if (error.status === 400) return { kind: 'invalid', field };
    if (error.status === 503) return { kind: 'unavailable' };
  }
  return { kind: 'other' };
}
