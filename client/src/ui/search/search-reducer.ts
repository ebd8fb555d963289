import type { SearchResult } from '../../api/api-client';

/** The search box as data: what is typed, what came back, which option is active, whether the list shows. */
export interface SearchState {
  query: string;
  results: SearchResult[];
  /** Index of the active option (aria-activedescendant), -1 for none. */
  active: number;
  open: boolean;
  status: 'idle' | 'loading' | 'ready' | 'error';
}

export type SearchAction =
  | { type: 'input'; query: string }
  | { type: 'results'; query: string; results: SearchResult[] }
  | { type: 'failed'; query: string }
  | { type: 'move'; delta: 1 | -1 }
  | { type: 'hover'; index: number }
  | { type: 'open' }
  | { type: 'close' };

export const INITIAL_SEARCH: SearchState = { query: '', results: [], active: -1, open: false, status: 'idle' };

const wrap = (index: number, count: number) => ((index % count) + count) % count;

export function searchReducer(state: SearchState, action: SearchAction): SearchState {
  switch (action.type) {
    case 'input': {
      const empty = action.query.trim() === '';
      return { query: action.query, results: empty ? [] : state.results, active: -1, open: !empty, status: empty ? 'idle' : 'loading' };
    }
    case 'results':
      // An answer to an older query arriving late must not replace the current one.
      if (action.query !== state.query.trim()) return state;
      return { ...state, results: action.results, active: action.results.length ? 0 : -1, status: 'ready' };
    case 'failed':
      if (action.query !== state.query.trim()) return state;
      return { ...state, results: [], active: -1, status: 'error' };
    case 'move': {
      if (!state.results.length) return state;
      if (!state.open) return { ...state, open: true, active: state.active < 0 ? 0 : state.active };
      const from = state.active < 0 ? (action.delta > 0 ? -1 : 0) : state.active;
      return { ...state, active: wrap(from + action.delta, state.results.length) };
    }
    case 'hover':
      return action.index >= 0 && action.index < state.results.length ? { ...state, active: action.index } : state;
    case 'open':
      return state.query.trim() ? { ...state, open: true } : state;
    case 'close':
      return { ...state, open: false };
  }
}

/** The result Enter would choose, if the list is showing one. */
export function activeResult(state: SearchState): SearchResult | null {
  return state.open ? (state.results[state.active] ?? null) : null;
}
