/**
 * GitHub Actions workflow commands: problems become annotations on the pull request.
 * GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and
 * drops the rest silently, so the first 10 of each kind are annotations, the others plain
 * log lines, and a notice says how many were not annotated. `githubSummary` is the Markdown
 * job summary (run.ts appends it to $GITHUB_STEP_SUMMARY).
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Severity } from '../../core/types.js';
import { ruleById, ruleDocsUrl } from '../../rules/index.js';
import { cliMessage, summaryLine } from '../messages.js';
import type { FileResult, LintMessage } from '../result.js';
import type { Formatter, FormatContext } from './types.js';

/** the message part: %, CR and LF would end or corrupt the command */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** property values also must not contain the separators `:` and `,` */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;
/** GitHub's limit per kind and step */
export const ANNOTATIONS_PER_KIND = 10;
const KINDS: Severity[] = ['error', 'warning', 'info'];

function annotation(r: FileResult, m: LintMessage): string {
  const props = [
    `file=${escapeProperty(r.filePath)}`,
    `line=${m.line}`,
    `col=${m.column}`,
    `endLine=${m.endLine}`,
    `endColumn=${m.endColumn}`,
    `title=${escapeProperty(m.ruleId)}`,
  ].join(',');
  return `::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}\n`;
}

export const github: Formatter = (results, { locale }) => {
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const m of r.messages) total[m.severity]++;
  // the "N more" lines are notices themselves: they take notice slots first
  let noticeSlots = ANNOTATIONS_PER_KIND - Number(total.error > ANNOTATIONS_PER_KIND) - Number(total.warning > ANNOTATIONS_PER_KIND);
  if (total.info > noticeSlots) noticeSlots--;
  const cap: Record<Severity, number> = { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, info: Math.max(noticeSlots, 0) };

  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let out = '';
  for (const r of results) {
    for (const m of r.messages) {
      if (shown[m.severity] < cap[m.severity]) {
        out += annotation(r, m);
        shown[m.severity]++;
      } else {
        out += `${r.filePath}:${m.line}:${m.column}: ${cliMessage(m.severity, {}, locale)}: ${m.message.replace(/\s*\r?\n\s*/g, ' ')} (${m.ruleId})\n`;
      }
    }
  }
  for (const k of KINDS) {
    const hidden = total[k] - shown[k];
    if (hidden > 0) out += `::notice title=soattin::${escapeData(cliMessage('githubMore', { kind: cliMessage(k, {}, locale), count: hidden }, locale))}\n`;
  }
  return out;
};

interface Counts {
  error: number;
  warning: number;
  info: number;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const worse = (a: Counts, b: Counts): number => b.error - a.error || b.warning - a.warning || b.info - a.info;
/** at most this many files in the table (the summary is limited to 1 MiB per step) */
export const SUMMARY_FILES = 100;

/** Markdown job summary: totals, then counts per file (worst first) and per rule. */
export function githubSummary(results: FileResult[], { locale }: Pick<FormatContext, 'locale'>): string {
  const t = (id: Parameters<typeof cliMessage>[0]): string => cliMessage(id, {}, locale);
  const byRule = new Map<string, Counts>();
  const files: Array<{ path: string } & Counts> = [];
  for (const r of results) {
    if (!r.messages.length) continue;
    files.push({ path: r.filePath, error: r.errorCount, warning: r.warningCount, info: r.infoCount });
    for (const m of r.messages) {
      const c = byRule.get(m.ruleId) ?? { error: 0, warning: 0, info: 0 };
      c[m.severity]++;
      byRule.set(m.ruleId, c);
    }
  }
  const sum = (k: keyof Counts): number => files.reduce((a, f) => a + f[k], 0);
  const head = `### Soát Tin\n\n${summaryLine({ errors: sum('error'), warnings: sum('warning'), infos: sum('info'), files: files.length }, locale)}\n`;
  if (!files.length) return `${head}\n✔ ${cliMessage('noProblems', { files: results.length }, locale)}\n`;
  const header = (first: string): string => `| ${first} | ${t('htmlErrors')} | ${t('htmlWarnings')} | ${t('htmlInfos')} |\n| --- | ---: | ---: | ---: |\n`;
  files.sort((a, b) => worse(a, b) || (a.path < b.path ? -1 : 1));
  let out = `${head}\n#### ${t('summaryByFile')}\n\n${header(t('htmlFiles'))}`;
  for (const f of files.slice(0, SUMMARY_FILES)) out += `| ${cell(f.path)} | ${f.error} | ${f.warning} | ${f.info} |\n`;
  if (files.length > SUMMARY_FILES) out += `\n${cliMessage('summaryMoreFiles', { count: files.length - SUMMARY_FILES }, locale)}\n`;
  out += `\n#### ${t('summaryByRule')}\n\n${header(t('htmlRule'))}`;
  const rules = [...byRule].sort(([a, x], [b, y]) => worse(x, y) || (a < b ? -1 : 1));
  for (const [id, c] of rules) {
    const name = ruleById(id) ? `[${id}](${ruleDocsUrl(id)})` : id;
    out += `| ${name} | ${c.error} | ${c.warning} | ${c.info} |\n`;
  }
  return out;
}
