import { useTranslation } from 'react-i18next';
import type { Stats } from '../../api/api-client';
import { UNIT_TYPES } from '../../state/domain';
import { useStore } from '../../state/store';
import { formatCount, formatKm } from '../../i18n/format';
import { legendColor } from '../layers/legend-color';
import type { ApiState } from '../use-api';

interface Figure { id: string; labelKey: string; value: (s: Stats) => number; km?: boolean; tone?: 'ok' | 'alert' }

const FIGURES: Figure[] = [
  { id: 'checkpoints', labelKey: 'kpi.checkpoints', value: (s) => s.checkpoints.total },
  { id: 'staffed', labelKey: 'kpi.staffed', value: (s) => s.checkpoints.byStatus.staffed ?? 0, tone: 'ok' },
  { id: 'alert', labelKey: 'kpi.alert', value: (s) => s.checkpoints.byStatus.alert ?? 0, tone: 'alert' },
  { id: 'segments', labelKey: 'kpi.segments', value: (s) => s.segments.total },
  { id: 'km', labelKey: 'kpi.borderKm', value: (s) => s.segments.lengthKm, km: true },
  { id: 'zones', labelKey: 'kpi.zones', value: (s) => s.zones.total },
];

/** The headline numbers for the filters and the visible extent. */
export function KpiBar({ stats }: { stats: ApiState<Stats> }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const data = stats.data;
  const show = (n: number | undefined, km = false) =>
    n === undefined ? '—' : km ? formatKm(n, language) : formatCount(n, language);

  return (
    <section className={`kpi-bar${stats.loading ? ' is-loading' : ''}`} aria-label={t('kpi.title')} aria-busy={stats.loading}>
      <p className="kpi-scope">{t('kpi.scope')}</p>
      {FIGURES.map((figure) => (
        <div key={figure.id} className={`kpi${figure.tone ? ` tone-${figure.tone}` : ''}`}>
          <span className="kpi-label">{t(figure.labelKey)}</span>
          <span className="kpi-value" data-testid={`kpi-${figure.id}`}>
            {show(data ? figure.value(data) : undefined, figure.km)}
            {figure.km && <small>{t('units.km')}</small>}
          </span>
        </div>
      ))}
      <div className="kpi kpi-personnel">
        <span className="kpi-label">{t('kpi.dutyPersonnel')}</span>
        <span className="kpi-units">
          {UNIT_TYPES.map((unit) => (
            <span key={unit} className="kpi-unit" data-testid={`kpi-personnel-${unit}`}>
              <i className="dot" style={{ background: legendColor(`legend.unitType.${unit}`) }} aria-hidden="true" />
              <span aria-label={t(`unitTypeName.${unit}`)}>{t(`unitType.${unit}`)}</span>
              <b>{show(data?.dutyPosts.personnel[unit])}</b>
            </span>
          ))}
        </span>
      </div>
      {stats.error && (
        <div className="kpi-error" role="alert" data-testid="kpi-error">
          {t('kpi.error')}
          <button type="button" className="link-button" data-testid="kpi-retry" onClick={stats.retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
    </section>
  );
}
