/**
 * Machine-readable report; its shape is a contract documented in docs/cli.md:
 * [{ filePath, messages: [{ ruleId, severity, message, line, column, endLine, endColumn,
 *    fix?: [{ range: [start, end], text }], suggestions?: [{ message, fix }], fatal? }],
 *    errorCount, warningCount, infoCount, fixableCount }]
 */
import type { Formatter } from './types.js';

export const json: Formatter = (results) => {
  const out = results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ...(m.fix ? { fix: m.fix } : {}),
      ...(m.suggestions ? { suggestions: m.suggestions } : {}),
      ...(m.fatal ? { fatal: true } : {}),
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    fixableCount: r.fixableCount,
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
};
