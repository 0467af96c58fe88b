/**
 * A self-contained HTML report (no external assets, no script): a summary table, then each
 * draft with its problems highlighted (the title attribute shows the messages on hover) and
 * the list of problems. Everything from the drafts is escaped.
 */
import { ruleDocsUrl, ruleById } from '../../rules/index.js';
import type { Severity } from '../../core/types.js';
import type { FileResult, LintMessage } from '../result.js';
import { cliMessage, summaryLine } from '../messages.js';
import type { Formatter } from './types.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const STYLE = `
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2.5rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #eaeef2;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
pre.draft{white-space:pre-wrap;word-wrap:break-word;background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:1rem;font:14px/1.6 ui-monospace,Menlo,Consolas,monospace}
mark{background:none;border-bottom:2px solid;padding:0 1px}
mark.error{border-color:#cf222e;background:#ffebe9}mark.warning{border-color:#bf8700;background:#fff8c5}mark.info{border-color:#0969da;background:#ddf4ff}
.caret{font-weight:bold;cursor:help}.caret.error{color:#cf222e}.caret.warning{color:#bf8700}.caret.info{color:#0969da}
.sev{font-weight:600}.sev.error{color:#cf222e}.sev.warning{color:#9a6700}.sev.info{color:#0969da}
.ok{color:#1a7f37}footer{margin-top:3rem;color:#656d76;font-size:.85rem}
`;

function highlight(source: string, messages: LintMessage[]): string {
  const located = messages.filter((m) => !m.fatal && m.endOffset <= source.length);
  const points = new Set<number>([0, source.length]);
  for (const m of located) {
    points.add(m.offset);
    points.add(m.endOffset);
  }
  const cuts = [...points].sort((a, b) => a - b);
  const title = (ms: LintMessage[]): string => escapeHtml(ms.map((m) => `${m.message} (${m.ruleId})`).join('\n'));
  const worst = (ms: LintMessage[]): Severity => ms.reduce<Severity>((w, m) => (RANK[m.severity] > RANK[w] ? m.severity : w), 'info');
  let out = '';
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k];
    const carets = located.filter((m) => m.offset === at && m.endOffset === at);
    if (carets.length) out += `<span class="caret ${worst(carets)}" title="${title(carets)}">⁁</span>`;
    if (k === cuts.length - 1) break;
    const next = cuts[k + 1];
    const text = escapeHtml(source.slice(at, next));
    const covering = located.filter((m) => m.offset <= at && m.endOffset >= next && m.endOffset > m.offset);
    out += covering.length ? `<mark class="${worst(covering)}" title="${title(covering)}">${text}</mark>` : text;
  }
  return out;
}

function fileSection(r: FileResult, n: number, locale: 'vi' | 'en'): string {
  let s = `<section id="file-${n}">\n<h2>${escapeHtml(r.filePath)}</h2>\n`;
  if (r.source !== undefined) s += `<pre class="draft">${highlight(r.source, r.messages)}</pre>\n`;
  if (!r.messages.length) return `${s}<p class="ok">✔ ${escapeHtml(cliMessage('htmlClean', {}, locale))}</p>\n</section>\n`;
  s += `<table>\n<tr><th>${cliMessage('htmlPosition', {}, locale)}</th><th></th><th>${cliMessage('htmlMessage', {}, locale)}</th><th>${cliMessage('htmlRule', {}, locale)}</th></tr>\n`;
  for (const m of r.messages) {
    const rule = ruleById(m.ruleId) ? `<a href="${escapeHtml(ruleDocsUrl(m.ruleId))}">${escapeHtml(m.ruleId)}</a>` : escapeHtml(m.ruleId);
    s += `<tr><td>${m.line}:${m.column}</td><td class="sev ${m.severity}">${escapeHtml(cliMessage(m.severity, {}, locale))}</td><td>${escapeHtml(m.message)}</td><td>${rule}</td></tr>\n`;
  }
  return `${s}</table>\n</section>\n`;
}

export const html: Formatter = (results, { locale, version }) => {
  const t = (id: Parameters<typeof cliMessage>[0]): string => escapeHtml(cliMessage(id, {}, locale));
  const sum = (k: 'errorCount' | 'warningCount' | 'infoCount'): number => results.reduce((a, r) => a + r[k], 0);
  const errors = sum('errorCount');
  const warnings = sum('warningCount');
  const infos = sum('infoCount');
  const summary = summaryLine({ errors, warnings, infos, files: results.filter((r) => r.messages.length).length }, locale);
  let rows = '';
  results.forEach((r, n) => {
    rows += `<tr><td><a href="#file-${n}">${escapeHtml(r.filePath)}</a></td><td class="n">${r.errorCount}</td><td class="n">${r.warningCount}</td><td class="n">${r.infoCount}</td></tr>\n`;
  });
  const sections = results.map((r, n) => fileSection(r, n, locale)).join('');
  const generated = escapeHtml(cliMessage('htmlGenerated', { version, date: new Date().toISOString().slice(0, 16).replace('T', ' ') }, locale));
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('htmlTitle')}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${t('htmlTitle')}</h1>
<p>${escapeHtml(summary)}</p>
<table>
<tr><th>${t('htmlFiles')}</th><th>${t('htmlErrors')}</th><th>${t('htmlWarnings')}</th><th>${t('htmlInfos')}</th></tr>
${rows}</table>
${sections}<footer>${generated}</footer>
</body>
</html>
`;
};
