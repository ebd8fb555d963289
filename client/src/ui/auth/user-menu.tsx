import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { Icon } from '../icons';
import './auth.css';
import { signOut } from './session-actions';

/**
 * The top bar's corner: who is signed in, as what, and sign-out; for a public reader, sign-in.
 * Where the bar is narrow the buttons keep their icon and lose their visible words (auth.css).
 */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useStore((s) => s.session.user);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');

  if (!user) {
    return (
      <div className="user-menu">
        <span className="role-badge read-only-badge" data-testid="read-only">{t('auth.readOnly')}</span>
        <button
          type="button"
          className="tool-button sign-in-button"
          aria-label={t('auth.signIn')}
          data-testid="sign-in"
          onClick={() => useStore.getState().setLoginRequested(true)}
        >
          <Icon name="user" />
          <span className="button-label">{t('auth.signIn')}</span>
        </button>
      </div>
    );
  }

  const leave = () => {
    setState('busy');
    // On success the login screen replaces this one.
    signOut().catch(() => setState('failed'));
  };
  const label = t(state === 'busy' ? 'auth.signingOut' : 'auth.signOut');
  return (
    <div className="user-menu" role="group" aria-label={t('auth.user')} data-testid="user-menu">
      <span className="user-id">
        <span className="user-name" title={user.name} data-testid="user-name">{user.name}</span>
        <span className="role-badge" data-role={user.role} data-testid="user-role">{t(`auth.role.${user.role}`)}</span>
      </span>
      <button
        type="button"
        className="tool-button sign-out-button"
        aria-label={label}
        title={label}
        disabled={state === 'busy'}
        data-testid="sign-out"
        onClick={leave}
      >
        <Icon name="signOut" />
        <span className="button-label">{label}</span>
      </button>
      {state === 'failed' && <span className="inline-error" role="alert">{t('auth.signOutFailed')}</span>}
    </div>
  );
}
