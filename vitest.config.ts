import { defineConfig } from 'vitest/config';
import { messagesPerLanguage } from './scripts/vite-messages-plugin.ts';

const engineIndependent = ['src/shared/**', 'src/server/config.test.ts', 'src/server/main.test.ts', 'src/server/db/data-dir-lock.test.ts', 'src/server/lib/openapi.test.ts', 'src/server/lib/compiled-serializer.test.ts', 'src/server/lib/spreadsheet-reader.test.ts', 'src/server/lib/xlsx-reader.test.ts', 'src/server/static-files.test.ts', 'src/server/mass-assignment.test.ts', 'src/server/features/registry/generation-cache.test.ts'];

const serverSuite = (engine: 'pglite' | 'postgres') => ({
  test: {
    name: `server-${engine}`,
    include: ['src/**/*.test.ts'],
    // Files that do not touch the database run once, in the pglite suite.
    exclude: ['src/web/**', ...(engine === 'postgres' ? engineIndependent : [])],
    env: { TEST_ENGINE: engine },
    // Migrates once for the suite; each file's database is made from that template.
    globalSetup: ['src/server/test-support/global-setup.ts'],
    pool: 'forks' as const,
    // A worker imports the app once for all its files instead of once per file: that import was
    // half of the suite's CPU time. Each file still has its own database and its own app.
    isolate: false,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    sequence: { groupOrder: 0 },
  },
});

// The server suites run on embedded PGlite always, and again on the PostgreSQL server when
// TEST_DATABASE_URL names one. Two cores: browser journeys run last, two at a time.
export default defineConfig({
  test: {
    projects: [
      serverSuite('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [serverSuite('postgres')] : []),
      {
        // The web modules import the interface texts the way the build serves them.
        plugins: [messagesPerLanguage()],
        test: {
          name: 'web',
          include: ['src/web/**/*.test.{ts,tsx}'],
          environment: 'node',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          // The demo world is built once; each file's server starts from a copy of it.
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          pool: 'forks',
          // Two journeys at once: one alone left the cores idle half the time (the browser waits for
          // frames, transitions and answers); E2E_WORKERS=1 runs them one by one.
          maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
          testTimeout: 60_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
