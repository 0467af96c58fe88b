/**
 * GitLab Code Quality (a subset of the Code Climate JSON spec): merge requests show the
 * findings of `artifacts: reports: codequality`. `fingerprint` identifies a finding across
 * pipelines (fingerprint.ts), so GitLab can tell new findings from old ones.
 * https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
import { createHash } from 'node:crypto';
import type { Formatter } from './types.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

export const gitlab: Formatter = (results) => {
  const issues = [];
  for (const r of results) {
    for (const m of r.messages) {
      issues.push({
        type: 'issue',
        check_name: m.ruleId,
        description: m.message,
        categories: ['Style'],
        // a file that could not be read at all blocks the review of that file
        severity: m.fatal ? 'blocker' : SEVERITY[m.severity],
        fingerprint: m.fingerprint ?? createHash('sha256').update(`${r.filePath}\u0000${m.ruleId}\u0000${m.message}`).digest('hex').slice(0, 32),
        location: {
          path: r.filePath,
          positions: { begin: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } },
        },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
