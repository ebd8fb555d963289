import { lazy, Suspense } from 'react';
import { useUrlSync } from './state/use-url-sync';
import { SelectionCard } from './ui/cards/selection-card';
import { HoverTooltip } from './ui/hover-tooltip';
import { useStats } from './ui/kpi/use-stats';
import { MapBackdrop } from './ui/map-backdrop';
import { SidePanels } from './ui/side-panels';
import { TopBar } from './ui/top-bar/top-bar';
import { useCompact } from './ui/use-compact';
import { useLanguageSync } from './ui/use-language-sync';
import { useShortcuts } from './ui/use-shortcuts';

// MapLibre and deck.gl are most of the bundle: the panels and KPIs paint while they load.
const MapView = lazy(() => import('./map/map-view').then((module) => ({ default: module.MapView })));

/** The command-center screen: top bar with KPIs over a full-size map, side panels and the selection card. */
export function App() {
  const compact = useCompact();
  useLanguageSync();
  useUrlSync();
  useShortcuts(compact);
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
