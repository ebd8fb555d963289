import type { HealthResponse } from '../../server/schemas/health.schema';
import { useHealth } from './use-health';

const LABELS: Array<[keyof HealthResponse['counts'], string]> = [
  ['segments', '边境段 Border segments'],
  ['checkpoints', '卡点 Checkpoints'],
  ['branches', '党支部 Party branches'],
  ['dutyPosts', '驻防点 Duty posts'],
  ['belts', '示范带 Demonstration belts'],
  ['zones', '责任区 Responsibility zones'],
];

/** The placeholder page of the foundation stage: what is loaded, from which database. The map comes next. */
export function App() {
  const state = useHealth();
  return (
    <main className="placeholder">
      <h1>Corridor · 边境党建长廊</h1>
      {state.kind === 'loading' && <p>Loading…</p>}
      {state.kind === 'error' && <p role="alert">The server did not answer: {state.message}</p>}
      {state.kind === 'ready' && (
        <>
          {state.health.dataset.synthetic && <p className="badge">演示数据 — 合成 · Demo data — synthetic</p>}
          <dl className="counts">
            {LABELS.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd data-count={key}>{state.health.counts[key].toLocaleString()}</dd>
              </div>
            ))}
          </dl>
          <p className="meta">
            Database: {state.health.db.backend} · PostGIS {state.health.db.postgis}
          </p>
        </>
      )}
    </main>
  );
}
