import { useEffect, useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../api/api-client';
import { useStore } from '../../state/store';
import { padBbox, toBbox } from '../bbox';
import { Icon } from '../icons';
import { activeResult } from './search-reducer';
import { SearchResults } from './search-results';
import { useSearch } from './use-search';

/** One box for codes and names in either language; a chosen result flies there and selects it. */
export function SearchBox() {
  const { t } = useTranslation();
  const [state, dispatch] = useSearch();
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (result: SearchResult) => {
    const store = useStore.getState();
    store.requestFlyTo(padBbox(toBbox(result.bbox)));
    // An admin area is a scope, not a feature: it narrows the filters instead of opening a card.
    if (result.type === 'admin-area') store.setFilters({ adminArea: result.id });
    else store.select({ type: result.type, id: result.id });
    dispatch({ type: 'close' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      dispatch({ type: 'move', delta: event.key === 'ArrowDown' ? 1 : -1 });
    } else if (event.key === 'Enter') {
      const result = activeResult(state);
      if (result) {
        event.preventDefault();
        choose(result);
      }
    } else if (event.key === 'Escape' && state.open) {
      // Closing the list is this Esc's whole job; the card stays open.
      event.preventDefault();
      event.stopPropagation();
      dispatch({ type: 'close' });
    }
  };

  useEffect(() => {
    if (state.open && state.active >= 0) document.getElementById(optionId(state.active))?.scrollIntoView({ block: 'nearest' });
  });

  const expanded = state.open && state.status !== 'idle';
  return (
    <div className="search">
      <Icon name="search" />
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && state.active >= 0 ? optionId(state.active) : undefined}
        placeholder={t('search.placeholder')}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        value={state.query}
        data-testid="search-input"
        onChange={(event) => dispatch({ type: 'input', query: event.target.value })}
        onKeyDown={onKeyDown}
        onFocus={() => dispatch({ type: 'open' })}
        onBlur={() => dispatch({ type: 'close' })}
      />
      {state.query && (
        <button
          type="button"
          className="icon-button"
          aria-label={t('search.clear')}
          data-testid="search-clear"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => dispatch({ type: 'input', query: '' })}
        >
          <Icon name="close" />
        </button>
      )}
      <SearchResults state={state} expanded={expanded} listId={listId} optionId={optionId} onChoose={choose}
        onHover={(index) => dispatch({ type: 'hover', index })} />
    </div>
  );
}
