import { defineConfig } from 'vitest/config';

export default defineConfig({
  // the Hunspell files of dictionary-vi are imported as text, like esbuild's `text` loader
  plugins: [
    {
      name: 'soattin-text-files',
      transform(code: string, id: string) {
        if (/\.(aff|dic)$/.test(id)) return { code: `export default ${JSON.stringify(code)};`, map: null };
        return undefined;
      },
    },
  ],
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
