import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import { loginErrorOf, validateCredentials } from './login-error';

describe('validateCredentials', () => {
  it('asks for the name first, then the password', () => {
    expect(validateCredentials('  ', '')).toEqual({ key: 'nameRequired', field: 'name' });
    expect(validateCredentials('test-viewer', '')).toEqual({ key: 'passwordRequired', field: 'password' });
    expect(validateCredentials('test-viewer', ' ')).toBeNull();
  });
});

describe('loginErrorOf', () => {
  it('says the name or password is wrong on 401, and sends the user back to the password', () => {
    expect(loginErrorOf(new ApiError(401, 'name or password is wrong'))).toEqual({ key: 'wrongCredentials', field: 'password' });
  });

  it('says how long to wait on 429 when the server says', () => {
    expect(loginErrorOf(new ApiError(429, 'too many attempts', 42))).toEqual({ key: 'tooManyAttempts', seconds: 42 });
    expect(loginErrorOf(new ApiError(429, 'too many attempts'))).toEqual({ key: 'tooManyAttemptsLater' });
  });

  it('marks the field a 400 names', () => {
    expect(loginErrorOf(new ApiError(400, 'name: must match pattern')).field).toBe('name');
    expect(loginErrorOf(new ApiError(400, 'body/password must NOT have fewer than 1 characters')).field).toBe('password');
    expect(loginErrorOf(new ApiError(400, 'body must be JSON')).field).toBeUndefined();
  });

  it('tells a server that is down from a network that is', () => {
    expect(loginErrorOf(new ApiError(503, 'database unavailable', 5))).toEqual({ key: 'unavailable' });
    expect(loginErrorOf(new TypeError('Failed to fetch'))).toEqual({ key: 'network' });
  });
});
