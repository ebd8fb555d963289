import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { useApi } from '../use-api';

/** The synthetic-data warning, from /api/health; also says so when the server does not answer. */
export function DemoBadge({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const health = useApi('health', (signal) => api.health(signal));
  if (health.error) {
    return (
      <button type="button" className="server-down" data-testid="server-down" onClick={health.retry}>
        {t('app.serverDown')}
      </button>
    );
  }
  if (!health.data?.dataset.synthetic) return null;
  return (
    // On a tablet the bar has no room for the whole sentence: the short form, the sentence on hover.
    <span className="demo-badge" data-testid="demo-badge" role="note" title={compact ? t('app.demoBadge') : undefined}>
      {t(compact ? 'app.demoBadgeShort' : 'app.demoBadge')}
    </span>
  );
}
