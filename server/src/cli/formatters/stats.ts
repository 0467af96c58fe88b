/**
 * `--format stats`: what an editor-in-chief asks of an archive — findings per rule, the wrong
 * forms written most often ("huyện ủy" ×12), and findings per month and per author. The month
 * is the draft's first date with a year (its publication line or dateline); the author is the
 * byline the structure rules read. Plain text in the reader's language.
 */
import { DATE_IN_WORDS, findDates } from '../../core/dates.js';
import { bylineAuthor } from '../../core/structure/byline.js';
import { isDebrisLine } from '../../core/parse.js';
import { nfc } from '../../core/normalise.js';
import { ruleName } from '../../core/messages.js';
import { ruleById } from '../../rules/index.js';
import { cliMessage } from '../messages.js';
import type { FileResult } from '../result.js';
import type { Formatter } from './types.js';

const TOP = 20;
/** "ngày 25 tháng 3 năm 2019" */
const DAY_IN_WORDS = new RegExp(`ngày\\s+${DATE_IN_WORDS}`, 'iu');

/** "03/2024" from the first date with a year among the draft's first lines. */
function monthOf(source: string): string | undefined {
  const head = source.slice(0, 1500);
  const year = findDates(head).find((d) => d.year);
  if (year?.year) return `${String(year.month.value).padStart(2, '0')}/${year.year.text}`;
  const words = DAY_IN_WORDS.exec(nfc(head));
  return words ? `${words[2].padStart(2, '0')}/${words[3]}` : undefined;
}

/** The author credited on the last line that is not web debris. */
function authorOf(source: string): string | undefined {
  const lines = source.split(/\r?\n/u);
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 8; i--) {
    const line = lines[i].trim();
    if (!line || isDebrisLine(line)) continue;
    return bylineAuthor(line);
  }
  return undefined;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function table(rows: Array<[string, number]>, width: number): string[] {
  return rows.map(([k, n]) => `  ${k.padEnd(width)} ${String(n).padStart(6)}`);
}

export const stats: Formatter = (results, { locale }) => {
  const perRule = new Map<string, number>();
  const filesPerRule = new Map<string, Set<string>>();
  const forms = new Map<string, number>();
  const perMonth = new Map<string, number>();
  const perAuthor = new Map<string, number>();
  const unknown = cliMessage('statsUnknown', {}, locale);
  let total = 0;
  for (const r of results as FileResult[]) {
    const messages = r.messages.filter((m) => m.ruleId !== 'soattin');
    total += messages.length;
    const source = r.source ?? '';
    bump(perMonth, monthOf(source) ?? unknown, messages.length);
    bump(perAuthor, authorOf(source) ?? unknown, messages.length);
    for (const m of messages) {
      bump(perRule, m.ruleId);
      if (!filesPerRule.has(m.ruleId)) filesPerRule.set(m.ruleId, new Set());
      filesPerRule.get(m.ruleId)!.add(r.filePath);
      // a form is a few words a reporter wrote: not a missing element's anchor, not a paragraph
      if (ruleById(m.ruleId)?.meta.category === 'structure') continue;
      const written = source.slice(m.offset, m.endOffset).replace(/\s+/gu, ' ').trim();
      if (written.length > 1 && written.length <= 40) bump(forms, `${nfc(written)}\u0000${m.ruleId}`);
    }
  }
  const sorted = (m: Map<string, number>): Array<[string, number]> => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out: string[] = [cliMessage('statsTotal', { findings: total, files: results.length }, locale), ''];
  out.push(cliMessage('statsPerRule', {}, locale));
  const rules = sorted(perRule).map(([id, n]): [string, number] => [`${id} (${ruleName(id, locale)}, ${cliMessage('statsFiles', { files: filesPerRule.get(id)!.size }, locale)})`, n]);
  out.push(...table(rules, Math.max(...rules.map(([k]) => k.length), 10)), '');
  out.push(cliMessage('statsForms', { top: TOP }, locale));
  const top = sorted(forms)
    .filter(([, n]) => n > 1)
    .slice(0, TOP)
    .map(([k, n]): [string, number] => {
      const [form, rule] = k.split('\u0000');
      return [`“${form}” (${rule})`, n];
    });
  out.push(...(top.length ? table(top, Math.max(...top.map(([k]) => k.length))) : [`  ${cliMessage('statsNone', {}, locale)}`]), '');
  out.push(cliMessage('statsPerMonth', {}, locale));
  const months = [...perMonth].sort((a, b) => (a[0] === unknown ? 1 : b[0] === unknown ? -1 : a[0].slice(3) + a[0].slice(0, 2) < b[0].slice(3) + b[0].slice(0, 2) ? -1 : 1));
  out.push(...table(months, 12), '');
  out.push(cliMessage('statsPerAuthor', {}, locale));
  const authors = sorted(perAuthor);
  out.push(...table(authors, Math.max(...authors.map(([k]) => k.length), 10)));
  return `${out.join('\n')}\n`;
};
