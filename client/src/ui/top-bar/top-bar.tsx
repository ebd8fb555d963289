import { useTranslation } from 'react-i18next';
import type { Stats } from '../../api/api-client';
import { KpiBar } from '../kpi/kpi-bar';
import { SearchBox } from '../search/search-box';
import type { ApiState } from '../use-api';
import { UserMenu } from '../auth/user-menu';
import { Icon } from '../icons';
import './top-bar.css';
import { DemoBadge } from './demo-badge';
import { LanguageSwitch } from './language-switch';
import { PanelButtons } from './panel-buttons';

export function TopBar({ stats, compact }: { stats: ApiState<Stats>; compact: boolean }) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <div className="top-row">
        <div className="brand">
          <span className="brand-mark"><Icon name="star" size={22} /></span>
          {/* The full name on a wall screen; the short one where the bar is narrower (top-bar.css). */}
          <h1>
            {!compact && <span className="brand-full">{t('app.name')}</span>}
            <span className={compact ? undefined : 'brand-short'}>{t('app.shortName')}</span>
          </h1>
        </div>
        <PanelButtons compact={compact} />
        <SearchBox />
        <div className="top-actions">
          <DemoBadge compact={compact} />
          <LanguageSwitch />
          <UserMenu />
        </div>
      </div>
      <KpiBar stats={stats} />
    </header>
  );
}
