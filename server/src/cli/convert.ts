/**
 * `soattin convert [--from tcvn3|vni|auto] [--write] FILE…`: a draft typed in a legacy
 * encoding becomes Unicode (UTF-8, NFC) only when the reporter asks. The linter itself
 * refuses such files (invalid UTF-8) or reports them (unicode-normalisation); this is the way
 * out. Exit codes as for linting: 0 converted, 2 bad usage, unreadable file or nothing to convert.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localeFromEnv } from '../core/messages.js';
import type { Locale } from '../core/types.js';
import { readGuarded } from '../core/guarded-read.js';
import { containedPath } from '../core/contained-path.js';
import { ENCODING_NAMES, fromLegacy, guessLegacy, type LegacyEncoding } from '../core/legacy-encoding.js';
import { cliMessage, type CliMessageId } from './messages.js';
import { DEFAULT_MAX_FILE_SIZE } from './args.js';
import type { Io } from './io.js';

interface ConvertOptions {
  from: LegacyEncoding | 'auto';
  write: boolean;
  files: string[];
  help: boolean;
  locale?: Locale;
}

function parse(argv: string[]): { ok: true; o: ConvertOptions } | { ok: false; id: CliMessageId; args?: Record<string, string>; locale?: Locale } {
  const o: ConvertOptions = { from: 'auto', write: false, files: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--from') {
      const v = value();
      if (v !== 'tcvn3' && v !== 'vni' && v !== 'auto') return { ok: false, id: 'convertBadFrom', args: { value: v ?? '' } };
      o.from = v;
    } else if (name === '--write') o.write = true;
    else if (name === '--help' || name === '-h') o.help = true;
    else if (name === '--locale') {
      const v = value();
      if (v === 'vi' || v === 'en') o.locale = v;
      else return { ok: false, id: 'unknownOption', args: { option: `--locale ${v ?? ''}` } };
    } else if (name.startsWith('-') && name !== '-') return { ok: false, id: 'unknownOption', args: { option: name } };
    else o.files.push(a);
  }
  if (!o.help && o.files.length === 0) return { ok: false, id: 'convertNoFile', locale: o.locale };
  if (!o.help && !o.write && o.files.length > 1) return { ok: false, id: 'convertOneFile', locale: o.locale };
  return { ok: true, o };
}

/** The file's text: UTF-8 when it is valid UTF-8 (legacy letters pasted into a Unicode file), else its bytes as Latin-1. */
function legacyText(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function runConvert(io: Io, argv: string[]): number {
  const envLocale = localeFromEnv(io.env);
  const parsed = parse(argv);
  if (!parsed.ok) {
    const locale = parsed.locale ?? envLocale;
    io.stderr.write(`soattin: ${cliMessage(parsed.id, parsed.args ?? {}, locale)}\n`);
    return 2;
  }
  const o = parsed.o;
  const locale = o.locale ?? envLocale;
  if (o.help) {
    io.stdout.write(`${cliMessage('convertHelp', {}, locale)}\n`);
    return 0;
  }
  let code = 0;
  for (const file of o.files) {
    const abs = path.resolve(io.cwd, file);
    const read = readGuarded(abs, DEFAULT_MAX_FILE_SIZE);
    if (!read.ok) {
      io.stderr.write(`soattin: ${cliMessage('convertUnreadable', { file, reason: read.reason[locale] }, locale)}\n`);
      code = 2;
      continue;
    }
    const text = legacyText(read.bytes);
    const encoding = o.from === 'auto' ? guessLegacy(text) : o.from;
    if (!encoding) {
      io.stderr.write(`soattin: ${cliMessage('convertNothing', { file }, locale)}\n`);
      code = 2;
      continue;
    }
    const converted = fromLegacy(text, encoding);
    if (!o.write) {
      io.stdout.write(converted);
      continue;
    }
    const target = containedPath(io.cwd, abs);
    if (!target.ok) {
      io.stderr.write(`soattin: ${cliMessage('convertNotWritten', { file, reason: target.reason[locale] }, locale)}\n`);
      code = 2;
      continue;
    }
    try {
      fs.writeFileSync(target.path, converted, 'utf8');
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? String(e);
      io.stderr.write(`soattin: ${cliMessage('convertNotWritten', { file, reason }, locale)}\n`);
      code = 2;
      continue;
    }
    io.stderr.write(`${cliMessage('convertDone', { file, encoding: ENCODING_NAMES[encoding] }, locale)}\n`);
  }
  return code;
}
