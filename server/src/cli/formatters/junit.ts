/**
 * JUnit XML (Jenkins, GitLab test reports, Azure): one testsuite per draft, one testcase
 * per problem; errors and warnings are failures, infos pass. A clean draft gets one passing
 * testcase so that it still shows up in the report.
 */
import { cliMessage } from '../messages.js';
import type { Formatter } from './types.js';

/** XML 1.0 text/attribute escaping; characters XML cannot carry at all are dropped. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junit: Formatter = (results, { locale }) => {
  let total = 0;
  let totalFailures = 0;
  let body = '';
  for (const r of results) {
    const failures = r.errorCount + r.warningCount;
    const tests = Math.max(r.messages.length, 1);
    total += tests;
    totalFailures += failures;
    const file = escapeXml(r.filePath);
    body += `  <testsuite name="${file}" tests="${tests}" failures="${failures}" errors="0" skipped="0">\n`;
    if (!r.messages.length) {
      body += `    <testcase classname="${file}" name="${escapeXml(cliMessage('junitPassed', {}, locale))}"/>\n`;
    }
    for (const m of r.messages) {
      const where = `${m.line}:${m.column}`;
      const name = escapeXml(`${m.ruleId} ${where}`);
      if (m.severity === 'info') {
        body += `    <testcase classname="${file}" name="${name}">\n      <system-out>${escapeXml(`${where} ${m.message}`)}</system-out>\n    </testcase>\n`;
        continue;
      }
      body += `    <testcase classname="${file}" name="${name}">\n`;
      body += `      <failure type="${m.severity}" message="${escapeXml(m.message)}">${escapeXml(`${r.filePath}:${where} ${cliMessage(m.severity, {}, locale)}: ${m.message} (${m.ruleId})`)}</failure>\n`;
      body += `    </testcase>\n`;
    }
    body += `  </testsuite>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="soattin" tests="${total}" failures="${totalFailures}" errors="0">\n${body}</testsuites>\n`;
};
