// Packs the VS Code extension (soattin.vsix) from the same sources and build as the npm
// package. The two artifacts hold different files: `files` in package.json chooses the npm
// package's, the .vscodeignore allow-list the extension's. vsce refuses a manifest with both,
// so the extension is packed from a staging folder: the files `vsce ls` selects through
// .vscodeignore, and a package.json without `files`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const vsce = join(root, 'node_modules/.bin/vsce');
const out = resolve(root, process.argv[2] ?? 'soattin.vsix');
const stage = join(root, 'out/vsix');

const listed = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

rmSync(stage, { recursive: true, force: true });
for (const f of [...listed, '.vscodeignore']) {
  mkdirSync(dirname(join(stage, f)), { recursive: true });
  cpSync(join(root, f), join(stage, f));
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
delete manifest.files;
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

execFileSync(vsce, ['package', '--no-dependencies', '--out', out], { cwd: stage, stdio: 'inherit' });
rmSync(stage, { recursive: true, force: true });
