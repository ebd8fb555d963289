import { describe, expect, it } from 'vitest';
import { isUnavailable } from './pg-database';
import { redact } from './open-database';

describe('isUnavailable', () => {
  it('treats lost connections and server shutdowns as unavailability', () => {
    expect(isUnavailable({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isUnavailable({ code: '57P01', message: 'terminating connection due to administrator command' })).toBe(true);
    expect(isUnavailable({ code: '08006' })).toBe(true);
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves errors of the request itself alone', () => {
    expect(isUnavailable({ code: '23514', message: 'violates check constraint' })).toBe(false);
    expect(isUnavailable({ code: '42601', message: 'syntax error' })).toBe(false);
    expect(isUnavailable({ code: '57014', message: 'canceling statement due to statement timeout' })).toBe(false);
  });
});

describe('redact', () => {
  it('hides the password of a connection string', () => {
    expect(redact('postgres://corridor:s3cret@db:5432/corridor')).toBe('postgres://corridor:***@db:5432/corridor');
    expect(redact('not a url')).toBe('(unparseable DATABASE_URL)');
  });
});
