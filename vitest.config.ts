import { defineConfig } from 'vitest/config';

// isolated-vm needs `--no-node-snapshot` on Node 20+ (v8's shared read-only heap crashes when
// isolates are created from different snapshots), and many tests use isolation: 'thread' in the
// test process itself: test files run in forked children that get it as a command-line flag.
export default defineConfig({
  test: {
    pool: 'forks',
    execArgv: ['--no-node-snapshot'],
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    maxWorkers: 2,
    // Engines in tests log to stderr at warn by default; tests that check logs inject their own logger.
    env: { CORRAL_LOG_LEVEL: 'silent' },
  },
});
