import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('defaults to the embedded backend on loopback port 8080', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', databaseUrl: undefined, seedDemo: true });
    expect(config.dataDir).toMatch(/\.corridor\/db$/);
  });

  it('reads every variable it documents', () => {
    const config = readConfig({
      PORT: '9000', HOST: '0.0.0.0', DATABASE_URL: 'postgres://x@y/z', CORRIDOR_DATA_DIR: '/tmp/d',
      STATEMENT_TIMEOUT_MS: '5000', PG_POOL_MAX: '4', CORRIDOR_SEED_DEMO: 'false', LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      port: 9000, host: '0.0.0.0', databaseUrl: 'postgres://x@y/z', dataDir: '/tmp/d',
      statementTimeoutMs: 5000, poolMax: 4, seedDemo: false, logLevel: 'debug',
    });
  });

  it('names the variable when a value is wrong', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT must be an integer/);
    expect(() => readConfig({ PG_POOL_MAX: '0' })).toThrow(/PG_POOL_MAX/);
    expect(() => readConfig({ CORRIDOR_SEED_DEMO: 'maybe' })).toThrow(/CORRIDOR_SEED_DEMO must be true or false/);
  });
});
