/**
 * Hostile inputs to the CLI, built by the tests themselves (links to /dev/zero, FIFOs,
 * dangling links, huge lexicons, oversized stdin): each must end with a clear message and
 * exit code, never a hang or a crash. These are outcomes, not timings (speed is in the bench).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureBuilt, folder, only, soattin } from '../cli/helpers.js';

// each case spawns the real CLI or server: give a loaded machine time (outcomes are asserted, not speed)
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => ensureBuilt(), 120_000);

const DRAFT = 'Sáng nay, hội nghị được tổ chức tại Hà Nội.\n';
const hasFifo = spawnSync('mkfifo', ['--version']).status === 0;

function fifo(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const r = spawnSync('mkfifo', [file]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

describe('config, word lists and lexicons are read only when they are regular files', () => {
  it('.soattinrc.json linked to /dev/zero: exit 2 and says it is a device', () => {
    const dir = folder({ 'tin.txt': DRAFT });
    fs.symlinkSync('/dev/zero', path.join(dir, '.soattinrc.json'));
    const r = soattin(['tin.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Không đọc được tệp ${path.join(dir, '.soattinrc.json')}: đây là thiết bị (như /dev/zero), không phải tệp thường; Soát Tin chỉ đọc tệp thường`);
  });

  it.runIf(hasFifo)('.soattinrc.json that is a FIFO: exit 2, in English too', () => {
    const dir = folder({ 'tin.txt': DRAFT });
    fifo(path.join(dir, '.soattinrc.json'));
    const r = soattin(['--locale', 'en', 'tin.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Cannot read ${path.join(dir, '.soattinrc.json')}: it is a FIFO (named pipe), not a regular file; Soát Tin reads regular files only`);
  });

  it('.soattin/words.txt linked to /dev/zero (read even without a config): exit 2', () => {
    const dir = folder({ 'tin.txt': DRAFT });
    fs.mkdirSync(path.join(dir, '.soattin'));
    fs.symlinkSync('/dev/zero', path.join(dir, '.soattin/words.txt'));
    const r = soattin(['tin.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không đọc được tệp .soattin/words.txt (khai báo trong');
    expect(r.stderr).toContain('đây là thiết bị (như /dev/zero)');
  });

  it.runIf(hasFifo)('a `dictionaries` entry that is a FIFO: exit 2', () => {
    const dir = folder({ 'tin.txt': DRAFT, '.soattinrc.json': JSON.stringify({ dictionaries: ['tu.txt'] }) });
    fifo(path.join(dir, 'tu.txt'));
    const r = soattin(['tin.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Không đọc được tệp tu.txt (khai báo trong ${path.join(dir, '.soattinrc.json')}:1:18): đây là ống dẫn (FIFO)`);
  });

  it('a `lexicons` entry linked to /dev/zero: exit 2', () => {
    const dir = folder({ 'tin.txt': DRAFT, '.soattinrc.json': JSON.stringify({ lexicons: { titles: ['chuc-danh.json'] } }) });
    fs.symlinkSync('/dev/zero', path.join(dir, 'chuc-danh.json'));
    const r = soattin(['tin.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Không đọc được tệp ${path.join(dir, 'chuc-danh.json')}: đây là thiết bị`);
  });

  it('a config above 1 MB is refused with its size', () => {
    const big = JSON.stringify({ words: Array.from({ length: 120_000 }, (_, i) => `từ${i}`) });
    const dir = folder({ 'tin.txt': DRAFT, '.soattinrc.json': big });
    const r = soattin(['--locale', 'en', 'tin.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Cannot read .*\.soattinrc\.json: the file is 1(\.\d)? MB, above the 1 MB limit/);
  });

  it('a 200,000-entry lexicon is loaded without overflowing the stack', () => {
    const entries = Array.from({ length: 200_000 }, (_, i) => ({ canonical: `Chức danh thử ${i}`, status: 'clear' }));
    const dir = folder({
      'tin.txt': DRAFT,
      'chuc-danh.json': JSON.stringify(entries),
      '.soattinrc.json': only(['spacing'], { lexicons: { titles: ['chuc-danh.json'] } }),
    });
    const r = soattin(['tin.txt'], { cwd: dir });
    expect(r.stderr).not.toContain('Maximum call stack size exceeded');
    expect(r.code).toBe(0);
  });
});

describe('quiet failures are said out loud', () => {
  it('a dangling .soattinrc.json link: exit 2, names the missing target', () => {
    const dir = folder({ 'tin.txt': DRAFT });
    fs.symlinkSync('../khong-co/cau-hinh.json', path.join(dir, '.soattinrc.json'));
    const r = soattin(['tin.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('liên kết tượng trưng trỏ tới “../khong-co/cau-hinh.json”, nơi không có tệp nào');
  });

  it('an invalid package.json next to the draft: exit 2 (it may hold the config)', () => {
    const dir = folder({ 'tin.txt': DRAFT, 'package.json': '{ "name": "x", ' });
    const r = soattin(['--locale', 'en', 'tin.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Config file ${path.join(dir, 'package.json')}:1:16 is not valid JSON: `);
  });

  const asNobody = process.getuid?.() === 0;
  it.runIf(asNobody || process.platform !== 'win32')('an unreadable folder is named, and the run exits 2', () => {
    const dir = folder({ 'a.txt': DRAFT, 'kin/b.txt': DRAFT });
    fs.chmodSync(path.join(dir, 'kin'), 0o000);
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'a.txt'), 0o644);
    try {
      // root reads every folder: run the CLI as "nobody" to see what a normal user sees
      const r = soattin(['.'], { cwd: dir, ...(asNobody ? { uid: 65534, gid: 65534 } : {}) });
      expect(r.stderr).toContain('Không đọc được thư mục kin: không có quyền đọc; các tệp trong đó không được kiểm tra.');
      expect(r.code).toBe(2);
    } finally {
      fs.chmodSync(path.join(dir, 'kin'), 0o755);
    }
  });
});

describe('standard input honours --max-file-size', () => {
  it('refuses 3 KB on stdin with a 1KB limit, before reading it all', () => {
    const dir = folder({});
    const r = soattin(['--stdin', '--max-file-size', '1KB'], { cwd: dir, input: 'Hội nghị. '.repeat(300) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soattin: Dữ liệu từ đầu vào chuẩn vượt giới hạn 1 KB (--max-file-size) nên không được kiểm tra.\n');
  });

  it('accepts stdin under the limit', () => {
    const dir = folder({ '.soattinrc.json': only(['spacing']) });
    const r = soattin(['--stdin', '--max-file-size', '1KB', '--format', 'json'], { cwd: dir, input: 'Hội nghị  lần thứ hai.\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['spacing']);
  });
});
