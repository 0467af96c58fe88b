/**
 * The Action, the pre-commit hook and the recipes of docs/ci.md, run in fresh folders outside
 * this repository against the packed package (see fresh.ts, recipes.ts).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';
import { freshInstall, sh, userEnv, write, type Fresh } from './fresh.js';
import { bash, readHooks, runAction, runHook, shLines, yamlBlocks } from './recipes.js';

const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

// written for these tests: one draft with an error (Icelandic “Ð”) and a warning (double space),
// one with a warning only, one clean; the newsroom's config says these are not training reports
const DRAFTS = {
  '.soattinrc.json': '{ "genre": "none" }\n',
  'tin/hoi-nghi.txt': 'Hội nghị tổng kết công tác dân số năm nay\n\nSáng 20-11, Trạm Y tế xã  Hòa Bình tổ chức hội nghị.\n\nÐại diện các thôn báo cáo kết quả.\n',
  'tin/tap-huan.md': '# Tập huấn phòng cháy cho hộ kinh doanh\n\nChiều 21-11, các hộ kinh doanh được hướng dẫn cách dùng bình chữa cháy  mini.\n',
  'tin/sach.txt': 'Thư viện tỉnh mở cửa đến tối\n\nTừ tuần sau, thư viện tỉnh mở cửa đến 21 giờ các ngày trong tuần.\n',
  'ghi-chu/readme.rst': 'Không phải bản thảo.\n',
};

let fresh: Fresh;
beforeAll(() => {
  fresh = freshInstall();
}, 180_000);

/** A checkout of the newsroom's draft repository (no node_modules: the Action installs its own). */
function checkout(extra: Record<string, string> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-checkout-')));
  write(dir, { ...DRAFTS, ...extra });
  return dir;
}

/** A checkout where `npx soattin@<version>` finds the package without the registry. */
function checkoutWithPackage(): string {
  const dir = checkout();
  fs.cpSync(path.join(fresh.dir, 'node_modules'), path.join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  fs.copyFileSync(path.join(fresh.dir, 'package.json'), path.join(dir, 'package.json'));
  return dir;
}

describe('the GitHub Action (action.yml)', () => {
  it('installs the package, annotates the pull request, writes the job summary and fails on errors', () => {
    const r = runAction(checkout(), { paths: 'tin/', package: fresh.tarball });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=tin/hoi-nghi.txt,line=5,col=1,endLine=5,endColumn=2,title=unicode-normalisation::Dùng “Đ” (chữ Đ tiếng Việt) thay cho “Ð” (chữ Eth của tiếng Iceland).');
    expect(r.stdout).toContain('::warning file=tin/tap-huan.md,line=3,');
    expect(r.summary).toContain('| tin/hoi-nghi.txt | 1 |');
    expect(r.summary.indexOf('tin/hoi-nghi.txt')).toBeLessThan(r.summary.indexOf('tin/tap-huan.md'));
    // the package went to the runner's temp folder, not into the checkout
    expect(fs.existsSync(path.join(r.runnerTemp, 'soattin/node_modules/soattin/dist/cli.js'))).toBe(true);
  }, 180_000);

  it('passes format, output, config and several paths; max-warnings fails a run with warnings only', () => {
    const dir = checkout({ 'ban/.soattinrc.json': JSON.stringify({ genre: 'none', rules: { 'unicode-normalisation': 'warning' } }) });
    const r = runAction(dir, { paths: 'tin/hoi-nghi.txt\ntin/tap-huan.md', format: 'sarif', output: 'out/soattin.sarif', config: 'ban/.soattinrc.json', package: fresh.tarball });
    expect(r.code).toBe(0);
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'out/soattin.sarif'), 'utf8'));
    expect(log.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(['tin/hoi-nghi.txt', 'tin/tap-huan.md']);
    expect(log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'unicode-normalisation').level).toBe('warning');

    const capped = runAction(dir, { paths: 'tin/tap-huan.md', 'max-warnings': '0', package: fresh.tarball });
    expect(capped.code).toBe(1);
    expect(capped.stderr).toContain('soattin: Có 1 cảnh báo, vượt mức cho phép --max-warnings 0.');
  }, 180_000);

  it('installs soattin at the version of the action itself unless told otherwise', () => {
    // a stand-in npm that only records the command line it was given
    const bin = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-npm-')));
    fs.writeFileSync(path.join(bin, 'npm'), '#!/bin/sh\necho "$@" > "$RUNNER_TEMP/npm-args"\nexit 3\n', { mode: 0o755 });
    const r = runAction(checkout(), {}, { PATH: `${bin}${path.delimiter}${process.env.PATH}` });
    expect(r.code).toBe(3);
    expect(fs.readFileSync(path.join(r.runnerTemp, 'npm-args'), 'utf8').trim()).toBe(`install --prefix ${r.runnerTemp}/soattin --no-save --no-package-lock --no-audit --no-fund soattin@${VERSION}`);
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hook = (): ReturnType<typeof readHooks>[number] => readHooks().find((h) => h.id === 'soattin')!;

  it('lints the staged drafts and blocks the commit on an error', () => {
    const dir = checkout();
    expect(hook()).toMatchObject({ entry: 'soattin', language: 'node' });
    const r = runHook(hook(), ['tin/hoi-nghi.txt', 'tin/sach.txt', 'ghi-chu/readme.rst'], dir, path.join(fresh.dir, 'node_modules/.bin'));
    expect(r.files).toEqual(['tin/hoi-nghi.txt', 'tin/sach.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tin/hoi-nghi.txt');
    expect(r.stdout).toContain('✖ 2 vấn đề (1 lỗi, 1 cảnh báo, 0 gợi ý) trong 1 tệp');
  });

  it('lets a clean commit through', () => {
    const r = runHook(hook(), ['tin/sach.txt'], checkout(), path.join(fresh.dir, 'node_modules/.bin'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ Không phát hiện vấn đề nào trong 1 tệp.\n');
  });

  it('installs the way pre-commit installs it: npm pack of a clean clone (prepack builds), npm install -g', () => {
    // a clone: the files git tracks (or would track), without dist/ and node_modules/
    const clone = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-clone-')));
    const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    for (const f of listed) {
      if (!fs.existsSync(path.join(ROOT, f))) continue; // deleted in the work tree
      fs.mkdirSync(path.dirname(path.join(clone, f)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, f), path.join(clone, f));
    }
    expect(fs.existsSync(path.join(clone, 'dist'))).toBe(false);
    // pre-commit runs `npm install` in the clone first; the dev dependencies are this checkout's
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'));
    const packed = sh('npm', ['pack', '--json'], clone);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = path.join(clone, JSON.parse(packed.stdout)[0].filename);
    const prefix = path.join(clone, 'hook-env');
    const installed = sh('npm', ['install', '-g', '--prefix', prefix, '--offline', tarball], clone);
    expect(installed.status, installed.stderr).toBe(0);
    const r = runHook(hook(), ['tin/hoi-nghi.txt'], checkout(), path.join(prefix, 'bin'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Dùng “Đ” (chữ Đ tiếng Việt) thay cho “Ð” (chữ Eth của tiếng Iceland).');
  }, 300_000);
});

describe('docs/ci.md', () => {
  const md = fs.readFileSync(path.join(ROOT, 'docs/ci.md'), 'utf8');
  type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
  type Workflow = { jobs: Record<string, { steps: Step[] }> };
  const blocks = yamlBlocks(md) as Array<Record<string, unknown>>;
  const workflows = blocks.filter((b): b is Workflow & Record<string, unknown> => 'jobs' in b);
  const gitlab = blocks.filter((b) => Object.values(b).some((job) => typeof job === 'object' && job !== null && 'script' in job));
  const precommit = blocks.filter((b) => 'repos' in b);

  it('has the three kinds of recipes, all naming this version', () => {
    expect(workflows.length).toBe(3);
    expect(gitlab.length).toBe(1);
    expect(precommit.length).toBe(1);
    for (const m of md.matchAll(/soattin(?:\/soattin)?@v?(\d+\.\d+\.\d+)/g)) expect(m[1], m[0]).toBe(VERSION);
    expect(md).toContain(`rev: v${VERSION}`);
  });

  it('the npm commands work in a fresh folder', () => {
    const dir = checkoutWithPackage();
    const lines = shLines(md).filter((l) => l.startsWith('npx '));
    expect(lines).toEqual(['npx soattin tin/', 'npx soattin tin/ --fix']);
    const lint = bash(lines[0], dir, userEnv());
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('✖ 3 vấn đề (1 lỗi, 2 cảnh báo, 0 gợi ý) trong 2 tệp');
    const fix = bash(lines[1], dir, userEnv());
    expect(fix.stderr).toBe('');
    expect(fix.code).toBe(0);
    expect(fix.stdout).toContain('✔ Không phát hiện vấn đề nào trong 3 tệp.');
    expect(fix.stdout).toContain('Đã sửa tự động 3 vấn đề trong 2 tệp.');
    expect(fs.readFileSync(path.join(dir, 'tin/hoi-nghi.txt'), 'utf8')).toContain('\nĐại diện');
  }, 180_000);

  it('the GitHub Actions workflows run: the Action, npx, and the SARIF upload gets its file', () => {
    for (const wf of workflows) {
      const dir = checkoutWithPackage();
      for (const step of Object.values(wf.jobs).flatMap((j) => j.steps)) {
        if (step.uses?.startsWith('soattin/soattin@')) {
          expect(step.uses).toBe(`soattin/soattin@v${VERSION}`);
          const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
          const r = runAction(dir, { ...inputs, package: fresh.tarball });
          expect(r.stderr.replace(/^npm warn.*\n/gm, ''), step.uses).not.toMatch(/soattin: (?!Có \d+ cảnh báo)/);
          expect(r.code).toBe(1); // the draft has an error
          if (!inputs.format || inputs.format === 'github') expect(r.stdout).toContain('::error file=tin/hoi-nghi.txt');
        } else if (step.run) {
          const r = bash(step.run, dir, userEnv());
          expect(r.code, `${step.run}\n${r.stderr}`).toBe(1);
          expect(r.stdout).toContain('::error file=tin/hoi-nghi.txt');
        } else if (step.uses?.startsWith('github/codeql-action/upload-sarif')) {
          const file = path.join(dir, String(step.with?.sarif_file));
          expect(JSON.parse(fs.readFileSync(file, 'utf8')).version).toBe('2.1.0');
        }
      }
    }
  }, 300_000);

  it('the GitLab job writes its Code Quality and JUnit reports', () => {
    const dir = checkoutWithPackage();
    const job = Object.values(gitlab[0])[0] as { script: string[]; after_script: string[]; artifacts: { reports: Record<string, string> } };
    const script = bash(job.script.join('\n'), dir, userEnv());
    expect(script.code).toBe(1);
    for (const line of job.after_script) expect(bash(line, dir, userEnv()).code).toBe(0);
    const quality = JSON.parse(fs.readFileSync(path.join(dir, job.artifacts.reports.codequality), 'utf8'));
    expect(quality.find((i: { check_name: string }) => i.check_name === 'unicode-normalisation')).toMatchObject({ severity: 'major', location: { path: 'tin/hoi-nghi.txt' } });
    expect(fs.readFileSync(path.join(dir, job.artifacts.reports.junit), 'utf8')).toContain('<testsuite name="tin/hoi-nghi.txt"');
  }, 180_000);

  it('the pre-commit config names this repository\'s hook', () => {
    const { repos } = precommit[0] as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
    expect(repos[0].repo).toBe('https://github.com/soattin/soattin');
    const ids = readHooks().map((h) => h.id);
    for (const h of repos[0].hooks) expect(ids).toContain(h.id);
  });
});
