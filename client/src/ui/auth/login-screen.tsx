import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { Icon } from '../icons';
import { LanguageSwitch } from '../top-bar/language-switch';
import '../top-bar/top-bar.css';
import './auth.css';
import { DemoAccounts } from './demo-accounts';
import { LoginForm, type LoginPreset } from './login-form';

const NOTICES = { expired: 'auth.expired', 'signed-out': 'auth.signedOut' } as const;

/** Instead of the map until someone signs in; the view (address bar, store) waits untouched behind it. */
export function LoginScreen() {
  const { t } = useTranslation();
  const demo = useStore((s) => s.session.demo);
  const reason = useStore((s) => s.session.loginReason);
  const lastUserName = useStore((s) => s.session.lastUserName);
  const [preset, setPreset] = useState<LoginPreset | null>(null);
  const notice = reason === 'expired' || reason === 'signed-out' ? NOTICES[reason] : null;
  // After a session ended under them, the same user most likely signs in again.
  const initialName = reason === 'expired' ? (lastUserName ?? '') : '';
  return (
    <div className="login-screen" data-testid="login-screen">
      <header className="login-header">
        <div className="brand">
          <span className="brand-mark"><Icon name="star" size={22} /></span>
          <h1>{t('app.name')}</h1>
        </div>
        <LanguageSwitch />
      </header>
      <main className="login-main">
        <section className="login-card" aria-labelledby="login-title">
          <h2 id="login-title">{t('auth.title')}</h2>
          <p className="muted">{t('auth.intro')}</p>
          {notice && <p className="login-notice" role="status" data-testid="login-notice">{t(notice)}</p>}
          <LoginForm initialName={initialName} preset={preset} />
        </section>
        {demo && <DemoAccounts onChoose={(name) => setPreset({ name, password: name, id: Date.now() })} />}
      </main>
    </div>
  );
}
