#!/usr/bin/env node
// Runs the end-to-end suite (test/e2e/suite, bundled to out/test/e2e/index.js) inside a REAL
// VS Code extension host and prints, as its last line, "e2e: N passed, N failed".
//
// Backends (env VSCODE_TEST_BACKEND):
//   code-server (default)  code-server from .e2e/ (scripts/e2e-setup.sh) driven by Debian's
//                          Chromium through playwright-core. Works offline. After the suite, a
//                          second window checks what a user sees (Problems panel, hover, Ctrl+.)
//                          and saves screenshots to artifacts/e2e/; then the printable html
//                          report is rendered to PDF and screenshots (html-report.mjs).
//   electron               desktop VS Code downloaded by @vscode/test-electron (needs a network;
//                          under xvfb-run when there is no display). No UI checks, no screenshots.
//
// Exit code 0 only when every test passed, the extension host reported its exit code within the
// time limit, and at least one test ran.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const E2E_DIR = resolve(process.env.SOATTIN_E2E_DIR ?? join(ROOT, '.e2e'));
const EXT_DIR = resolve(process.env.SOATTIN_E2E_EXTENSION ?? ROOT);
const TESTS = resolve(process.env.SOATTIN_E2E_TESTS ?? join(ROOT, 'out/test/e2e/index.js'));
const FIXTURES = join(ROOT, 'test/e2e/fixtures');
const SEEDS = join(ROOT, 'test/fixtures/seeds');
const ARTIFACTS = join(ROOT, 'artifacts/e2e');
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 180000);
const BACKEND = process.env.VSCODE_TEST_BACKEND ?? 'code-server';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const VERBOSE = process.env.E2E_VERBOSE === '1';
/** The workbench's own start-up chatter, hidden unless E2E_VERBOSE=1. */
const WORKBENCH_NOISE = /Ignoring fetching additional builtin|Creation of workbench contribution|Creating a socket|connection token|\[Service Worker\]|ChatSessionStore|Updating additional builtin|Long running operations during shutdown/;

/** User settings of the test profile: quiet, offline, and a font with Vietnamese glyphs. */
const USER_SETTINGS = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'files.hotExit': 'off',
  // code-server auto-saves after a delay by default: an auto-save (not an explicit save) would
  // skip editor.codeActionsOnSave "explicit" and race the suite's own saves
  'files.autoSave': 'off',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  // the default monospace font of Debian has no Vietnamese glyphs: screenshots would show boxes
  'editor.fontFamily': "'Noto Mono', 'DejaVu Sans Mono', monospace",
  'editor.fontSize': 14,
  'editor.hover.delay': 100,
};

/** Results gathered from every phase; printed at the end. */
const results = [];
const record = (title, ok, error) => results.push({ title, state: ok ? 'passed' : 'failed', error });

function log(...a) {
  console.log('e2e:', ...a);
}

function finish(extra = 0) {
  const passed = results.filter((r) => r.state === 'passed').length;
  const failed = results.filter((r) => r.state === 'failed').length + extra;
  const failures = results.filter((r) => r.state === 'failed');
  if (failures.length) {
    console.log('\nFailures:');
    failures.forEach((f, i) => console.log(`  ${i + 1}) ${f.title}\n     ${String(f.error ?? '').split('\n').join('\n     ')}`));
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/**
 * A fresh run folder. Folders of finished runs are removed; those of runs still going (another
 * developer's, in this shared checkout) are left alone, and so are their screenshots.
 */
function makeRunDir() {
  const runs = join(E2E_DIR, 'runs');
  mkdirSync(runs, { recursive: true });
  let others = 0;
  for (const old of readdirSync(runs)) {
    const pid = Number(/^run-\d+-(\d+)$/.exec(old)?.[1]);
    if (pid && pid !== process.pid && alive(pid)) others++;
    else rmSync(join(runs, old), { recursive: true, force: true });
  }
  if (!others) rmSync(ARTIFACTS, { recursive: true, force: true });
  const run = join(runs, `run-${Date.now()}-${process.pid}`);
  for (const d of ['ud/User', 'ext', 'home', 'tmp', 'chrome']) mkdirSync(join(run, d), { recursive: true });
  writeFileSync(join(run, 'ud/User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return run;
}

function copyFixtures(to) {
  cpSync(FIXTURES, to, { recursive: true });
  // the seed drafts live once in test/fixtures/seeds, shared with the unit tests
  cpSync(SEEDS, join(to, 'seeds'), { recursive: true, filter: (src) => !src.endsWith('README.md') });
  // fixtures copied from read-only sources must stay editable: the suite saves into them
  const walk = (p) => {
    chmodSync(p, statSync(p).isDirectory() ? 0o755 : 0o644);
    if (statSync(p).isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
  };
  walk(to);
  return to;
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

function readResults(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Adds the suite's own results (or one failure explaining why there are none). */
function collectSuite(file, exitCode, logSummary) {
  const r = readResults(file);
  if (r && Array.isArray(r.tests)) {
    for (const t of r.tests) results.push({ title: t.title, state: t.state, error: t.error });
    if (r.tests.some((t) => /activates/.test(t.title) && t.state === 'failed')) {
      log('the extension did not activate (see the activation test above)');
    }
    if (exitCode !== 0 && !r.tests.some((t) => t.state === 'failed')) {
      record('extension host run', false, `the test runner exited with code ${exitCode} although no test failed`);
    }
  } else if (typeof exitCode === 'string' && exitCode !== 'timeout') {
    record('extension host run', false, `VS Code could not run the suite: ${exitCode}`);
  } else if (exitCode === 'timeout') {
    record('extension host run', false, `the workbench never called codeAutomationExit within ${TIMEOUT_MS} ms`);
  } else {
    record('extension host run', false, `no results from the suite (exit code ${exitCode}${logSummary ? `, log says ${logSummary}` : ''})`);
  }
}

// ---------------------------------------------------------------------------------------------
// code-server backend

function checkInstall() {
  const cs = join(E2E_DIR, 'code-server/node_modules/.bin/code-server');
  const driver = join(E2E_DIR, 'driver/node_modules/playwright-core/package.json');
  const missing = [cs, driver, CHROMIUM].filter((p) => !existsSync(p));
  if (missing.length) {
    console.error(`e2e: not installed: ${missing.join(', ')}\n     run: bash scripts/e2e-setup.sh`);
    record('e2e install', false, 'code-server / playwright-core / chromium missing');
    finish();
  }
  return cs;
}

async function startCodeServer(cs, run, port, env) {
  const logFile = join(run, 'code-server.log');
  const out = openSync(logFile, 'w');
  writeFileSync(join(run, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const child = spawn(
    cs,
    [
      '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', join(run, 'config.yaml'),
      '--user-data-dir', join(run, 'ud'), '--extensions-dir', join(run, 'ext'),
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--disable-file-downloads', '--locale', 'en',
    ],
    {
      // its own process group, so every child (extension host, language server) is killed with it
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        HOME: join(run, 'home'),
        TMPDIR: join(run, 'tmp'),
        XDG_CONFIG_HOME: join(run, 'home/.config'),
        XDG_DATA_HOME: join(run, 'home/.local/share'),
        // an empty gallery: the workbench never queries a marketplace
        EXTENSIONS_GALLERY: '{}',
        ...env,
      },
    },
  );
  let exited = null;
  child.on('exit', (code) => (exited = code ?? 'signal'));
  const stop = () => {
    if (exited !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  };
  const deadline = Date.now() + 60000;
  for (;;) {
    if (exited !== null) throw new Error(`code-server exited (${exited}) before it was ready:\n${tail(logFile)}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer on 127.0.0.1:${port} within 60 s:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    logFile,
    /** its process group: every process code-server starts (extension hosts, language servers) */
    group: child.pid,
    async close() {
      stop();
      const until = Date.now() + 3000;
      while (exited === null && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      kill(); // stragglers of the group (language server, watchers)
    },
  };
}

function tail(file, n = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}

/**
 * With SOATTIN_E2E_VSIX, the packaged extension is installed into the run's extensions folder
 * (what a user gets from the .vsix: a file left out by .vscodeignore breaks it), and the
 * "development" extension the workbench needs for a test run is an empty one.
 */
function installVsix(cs, run) {
  const vsix = resolve(process.env.SOATTIN_E2E_VSIX);
  if (!existsSync(vsix)) throw new Error(`SOATTIN_E2E_VSIX: ${vsix} does not exist (npm run package)`);
  const r = spawnSync(cs, ['--install-extension', vsix, '--force', '--extensions-dir', join(run, 'ext'), '--user-data-dir', join(run, 'ud')], {
    encoding: 'utf8',
    env: { ...process.env, HOME: join(run, 'home'), TMPDIR: join(run, 'tmp'), EXTENSIONS_GALLERY: '{}' },
  });
  if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed:\n${r.stdout}${r.stderr}`);
  const host = join(run, 'host-ext');
  mkdirSync(host, { recursive: true });
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'e2e-host', publisher: 'soattin-e2e', version: '0.0.0', engines: { vscode: '*' } }));
  log(`installed ${vsix}`);
  return host;
}

let devExtension = EXT_DIR;

function workbenchUrl(port, folder, withTests) {
  const authority = `127.0.0.1:${port}`;
  const payload = [['extensionDevelopmentPath', `vscode-remote://${authority}${devExtension}`]];
  if (withTests) payload.push(['extensionTestsPath', `vscode-remote://${authority}${TESTS.replace(/\.js$/, '')}`]);
  return `http://${authority}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function runCodeServer() {
  const cs = checkInstall();
  if (!existsSync(TESTS)) {
    record('e2e build', false, `${TESTS} is missing: run npm run build`);
    finish();
  }
  if (!process.env.SOATTIN_E2E_VSIX && !existsSync(join(EXT_DIR, 'dist/client.js'))) log(`warning: ${join(EXT_DIR, 'dist/client.js')} is missing: the extension cannot activate`);
  const require = createRequire(join(E2E_DIR, 'driver/package.json'));
  const { chromium } = require('playwright-core');

  const run = makeRunDir();
  const resultsFile = join(run, 'results.json');
  if (process.env.SOATTIN_E2E_VSIX) {
    try {
      devExtension = installVsix(cs, run);
    } catch (e) {
      record('install the .vsix', false, e.message);
      finish();
    }
  }
  const port = await freePort();
  log(`run folder ${run}, port ${port}`);
  const tStart = Date.now();
  const server = await startCodeServer(cs, run, port, { SOATTIN_E2E_RESULTS: resultsFile, SOATTIN_E2E_GREP: process.env.SOATTIN_E2E_GREP ?? '' });
  log(`code-server ready after ${Date.now() - tStart} ms`);
  let browser;
  const external = [];
  try {
    const t0 = Date.now();
    browser = await chromium.launchPersistentContext(join(run, 'chrome'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check', '--disable-features=MediaRouter,OptimizationHints,Translate'],
      viewport: { width: 1400, height: 900 },
    });
    // nothing may leave loopback: record and block any other request
    await browser.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (/^(https?|wss?):$/.test(u.protocol) && !LOOPBACK.has(u.hostname)) {
        external.push(u.href);
        return route.abort();
      }
      return route.continue();
    });

    // Phase 1: the mocha suite inside the extension host
    const page = browser.pages()[0] ?? (await browser.newPage());
    let done;
    const exited = new Promise((r) => (done = r));
    let logSummary;
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      // the extension host forwards console.log's arguments unformatted ("%s", value)
      const line = format(...(args ?? []));
      const m = /(\d+) passed, (\d+) failed/.exec(line);
      if (m) logSummary = m[0];
      for (const l of line.split('\n')) if (l.trim() && (VERBOSE || !WORKBENCH_NOISE.test(l))) console.log(`  [ext-host] ${l}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => done(code));
    page.on('pageerror', (e) => console.log(`  [page error] ${e.message}`));
    // the workbench's own console (save errors, extension host crashes) goes to a file
    const consoleLog = openSync(join(run, 'browser-console.log'), 'a');
    browser.on('console', (m) => writeSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
    await page.goto(workbenchUrl(port, copyFixtures(join(run, 'ws')), true), { waitUntil: 'domcontentloaded', timeout: 180000 });
    let timer;
    const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), TIMEOUT_MS)))]);
    clearTimeout(timer);
    log(`extension host exit code ${code} after ${Date.now() - t0} ms`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'suite-end.png') }).catch(() => {});
    collectSuite(resultsFile, code, logSummary);
    await page.close();

    // Phase 2: what a user sees, in a fresh window on a fresh copy of the fixtures
    if (process.env.SOATTIN_E2E_UI !== '0') {
      const { uiChecks } = await import('./ui-checks.mjs');
      const ui = await browser.newPage();
      const t1 = Date.now();
      await uiChecks(ui, workbenchUrl(port, copyFixtures(join(run, 'ws-ui')), false), ARTIFACTS, record, log);
      await ui.close();
      log(`UI checks took ${Date.now() - t1} ms`);
    }

    // Phase 3: the web extension, forced into the browser's web worker extension host (as on
    // vscode.dev): a fresh window reads the user settings again
    if (process.env.SOATTIN_E2E_WEB !== '0') {
      const { webChecks, webKindSettings } = await import('./web-checks.mjs');
      const manifest = JSON.parse(readFileSync(join(EXT_DIR, 'package.json'), 'utf8'));
      writeFileSync(join(run, 'ud/User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...webKindSettings(`${manifest.publisher}.${manifest.name}`) }, null, 2));
      const web = await browser.newPage();
      const t2 = Date.now();
      await webChecks(web, workbenchUrl(port, copyFixtures(join(run, 'ws-web')), false), { artifacts: ARTIFACTS, record, log, group: server.group });
      await web.close();
      log(`web checks took ${Date.now() - t2} ms`);
    }

    // Phase 4: the html report an editor prints and signs (PDF on A4, screenshots)
    const { htmlReportChecks } = await import('./html-report.mjs');
    await htmlReportChecks(browser, ARTIFACTS, record, log);
    record('no request leaves loopback', external.length === 0, `blocked: ${[...new Set(external)].join(', ')}`);
  } catch (e) {
    record('e2e runner', false, e instanceof Error ? e.message : String(e));
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
  if (results.some((r) => r.state === 'failed')) log(`code-server log: ${server.logFile}`);
  finish();
}

// ---------------------------------------------------------------------------------------------
// electron backend (desktop VS Code, needs a network)

async function runElectron() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.SOATTIN_E2E_XVFB) {
    // desktop VS Code needs a display: re-run under a virtual one
    const r = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, SOATTIN_E2E_XVFB: '1' } });
    if (r.error) {
      record('electron backend', false, 'no DISPLAY and xvfb-run is not installed (apt-get install xvfb)');
      finish();
    }
    process.exit(r.status ?? 1);
  }
  const require = createRequire(import.meta.url);
  const { runTests } = require('@vscode/test-electron');
  const run = makeRunDir();
  const resultsFile = join(run, 'results.json');
  let code;
  try {
    code = await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      cachePath: join(E2E_DIR, 'vscode-test'),
      extensionDevelopmentPath: EXT_DIR,
      extensionTestsPath: TESTS,
      extensionTestsEnv: { SOATTIN_E2E_RESULTS: resultsFile, SOATTIN_E2E_GREP: process.env.SOATTIN_E2E_GREP ?? '' },
      launchArgs: [copyFixtures(join(run, 'ws')), '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(run, 'ud')}`, `--extensions-dir=${join(run, 'ext')}`],
    });
  } catch (e) {
    // runTests rejects when the suite fails; the results file still has the details
    const m = /code (\d+)/.exec(String(e));
    code = m ? Number(m[1]) : String(e);
  }
  collectSuite(resultsFile, code === 0 ? 0 : code, undefined);
  finish();
}

if (BACKEND === 'code-server') await runCodeServer();
else if (BACKEND === 'electron') await runElectron();
else {
  console.error(`e2e: unknown VSCODE_TEST_BACKEND “${BACKEND}” (code-server or electron)`);
  process.exit(2);
}
