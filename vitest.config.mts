import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // the CLI, LSP and packaging tests spawn processes: on a machine shared with other builds
    // one can take over 30 s, and a timeout there says nothing about the code
    testTimeout: 60000,
    pool: 'forks',
    // the JSON report feeds the combined "N passed, N failed" line of .ci/run
    reporters: ['default', 'json'],
    outputFile: { json: 'artifacts/vitest.json' },
  },
});
