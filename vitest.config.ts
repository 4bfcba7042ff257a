import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nodejieba is a native addon with process-wide state; forks keep each file isolated.
    pool: 'forks',
    testTimeout: 30000,
  },
});
