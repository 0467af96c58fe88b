import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, folder, only, PINNED, soattin } from './helpers.js';
import { CLEAN } from './fixtures.js';
import { firstInvalidUtf8, decode } from '../../server/src/cli/read.js';
import { parseSize } from '../../server/src/cli/args.js';

beforeAll(ensureBuilt, 120_000);

const rc = (): string => only(PINNED);
type Msg = { ruleId: string; line: number; column: number; endColumn: number; message: string; fatal?: boolean };
const json = (stdout: string): Array<{ filePath: string; messages: Msg[] }> => JSON.parse(stdout);

describe('bad input', () => {
  it('empty and whitespace-only drafts are linted without problems or crashes', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'empty.txt': '', 'blank.txt': '  \n\n\t\n', 'bom-only.txt': Buffer.from([0xef, 0xbb, 0xbf]) });
    const r = soattin(['.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((f) => [f.filePath, f.messages.length])).toEqual([
      ['blank.txt', 0],
      ['bom-only.txt', 0],
      ['empty.txt', 0],
    ]);
  });

  it('a BOM does not shift columns: they are those an editor shows', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'tin.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Tin  ra\r\nDòng hai  nữa\r\n')]) });
    const r = soattin(['tin.txt', '--format', 'json'], { cwd: dir });
    expect(json(r.stdout)[0].messages.map((m) => `${m.line}:${m.column}-${m.endColumn}`)).toEqual(['1:4-6', '2:9-11']);
  });

  it('decomposed (NFD) text is reported at its original UTF-16 columns', () => {
    const nfd = 'Lớp tập huấn'.normalize('NFD');
    const dir = folder({ '.soattinrc.json': rc(), 'tin.txt': `Hôm nay ${nfd}  mở.\n` });
    const r = soattin(['tin.txt', '--format', 'json', '--rule', 'unicode-normalisation=off'], { cwd: dir });
    // the double space sits after the decomposed words, which are longer in UTF-16 than in NFC
    expect(json(r.stdout)[0].messages).toMatchObject([{ ruleId: 'spacing', line: 1, column: 'Hôm nay '.length + nfd.length + 1, endColumn: 'Hôm nay '.length + nfd.length + 3 }]);
  });

  it('invalid UTF-8 is an error naming the file and the line, never linted as mojibake (exit 2)', () => {
    const legacy = Buffer.concat([Buffer.from('Dòng một\nDòng hai\n'), Buffer.from([0x54, 0xe9, 0x6e, 0x0a])]);
    const dir = folder({ '.soattinrc.json': rc(), 'cu.txt': legacy, 'moi.txt': CLEAN });
    const r = soattin(['.', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('cu.txt\n  3:1  error  The file is not valid UTF-8 (bad byte on line 3); it may be saved in a legacy encoding (TCVN3, VNI, Windows-1258).');
    const j = json(soattin(['.', '--format', 'json'], { cwd: dir }).stdout);
    expect(j[0].messages).toMatchObject([{ ruleId: 'soattin', line: 3, column: 1, fatal: true }]);
    expect(j[1]).toMatchObject({ filePath: 'moi.txt', messages: [] });
  });

  it('UTF-16 files are refused with the reason', () => {
    const dir = folder({ 'u16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tin', 'utf16le')]) });
    const r = soattin(['u16.txt', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('The file is saved as UTF-16; save it as UTF-8 and check again.');
  });

  it('binary files found in a folder are skipped with a notice; named explicitly they are an error', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'anh.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'tin.txt': CLEAN });
    const walked = soattin(['.', '--locale', 'en'], { cwd: dir });
    expect(walked.code).toBe(0);
    expect(walked.stderr).toBe('soattin: Skipped anh.txt: The file contains NUL bytes, so it looks binary, not a text draft; it was skipped.\n');
    expect(walked.stdout).toBe('✔ No problems found in 1 files.\n');
    const named = soattin(['anh.txt'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stdout).toContain('1:1  lỗi  Tệp chứa byte NUL');
  });

  it('files above --max-file-size are skipped quickly (a 10 MB single line does not hang)', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'big.txt': 'Lớp tập huấn  ra ra '.repeat(420_000), 'tin.txt': CLEAN });
    const started = Date.now();
    const walked = soattin(['.'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(walked.code).toBe(0);
    expect(walked.stderr).toBe('soattin: Bỏ qua big.txt: Tệp nặng 10,4 MB, vượt giới hạn 2 MB (--max-file-size); đã bỏ qua.\n');
    const named = soattin(['big.txt', '--max-file-size', '1MB', '--locale', 'en'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stdout).toContain('The file is 10.4 MB, above the 1 MB limit (--max-file-size); it was skipped.');
  });
});

describe('decoding helpers', () => {
  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(Buffer.from('Việt Nam'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3]))).toBe(1); // truncated sequence
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0xf0, 0x9f, 0x98, 0x80, 0xff]))).toBe(4);
  });

  it('strips the BOM and says so', () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: 'A', bom: true });
    expect(decode(Buffer.from('A'))).toEqual({ ok: true, text: 'A', bom: false });
  });

  it('reads sizes', () => {
    expect(parseSize('2MB')).toBe(2 * 1024 * 1024);
    expect(parseSize('500kb')).toBe(500 * 1024);
    expect(parseSize('1048576')).toBe(1048576);
    expect(parseSize('lots')).toBeUndefined();
  });
});
