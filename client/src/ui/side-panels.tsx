import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stats } from '../api/api-client';
import { useStore } from '../state/store';
import { FiltersPanel } from './filters/filters-panel';
import { LayersPanel } from './layers/layers-panel';
import { closePanels } from './panels';
import type { ApiState } from './use-api';
import './panels.css';

/**
 * The left column: layers above filters on a wall screen; on a tablet one drawer over the map,
 * closed by default, with a scrim that closes it.
 */
export function SidePanels({ stats, compact }: { stats: ApiState<Stats>; compact: boolean }) {
  const { t } = useTranslation();
  const panels = useStore((s) => s.panels);

  // Before the first paint, so a tablet never flashes the wall screen's open panels.
  useLayoutEffect(() => {
    if (compact) closePanels();
  }, [compact]);

  const open = panels.layers || panels.filters;
  if (!open) return null;
  return (
    <>
      {compact && (
        <button type="button" className="scrim" tabIndex={-1} aria-label={t('panels.closeAll')} data-testid="drawer-scrim" onClick={closePanels} />
      )}
      <div className={`side-panels${compact ? ' is-drawer' : ''}`}>
        {panels.layers && <LayersPanel compact={compact} />}
        {panels.filters && <FiltersPanel stats={stats} compact={compact} />}
      </div>
    </>
  );
}
