/**
 * `--print-config FILE` and `extends` as a newsroom uses them: a desk's config extends the
 * newsroom's (keeping its words and rule options), overrides apply to the file named, and the
 * printed JSON says what a draft there is checked with.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, folder, ROOT, soattin } from './helpers.js';

beforeAll(ensureBuilt, 120_000);

const NEWSROOM = '{\n  // cấu hình chung của tòa soạn\n  "profile": "party",\n  "words": ["Tân Hòa"],\n  "rules": { "spelling": ["warn", { "context": false }] },\n}\n';
const DESK = JSON.stringify({ extends: '../chung/soattin.json', rules: { 'end-mark': 'error' }, overrides: [{ files: ['nhap/*.txt'], rules: { spacing: 'off' } }] });

describe('--print-config', () => {
  it('prints the config a draft is checked with: extends, overrides and --rule applied, every rule listed', () => {
    const dir = folder({ 'chung/soattin.json': NEWSROOM, 'chung/.soattin/words.txt': 'Hòa Bình\n', 'ban/.soattinrc.json': DESK });
    const r = soattin(['--print-config', 'ban/nhap/tin.txt', '--rule', 'repeated-word=off'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({
      configFile: 'ban/.soattinrc.json',
      profile: 'party',
      words: ['Hòa Bình', 'Tân Hòa'],
      dictionaries: ['chung/.soattin/words.txt'],
      ignore: [],
      ignoredFindings: [],
    });
    expect([printed.rules.spelling, printed.rules['end-mark'], printed.rules.spacing, printed.rules['repeated-word']]).toEqual([['warning', { context: false }], 'error', 'off', 'off']);
    const { rules } = createRequire(__filename)(path.join(ROOT, 'dist/core.js')) as { rules: Array<{ meta: { id: string; defaultSeverity: string } }> };
    expect(Object.keys(printed.rules)).toEqual(rules.map((x) => x.meta.id));
    // outside the override's globs, spacing keeps its default level
    const other = JSON.parse(soattin(['--print-config', 'ban/tin.txt'], { cwd: dir }).stdout);
    expect(other.rules.spacing).toBe(rules.find((x) => x.meta.id === 'spacing')?.meta.defaultSeverity);
    expect(other.rules.spacing).not.toBe('off');
  });

  it('exits 2 with every problem of the config, and refuses other paths', () => {
    const dir = folder({ '.soattinrc.json': '{ "profil": "gov", "rules": { "speling": "off" } }' });
    const r = soattin(['--print-config', 'a.txt', '--locale', 'en'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `soattin: Config ${dir}/.soattinrc.json:1:3: key “profil” is not supported (unknown key “profil”); did you mean “profile”?\n` +
        `Config ${dir}/.soattinrc.json:1:31: key “rules.speling” is not a Soát Tin rule id; did you mean “spelling”?\n`,
    );
    const two = soattin(['--print-config', 'a.txt', 'b.txt'], { cwd: dir });
    expect([two.code, two.stderr]).toEqual([2, 'soattin: --print-config chỉ nhận đúng một tệp; không nêu thêm tệp hay thư mục (b.txt).\n']);
  });
});

describe('extends', () => {
  it('extends a package installed in node_modules, and says when it is not installed', () => {
    const dir = folder({
      'node_modules/@toa-soan/soattin-config/package.json': JSON.stringify({ name: '@toa-soan/soattin-config', main: 'soattin.jsonc' }),
      'node_modules/@toa-soan/soattin-config/soattin.jsonc': NEWSROOM,
      'ban/.soattinrc.json': JSON.stringify({ extends: '@toa-soan/soattin-config' }),
      'ban/tin.txt': 'Hội nghị tại tại Hà Nội\n',
      'le/.soattinrc.json': JSON.stringify({ extends: 'soattin-config-le' }),
      'le/tin.txt': 'Hội nghị tại Hà Nội\n',
    });
    const printed = JSON.parse(soattin(['--print-config', 'ban/tin.txt'], { cwd: dir }).stdout);
    expect([printed.profile, printed.words, printed.rules.spelling]).toEqual(['party', ['Tân Hòa'], ['warning', { context: false }]]);
    const missing = soattin(['le/tin.txt', '--locale', 'en'], { cwd: dir });
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toBe(`soattin: Config ${dir}/le/.soattinrc.json:1:12: cannot find the package “soattin-config-le” named by “extends” (looked in node_modules from ${dir}/le up); install it, e.g. npm install soattin-config-le\n`);
  });

  it('reports a missing file and a loop, naming the config that extends', () => {
    const dir = folder({ 'a/.soattinrc.json': '{ "extends": "../khong-co.json" }', 'b/.soattinrc.json': '{ "extends": "../c/.soattinrc.json" }', 'c/.soattinrc.json': '{ "extends": "../b/.soattinrc.json" }' });
    const missing = soattin(['--print-config', 'a/x.txt', '--locale', 'en'], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, `soattin: Cannot read ../khong-co.json (listed in ${dir}/a/.soattinrc.json:1:14): no such file\n`]);
    const loop = soattin(['--print-config', 'b/x.txt'], { cwd: dir });
    expect([loop.code, loop.stderr]).toEqual([
      2,
      `soattin: Cấu hình ${dir}/c/.soattinrc.json:1:14: “extends” tạo thành vòng lặp (${dir}/b/.soattinrc.json → ${dir}/c/.soattinrc.json → ${dir}/b/.soattinrc.json)\n`,
    ]);
  });
});
