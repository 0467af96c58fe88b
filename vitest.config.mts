import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30000,
    pool: 'forks',
    // the JSON report feeds the combined "N passed, N failed" line of .ci/run
    reporters: ['default', 'json'],
    outputFile: { json: 'artifacts/vitest.json' },
  },
});
