import { defineConfig } from 'vitest/config'

/**
 * Unit tests, then the integration suite once per database: SQLite always; PostgreSQL when
 * TEST_POSTGRES_URI is set; MongoDB when MONGODB_URI is set (otherwise its tests report as skipped).
 */
const integration = (db: 'sqlite' | 'postgres' | 'mongodb') => ({
  extends: true,
  test: {
    name: `int-${db}`,
    include: ['tests/**/*.int.test.ts'],
    // The tests run jobs themselves (payload.jobs.run); the REST handlers they call would start Payload's
    // job crons, whose writes race the tests' own.
    env: { TEST_DB: db, JOBS_AUTORUN: 'off' },
    globalSetup: ['tests/helpers/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One database per project, shared by its files, which run one after another.
    fileParallelism: false,
  },
})

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/**/*.int.test.ts', 'tests/**/*.e2e.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/**/*.e2e.test.ts'], globalSetup: ['tests/helpers/e2eSetup.ts'], fileParallelism: false, testTimeout: 90_000, hookTimeout: 600_000 } },
      integration('sqlite'),
      integration('postgres'),
      integration('mongodb'),
    ],
  },
})
