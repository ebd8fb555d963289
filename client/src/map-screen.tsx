import { lazy, Suspense, useEffect } from 'react';
import { useStore } from './state/store';
import { useSessionCheck } from './ui/auth/use-session-check';
import { SelectionCard } from './ui/cards/selection-card';
import { HoverTooltip } from './ui/hover-tooltip';
import { useStats } from './ui/kpi/use-stats';
import { MapBackdrop } from './ui/map-backdrop';
import { SidePanels } from './ui/side-panels';
import { TopBar } from './ui/top-bar/top-bar';
import { useCompact } from './ui/use-compact';
import { useShortcuts } from './ui/use-shortcuts';

// MapLibre and deck.gl are most of the bundle: the panels and KPIs paint while they load.
const MapView = lazy(() => import('./map/map-view').then((module) => ({ default: module.MapView })));

/** The command-center screen: top bar with KPIs over a full-size map, side panels and the selection card. */
export function MapScreen() {
  const compact = useCompact();
  useShortcuts(compact);
  useSessionCheck();
  // The extent is known only while a map shows it (the view itself stays for the next sign-in).
  useEffect(() => () => useStore.setState({ bounds: null }), []);
  // One stats request feeds both the KPI bar and the per-area table.
  const stats = useStats();
  return (
    <div className={`app${compact ? ' is-compact' : ''}`}>
      <TopBar stats={stats} compact={compact} />
      <main className="map-area">
        <MapBackdrop />
        <Suspense fallback={null}>
          <MapView />
        </Suspense>
        <HoverTooltip />
        <SidePanels stats={stats} compact={compact} />
        <SelectionCard />
      </main>
    </div>
  );
}
