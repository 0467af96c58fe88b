/**
 * Soát Tin outside this repository: the packed npm package installed into a fresh folder,
 * run the way docs/ci.md tells newsrooms to run it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshInstall, sh, userEnv, write, type Fresh } from './fresh.js';

// written for these tests: a short training report with one doubled word and one typo
const DRAFT = [
  'Phường Tân Lập tổ chức tập huấn kỹ năng sơ cứu cho tình nguyện viên',
  '',
  'Sáng 14-3, tại nhà văn hóa khu phố 2, Ủy ban nhân dân phường Tân Lập tổ chức lớp tập huấn kỹ năng sơ cứu ban đầu cho 60 tình nguyện viên.',
  '',
  'Các học viên được hướng dẫn cách cầm máu, băng bó vết thương và và xử lý khi có người bị đuối nướcc.',
  '',
  'Lê Minh Khoa',
  '',
].join('\n');
const LINE5 = DRAFT.split('\n')[4];

let fresh: Fresh;
beforeAll(() => {
  fresh = freshInstall();
  write(fresh.dir, { 'tin/so-cuu.txt': DRAFT });
}, 180_000);

interface JsonMessage {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

describe('the npm package', () => {
  it('holds the bin, the bundles, the spelling dictionary and the rule docs, and no sources', () => {
    for (const f of ['bin/soattin.js', 'bin/code-cache.js', 'dist/cli.js', 'dist/worker.js', 'dist/general-pairs.txt', 'dist/general-words.txt', 'dist/dictionary-vi/index.dic', 'dist/dictionary-vi/license', 'docs/rules/spelling.md', 'schemas/soattinrc.schema.json', 'LICENSE', 'README.md', 'package.json']) {
      expect(fresh.packed, f).toContain(f);
    }
    const stray = fresh.packed.filter((f) => /^(server|client|test|scripts|examples|dictionaries|node_modules)\//.test(f) || /(?<!\.d)\.ts$/.test(f) || /^dist\/(client|server)\.js$/.test(f));
    expect(stray).toEqual([]);
  });

  it('installs offline: everything it runs is bundled, it depends on nothing', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(fresh.dir, 'node_modules/soattin/package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.private).toBeUndefined();
    expect(fs.readdirSync(path.join(fresh.dir, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['soattin']);
  });

  it('`npx soattin tin/` lints the drafts of the folder with the packaged dictionary', () => {
    const r = sh('npx', ['--no-install', 'soattin', '--format', 'json', 'tin/'], fresh.dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0); // warnings only
    const [file] = JSON.parse(r.stdout) as Array<{ filePath: string; messages: JsonMessage[] }>;
    expect(file.filePath).toBe('tin/so-cuu.txt');
    const pick = (id: string): Omit<JsonMessage, 'ruleId'> | undefined => {
      const m = file.messages.find((x) => x.ruleId === id);
      return m && { severity: m.severity, message: m.message, line: m.line, column: m.column };
    };
    expect(pick('spelling')).toEqual({ severity: 'warning', message: '“nướcc” viết sai chính tả; có phải là “nước”?', line: 5, column: LINE5.indexOf('nướcc') + 1 });
    expect(pick('repeated-word')).toEqual({ severity: 'warning', message: 'Từ “và” bị lặp lại liền nhau.', line: 5, column: LINE5.indexOf('và và') + 1 });
  });

  it('works from any folder: the dictionary comes from the package, not from the working directory', () => {
    const elsewhere = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-elsewhere-')));
    const bin = path.join(fresh.dir, 'node_modules/.bin/soattin');
    const r = sh(bin, ['--locale', 'en', path.join(fresh.dir, 'tin/so-cuu.txt')], elsewhere, userEnv());
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('“nướcc” is misspelt; did you mean “nước”?');
    expect(sh(bin, ['--version'], elsewhere).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(fresh.dir, 'node_modules/soattin/package.json'), 'utf8')).version);
  });

  it('a desk config extends the newsroom\'s package and merges over the repository\'s config, from the installed package', () => {
    // the newsroom's shared config as a package in the desk repository's own node_modules
    const repo = path.join(fresh.dir, 'kho-ban');
    write(repo, {
      'node_modules/@toa-soan/soattin-config/package.json': JSON.stringify({ name: '@toa-soan/soattin-config', version: '1.0.0', main: 'soattin.jsonc' }),
      'node_modules/@toa-soan/soattin-config/soattin.jsonc': '{\n  // cấu hình chung của tòa soạn\n  "genre": "none",\n  "rules": { "repeated-word": "error" },\n}\n',
      '.soattinrc.json': JSON.stringify({ root: true, extends: '@toa-soan/soattin-config' }),
      'tin/.soattinrc.json': JSON.stringify({ rules: { spelling: 'off' } }),
      'tin/so-cuu.txt': DRAFT,
    });
    const r = sh(path.join(fresh.dir, 'node_modules/.bin/soattin'), ['--format', 'json', 'tin/'], repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const [file] = JSON.parse(r.stdout) as Array<{ messages: JsonMessage[] }>;
    expect(file.messages.filter((m) => m.ruleId === 'repeated-word' || m.ruleId === 'spelling').map((m) => [m.ruleId, m.severity])).toEqual([['repeated-word', 'error']]);
  });
});
