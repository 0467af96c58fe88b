/** The extension manifest keeps the contract with the e2e suite and is fully translated. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientMessages, msg, toClientLocale } from '../../client/src/messages.js';

const root = path.resolve(__dirname, '../..');
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));
const pkg = read('package.json');
const nls = read('package.nls.json');
const nlsVi = read('package.nls.vi.json');

describe('manifest', () => {
  it('is the extension soattin.soattin, activated by plain text and markdown only', () => {
    expect(`${pkg.publisher}.${pkg.name}`).toBe('soattin.soattin');
    expect(pkg.main).toBe('./dist/client.js');
    // the web extension (vscode.dev, github.dev, code-server's web worker host): client/src/web.ts
    expect(pkg.browser).toBe('./dist/web-client.js');
    expect(pkg.engines.vscode).toBe('^1.91.0');
    expect(pkg.activationEvents).toEqual(['onLanguage:plaintext', 'onLanguage:markdown']);
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(pkg.capabilities.virtualWorkspaces.supported).toBe('limited');
    expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: '.soattinrc.json', url: './schemas/soattinrc.schema.json' }]);
  });

  it('contributes the settings and commands of the contract', () => {
    const props = pkg.contributes.configuration.properties;
    expect(Object.keys(props).sort()).toEqual(
      ['soattin.author', 'soattin.configPath', 'soattin.debounceMs', 'soattin.enable', 'soattin.fixOnSave', 'soattin.locale', 'soattin.profile', 'soattin.run', 'soattin.trace.server'].sort(),
    );
    expect(props['soattin.enable'].default).toBe(true);
    expect(props['soattin.locale']).toMatchObject({ enum: ['auto', 'vi', 'en'], default: 'auto' });
    expect(props['soattin.profile'].enum).toEqual(['gov', 'party', 'press-lower']);
    expect(props['soattin.run'].enum).toEqual(['onType', 'onSave']);
    expect(props['soattin.debounceMs'].default).toBe(300);
    const commands = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(commands).toEqual(
      ['soattin.addToDictionary', 'soattin.disableRuleForFile', 'soattin.fixAll', 'soattin.insertSkeleton', 'soattin.insertSnippet', 'soattin.openRuleDocs', 'soattin.recheckWorkspace', 'soattin.showOutput'].sort(),
    );
    for (const c of pkg.contributes.commands) expect(c.category).toBe('Soát Tin');
  });

  it('has every %placeholder% in English and Vietnamese', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(20);
    for (const k of keys) {
      expect(nls[k], k).toBeTruthy();
      expect(nlsVi[k], k).toBeTruthy();
    }
    expect(Object.keys(nlsVi).sort()).toEqual(Object.keys(nls).sort());
    expect(nlsVi['command.insertSkeleton']).toBe('Chèn khung tin tập huấn');
  });

  it('shows Vietnamese by default and finds every command by its Vietnamese and its English words', () => {
    // VS Code has no Vietnamese display language from its publisher: package.nls.json (what an
    // English VS Code shows) says everything in Vietnamese first, English after it
    for (const [k, vi] of Object.entries(nlsVi) as Array<[string, string]>) expect(nls[k].startsWith(vi), k).toBe(true);
    expect(nls['command.insertSkeleton']).toBe('Chèn khung tin tập huấn (Insert training-news skeleton)');
    expect(nls['command.fixAll']).toBe('Sửa mọi lỗi tự sửa được (Fix all auto-fixable problems)');
    expect(nls['config.locale.auto']).toMatch(/^Tiếng Việt \(mặc định\)/);
  });

  it('has every client string in Vietnamese and English, with the same placeholders, and no vscode.l10n', () => {
    const src = fs.readdirSync(path.join(root, 'client/src')).map((f) => fs.readFileSync(path.join(root, 'client/src', f), 'utf8')).join('\n');
    expect(src).not.toContain('l10n.t(');
    const holes = (t: string) => [...t.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    expect(Object.keys(clientMessages).length).toBeGreaterThan(10);
    for (const [id, m] of Object.entries(clientMessages)) {
      expect(m.vi, id).toBeTruthy();
      expect(holes(m.en), id).toEqual(holes(m.vi));
    }
    expect(toClientLocale(undefined)).toBe('vi');
    expect(toClientLocale('auto')).toBe('vi');
    expect(toClientLocale('en')).toBe('en');
    expect(msg('statusCapped', 'vi', 'văn bản nhà nước (Nghị định 30)', 'dấu kiểu cũ', 812, 300)).toBe('văn bản nhà nước (Nghị định 30) · dấu kiểu cũ · 812 vấn đề (hiện 300)');
  });
});

describe('.vsix contents', () => {
  it('ships the bundles, schema, docs and translations, and no sources or tests', () => {
    const out = execFileSync(path.join(root, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    const files = out.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const f of ['package.json', 'package.nls.json', 'package.nls.vi.json', 'LICENSE', 'README.md', 'docs/rules/repeated-word.md', 'images/icon.png']) {
      expect(files, f).toContain(f);
    }
    // generated by the build (npm run package builds first)
    for (const f of ['dist/client.js', 'dist/server.js', 'dist/server-main.js', 'dist/general-pairs.txt', 'dist/general-words.txt', 'dist/dictionary-vi/slip-variants.txt', 'dist/web-client.js', 'dist/web-server.js', 'schemas/soattinrc.schema.json']) {
      if (fs.existsSync(path.join(root, f))) expect(files, f).toContain(f);
    }
    const forbidden = files.filter((f) => /^(test|server|client|scripts|node_modules|\.e2e|out|artifacts|examples)\//.test(f) || /^dist\/(cli|core|worker)\.js$/.test(f) || f.endsWith('.ts') || f.endsWith('.map'));
    expect(forbidden).toEqual([]);
    for (const f of ['CHANGELOG.md', 'ThirdPartyNotices.txt']) if (fs.existsSync(path.join(root, f))) expect(files, f).toContain(f);
  });

  it('ships minified bundles with the licence notices of the code bundled into them', () => {
    const server = fs.readFileSync(path.join(root, 'dist/server.js'), 'utf8');
    // minified: a few long lines, not tens of thousands (the source map stays beside it, unshipped)
    expect(server.split('\n').length).toBeLessThan(100);
    expect(fs.existsSync(path.join(root, 'dist/server.js.map'))).toBe(true);
    // ASCII-only (scripts/ascii-output.mjs): V8 holds each bundle's text one byte a character
    for (const f of fs.readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js'))) expect(fs.readFileSync(path.join(root, 'dist', f), 'utf8'), f).not.toMatch(/[^\x00-\x7f]/);
    const notices = fs.readFileSync(path.join(root, 'ThirdPartyNotices.txt'), 'utf8');
    // …and of the data: the general word list the spelling rule reads (dictionaries/general-words.json)
    for (const name of ['vscode-languageclient', 'vscode-languageserver', 'nspell', 'unified', 'parse-latin', '@vntk/dictionary']) expect(notices, name).toMatch(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    expect(notices).toContain('Permission is hereby granted, free of charge');
    // dictionary-vi (GPL) is not bundled: it ships beside the bundles with its own licence
    expect(notices).not.toMatch(/^dictionary-vi /m);
    expect(fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')).toMatch(/^# Nhật ký thay đổi \/ Changelog/);
  });
});
