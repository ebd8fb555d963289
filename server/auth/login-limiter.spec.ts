import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter';

describe('LoginLimiter', () => {
  it('blocks a name after its limit of failures, until the oldest leaves the window', () => {
    const limiter = new LoginLimiter({ windowMs: 60_000, perName: 3, perAddress: 100 });
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterSeconds('ann', '10.0.0.1', 1000 * i)).toBe(0);
      limiter.fail('ann', `10.0.0.${i}`, 1000 * i);
    }
    expect(limiter.retryAfterSeconds('ann', '10.0.0.9', 3000)).toBe(57);
    expect(limiter.retryAfterSeconds('bob', '10.0.0.9', 3000)).toBe(0);
    expect(limiter.retryAfterSeconds('ann', '10.0.0.9', 61_000)).toBe(0);
  });

  it('blocks an address that tries many names, and a success clears only its name', () => {
    const limiter = new LoginLimiter({ windowMs: 60_000, perName: 3, perAddress: 4 });
    for (const name of ['a', 'b', 'c', 'd']) limiter.fail(name, '10.0.0.1', 0);
    expect(limiter.retryAfterSeconds('e', '10.0.0.1', 10)).toBe(60);
    expect(limiter.retryAfterSeconds('e', '10.0.0.2', 10)).toBe(0);
    limiter.fail('ann', '10.0.0.3', 0);
    limiter.succeed('ann');
    expect(limiter.retryAfterSeconds('ann', '10.0.0.3', 10)).toBe(0);
  });
});
