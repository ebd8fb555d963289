import { useTranslation } from 'react-i18next';
import type { Stats } from '../../api/api-client';
import { CHECKPOINT_KINDS, CHECKPOINT_STATUSES, UNIT_TYPES } from '../../state/domain';
import { useStore } from '../../state/store';
import { legendColor } from '../layers/legend-color';
import { PanelFrame } from '../panel-frame';
import type { ApiState } from '../use-api';
import { AdminAreaSelects } from './admin-area-selects';
import { ChipGroup } from './chip-group';
import { GroupsTable } from './groups-table';

export function FiltersPanel({ stats, compact }: { stats: ApiState<Stats>; compact: boolean }) {
  const { t } = useTranslation();
  const filters = useStore((s) => s.filters);
  const setFilters = useStore((s) => s.setFilters);
  const clearFilters = useStore((s) => s.clearFilters);
  const active = Boolean(filters.adminArea) || filters.unitTypes.length + filters.checkpointKinds.length + filters.checkpointStatuses.length > 0;

  return (
    <PanelFrame panel="filters" title={t('filters.title')} compact={compact}>
      <AdminAreaSelects />
      <ChipGroup
        legend={t('filters.unitTypes')}
        testIdPrefix="filter-unit"
        options={UNIT_TYPES.map((u) => ({ value: u, label: t(`unitTypeChip.${u}`), color: legendColor(`legend.unitType.${u}`) }))}
        selected={filters.unitTypes}
        onChange={(unitTypes) => setFilters({ unitTypes })}
      />
      <ChipGroup
        legend={t('filters.checkpointKinds')}
        testIdPrefix="filter-kind"
        options={CHECKPOINT_KINDS.map((k) => ({ value: k, label: t(`checkpointKind.${k}`) }))}
        selected={filters.checkpointKinds}
        onChange={(checkpointKinds) => setFilters({ checkpointKinds })}
      />
      <ChipGroup
        legend={t('filters.checkpointStatuses')}
        testIdPrefix="filter-status"
        options={CHECKPOINT_STATUSES.map((s) => ({ value: s, label: t(`checkpointStatus.${s}`), color: legendColor(`legend.checkpointStatus.${s}`) }))}
        selected={filters.checkpointStatuses}
        onChange={(checkpointStatuses) => setFilters({ checkpointStatuses })}
      />
      <button type="button" className="secondary-button" disabled={!active} data-testid="filters-clear" onClick={clearFilters}>
        {t('filters.clearAll')}
      </button>
      <GroupsTable stats={stats} />
    </PanelFrame>
  );
}
