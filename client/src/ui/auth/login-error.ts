import { ApiError } from '../../api/api-client';

// What the login form says when signing in does not work, as a translation key and its values:
// the form stays free of status-code logic, and this stays free of React.

export type LoginField = 'name' | 'password';

export interface LoginError {
  key:
    | 'nameRequired' | 'passwordRequired' | 'wrongCredentials' | 'tooManyAttempts' | 'tooManyAttemptsLater'
    | 'invalid' | 'unavailable' | 'network' | 'failed';
  /** For `tooManyAttempts`: how long to wait. */
  seconds?: number;
  /** The server's own words, where they say more than the sentence. */
  detail?: string;
  /** The field to mark invalid and move the focus to. */
  field?: LoginField;
}

/** Checks what the browser can check before asking the server. */
export function validateCredentials(name: string, password: string): LoginError | null {
  if (name.trim() === '') return { key: 'nameRequired', field: 'name' };
  if (password === '') return { key: 'passwordRequired', field: 'password' };
  return null;
}

/** The server's 400 names the field first ("name: …", "body/password …"). */
function fieldNamed(message: string): LoginField | undefined {
  const match = /^(?:body\/|\/)?(name|password)\b/.exec(message);
  return match ? (match[1] as LoginField) : undefined;
}

export function loginErrorOf(error: unknown): LoginError {
  if (!(error instanceof ApiError)) return { key: 'network' };
  const detail = error.message || undefined;
  switch (true) {
    // The server says the same for every refusal (no hint which of the two was wrong): translated, it says all.
    case error.status === 401:
      return { key: 'wrongCredentials', field: 'password' };
    case error.status === 429:
      return error.retryAfterSeconds !== null ? { key: 'tooManyAttempts', seconds: error.retryAfterSeconds } : { key: 'tooManyAttemptsLater' };
    case error.status === 400:
      return { key: 'invalid', detail, field: fieldNamed(error.message) };
    case error.status >= 500:
      return { key: 'unavailable' };
    default:
      return { key: 'failed', detail };
  }
}
