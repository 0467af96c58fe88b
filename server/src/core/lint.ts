/**
 * The lint pass: text + resolved configuration + the rules to run → findings, with the policy
 * that is the same for every rule (severity from config, quotations, directives, the cap).
 * Core does not know the rules: the front-ends hand them to `createLinter` (engine.ts), so the
 * CLI and the language server run this one function and never disagree about a file.
 */
import { parseDraft } from './parse.js';
import { appliesTraining } from './genre.js';
import { atQuoteFrame, inQuote } from './draft.js';
import type { Finding, LintResult, Report, Rule, Severity, SeveritySetting } from './types.js';
import type { FindingIgnore, ResolvedConfig, RuleSetting } from './config/types.js';
import { applyDirectives } from './directives.js';
import { dropInsideDeletedLines } from './deletions.js';
import { dropContradictedCase } from './case-answers.js';
import { lineHash } from './config/occurrences.js';
import { MARKDOWN_LIMITS } from './markdown.js';
import { nextPass } from './bounded-cache.js';

export interface LintOptions {
  format?: 'text' | 'markdown';
  /** run only these rules (e.g. for a rule's own tests) */
  only?: string[];
  /** when given, filled with milliseconds spent per rule id (and "parse") for `--timing` and the bench */
  timings?: Record<string, number>;
}

export function ruleSetting(rule: Rule, config: ResolvedConfig): { severity: SeveritySetting; options: Record<string, unknown> } {
  const s: RuleSetting | undefined = config.rules[rule.meta.id];
  if (s === undefined) return { severity: rule.meta.defaultSeverity, options: {} };
  if (typeof s === 'string') return { severity: s, options: {} };
  return { severity: s[0], options: (s[1] as Record<string, unknown>) ?? {} };
}

export function formatOf(fileName: string | undefined): 'text' | 'markdown' {
  return fileName && /\.(md|markdown|mdx)$/i.test(fileName) ? 'markdown' : 'text';
}

export function lintWith(rules: readonly Rule[], text: string, config: ResolvedConfig, options: LintOptions = {}): LintResult {
  const timings = options.timings;
  // the memo caches let go of what the last passes did not use (old versions of a draft)
  nextPass();
  let t0 = timings ? performance.now() : 0;
  const draft = parseDraft(text, options.format ?? 'text');
  if (timings) timings.parse = (timings.parse ?? 0) + performance.now() - t0;
  const training = appliesTraining(draft, config);
  let findings: Finding[] = [];

  for (const rule of rules) {
    if (options.only && !options.only.includes(rule.meta.id)) continue;
    const { severity, options: ruleOptions } = ruleSetting(rule, config);
    if (severity === 'off') continue;
    if (rule.meta.genre === 'training' && !training) continue;
    const report = (r: Report): void => {
      const quoted = inQuote(draft, r.start, r.end) && !atQuoteFrame(draft, r.start, r.end);
      let sev: Severity = r.severity ?? severity;
      // contested points are warnings at most (rulebook §0), whatever the rule's severity
      if (r.contested && sev === 'error') sev = 'warning';
      // never "fix" a quotation: report it as information at most
      if (quoted) sev = 'info';
      // (the optional fields assigned, in this order, rather than spread from a temporary object each)
      const f: Finding = { ruleId: rule.meta.id, severity: sev, start: r.start, end: r.end, messageId: r.messageId, args: r.args ?? {} };
      if (r.fix && !quoted) f.fix = r.fix;
      if (r.suggestions?.length) f.suggestions = r.suggestions;
      if (quoted) f.inQuote = true;
      if (r.data) f.data = r.data;
      findings.push(f);
    };
    if (timings) t0 = performance.now();
    try {
      rule.check({ draft, config, options: ruleOptions, report });
    } catch (error) {
      findings.push({
        ruleId: rule.meta.id,
        severity: 'info',
        start: 0,
        end: 0,
        messageId: 'lint.crashed',
        args: { rule: rule.meta.id, reason: error instanceof Error ? error.message : String(error) },
      });
    }
    if (timings) timings[rule.meta.id] = (timings[rule.meta.id] ?? 0) + performance.now() - t0;
  }

  if (draft.markdownFallback) {
    findings.push({ ruleId: 'soattin', severity: 'info', start: 0, end: 0, messageId: 'lint.markdownFallback', args: { depth: MARKDOWN_LIMITS.depth } });
  }
  findings = applyDirectives(draft, findings);
  findings = dropInsideDeletedLines(text, findings);
  findings = dropContradictedCase(text, findings);
  if (config.ignoreFindings?.length) findings = dropIgnored(text, findings, config.ignoreFindings);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));

  let truncated = 0;
  if (findings.length > config.maxFindings) {
    truncated = findings.length - config.maxFindings;
    findings = findings.slice(0, config.maxFindings);
    findings.push({
      ruleId: 'soattin',
      severity: 'info',
      start: 0,
      end: 0,
      messageId: 'lint.capped',
      args: { shown: config.maxFindings, hidden: truncated },
    });
  }
  return { findings, truncated, draft };
}

/**
 * Findings silenced by `overrides[].ignore` (same rule, same original text, compared in NFC)
 * and by `.soattin/ignored.json` (the same, and only on a line with the same hash).
 */
function dropIgnored(text: string, findings: Finding[], ignores: FindingIgnore[]): Finding[] {
  const keys = new Set(ignores.map((i) => `${i.rule}\0${i.text.normalize('NFC')}\0${i.line ?? ''}`));
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${text.slice(f.start, f.end).normalize('NFC')}\0`;
    return !keys.has(key) && !keys.has(key + lineHash(text, f.start));
  });
}
