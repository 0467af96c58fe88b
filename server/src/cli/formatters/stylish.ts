/**
 * The human report (ESLint's "stylish" layout): a header per file, one aligned row per
 * problem `line:col  severity  message  rule-id`, then a summary and how many --fix can fix.
 */
import { cliMessage, fixableLine, summaryLine } from '../messages.js';
import type { Formatter } from './types.js';

const ansi = (code: string) => (on: boolean, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const red = ansi('31');
const yellow = ansi('33');
const cyan = ansi('36');
const dim = ansi('2');
const bold = ansi('1');
const underline = ansi('4');
const green = ansi('32');

export const stylish: Formatter = (results, { locale, color }) => {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  let withProblems = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableCount;
    if (!r.messages.length) continue;
    withProblems++;
    const rows = r.messages.map((m) => ({
      pos: `${m.line}:${m.column}`,
      sev: cliMessage(m.severity, {}, locale),
      severity: m.severity,
      message: m.message.replace(/\s*\r?\n\s*/g, ' '),
      rule: m.ruleId,
    }));
    const wPos = Math.max(...rows.map((x) => x.pos.length));
    const wSev = Math.max(...rows.map((x) => x.sev.length));
    const wMsg = Math.max(...rows.map((x) => x.message.length));
    out += `\n${underline(color, r.filePath)}\n`;
    for (const x of rows) {
      const paint = x.severity === 'error' ? red : x.severity === 'warning' ? yellow : cyan;
      out += `  ${dim(color, x.pos.padStart(wPos))}  ${paint(color, x.sev.padEnd(wSev))}  ${x.message.padEnd(wMsg)}  ${dim(color, x.rule)}\n`;
    }
  }
  const problems = errors + warnings + infos;
  if (!problems) return `${green(color, '✔')} ${cliMessage('noProblems', { files: results.length }, locale)}\n`;
  const summary = summaryLine({ errors, warnings, infos, files: withProblems }, locale);
  const paint = errors ? red : warnings ? yellow : cyan;
  out += `\n${paint(color, bold(color, `✖ ${summary}`))}\n`;
  if (fixable) out += `  ${fixableLine(fixable, locale)}\n`;
  return out;
};
