/**
 * GitHub Actions workflow commands: one annotation per problem, shown on the pull request.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Formatter } from './types.js';

/** the message part: %, CR and LF would end or corrupt the command */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** property values also must not contain the separators `:` and `,` */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const github: Formatter = (results) => {
  let out = '';
  for (const r of results) {
    for (const m of r.messages) {
      const props = [
        `file=${escapeProperty(r.filePath)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ].join(',');
      out += `::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}\n`;
    }
  }
  return out;
};
