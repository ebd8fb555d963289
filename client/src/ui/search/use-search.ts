import { useEffect, useReducer } from 'react';
import { api } from '../../api/api-client';
import { INITIAL_SEARCH, searchReducer } from './search-reducer';

const DEBOUNCE_MS = 250;

/** The search box's state, with the debounced request for the current text (older ones aborted). */
export function useSearch() {
  const [state, dispatch] = useReducer(searchReducer, INITIAL_SEARCH);
  const query = state.query.trim();
  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.search(query, controller.signal).then(
        (answer) => dispatch({ type: 'results', query, results: answer.results }),
        () => controller.signal.aborted || dispatch({ type: 'failed', query }),
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return [state, dispatch] as const;
}
