import { defineConfig } from 'vitest/config';

// One suite, two backends: DATABASE_URL set → PostgreSQL + PostGIS server, unset → embedded PGlite.
// The global setup prepares one migrated, seeded template; each test file gets its own copy.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', '{client,server,tiles,scripts}/**/*.spec.{ts,tsx}'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // PGlite takes over 1 GB per instance and the machines have 2 cores.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
