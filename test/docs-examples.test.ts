/**
 * The example table of each rule's page ("### Ví dụ", columns "Sai | Đúng") is a test: the
 * rule reports the wrong text, stays silent on the right one, and, for a rule that fixes,
 * `--fix` turns the one into the other. A doc that drifts from the rule fails here.
 *
 * Cell conventions: `code` keeps blanks visible (the backticks are not text), <br> is a line
 * break, a cell starting "# " is a Markdown heading (linted as Markdown), a trailing
 * "(hồ sơ `gov`)" sets the profile, "(NFD…)" means the text is decomposed, "(gợi ý)" is a
 * note, a right-hand "(người viết sửa)" says the rule leaves the correction to the writer, and
 * a right-hand cell with "hoặc" or "gợi ý:" names choices, not one text.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { applyEdits, type TextEdit } from '../server/src/core/index.js';
import { findings, fixed } from './helpers/lint.js';

const docs = new URL('../docs/rules/', import.meta.url);

interface Example {
  rule: string;
  wrong: string;
  right?: string;
  profile?: string;
  nfd?: boolean;
  /** the rule only reports: the writer corrects */
  manual?: boolean;
}

function cellText(cell: string): string {
  let t = cell.trim();
  if (/^`[^`]*`$/u.test(t)) t = t.slice(1, -1);
  return t.replace(/<br>/gu, '\n');
}

function examples(rule: string, page: string): Example[] {
  const section = /^### Ví dụ\n([\s\S]*?)(?=^##)/mu.exec(page)?.[1] ?? '';
  const out: Example[] = [];
  let inTable = false;
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split(' | ');
    if (/^\s*Sai\b/u.test(cells[0])) {
      inTable = cells.length === 2 && /^\s*Đúng\s*$/u.test(cells[1]);
      continue;
    }
    if (!inTable || /^-+$/u.test(cells[0].replace(/[|\s]/gu, ''))) continue;
    let wrong = cells[0].trim();
    let profile: string | undefined;
    const note = /\s*\(([^()]*)\)$/u.exec(wrong);
    if (note && /^(hồ sơ|gợi ý|NFD)/u.test(note[1])) {
      profile = /^hồ sơ `([a-z-]+)`$/u.exec(note[1])?.[1];
      wrong = wrong.slice(0, note.index);
    }
    const nfd = note?.[1].startsWith('NFD');
    let right = cells[1].trim();
    const manual = right.endsWith(' (người viết sửa)');
    if (manual) right = right.slice(0, -' (người viết sửa)'.length);
    const choices = /hoặc|gợi ý:|NFC|chuyển mã/u.test(right);
    const text = cellText(wrong);
    out.push({ rule, wrong: nfd ? text.normalize('NFD') : text, right: choices ? undefined : cellText(right), profile, nfd, manual });
  }
  return out;
}

const pages = readdirSync(docs).filter((f) => f.endsWith('.md'));
const all = pages.flatMap((f) => examples(f.replace(/\.md$/u, ''), readFileSync(new URL(f, docs), 'utf8')));

/** Lint one example: its profile, and Markdown for a heading. */
function run(e: Example, text: string) {
  const user = (e.profile ? { profile: e.profile } : {}) as never;
  const format = text.startsWith('# ') ? 'markdown' : 'text';
  return { found: findings(text, e.rule, user, format), fixedText: fixed(text, e.rule, user, format) };
}

describe('the example tables of docs/rules run as tests', () => {
  it('finds the tables (a page that loses its table, or a table its format, shows here)', () => {
    const withTables = new Set(all.map((e) => e.rule));
    expect(withTables.size).toBeGreaterThanOrEqual(18);
  });

  it.each(all.map((e) => [e.rule, e.wrong, e] as const))('%s reports “%s”', (_rule, wrong, e) => {
    expect(run(e, wrong).found.length, wrong).toBeGreaterThan(0);
  });

  const rights = all.filter((e) => e.right !== undefined);
  it.each(rights.map((e) => [e.rule, e.right, e] as const))('%s is silent on “%s”', (_rule, right, e) => {
    expect(run(e, right!).found.map((f) => right!.slice(f.start, f.end)), right).toEqual([]);
  });

  // "…" in the right-hand cell stands for text the example leaves out
  const whole = rights.filter((e) => !e.right!.includes('…') && !e.manual);
  it.each(whole.map((e) => [e.rule, e.wrong, e.right, e] as const))('%s: the fix or the first suggestions turn “%s” into “%s”', (_rule, wrong, right, e) => {
    const { found, fixedText } = run(e, wrong);
    const suggested = applyEdits(wrong, found.flatMap((f): TextEdit[] => f.suggestions?.[0]?.edits ?? f.fix ?? []));
    expect([fixedText, suggested]).toContain(right);
  });
});

/**
 * The pages of the structure rules (end-mark, required-*) show their examples as "**Sai**" and
 * "**Đúng**" code blocks instead: each line is a draft's part (a block with a blank line inside
 * is one example), and "   (…)" at a line's end is a note. Each is linted in its place in a
 * training draft: the headline's example as the first line, the byline's as the last, the
 * others as the lead.
 */
const HEAD = 'Khai giảng lớp học cho cán bộ cơ sở';
const LEAD = 'Sáng 12-9, Hội Nông dân huyện tổ chức lớp tập huấn cho 80 hội viên.';

function blockExamples(rule: string, page: string): Array<{ rule: string; text: string; wrong: boolean }> {
  const vi = page.slice(0, page.indexOf('## English'));
  const out: Array<{ rule: string; text: string; wrong: boolean }> = [];
  for (const m of vi.matchAll(/^\*\*(Sai|Đúng)\*\*[^\n]*\n+```\n([\s\S]*?)\n```$/gmu)) {
    const block = m[2].replace(/[ \t]{2,}\([^()\n]*\)$/gmu, '');
    const parts = /\n\s*\n/u.test(block) ? [block] : block.split('\n');
    for (const part of parts) out.push({ rule, text: part, wrong: m[1] === 'Sai' });
  }
  return out;
}

function inDraft(rule: string, part: string): string {
  if (rule === 'required-headline') return `${part}\n\n${LEAD}\n`;
  if (rule === 'required-byline') return `${HEAD}\n\n${LEAD}\n\n${part}\n`;
  return `${HEAD}\n\n${part}\n`;
}

const blocks = pages.flatMap((f) => blockExamples(f.replace(/\.md$/u, ''), readFileSync(new URL(f, docs), 'utf8')));

describe('the "Sai / Đúng" examples of the structure rules run as tests', () => {
  it.each(blocks.map((e) => [e.rule, e.wrong ? 'reports' : 'is silent on', e.text, e] as const))('%s %s “%s”', (_rule, _verb, _text, e) => {
    const text = inDraft(e.rule, e.text);
    const found = findings(text, e.rule, { genre: 'training' } as never).map((f) => f.ruleId);
    if (e.wrong) expect(found, text).toContain(e.rule);
    else expect(found, text).toEqual([]);
  });
});

/**
 * consistent-capitalisation's table is about a whole draft: the left cell lists the forms and
 * how often the draft writes each (“Tỉnh Đoàn” ×2, “Tỉnh đoàn” ×1), the right one the form the
 * rule reports and what it becomes (“Tỉnh đoàn” → “Tỉnh Đoàn”, "…" the rest of the name).
 */
const CONSISTENT = 'consistent-capitalisation';
const consistentRows = [...(/^### Ví dụ\n([\s\S]*?)(?=^###)/mu.exec(readFileSync(new URL(`${CONSISTENT}.md`, docs), 'utf8'))?.[1] ?? '').matchAll(/^\| (“.*×\d.*) \| (.*“.*” → “.*”.*) \|$/gmu)];

describe('consistent-capitalisation’s example table runs as a test', () => {
  const RULE = CONSISTENT;
  const rows = consistentRows;
  it('finds the table', () => expect(rows.length).toBeGreaterThanOrEqual(3));
  it.each(rows.map((r) => [r[1], r[2]]))('%s: %s', (forms, report) => {
    const profile = /\(hồ sơ `([a-z-]+)`\)/u.exec(forms)?.[1];
    const written = [...forms.matchAll(/“([^”]+)” ×(\d+)/gu)].flatMap((m) => Array.from({ length: Number(m[2]) }, () => m[1]));
    const [, from, to] = /“([^”]+?)(?: …)?” → “([^”]+?)(?: …)?”/u.exec(report)!;
    const text = `${HEAD}\n\n${written.map((f) => `Dự lớp học có đại diện ${f} cùng nhiều đại biểu.`).join('\n\n')}\n`;
    const user = (profile ? { profile } : {}) as never;
    const found = findings(text, RULE, user);
    expect(found.length).toBe(written.filter((f) => f.startsWith(from)).length);
    for (const f of found) expect(text.slice(f.start, f.end).startsWith(from)).toBe(true);
    const out = fixed(text, RULE, user);
    expect(out.split(from).length - 1).toBe(0);
    expect(out.split(to).length - 1).toBe(written.length);
  });
});

it('runs the examples of every rule page', () => {
  const covered = new Set([...all, ...blocks].map((e) => e.rule));
  if (consistentRows.length) covered.add(CONSISTENT);
  expect(pages.map((f) => f.replace(/\.md$/u, '')).filter((r) => !covered.has(r))).toEqual([]);
});
