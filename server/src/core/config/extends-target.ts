/**
 * Where `extends` points: a path (relative to the config that names it) or an npm package a
 * newsroom publishes its config as (`@toa-soan/soattin-config`, `soattin-config-xyz`, or a
 * JSON file inside one, `@toa-soan/soattin-config/ban-the-thao.json`), found with Node's
 * resolution from the config's folder — the `node_modules` of that folder and of the
 * folders above it. Only the package's JSON is read, never its code.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { coreMessage } from '../messages.js';
import { entryExists, READ_LIMITS, readGuarded, textOf } from '../guarded-read.js';
import type { LocalizedText } from '../types.js';
import { parseJsonc } from './jsonc.js';

/** The file a package's config is read from when its `main` is not a JSON file. */
export const PACKAGE_CONFIG_FILE = 'soattin.json';

/** the file, or what is wrong as a message naming the config (`file:line:column` when found) */
export type ExtendsTarget = { file: string } | { error: (config: string) => LocalizedText };

/** A package name (with an optional path inside the package), as npm spells them. */
const PACKAGE = /^(@[a-z0-9][\w.~-]*\/[a-z0-9][\w.~-]*|[a-z0-9][\w.~-]*)(\/.+)?$/i;

/**
 * The file `spec` names, seen from a config in folder `dir`. A spec starting with `.`
 * or `/` is a path; so is a bare name of a file that exists beside the config (as before
 * packages were accepted); anything else that looks like a package name is a package.
 */
export function extendsTarget(spec: string, dir: string): ExtendsTarget {
  const asPath = path.resolve(dir, spec);
  const pkg = PACKAGE.exec(spec);
  if (!pkg || spec.startsWith('.') || path.isAbsolute(spec) || isFile(asPath)) return { file: asPath };
  const [, name, inside] = pkg;
  const require = createRequire(path.join(dir, 'soattinrc.js'));
  const folder = packageFolder(require, name);
  if (!folder) return { error: (file) => both('config.extendsPackageMissing', { file, name, dir }) };
  if (inside) return { file: path.join(folder, inside) };
  const main = mainOf(path.join(folder, 'package.json'));
  if (main && /\.jsonc?$/i.test(main)) return { file: path.resolve(folder, main) };
  const own = path.join(folder, PACKAGE_CONFIG_FILE);
  if (entryExists(own)) return { file: own };
  return { error: (file) => both('config.extendsPackageNoConfig', { file, name, folder, own: PACKAGE_CONFIG_FILE }) };
}

/** The first `node_modules/<name>` with a package.json on Node's lookup path (exports maps do not hide a folder). */
function packageFolder(require: NodeRequire, name: string): string | undefined {
  for (const modules of require.resolve.paths(name) ?? []) {
    const folder = path.join(modules, name);
    if (isFile(path.join(folder, 'package.json'))) return folder;
  }
  return undefined;
}

/** The `main` of a package.json, when it can be read (a broken one is reported by reading what it points to). */
function mainOf(pkgJson: string): string | undefined {
  const read = readGuarded(pkgJson, READ_LIMITS.config);
  if (!read.ok) return undefined;
  const { value } = parseJsonc(textOf(read.bytes));
  const main = (value as { main?: unknown } | undefined)?.main;
  return typeof main === 'string' ? main : undefined;
}

function isFile(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

function both(id: 'config.extendsPackageMissing' | 'config.extendsPackageNoConfig', args: Record<string, string>): LocalizedText {
  return { vi: coreMessage(id, args, 'vi'), en: coreMessage(id, args, 'en') };
}
