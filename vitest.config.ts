import { defineConfig } from 'vitest/config';

// isolated-vm needs `--no-node-snapshot` on Node 20+ (v8's shared read-only heap crashes when
// isolates are created from different snapshots), and many tests use isolation: 'thread' in the
// test process itself: test files run in forked children that get it as a command-line flag.
export default defineConfig({
  resolve: { conditions: ['corral-dev', 'node', 'import', 'module', 'default'] },
  ssr: { resolve: { conditions: ['corral-dev', 'node', 'import', 'module', 'default'], externalConditions: ['corral-dev'] } },
  test: {
    pool: 'forks',
    // --conditions: `import 'corral'` in a test means this checkout's sources (package.json exports),
    // never a stale dist/; test/package checks the built tarball.
    execArgv: ['--no-node-snapshot', '--conditions=corral-dev'],
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    maxWorkers: 2,
    // Engines in tests log to stderr at warn by default; tests that check logs inject their own logger.
    env: { CORRAL_LOG_LEVEL: 'silent' },
  },
});
