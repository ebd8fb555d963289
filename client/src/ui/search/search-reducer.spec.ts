import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../api/api-client';
import { activeResult, INITIAL_SEARCH, searchReducer, type SearchState } from './search-reducer';

const result = (id: string): SearchResult => ({ type: 'segment', id, label: id, labelZh: id, detail: '', bbox: [0, 0, 1, 1] });

const withResults = (count: number): SearchState => {
  const typed = searchReducer(INITIAL_SEARCH, { type: 'input', query: 'YN' });
  return searchReducer(typed, { type: 'results', query: 'YN', results: Array.from({ length: count }, (_, i) => result(`r${i}`)) });
};

describe('searchReducer', () => {
  it('opens and starts loading on input', () => {
    const state = searchReducer(INITIAL_SEARCH, { type: 'input', query: '勐' });
    expect(state).toMatchObject({ query: '勐', open: true, status: 'loading', active: -1 });
  });

  it('closes and clears when the box is emptied', () => {
    const state = searchReducer(withResults(3), { type: 'input', query: '  ' });
    expect(state).toMatchObject({ open: false, results: [], status: 'idle' });
  });

  it('makes the first result active when results arrive', () => {
    expect(withResults(3)).toMatchObject({ active: 0, status: 'ready' });
  });

  it('ignores results for an older query', () => {
    const typed = searchReducer(withResults(2), { type: 'input', query: 'YN-MH' });
    const late = searchReducer(typed, { type: 'results', query: 'YN', results: [result('old')] });
    expect(late).toBe(typed);
  });

  it('moves down and up with wrap-around', () => {
    let state = withResults(3);
    state = searchReducer(state, { type: 'move', delta: 1 });
    state = searchReducer(state, { type: 'move', delta: 1 });
    expect(state.active).toBe(2);
    state = searchReducer(state, { type: 'move', delta: 1 });
    expect(state.active).toBe(0);
    state = searchReducer(state, { type: 'move', delta: -1 });
    expect(state.active).toBe(2);
  });

  it('reopens a closed list on arrow without moving', () => {
    const closed = searchReducer(withResults(3), { type: 'close' });
    const reopened = searchReducer(closed, { type: 'move', delta: 1 });
    expect(reopened).toMatchObject({ open: true, active: 0 });
  });

  it('does nothing on arrows without results', () => {
    expect(searchReducer(INITIAL_SEARCH, { type: 'move', delta: 1 })).toBe(INITIAL_SEARCH);
  });

  it('reports an error for the current query only', () => {
    const state = searchReducer(searchReducer(INITIAL_SEARCH, { type: 'input', query: 'x' }), { type: 'failed', query: 'x' });
    expect(state.status).toBe('error');
  });
});

describe('activeResult', () => {
  it('is the active option while the list shows', () => {
    expect(activeResult(withResults(2))?.id).toBe('r0');
  });

  it('is null once the list is closed', () => {
    expect(activeResult(searchReducer(withResults(2), { type: 'close' }))).toBeNull();
  });
});
