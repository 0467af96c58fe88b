/**
 * Entry point of the end-to-end suite, loaded by VS Code's extension host as
 * `extensionTestsPath` (the @vscode/test-electron convention, which code-server's workbench
 * honours too). scripts/build.mjs bundles this file to out/test/e2e/index.js with `vscode` and
 * `mocha` left external, so the suites are registered by function calls rather than found by
 * a glob.
 *
 * Besides mocha's own report it writes a JSON summary to $SOATTIN_E2E_RESULTS when set (the
 * launcher reads the counts from there) and logs the line "N passed, N failed".
 */
import Mocha from 'mocha';
import { writeFileSync } from 'node:fs';
import { registerActivation } from './activation.test.js';
import { registerDiagnostics } from './diagnostics.test.js';
import { registerCodeActions } from './code-actions.test.js';
import { registerCommands } from './commands.test.js';
import { registerConfig } from './config.test.js';
import { registerReporter } from './reporter.test.js';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
  ms?: number;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const grep = process.env.SOATTIN_E2E_GREP;
  if (grep) mocha.grep(grep);
  // Binds describe/it of require('mocha') to this instance, as mocha does before loading a file.
  mocha.suite.emit('pre-require', globalThis, 'soattin-e2e', mocha);
  registerActivation();
  registerDiagnostics();
  registerCodeActions();
  registerCommands();
  registerConfig();
  registerReporter();

  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = results.filter((r) => r.state === 'passed').length;
      const failed = results.filter((r) => r.state === 'failed').length;
      const file = process.env.SOATTIN_E2E_RESULTS;
      if (file) {
        try {
          writeFileSync(file, JSON.stringify({ passed, failed, tests: results }, null, 2));
        } catch (e) {
          console.error(`e2e: cannot write ${file}: ${(e as Error).message}`);
        }
      }
      console.log(`${passed} passed, ${failed} failed`);
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    // 'fail' also fires for a failing hook: it counts as one failure, like mocha's own total
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: err?.message ?? String(err) }));
  });
}
