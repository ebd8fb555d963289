import { useTranslation } from 'react-i18next';
import type { Stats } from '../../api/api-client';
import { localName } from '../../i18n/bilingual';
import { formatCount, formatKm } from '../../i18n/format';
import { useStore } from '../../state/store';
import { toBbox } from '../bbox';
import type { ApiState } from '../use-api';
import { useAdminAreas } from './use-admin-areas';

/** One row per county (townships inside a county) for the filters and extent; a row narrows the filter to it. */
export function GroupsTable({ stats }: { stats: ApiState<Stats> }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const adminArea = useStore((s) => s.filters.adminArea);
  const { tree } = useAdminAreas();
  const groups = stats.data?.groups ?? [];
  const level = groups[0]?.level ?? 'county';

  const choose = (code: string) => {
    const store = useStore.getState();
    store.setFilters({ adminArea: code });
    const bbox = tree?.byCode.get(code)?.bbox;
    if (bbox) store.requestFlyTo(toBbox(bbox));
  };

  return (
    <section className="groups" aria-labelledby="groups-title">
      <h3 id="groups-title">{t(`groups.title.${level}`)}</h3>
      {!groups.length ? (
        <p className="muted">{stats.loading ? t('common.loading') : t('groups.empty')}</p>
      ) : (
        <table className="groups-table">
          <thead>
            <tr>
              <th scope="col">{t(`groups.area.${level}`)}</th>
              <th scope="col" className="num">{t('groups.checkpoints')}</th>
              <th scope="col" className="num">{t('groups.alerts')}</th>
              <th scope="col" className="num">{t('groups.km')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.code} className={group.code === adminArea ? 'is-current' : undefined}>
                <th scope="row">
                  <button type="button" className="row-button" data-testid={`groups-row-${group.code}`}
                    aria-current={group.code === adminArea ? 'true' : undefined} onClick={() => choose(group.code)}>
                    {localName(group, language)}
                  </button>
                </th>
                <td className="num">{formatCount(group.checkpoints, language)}</td>
                <td className={`num${(group.checkpointsByStatus.alert ?? 0) > 0 ? ' is-alert' : ''}`}>
                  {formatCount(group.checkpointsByStatus.alert ?? 0, language)}
                </td>
                <td className="num">{formatKm(group.lengthKm, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
