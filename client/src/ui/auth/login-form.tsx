import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { loginErrorOf, validateCredentials, type LoginError } from './login-error';
import { signIn } from './session-actions';

export interface LoginPreset { name: string; password: string; id: number }

/**
 * Name and password; Enter signs in. The focus starts on the name (on the password when the name
 * is known, after a session ended) and goes back to the field an error is about.
 */
export function LoginForm({ initialName, preset }: { initialName: string; preset: LoginPreset | null }) {
  const { t } = useTranslation();
  const publicRead = useStore((s) => s.session.publicRead);
  const [name, setName] = useState(initialName);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  // After a 429 the button waits as long as the server asked.
  const [blocked, setBlocked] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    (initialName ? passwordRef : nameRef).current?.focus();
  }, [initialName]);

  useEffect(() => {
    if (!preset) return;
    setName(preset.name);
    setPassword(preset.password);
    setError(null);
    submitRef.current?.focus();
  }, [preset]);

  useEffect(() => {
    if (!blocked || error?.seconds === undefined) return;
    const timer = setTimeout(() => setBlocked(false), error.seconds * 1000);
    return () => clearTimeout(timer);
  }, [blocked, error]);

  const show = (shown: LoginError) => {
    setError(shown);
    if (shown.key === 'wrongCredentials') setPassword('');
    if (shown.key === 'tooManyAttempts') setBlocked(true);
    if (shown.field === 'name') nameRef.current?.focus();
    else if (shown.field === 'password') passwordRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || blocked) return;
    const invalid = validateCredentials(name, password);
    if (invalid) {
      show(invalid);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // On success the map replaces this screen.
      await signIn({ name: name.trim(), password });
    } catch (failure) {
      setBusy(false);
      show(loginErrorOf(failure));
    }
  };

  const describedBy = error ? 'login-error' : undefined;
  return (
    <form className="login-form" onSubmit={(event) => void submit(event)} noValidate data-testid="login-form">
      <div className="field">
        <label htmlFor="login-name">{t('auth.name')}</label>
        <input
          ref={nameRef}
          id="login-name"
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={name}
          aria-invalid={error?.field === 'name'}
          aria-describedby={error?.field === 'name' ? describedBy : undefined}
          data-testid="login-name"
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="login-password">{t('auth.password')}</label>
        <input
          ref={passwordRef}
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          aria-invalid={error?.field === 'password'}
          aria-describedby={error?.field === 'password' ? describedBy : undefined}
          data-testid="login-password"
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      {error && (
        <p id="login-error" className="login-error" role="alert" data-testid="login-error">
          {t(`auth.error.${error.key}`, { seconds: error.seconds })}
          {error.detail && <small className="login-error-detail">{error.detail}</small>}
        </p>
      )}
      <button ref={submitRef} type="submit" className="primary-button" disabled={busy || blocked} data-testid="login-submit">
        {t(busy ? 'auth.signingIn' : 'auth.signIn')}
      </button>
      {publicRead && (
        <button type="button" className="link-button" data-testid="login-cancel" onClick={() => useStore.getState().setLoginRequested(false)}>
          {t('auth.continueReadOnly')}
        </button>
      )}
    </form>
  );
}
