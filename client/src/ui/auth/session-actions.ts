import { api, ApiError, type Credentials } from '../../api/api-client';
import { configureHttp } from '../../api/http';
import { useStore } from '../../state/store';

// What signing in and out does: the API calls and the store changes that follow them.

/** Every request carries the session's CSRF token; a 401 in use sends the page back to the login screen. */
export function connectHttpToSession(): void {
  configureHttp({
    csrfToken: () => useStore.getState().session.csrfToken,
    onUnauthorized: () => {
      const { session, signedOut } = useStore.getState();
      if (session.user === null && session.loginReason !== null) return; // already there
      signedOut('expired');
      void refreshSession();
    },
  });
}

/** Boot (and the boot screen's retry): who is signed in, and whether reading is public. */
export async function loadSession(): Promise<void> {
  useStore.setState((s) => ({ session: { ...s.session, phase: 'checking' } }));
  try {
    useStore.getState().sessionLoaded(await api.session());
  } catch {
    useStore.getState().sessionFailed();
  }
}

/** After the session ended: the server's flags again, and its token for the next sign-in, without the boot screen. */
async function refreshSession(): Promise<void> {
  try {
    useStore.getState().sessionLoaded(await api.session());
  } catch {
    // The login screen works without it: signing in asks the server anyway.
  }
}

const isCsrfRefusal = (error: unknown) => error instanceof ApiError && error.status === 403 && error.message.startsWith('X-CSRF-Token');

/**
 * Runs a write; if the server refused its CSRF token (this browser's session changed in another
 * tab, so the page holds an old token), fetches the current token and tries once more.
 */
export async function withFreshCsrfToken<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isCsrfRefusal(error)) throw error;
    const info = await api.session();
    useStore.setState((s) => ({ session: { ...s.session, csrfToken: info.csrfToken } }));
    return write();
  }
}

/** Signs in; throws the ApiError for the login form to explain (401 wrong credentials, 429 wait). */
export async function signIn(credentials: Credentials): Promise<void> {
  const { user, csrfToken } = await withFreshCsrfToken(() => api.login(credentials));
  useStore.getState().signedIn(user, csrfToken);
}

/** Signs out (a session the server already ended counts as signed out) and shows the login screen. */
export async function signOut(): Promise<void> {
  try {
    await withFreshCsrfToken(() => api.logout());
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
  useStore.getState().signedOut('signed-out');
  void refreshSession();
}

/** Asks whether the session still holds (a tablet woken up, a tab come back): a 401 ends it here too. */
export async function checkSession(): Promise<void> {
  if (!useStore.getState().session.user) return;
  try {
    const { user, csrfToken } = await api.me();
    const { session, signedIn } = useStore.getState();
    // The role or areas may have changed since sign-in; otherwise nothing re-renders.
    if (csrfToken !== session.csrfToken || JSON.stringify(user) !== JSON.stringify(session.user)) signedIn(user, csrfToken);
  } catch {
    // 401 is handled by the HTTP layer; anything else (offline) is not a reason to sign out.
  }
}
