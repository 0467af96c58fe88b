/**
 * `--format html`: a report an editor prints and signs. One self-contained page (inline CSS, no
 * script, nothing fetched: no font, image or stylesheet). First the summary (counts per file and
 * per rule); then each draft with its lines numbered (a Word draft's paragraphs), every finding
 * marked where it sits with a number, the numbered list of corrections with the messages in full
 * (not only a tooltip), and apart from them the findings about the whole draft (a missing
 * element, an unreadable file). `--report-signoff ROLE` ends it with a sign-off block. Print CSS
 * lays it out on A4. Everything from the drafts is escaped.
 */
import { ruleDocsUrl, ruleById } from '../../rules/index.js';
import { ruleName } from '../../core/messages.js';
import type { Locale, Severity } from '../../core/types.js';
import type { FileResult, LintMessage } from '../result.js';
import { cliMessage, summaryLine, type CliMessageId } from '../messages.js';
import { lastAtOrBefore } from '../../core/sorted.js';
import type { Formatter } from './types.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const worst = (ms: LintMessage[]): Severity => ms.reduce<Severity>((w, m) => (RANK[m.severity] > RANK[w] ? m.severity : w), 'info');

const STYLE = `
:root{--err:#cf222e;--warn:#9a6700;--info:#0969da;--line:#d0d7de;--muted:#57606a}
body{font:15px/1.55 "Times New Roman","Liberation Serif","DejaVu Serif","Noto Serif",serif;margin:2rem auto;max-width:62rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:2.5rem 0 .4rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
h3{font-size:1rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eaeef2;vertical-align:top}
th{background:#f6f8fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.lines td{border:0;padding:0 .5rem}
table.lines td.ln{width:3.5em;text-align:right;color:var(--muted);font-variant-numeric:tabular-nums;border-right:1px solid var(--line);user-select:none}
table.lines td.tx{white-space:pre-wrap;overflow-wrap:anywhere}
table.lines{border:1px solid var(--line);background:#fbfcfd;margin:.4rem 0}
mark{background:none;border-bottom:2px solid;padding:0 1px}
mark.error{border-color:var(--err);background:#ffebe9}mark.warning{border-color:#bf8700;background:#fff8c5}mark.info{border-color:var(--info);background:#ddf4ff}
.caret{font-weight:bold}.caret.error{color:var(--err)}.caret.warning{color:var(--warn)}.caret.info{color:var(--info)}
sup.no{font:bold .68em/1 system-ui,sans-serif;color:#fff;border-radius:.7em;padding:.1em .35em;margin:0 1px}
sup.no a{color:inherit;text-decoration:none}
sup.no.error,td.no.error{background:var(--err)}sup.no.warning,td.no.warning{background:#bf8700}sup.no.info,td.no.info{background:var(--info)}
td.no{color:#fff;font-weight:bold;text-align:center;width:2.2em}td.no a{color:inherit;text-decoration:none}
.sev{font-weight:600;white-space:nowrap}.sev.error{color:var(--err)}.sev.warning{color:var(--warn)}.sev.info{color:var(--info)}
.excerpt{border:1px solid var(--line);border-radius:3px;padding:0 2px;white-space:pre-wrap;background:#f6f8fa}
.muted{color:var(--muted)}.ok{color:#1a7f37}
ul.whole{margin:.3rem 0;padding-left:1.2rem}
.signoff{margin:3rem 0 0 auto;width:22rem;text-align:center;break-inside:avoid}
.signoff .role{font-weight:bold;margin:.3rem 0 0}.signoff .space{height:6rem}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
@page{size:A4;margin:16mm 14mm 18mm}
@media print{
body{margin:0;max-width:none;padding:0;font-size:11pt}
a{color:inherit;text-decoration:none}
section.file{break-before:page}
table.lines tr,table.corrections tr,ul.whole li{break-inside:avoid}
thead{display:table-header-group}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/** A finding about the draft as a whole (a missing element, an unreadable file, the tool's own notes): listed apart, not marked. */
export function aboutWholeDraft(m: LintMessage): boolean {
  return Boolean(m.fatal || m.wholeDraft || m.ruleId === 'soattin');
}

/** [start, end) of each line; "\r\n" and "\n" end a line, and a final line break opens no empty line. */
export function lineSpans(source: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', start)) {
    out.push([start, i > start && source[i - 1] === '\r' ? i - 1 : i]);
    start = i + 1;
  }
  if (start < source.length || !out.length) out.push([start, source.length]);
  return out;
}

/** Index of the line holding offset `at` (the last line whose start is at or before it). */
function lineOf(spans: Array<[number, number]>, at: number): number {
  return Math.max(0, lastAtOrBefore(spans, at, (s) => s[0]));
}

interface Numbered {
  n: number;
  m: LintMessage;
  /** where its number is shown: on this line, at this offset */
  line: number;
  at: number;
}

function numberTag(list: Numbered[], file: number): string {
  return list.map(({ n, m }) => `<sup class="no ${m.severity}"><a href="#f${file}-c${n}" id="f${file}-m${n}">${n}</a></sup>`).join('');
}

/** One line of the draft with its marks and, where each finding ends, its number. */
function markLine(source: string, span: [number, number], here: Numbered[], file: number): string {
  const [a, b] = span;
  const title = (ms: Numbered[]): string => escapeHtml(ms.map(({ m }) => `${m.message} (${m.ruleId})`).join('\n'));
  const cuts = [...new Set([a, b, ...here.flatMap(({ m, at }) => [Math.max(a, Math.min(b, m.offset)), Math.max(a, Math.min(b, m.endOffset)), at])])].sort((x, y) => x - y);
  let out = '';
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k];
    const carets = here.filter(({ m }) => m.offset === m.endOffset && m.offset === at);
    if (carets.length) out += `<span class="caret ${worst(carets.map((c) => c.m))}" title="${title(carets)}">⁁</span>`;
    const ending = here.filter((x) => x.at === at);
    if (ending.length) out += numberTag(ending, file);
    if (k === cuts.length - 1) break;
    const next = cuts[k + 1];
    const text = escapeHtml(source.slice(at, next));
    const covering = here.filter(({ m }) => m.offset <= at && m.endOffset >= next && m.endOffset > m.offset);
    out += covering.length ? `<mark class="${worst(covering.map((c) => c.m))}" title="${title(covering)}">${text}</mark>` : text;
  }
  return out;
}

/** The text a finding covers and, when it has a fix, what the fix makes of it. */
function excerpt(source: string, m: LintMessage): string {
  const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
  if (m.endOffset <= m.offset) return '';
  let out = `<span class="excerpt">${escapeHtml(clip(source.slice(m.offset, m.endOffset)))}</span>`;
  const edits = m.fix ?? [];
  if (edits.length) {
    const lo = Math.min(m.offset, ...edits.map((e) => e.range[0]));
    const hi = Math.max(m.endOffset, ...edits.map((e) => e.range[1]));
    let after = '';
    let at = lo;
    for (const e of [...edits].sort((x, y) => x.range[0] - y.range[0])) {
      after += source.slice(at, e.range[0]) + e.text;
      at = e.range[1];
    }
    after += source.slice(at, hi);
    out = `<span class="excerpt">${escapeHtml(clip(source.slice(lo, hi)))}</span> → <span class="excerpt">${escapeHtml(clip(after))}</span>`;
  }
  return ` ${out}`;
}

function ruleLink(id: string): string {
  return ruleById(id) ? `<a href="${escapeHtml(ruleDocsUrl(id))}">${escapeHtml(id)}</a>` : escapeHtml(id);
}

function counts(r: Pick<FileResult, 'errorCount' | 'warningCount' | 'infoCount'>, locale: Locale): string {
  return escapeHtml(summaryLine({ errors: r.errorCount, warnings: r.warningCount, infos: r.infoCount, files: 1 }, locale));
}

function fileSection(r: FileResult, file: number, locale: Locale): string {
  const t = (id: CliMessageId): string => escapeHtml(cliMessage(id, {}, locale));
  let s = `<section class="file" id="file-${file}">\n<h2>${escapeHtml(r.filePath)}</h2>\n`;
  if (!r.messages.length) return `${s}<p class="ok">✔ ${t('htmlClean')}</p>\n</section>\n`;
  s += `<p class="muted">${counts(r, locale)}</p>\n`;
  const whole = r.messages.filter(aboutWholeDraft);
  if (whole.length) {
    s += `<h3>${t('htmlWholeDraft')}</h3>\n<ul class="whole">\n`;
    for (const m of whole) s += `<li><span class="sev ${m.severity}">${t(m.severity)}</span> ${escapeHtml(m.message)} <span class="muted">(${ruleLink(m.ruleId)})</span></li>\n`;
    s += '</ul>\n';
  }
  const source = r.source;
  const placed = r.messages.filter((m) => !aboutWholeDraft(m) && (source === undefined || m.endOffset <= source.length));
  if (source !== undefined) {
    const spans = lineSpans(source);
    const numbered: Numbered[] = placed.map((m, k) => {
      // the number follows the finding's last character (a caret: its place), on that character's line
      const last = m.endOffset > m.offset ? m.endOffset - 1 : m.offset;
      const line = lineOf(spans, last);
      return { n: k + 1, m, line, at: Math.min(m.endOffset, spans[line][1]) };
    });
    const byLine = new Map<number, Numbered[]>();
    for (const x of numbered) {
      const first = lineOf(spans, x.m.offset);
      for (let l = first; l <= x.line; l++) {
        if (!byLine.has(l)) byLine.set(l, []);
        byLine.get(l)!.push(x);
      }
    }
    const head = r.filePath.toLowerCase().endsWith('.docx') ? t('htmlParagraph') : t('htmlLine');
    s += `<table class="lines" aria-label="${head}">\n`;
    spans.forEach((span, l) => {
      s += `<tr><td class="ln">${l + 1}</td><td class="tx">${markLine(source, span, byLine.get(l) ?? [], file)}</td></tr>\n`;
    });
    s += '</table>\n';
  }
  if (placed.length) {
    s += `<h3>${t('htmlCorrections')}</h3>\n<table class="corrections">\n<thead><tr><th class="n">${t('htmlNumber')}</th><th>${t('htmlPosition')}</th><th></th><th>${t('htmlMessage')}</th><th>${t('htmlRule')}</th></tr></thead>\n`;
    placed.forEach((m, k) => {
      const n = k + 1;
      s += `<tr id="f${file}-c${n}"><td class="no ${m.severity}"><a href="#f${file}-m${n}">${n}</a></td><td class="n">${m.line}:${m.column}</td><td class="sev ${m.severity}">${t(m.severity)}</td><td>${escapeHtml(m.message)}${source === undefined ? '' : excerpt(source, m)}</td><td>${ruleLink(m.ruleId)}</td></tr>\n`;
    });
    s += '</table>\n';
  }
  return `${s}</section>\n`;
}

function perRuleTable(results: FileResult[], locale: Locale): string {
  const t = (id: CliMessageId): string => escapeHtml(cliMessage(id, {}, locale));
  const count = new Map<string, { n: number; files: Set<string> }>();
  for (const r of results) {
    for (const m of r.messages) {
      const c = count.get(m.ruleId) ?? { n: 0, files: new Set<string>() };
      c.n++;
      c.files.add(r.filePath);
      count.set(m.ruleId, c);
    }
  }
  if (!count.size) return '';
  const rows = [...count].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  let s = `<h3>${t('htmlPerRule')}</h3>\n<table class="rules">\n<thead><tr><th>${t('htmlRule')}</th><th></th><th class="n">${t('htmlCount')}</th><th class="n">${t('htmlFiles')}</th></tr></thead>\n`;
  for (const [id, c] of rows) s += `<tr><td>${ruleLink(id)}</td><td>${escapeHtml(ruleName(id, locale))}</td><td class="n">${c.n}</td><td class="n">${c.files.size}</td></tr>\n`;
  return `${s}</table>\n`;
}

function signoff(role: string, locale: Locale): string {
  const t = (id: CliMessageId): string => escapeHtml(cliMessage(id, {}, locale));
  return `<section class="signoff">\n<p>${t('htmlSignoffDate')}</p>\n<p class="role">${escapeHtml(role)}</p>\n<p class="muted">${t('htmlSignoffHint')}</p>\n<div class="space"></div>\n</section>\n`;
}

export const html: Formatter = (results, { locale, version, signoff: role }) => {
  const t = (id: CliMessageId): string => escapeHtml(cliMessage(id, {}, locale));
  const sum = (k: 'errorCount' | 'warningCount' | 'infoCount'): number => results.reduce((a, r) => a + r[k], 0);
  const summary = summaryLine({ errors: sum('errorCount'), warnings: sum('warningCount'), infos: sum('infoCount'), files: results.filter((r) => r.messages.length).length }, locale);
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
<table class="files">
<thead><tr><th>${t('htmlFiles')}</th><th class="n">${t('htmlErrors')}</th><th class="n">${t('htmlWarnings')}</th><th class="n">${t('htmlInfos')}</th></tr></thead>
${rows}</table>
${perRuleTable(results, locale)}${sections}${role ? signoff(role, locale) : ''}<footer>${generated}</footer>
</body>
</html>
`;
};
