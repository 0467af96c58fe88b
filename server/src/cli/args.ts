/**
 * Command-line arguments → options. Hand-written (no dependency): every mistake becomes a
 * localised message and exit code 2, never an exception.
 */
import type { Locale, LocalizedText, SeveritySetting } from '../core/types.js';
import { toLocale } from '../core/messages.js';
import { ruleById, rules } from '../rules/index.js';
import { both } from './messages.js';
import { didYouMean } from '../core/did-you-mean.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit', 'html', 'stats'] as const;
export type FormatName = (typeof FORMATS)[number];

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  output?: string;
  fix: boolean;
  fixDryRun: boolean;
  config?: string;
  rules: Record<string, SeveritySetting>;
  locale?: Locale;
  maxWarnings: number;
  quiet: boolean;
  maxFileSize: number;
  ignore: boolean;
  stdin: boolean;
  stdinFilename?: string;
  /** print the configuration for this file instead of linting */
  printConfig?: string;
  color?: boolean;
  help: boolean;
  version: boolean;
  /** --cache: reuse the results of unchanged drafts */
  cache: boolean;
  cacheLocation?: string;
  /** --docx-comments: folder for copies of Word drafts with the findings as comments */
  docxComments?: string;
  /** --report-signoff: the role that signs the html report */
  reportSignoff?: string;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: LocalizedText; locale?: Locale };

const SEVERITIES = ['off', 'info', 'warning', 'error'];
/** ESLint's spelling, accepted as in config files */
const SEVERITY_ALIASES: Record<string, SeveritySetting> = { warn: 'warning' };

/** every long option, for "did you mean …?" */
const OPTIONS = [
  '--help', '--version', '--fix', '--fix-dry-run', '--quiet', '--stdin', '--no-ignore', '--color', '--no-color',
  '--format', '--output', '--config', '--rule', '--locale', '--max-warnings', '--max-file-size', '--stdin-filename', '--print-config',
  '--cache', '--cache-location', '--docx-comments', '--report-signoff',
];

function unknownOption(option: string, name: string): LocalizedText {
  const suggestion = name.startsWith('--') ? didYouMean(name, OPTIONS) : undefined;
  return suggestion ? both('unknownOptionDidYouMean', { option, suggestion }) : both('unknownOption', { option });
}

/** "2MB", "500KB", "1048576" → bytes */
export function parseSize(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}

export function parseArgs(argv: string[]): ParseResult {
  const o: CliOptions = {
    patterns: [],
    format: 'stylish',
    fix: false,
    fixDryRun: false,
    rules: {},
    maxWarnings: -1,
    quiet: false,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    ignore: true,
    stdin: false,
    help: false,
    version: false,
    cache: false,
  };
  // the locale is needed to report the other mistakes, so it is read first
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a.startsWith('--locale=') ? a.slice(9) : a === '--locale' ? argv[i + 1] : undefined;
    if (v !== undefined) o.locale = toLocale(v) ?? o.locale;
  }
  const fail = (error: LocalizedText): ParseResult => ({ ok: false, error, locale: o.locale });
  const badValue = (option: string, value: string, expected: string): ParseResult => fail(both('badValue', { option, value, expected }));

  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      o.patterns.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    let consumed = false;
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      consumed = true;
      return next;
    };
    const flag = (): ParseResult | undefined => (inline !== undefined ? fail(both('unknownOption', { option: arg })) : undefined);

    switch (name) {
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '-v':
      case '--version':
        o.version = true;
        break;
      case '--fix':
        if (flag()) return flag()!;
        o.fix = true;
        break;
      case '--fix-dry-run':
        if (flag()) return flag()!;
        o.fixDryRun = true;
        break;
      case '--quiet':
        if (flag()) return flag()!;
        o.quiet = true;
        break;
      case '--stdin':
        if (flag()) return flag()!;
        o.stdin = true;
        break;
      case '--cache':
        if (flag()) return flag()!;
        o.cache = true;
        break;
      case '--no-ignore':
        if (flag()) return flag()!;
        o.ignore = false;
        break;
      case '--color':
        if (flag()) return flag()!;
        o.color = true;
        break;
      case '--no-color':
        if (flag()) return flag()!;
        o.color = false;
        break;
      case '-f':
      case '--format':
      case '-o':
      case '--output':
      case '-c':
      case '--config':
      case '--rule':
      case '--locale':
      case '--max-warnings':
      case '--max-file-size':
      case '--stdin-filename':
      case '--cache-location':
      case '--docx-comments':
      case '--report-signoff':
      case '--print-config': {
        const v = value();
        if (v === undefined || v === '') return fail(both('missingValue', { option: name }));
        if (consumed) i++;
        if (name === '-f' || name === '--format') {
          if (!(FORMATS as readonly string[]).includes(v)) return badValue(name, v, FORMATS.join(', '));
          o.format = v as FormatName;
        } else if (name === '-o' || name === '--output') o.output = v;
        else if (name === '-c' || name === '--config') o.config = v;
        else if (name === '--stdin-filename') o.stdinFilename = v;
        else if (name === '--print-config') o.printConfig = v;
        else if (name === '--cache-location') o.cacheLocation = v;
        else if (name === '--docx-comments') o.docxComments = v;
        else if (name === '--report-signoff') o.reportSignoff = v;
        else if (name === '--locale') {
          const l = toLocale(v);
          if (!l || !/^(vi|en)([-_].*)?$/i.test(v)) return badValue(name, v, 'vi, en');
          o.locale = l;
        } else if (name === '--max-warnings') {
          if (!/^\d+$/.test(v)) return badValue(name, v, '0, 1, 2, …');
          o.maxWarnings = Number(v);
        } else if (name === '--max-file-size') {
          const size = parseSize(v);
          if (size === undefined || size <= 0) return badValue(name, v, '2MB, 500KB, 1048576');
          o.maxFileSize = size;
        } else {
          const m = /^([\w-]+)\s*[=:]\s*(\w+)$/.exec(v);
          const level = m ? (SEVERITY_ALIASES[m[2]] ?? m[2]) : '';
          if (!m || !SEVERITIES.includes(level)) return badValue(name, v, `<rule-id>=${SEVERITIES.join('|')}`);
          if (!ruleById(m[1])) {
            const ids = rules.map((r) => r.meta.id);
            const suggestion = didYouMean(m[1], ids);
            return fail(suggestion ? both('unknownRuleDidYouMean', { rule: m[1], suggestion }) : both('unknownRule', { rule: m[1], known: ids.join(', ') }));
          }
          o.rules[m[1]] = level as SeveritySetting;
        }
        break;
      }
      default:
        return fail(unknownOption(arg, name));
    }
  }
  if (o.fix && o.fixDryRun) return fail(both('conflict', { a: '--fix', b: '--fix-dry-run' }));
  if (o.stdin && o.patterns.length) return fail(both('stdinWithPaths', { paths: o.patterns.join(' ') }));
  if (o.reportSignoff !== undefined && o.format !== 'html') return fail(both('signoffNeedsHtml'));
  if (o.stdin && o.docxComments !== undefined) return fail(both('conflict', { a: '--docx-comments', b: '--stdin' }));
  if (o.stdinFilename && !o.stdin) return fail(both('stdinFilenameAlone'));
  if (o.printConfig !== undefined && o.patterns.length) return fail(both('printConfigWithPaths', { paths: o.patterns.join(' ') }));
  return { ok: true, options: o };
}
