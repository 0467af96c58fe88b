/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers). Columns are UTF-16
 * code units, declared with `columnKind` on the run; URIs are relative to the working
 * directory under the `%SRCROOT%` base.
 */
import { pathToFileURL } from 'node:url';
import { rules, ruleDocsUrl } from '../../rules/index.js';
import { cliMessage } from '../messages.js';
import { markdownToText, pageInLocale, ruleDoc } from '../rule-docs.js';
import type { Locale } from '../../core/types.js';
import type { Formatter } from './types.js';

export const INFORMATION_URI = 'https://github.com/soattin/soattin';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function uriOf(filePath: string): string {
  return filePath.split('/').map(encodeURIComponent).join('/');
}

/** The rule page shipped with the package (docs/rules/<id>.md), in the report's language; GitHub shows it beside an alert. */
function help(id: string, locale: Locale): { help: { text: string; markdown: string } } | Record<string, never> {
  const page = ruleDoc(id);
  if (!page) return {};
  const md = pageInLocale(page, locale);
  return { help: { text: markdownToText(md), markdown: md } };
}

export const sarif: Formatter = (results, { cwd, locale, version }) => {
  const descriptors: Array<Record<string, unknown> & { id: string }> = rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.id,
    shortDescription: { text: r.meta.description[locale] },
    fullDescription: { text: r.meta.rationale?.[locale] ?? r.meta.description[locale] },
    helpUri: ruleDocsUrl(r.meta.id),
    ...help(r.meta.id, locale),
    defaultConfiguration: {
      level: r.meta.defaultSeverity === 'off' ? 'none' : LEVEL[r.meta.defaultSeverity],
      enabled: r.meta.defaultSeverity !== 'off',
    },
    // code scanning filters alerts by tag
    properties: { category: r.meta.category, fixable: r.meta.fixable, tags: ['vietnamese', 'style', r.meta.category, ...(r.meta.fixable ? ['fixable'] : [])] },
  }));
  // messages of the tool itself (unreadable file, cap) get a descriptor of their own
  descriptors.push({
    id: 'soattin',
    name: 'soattin',
    shortDescription: { text: cliMessage('toolRule', {}, locale) },
    fullDescription: { text: cliMessage('toolRule', {}, locale) },
    helpUri: `${INFORMATION_URI}/blob/main/docs/cli.md`,
    defaultConfiguration: { level: 'error', enabled: true },
    properties: { category: 'tool', fixable: false, tags: ['tool'] },
  });
  const index = new Map(descriptors.map((d, i) => [d.id, i]));

  const sarifResults = [];
  const artifacts: Array<{ location: { uri: string; uriBaseId: string } }> = [];
  for (const r of results) {
    const uri = uriOf(r.filePath);
    const artifactIndex = artifacts.push({ location: { uri, uriBaseId: '%SRCROOT%' } }) - 1;
    for (const m of r.messages) {
      sarifResults.push({
        ruleId: m.ruleId,
        ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
        level: LEVEL[m.severity],
        message: { text: m.message },
        ...(m.fingerprint ? { partialFingerprints: { 'soattinFinding/v1': m.fingerprint } } : {}),
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: artifactIndex },
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
      });
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Soát Tin',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            language: locale,
            rules: descriptors,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        artifacts,
        // a draft that could not be read (invalid UTF-8, binary…) makes the run unsuccessful
        invocations: [{ executionSuccessful: !results.some((r) => r.fatal) }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
