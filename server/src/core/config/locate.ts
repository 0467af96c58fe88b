/**
 * Where a config problem is: the line:column (1-based, UTF-16 columns as editors count) of
 * the offending value — or of the key, for a key that should not be there — in the config
 * file's text, so the CLI's message and the editor can point at it.
 */
// jsonc-parser's ESM build, as jsonc.ts imports it
import { parseTree, type Node } from 'jsonc-parser/lib/esm/main.js';
import * as path from 'node:path';
import { computeLineStarts, positionAt } from '../draft.js';
import { READ_LIMITS, readGuarded, textOf } from '../guarded-read.js';

/** A path into a config value: object keys and array indexes. */
export type ConfigPath = ReadonlyArray<string | number>;

export interface Place {
  line: number;
  column: number;
}

/**
 * The place of `at` in the JSONC `text` (the `soattin` field, in a package.json); the
 * deepest part of the path that exists when the rest does not. `onKey` points at the key.
 */
export function placeIn(text: string, at: ConfigPath, onKey = false, prefix: ConfigPath = []): Place | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const root = parseTree(body, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return undefined;
  let node: Node = root;
  let keyNode: Node | undefined;
  for (const segment of [...prefix, ...at]) {
    const next = child(node, segment);
    if (!next) break;
    [node, keyNode] = next;
  }
  const target = onKey && keyNode ? keyNode : node;
  const p = positionAt(computeLineStarts(body), target.offset);
  return { line: p.line + 1, column: p.character + 1 };
}

/** The value (and its key) of one path segment; the last of duplicate keys, as the parser keeps. */
function child(node: Node, segment: string | number): [Node, Node | undefined] | undefined {
  if (node.type === 'array') {
    const item = node.children?.[Number(segment)];
    return item && [item, undefined];
  }
  if (node.type !== 'object') return undefined;
  const props = (node.children ?? []).filter((p) => p.children?.[0]?.value === String(segment));
  const prop = props.at(-1);
  const [key, value] = prop?.children ?? [];
  return value && [value, key];
}

/** The place of `at` in the config file `file` (read again: only a config with a problem pays for it). */
export function placeInFile(file: string, at: ConfigPath, onKey = false): Place | undefined {
  // a config given as an object (the API's settings) has no file to point into
  if (!path.isAbsolute(file)) return undefined;
  const read = readGuarded(file, READ_LIMITS.config);
  if (!read.ok) return undefined;
  return placeIn(textOf(read.bytes), at, onKey, path.basename(file) === 'package.json' ? ['soattin'] : []);
}
