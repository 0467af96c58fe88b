/**
 * Runs what docs/ci.md tells newsrooms to run, the way each platform would run it:
 * the composite Action's steps (bash -eo pipefail, inputs through the step's env), GitLab
 * and GitHub `run:`/`script:` lines (bash in the checkout), the pre-commit hook's entry with
 * the staged file names. Only the shell and npm are real here: there is no runner.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import YAML from 'yaml';
import { ROOT } from '../cli/helpers.js';
import { userEnv } from './fresh.js';

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function bash(script: string, cwd: string, env: Record<string, string>): StepRun {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface ActionStep {
  name?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function readAction(): Action {
  return YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
}

export interface ActionRun extends StepRun {
  /** the job summary the steps wrote ('' when none) */
  summary: string;
  /** the folder the runner gives the action (RUNNER_TEMP) */
  runnerTemp: string;
}

/**
 * The composite action's steps in order, in `workspace`, stopping at the first failing step
 * like a runner does. `with` are the inputs of the workflow; the others take their defaults.
 */
export function runAction(workspace: string, withInputs: Record<string, string>, extraEnv: Record<string, string> = {}): ActionRun {
  const action = readAction();
  const runnerTemp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-runner-')));
  const summaryFile = path.join(runnerTemp, 'step-summary.md');
  const input = (name: string): string => {
    if (!(name in action.inputs)) throw new Error(`action.yml has no input ${name}`);
    return withInputs[name] ?? action.inputs[name].default ?? '';
  };
  for (const name of Object.keys(withInputs)) input(name);
  let out: StepRun = { code: 0, stdout: '', stderr: '' };
  let stdout = '';
  let stderr = '';
  for (const step of action.runs.steps) {
    if (step.run === undefined) throw new Error(`step ${step.name} is not a run step`);
    if (step.run.includes('${{')) throw new Error(`step ${step.name} pastes an expression into its script`);
    if (step.shell !== 'bash') throw new Error(`step ${step.name} does not say shell: bash`);
    const env: Record<string, string> = {
      ...userEnv(),
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      ...extraEnv,
    };
    for (const [k, v] of Object.entries(step.env ?? {})) {
      env[k] = String(v).replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, n: string) => input(n));
      if (env[k].includes('${{')) throw new Error(`unsupported expression in ${k}: ${v}`);
    }
    out = bash(step.run, workspace, env);
    stdout += out.stdout;
    stderr += out.stderr;
    if (out.code !== 0) break;
  }
  const summary = fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8') : '';
  return { code: out.code, stdout, stderr, summary, runnerTemp };
}

export interface Hook {
  id: string;
  entry: string;
  language: string;
  files?: string;
  args?: string[];
}

export function readHooks(): Hook[] {
  return YAML.parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
}

/** What pre-commit runs for a hook: entry, the hook's and the user's args, the staged files it matches. */
export function runHook(hook: Hook, staged: string[], cwd: string, binDir: string, userArgs: string[] = []): StepRun & { files: string[] } {
  const files = staged.filter((f) => !hook.files || new RegExp(hook.files).test(f));
  const [cmd, ...entryArgs] = hook.entry.split(/\s+/);
  const env = { ...userEnv(), PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` };
  const r = spawnSync(cmd, [...entryArgs, ...(hook.args ?? []), ...userArgs, ...files], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, files };
}

/** The fenced ```yaml blocks of a Markdown page, parsed. */
export function yamlBlocks(md: string): unknown[] {
  return [...md.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => YAML.parse(m[1]));
}

/** The command lines of the fenced ```sh blocks (comments dropped). */
export function shLines(md: string): string[] {
  return [...md.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((m) =>
    m[1]
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}
