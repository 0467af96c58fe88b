import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, folder, only, PINNED, read, soattin } from './helpers.js';
import { DRAFT, DRAFT_FIXED } from './fixtures.js';

beforeAll(ensureBuilt, 120_000);

const rc = (): string => only(PINNED);

describe('--fix', () => {
  it('writes exactly the fixes, reports what remains and exits 0 when nothing is left', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'tin.txt': DRAFT });
    const r = soattin(['tin.txt', '--fix'], { cwd: dir });
    expect(read(dir, 'tin.txt').toString('utf8')).toBe(DRAFT_FIXED);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ Không phát hiện vấn đề nào trong 1 tệp.\n  Đã sửa tự động 4 vấn đề trong 1 tệp.\n');
    // idempotent: a second run changes nothing
    soattin(['tin.txt', '--fix'], { cwd: dir });
    expect(read(dir, 'tin.txt').toString('utf8')).toBe(DRAFT_FIXED);
  });

  it('keeps CRLF line endings and the BOM, byte for byte elsewhere', () => {
    const crlf = DRAFT.replace(/\n/g, '\r\n');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]);
    const dir = folder({ '.soattinrc.json': rc(), 'tin.txt': bytes });
    soattin(['tin.txt', '--fix'], { cwd: dir });
    const expected = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT_FIXED.replace(/\n/g, '\r\n'), 'utf8')]);
    expect(read(dir, 'tin.txt').equals(expected)).toBe(true);
  });

  it('leaves problems without a safe fix, and exits 1 for them', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'tin.txt': 'Lớp học có ký tự lỗi \uFFFD ở đây.\n' });
    const before = read(dir, 'tin.txt');
    const r = soattin(['tin.txt', '--fix', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(read(dir, 'tin.txt').equals(before)).toBe(true);
    expect(JSON.parse(r.stdout)[0].messages).toMatchObject([{ ruleId: 'unicode-normalisation', severity: 'error', line: 1, column: 22 }]);
  });

  it('never rewrites a file that is not valid UTF-8', () => {
    const bytes = Buffer.from([...Buffer.from('Tin  ra ra\n', 'utf8'), 0xc3, 0x28, 0x0a]);
    const dir = folder({ '.soattinrc.json': rc(), 'cu.txt': bytes });
    const r = soattin(['cu.txt', '--fix'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(read(dir, 'cu.txt').equals(bytes)).toBe(true);
  });

  it('writes through a symlink to its target and keeps the file mode', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'real/tin.txt': DRAFT });
    fs.chmodSync(path.join(dir, 'real/tin.txt'), 0o640);
    fs.symlinkSync(path.join(dir, 'real/tin.txt'), path.join(dir, 'link.txt'));
    soattin(['link.txt', '--fix'], { cwd: dir });
    expect(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(read(dir, 'real/tin.txt').toString('utf8')).toBe(DRAFT_FIXED);
    expect(fs.statSync(path.join(dir, 'real/tin.txt')).mode & 0o777).toBe(0o640);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff, writes nothing, and reports what would remain on stderr', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'tin.txt': DRAFT });
    const r = soattin(['tin.txt', '--fix-dry-run'], { cwd: dir });
    expect(read(dir, 'tin.txt').toString('utf8')).toBe(DRAFT);
    const [, l2, l3, l4, l5] = DRAFT.split('\n');
    const [, f2, f3, f4, f5] = DRAFT_FIXED.split('\n');
    expect(r.stdout).toBe(
      ['--- a/tin.txt', '+++ b/tin.txt', '@@ -1,5 +1,5 @@', ' Tập huấn nghiệp vụ văn thư cho cán bộ xã', `-${l2}`, `-${l3}`, `-${l4}`, `-${l5}`, `+${f2}`, `+${f3}`, `+${f4}`, `+${f5}`, ''].join('\n'),
    );
    expect(r.stderr).toBe('✔ Không phát hiện vấn đề nào trong 1 tệp.\n  --fix sẽ sửa 4 vấn đề trong 1 tệp (chưa ghi gì).\n');
    expect(r.code).toBe(0);
  });

  it('prints nothing on stdout when there is nothing to fix', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'tin.txt': DRAFT_FIXED });
    const r = soattin(['tin.txt', '--fix-dry-run'], { cwd: dir });
    expect(r.stdout).toBe('');
  });
});

describe('--stdin', () => {
  it('lints standard input, with --stdin-filename for the config and the markdown format', () => {
    const dir = folder({ '.soattinrc.json': rc() });
    const md = '# Tập huấn  văn thư\n\nLớp học đã đã kéo dài `hai  ngày`.\n';
    const r = soattin(['--stdin', '--stdin-filename', 'drafts/tin.md', '--format', 'json'], { cwd: dir, input: md });
    const [file] = JSON.parse(r.stdout);
    expect(file.filePath).toBe('drafts/tin.md');
    // inline code is not prose in markdown: only the heading's double space and "đã đã"
    expect(file.messages.map((m: { ruleId: string; line: number; column: number }) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual(['spacing 1:11', 'repeated-word 3:9']);
    expect(r.code).toBe(0);
  });

  it('--stdin --fix prints the fixed draft on stdout and the report on stderr', () => {
    const dir = folder({ '.soattinrc.json': rc() });
    const r = soattin(['--stdin', '--fix'], { cwd: dir, input: DRAFT });
    expect(r.stdout).toBe(DRAFT_FIXED);
    expect(r.stderr).toContain('✔ Không phát hiện vấn đề nào trong 1 tệp.');
    expect(r.code).toBe(0);
  });

  it('refuses paths together with --stdin', () => {
    const r = soattin(['--stdin', 'a.txt', '--locale', 'en'], { cwd: folder({}), input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soattin: With --stdin, do not name files or folders as well (a.txt).\n');
  });
});
