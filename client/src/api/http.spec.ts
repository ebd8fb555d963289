import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, configureHttp, parseRetryAfter, request, requestHeaders } from './http';

afterEach(() => {
  vi.unstubAllGlobals();
  configureHttp({ csrfToken: () => null, onUnauthorized: () => undefined });
});

/** A fetch that answers once with `status` and `body`, recording what it was asked. */
function answer(status: number, body: unknown = {}, headers: Record<string, string> = {}) {
  const fetch = vi.fn(async () => new Response(status === 204 ? null : JSON.stringify(body), { status, headers }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('requestHeaders', () => {
  it('sends the CSRF token with every write and never with a read', () => {
    expect(requestHeaders('GET', false, 'tok')).toEqual({ accept: 'application/json' });
    expect(requestHeaders('POST', false, 'tok')).toEqual({ accept: 'application/json', 'X-CSRF-Token': 'tok' });
    expect(requestHeaders('PATCH', true, 'tok')).toEqual({ accept: 'application/json', 'content-type': 'application/json', 'X-CSRF-Token': 'tok' });
    expect(requestHeaders('DELETE', false, null)).toEqual({ accept: 'application/json' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds or an HTTP date', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('request', () => {
  it('posts JSON with the session\'s CSRF token, and reads a 204 as nothing', async () => {
    configureHttp({ csrfToken: () => 'tok', onUnauthorized: () => undefined });
    const fetch = answer(204);
    await expect(request('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    expect(fetch).toHaveBeenCalledWith('/api/auth/logout', expect.objectContaining({
      method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json', 'X-CSRF-Token': 'tok' }, body: undefined,
    }));
  });

  it('reports a 401 in use as the end of the session, and throws the server\'s message', async () => {
    const onUnauthorized = vi.fn();
    configureHttp({ csrfToken: () => null, onUnauthorized });
    answer(401, { message: 'Sign in first' });
    await expect(request('/api/stats')).rejects.toEqual(new ApiError(401, 'Sign in first'));
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('does not take a refused sign-in for an ended session', async () => {
    const onUnauthorized = vi.fn();
    configureHttp({ csrfToken: () => null, onUnauthorized });
    answer(401, { message: 'wrong name or password' });
    await expect(request('/api/auth/login', { method: 'POST', body: {}, unauthorizedIsAnswer: true })).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('carries Retry-After on the error', async () => {
    answer(429, { message: 'too many attempts' }, { 'retry-after': '17' });
    await expect(request('/api/auth/login', { method: 'POST', body: {} })).rejects.toMatchObject({ status: 429, retryAfterSeconds: 17 });
  });
});
