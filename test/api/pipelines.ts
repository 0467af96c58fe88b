/** unified pipelines with the plugin, as a newsroom would write them (docs/api.md). */
import { remark } from 'remark';
import remarkRetext from 'remark-retext';
import { retext } from 'retext';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { VFile } from 'vfile';
import retextSoattin from '../../server/src/api/retext.js';
import type { RetextSoattinOptions } from '../../server/src/api/types.js';

/** A plain-text draft through retext. */
export async function viaRetext(file: VFile, options?: RetextSoattinOptions): Promise<VFile> {
  return retext().use(retextSoattin, options).process(file);
}

/** A Markdown draft through remark, bridged to retext by remark-retext. */
export async function viaRemark(file: VFile, options?: RetextSoattinOptions): Promise<VFile> {
  // remark-retext's types accept only a processor that no plugin has typed a transform for
  // (`Processor<Root>`), which no typed retext plugin is: `undefined` says so (docs/api.md)
  const retextWithSoattin = unified().use(retextLatin).use<[RetextSoattinOptions?], undefined>(retextSoattin, options);
  return remark().use(remarkRetext, retextWithSoattin).process(file);
}

/** The pipeline a draft of this name belongs in. */
export async function viaPipeline(path: string, value: string, cwd: string, options?: RetextSoattinOptions): Promise<VFile> {
  const file = new VFile({ path, value, cwd });
  return /\.(md|markdown)$/.test(path) ? viaRemark(file, options) : viaRetext(file, options);
}

/** What the CLI's JSON says of a message, read back from a VFileMessage. */
export function asCliMessage(m: VFile['messages'][number]): Record<string, unknown> {
  const place = m.place && 'start' in m.place ? m.place : undefined;
  return {
    ruleId: m.ruleId,
    severity: m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info',
    message: m.reason,
    line: place?.start.line,
    column: place?.start.column,
    endLine: place?.end.line,
    endColumn: place?.end.column,
  };
}
