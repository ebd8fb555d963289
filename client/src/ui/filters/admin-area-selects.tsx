import { useTranslation } from 'react-i18next';
import type { AdminAreaNode } from '../../api/api-client';
import { localName } from '../../i18n/bilingual';
import { useStore } from '../../state/store';
import { toBbox } from '../bbox';
import { mostSpecific, pathOf, type AdminPath, type AdminTree } from './admin-tree';
import { useAdminAreas } from './use-admin-areas';

const LEVELS = ['prefecture', 'county', 'township'] as const;

/** Sets the filter to the most specific choice and flies to it. */
export function chooseAdminPath(tree: AdminTree, path: AdminPath): void {
  const code = mostSpecific(path);
  const store = useStore.getState();
  store.setFilters({ adminArea: code });
  const area = code ? tree.byCode.get(code) : undefined;
  if (area) store.requestFlyTo(toBbox(area.bbox));
}

/** Prefecture → county → township; each select lists the children of the one before it. */
export function AdminAreaSelects() {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const adminArea = useStore((s) => s.filters.adminArea);
  const { tree, loading, error, retry } = useAdminAreas();

  if (error) {
    return (
      <p className="inline-error" role="alert">
        {t('filters.adminAreasError')}{' '}
        <button type="button" className="link-button" data-testid="admin-areas-retry" onClick={retry}>{t('common.retry')}</button>
      </p>
    );
  }

  const path = tree ? pathOf(tree, adminArea) : { prefecture: null, county: null, township: null };
  const optionsFor = (level: (typeof LEVELS)[number]): AdminAreaNode[] => {
    if (!tree) return [];
    if (level === 'prefecture') return (tree.children.get(null) ?? []).flatMap((root) =>
      root.level === 'prefecture' ? [root] : [...(tree.children.get(root.code) ?? [])]);
    const parent = level === 'county' ? path.prefecture : path.county;
    return parent ? [...(tree.children.get(parent) ?? [])] : [];
  };
  const onChange = (level: (typeof LEVELS)[number], code: string) => {
    if (!tree) return;
    const next: AdminPath = { ...path, [level]: code || null };
    if (level === 'prefecture') next.county = null;
    if (level !== 'township') next.township = null;
    chooseAdminPath(tree, next);
  };

  return (
    <div className="admin-selects">
      {LEVELS.map((level) => {
        const options = optionsFor(level);
        return (
          <label key={level} className="field">
            <span className="field-label">{t(`filters.level.${level}`)}</span>
            <select
              value={path[level] ?? ''}
              disabled={loading || !options.length}
              data-testid={`filter-${level}`}
              onChange={(event) => onChange(level, event.target.value)}
            >
              <option value="">{loading ? t('common.loading') : t(`filters.all.${level}`)}</option>
              {options.map((area) => (
                <option key={area.code} value={area.code}>{localName(area, language)}</option>
              ))}
            </select>
          </label>
        );
      })}
    </div>
  );
}
