import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/api-client';

// Created by the embedded demo only (passwords equal to the names), never by a real deployment.
export const DEMO_ACCOUNTS: ReadonlyArray<{ name: string; role: Role }> = [
  { name: 'demo-admin', role: 'admin' },
  { name: 'demo-planner', role: 'planner' },
  { name: 'demo-viewer', role: 'viewer' },
];

/** The demo's accounts, marked as demo-only; choosing one fills the form. */
export function DemoAccounts({ onChoose }: { onChoose(name: string): void }) {
  const { t } = useTranslation();
  return (
    <aside className="demo-accounts" aria-labelledby="demo-accounts-title" data-testid="demo-accounts">
      <h3 id="demo-accounts-title">{t('auth.demo.title')}</h3>
      <p>{t('auth.demo.note')}</p>
      <ul>
        {DEMO_ACCOUNTS.map(({ name, role }) => (
          <li key={name}>
            <button type="button" className="demo-account" aria-label={t('auth.demo.use', { name })} onClick={() => onChoose(name)}>
              <code>{name}</code>
              <span className="role-badge" data-role={role}>{t(`auth.role.${role}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
