import { useTranslation } from 'react-i18next';
import { loadSession } from './session-actions';

/** While boot asks who is signed in; if the server does not answer, says so and offers a retry. */
export function BootScreen({ failed }: { failed: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="map-placeholder boot-screen" data-testid="boot-screen">
      {failed ? (
        <div className="boot-failed" role="alert">
          <p>{t('auth.unreachable')}</p>
          <button type="button" className="secondary-button" data-testid="boot-retry" onClick={() => void loadSession()}>
            {t('common.retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('auth.checking')}</p>
      )}
    </div>
  );
}
