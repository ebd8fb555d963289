// The one door every API request goes through: JSON in and out, the session's CSRF token on every
// request that changes something, and one place that notices a session has ended (401).

/** An API answer that was not 2xx; `message` is the server's (it names the offending field). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** From `Retry-After` (429, 503): how long the server asks us to wait. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

export interface HttpSession {
  /** The signed-in session's token, sent as `X-CSRF-Token` on every request that is not a read. */
  csrfToken(): string | null;
  /** A request was answered 401: the session expired or was revoked while the page was open. */
  onUnauthorized(): void;
}

let session: HttpSession = { csrfToken: () => null, onUnauthorized: () => undefined };

/** Connects the client to the page's session (main.tsx; tests may pass their own). */
export function configureHttp(next: HttpSession): void {
  session = next;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** For sign-in: there a 401 is the answer (wrong name or password), not a session that ended. */
  unauthorizedIsAnswer?: boolean;
}

const READS = new Set(['GET', 'HEAD']);

/** The headers a request carries: the CSRF token goes with every write, and only with writes. */
export function requestHeaders(method: string, hasBody: boolean, csrfToken: string | null): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // No content-type without a body: Fastify refuses an empty body that claims to be JSON.
  if (hasBody) headers['content-type'] = 'application/json';
  if (!READS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

/** `Retry-After` in seconds: either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, nowMs = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, unauthorizedIsAnswer = false } = options;
  const response = await fetch(path, {
    method,
    signal,
    // Same origin only: the session cookie never goes anywhere else.
    credentials: 'same-origin',
    headers: requestHeaders(method, body !== undefined, session.csrfToken()),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as { message?: string };
    const error = new ApiError(
      response.status,
      answer.message ?? `${response.status} ${response.statusText}`,
      parseRetryAfter(response.headers.get('retry-after')),
    );
    if (response.status === 401 && !unauthorizedIsAnswer) session.onUnauthorized();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
