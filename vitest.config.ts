import os from 'node:os';
import { defineConfig } from 'vitest/config';

// One test file per core: vitest's default leaves a core free, which on CI's two cores runs the
// suite on one. Most of a test's time is our own CPU work (binaryen, Wizer, running the module).
const cores = os.availableParallelism();

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: cores,
    minWorkers: 1,
  },
});
