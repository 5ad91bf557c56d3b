import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    // The corpus suites run node over every program before their tests (differential.ts).
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
