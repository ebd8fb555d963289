import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../api/api-client';
import { pickLanguage } from '../../i18n/bilingual';
import { useStore } from '../../state/store';
import type { SearchState } from './search-reducer';

interface Props {
  state: SearchState;
  expanded: boolean;
  listId: string;
  optionId(index: number): string;
  onChoose(result: SearchResult): void;
  onHover(index: number): void;
}

export function SearchResults({ state, expanded, listId, optionId, onChoose, onHover }: Props) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const message =
    state.status === 'loading' && !state.results.length ? t('search.loading')
      : state.status === 'error' ? t('search.error')
        : state.status === 'ready' && !state.results.length ? t('search.empty')
          : null;
  return (
    <div className="search-popup" hidden={!expanded}>
      <ul role="listbox" id={listId} aria-label={t('search.results')} className="search-results">
        {state.results.map((result, index) => (
          <li
            key={`${result.type}:${result.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === state.active}
            data-testid={`search-result-${index}`}
            // Keep focus in the input so the list does not close before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => index !== state.active && onHover(index)}
            onClick={() => onChoose(result)}
          >
            <span className={`result-type type-${result.type}`}>{t(`searchType.${result.type}`)}</span>
            <span className="result-label">{language === 'zh-CN' ? result.labelZh : result.label}</span>
            <span className="result-detail">{pickLanguage(result.detail, language)}</span>
          </li>
        ))}
      </ul>
      {message && (
        <p className="search-status" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
