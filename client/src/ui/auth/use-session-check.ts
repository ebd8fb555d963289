import { useEffect } from 'react';
import { checkSession } from './session-actions';

/**
 * A screen that comes back into view (a tablet woken up, a tab brought forward) asks whether its
 * session still holds, so an ended one shows the login screen before anyone reads stale data.
 */
export function useSessionCheck(): void {
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void checkSession();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
}
