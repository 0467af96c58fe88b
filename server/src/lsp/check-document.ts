/**
 * One check of an open draft: its diagnostics and what the status item shows (profile, the
 * tone style detected, the count, whether it was slow). No LSP traffic here: service.ts
 * schedules the checks and publishes what this returns.
 */
import { performance } from 'node:perf_hooks';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { linter } from '../linter.js';
import { profileName } from '../core/messages.js';
import { toneMajority } from '../core/tone-majority.js';
import type { Draft } from '../core/draft.js';
import type { ResolvedConfig } from '../core/config/index.js';
import type { Finding, Locale } from '../core/types.js';
import { documentConfig } from './document-config.js';
import { configDiagnostic, fileDiagnostic, toDiagnostic } from './diagnostics.js';
import { capFindings, firstDifference } from './cap.js';
import { convertReusing, type Converted } from './reuse.js';
import { t } from './messages.js';
import type { Settings } from './settings.js';
import type { StatusParams } from './protocol.js';

/** Longer drafts are left to the CLI: one check must not freeze the editor (cSpell stops at 512 K). */
export const MAX_CHECK_CHARS = 500_000;

/**
 * Server time a check of a ~20 KB draft may take before the status item calls it slow
 * (DESIGN budget: 5 ms p95 for 5 KB, 50 ms for 100 KB); longer drafts get proportionally more.
 * The first check after start-up loads the dictionaries and is never called slow.
 */
const SLOW_CHECK_MS = 50;
const SLOW_CHECK_CHARS = 20_000;
/**
 * A reporter who stopped typing this long (or saved) is no longer "still writing": the
 * missing-element findings, information while typing, get their real severity back.
 */
export const IDLE_MS = 5000;

/** a Word document's URI (its text in the editor is the zip's bytes) */
const WORD_FILE = /\.docx$/i;

export interface CheckContext {
  settings: Settings;
  locale: Locale;
  folders: string[];
  inEditor: boolean;
  /** the text checked last time (to find where the next edit happened) */
  previousText?: string;
  /** the diagnostics of the last check, for this one to reuse where the edit left them as they were */
  previous?: Converted;
  /** offset of the last edit per draft: the findings around it are never capped away */
  focusOf: Map<string, number>;
  /** when the reporter last typed in this draft (undefined: not since the last save) */
  typedAt?: number;
  /** the first check after start-up is never called slow */
  first: boolean;
  /** config errors already logged (a broken file would otherwise log on every keystroke) */
  loggedConfigErrors: Set<string>;
  logError(message: string): void;
}

export interface CheckOutcome {
  status: StatusParams;
  diagnostics: Diagnostic[];
  /** the findings behind the diagnostics and the text they were found in (a real lint only) */
  findings?: Finding[];
  text?: string;
  /** what the next check may reuse (a real lint only) */
  converted?: Converted;
}

/** The style the status item shows for `toneStyle: auto`: the same decision tone-mark-style takes. */
function detectedTone(draft: Draft, config: ResolvedConfig): StatusParams['toneStyle'] | undefined {
  if (config.toneStyle !== 'auto') return undefined;
  const majority = toneMajority(draft, config);
  return majority.basis !== 'none' ? majority.style : undefined;
}

export function checkDocument(doc: TextDocument, ctx: CheckContext): CheckOutcome {
  const { uri } = doc;
  const { locale, inEditor } = ctx;
  const started = performance.now();
  const status: StatusParams = { uri, locale, profile: 'gov', profileLabel: profileName('gov', locale), toneStyle: 'auto', findings: 0, elapsedMs: 0, state: 'ok' };
  let diagnostics: Diagnostic[] = [];
  let findings: Finding[] | undefined;
  let checkedText: string | undefined;
  let converted: Converted | undefined;
  if (!ctx.settings.enable) return { status: { ...status, message: t('check.disabled', locale) }, diagnostics };
  try {
    const dc = documentConfig(uri, doc.languageId, ctx.settings, ctx.folders);
    if (!dc.result.ok) {
      const message = dc.result.error.message[locale];
      const en = dc.result.error.message.en;
      if (!ctx.loggedConfigErrors.has(en)) ctx.logError(`[config] ${en}`);
      ctx.loggedConfigErrors.add(en);
      diagnostics = [configDiagnostic(doc, dc.result.error, locale, inEditor)];
      status.state = 'warning';
      status.message = message;
    } else {
      const config = dc.result.config;
      status.profile = config.profile;
      status.profileLabel = profileName(config.profile, locale);
      status.toneStyle = config.toneStyle;
      const text = doc.getText();
      if (dc.ignored) {
        diagnostics = [];
      } else if (WORD_FILE.test(uri)) {
        // a .docx forced open as text is zip bytes: findings on them would be noise; the CLI reads Word drafts
        const message = t('check.docx', locale);
        diagnostics = [fileDiagnostic(doc, 'soattin', message, DiagnosticSeverity.Information, inEditor)];
        status.state = 'warning';
        status.message = message;
      } else if (text.length > MAX_CHECK_CHARS) {
        const message = t('check.tooLarge', locale, { size: text.length, limit: MAX_CHECK_CHARS });
        diagnostics = [fileDiagnostic(doc, 'soattin', message, DiagnosticSeverity.Information, inEditor)];
        status.state = 'warning';
        status.message = message;
      } else {
        // the editor caps by itself (capFindings), so nothing is cut by position here
        const result = linter.lint(text, { ...config, maxFindings: Number.POSITIVE_INFINITY }, { format: dc.format });
        const before = ctx.previousText;
        const edited = before === undefined ? undefined : firstDifference(before, text);
        if (edited !== undefined) ctx.focusOf.set(uri, edited);
        const { shown, total } = capFindings(text, result.findings, config.maxFindings, ctx.focusOf.get(uri));
        if (shown.length < total) status.capped = { total, shown: shown.length };
        const onDisk = !!dc.filePath;
        const last = ctx.typedAt;
        const calm = last !== undefined && Date.now() - last < IDLE_MS;
        const options = `${locale}\u0001${onDisk}\u0001${dc.format}\u0001${calm}\u0001${inEditor}`;
        converted = convertReusing(text, options, shown, ctx.previous, (f) => toDiagnostic(doc, text, f, locale, onDisk, dc.format, { calm, inEditor }));
        diagnostics = converted.diagnostics;
        findings = result.findings;
        checkedText = text;
        const tone = detectedTone(result.draft, config);
        if (tone) {
          status.toneStyle = tone;
          status.toneDetected = true;
        }
      }
    }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    ctx.logError(`[check] ${uri}: ${e instanceof Error ? (e.stack ?? reason) : reason}`);
    diagnostics = [];
    status.state = 'error';
    status.message = t('check.failed', locale, { reason });
  }
  status.findings = status.capped?.total ?? diagnostics.filter((d) => d.code !== 'config').length;
  status.elapsedMs = Math.round((performance.now() - started) * 100) / 100;
  const budget = SLOW_CHECK_MS * Math.max(1, doc.getText().length / SLOW_CHECK_CHARS);
  if (!ctx.first && status.elapsedMs > budget) status.slow = true;
  return { status, diagnostics, findings, text: checkedText, converted };
}
