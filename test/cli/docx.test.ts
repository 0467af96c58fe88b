import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, folder, only, PINNED, read, soattin } from './helpers.js';
import { commentsOf, docx } from '../helpers/docx.js';

beforeAll(ensureBuilt, 120_000);

/**
 * Mistakes: a double space at the start of a bold run (paragraph 3, column 74), "đã đã" (4:9),
 * a tab between words (5:21: a tab is one character).
 */
const WORD_DRAFT = docx([
  'Tập huấn nghiệp vụ văn thư cho cán bộ xã',
  '',
  ['Ngày 12-9, tại Hội trường Ủy ban nhân dân huyện, Phòng Nội vụ tổ chức lớp', { text: '  tập huấn', bold: true }, ' nghiệp vụ văn thư.'],
  'Lớp học đã đã kéo dài hai ngày.',
  ['Tham dự có 45 cán bộ', { tab: true }, 'của 12 xã.'],
  'Minh Anh',
]);

const setup = (extra: Record<string, string | Buffer> = {}): string => folder({ '.soattinrc.json': only(PINNED), 'tin.docx': WORD_DRAFT, ...extra });

describe('Word drafts (.docx)', () => {
  it('reports findings as file.docx:paragraph:column', () => {
    const r = soattin(['tin.docx'], { cwd: setup() });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '',
        'tin.docx',
        '  3:74  cảnh báo  Có 2 dấu cách liền nhau; chỉ cần một.          spacing',
        '   4:9  cảnh báo  Từ “đã” bị lặp lại liền nhau.                  repeated-word',
        '  5:21  cảnh báo  Dùng dấu cách thay cho ký tự tab giữa các từ.  spacing',
        '',
        '✖ 3 vấn đề (0 lỗi, 3 cảnh báo, 0 gợi ý) trong 1 tệp',
        '',
      ].join('\n'),
    );
  });

  it('gives the same paragraph and column in every format', () => {
    const dir = setup();
    const json = JSON.parse(soattin(['tin.docx', '-f', 'json'], { cwd: dir }).stdout);
    expect(json[0].messages.map((m: { line: number; column: number; endLine: number; endColumn: number }) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([
      [3, 74, 3, 76],
      [4, 9, 4, 14],
      [5, 21, 5, 22],
    ]);
    expect(soattin(['tin.docx', '-f', 'github'], { cwd: dir }).stdout).toContain('::warning file=tin.docx,line=3,col=74,endLine=3,endColumn=76,title=spacing::Có 2 dấu cách liền nhau; chỉ cần một.');
    const sarif = JSON.parse(soattin(['tin.docx', '-f', 'sarif'], { cwd: dir }).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'tin.docx' }, region: { startLine: 3, startColumn: 74 } });
    const gitlab = JSON.parse(soattin(['tin.docx', '-f', 'gitlab'], { cwd: dir }).stdout);
    expect(gitlab[1].location).toEqual({ path: 'tin.docx', positions: { begin: { line: 4, column: 9 }, end: { line: 4, column: 14 } } });
    expect(soattin(['tin.docx', '-f', 'junit'], { cwd: dir }).stdout).toContain('tin.docx:4:9');
    const html = soattin(['tin.docx', '-f', 'html'], { cwd: dir }).stdout;
    expect(html).toContain('Lớp học <mark');
    expect(html).toContain('4:9');
    const stats = soattin(['tin.docx', '-f', 'stats', '--locale', 'en'], { cwd: dir }).stdout;
    expect(stats).toContain('Statistics: 3 findings in 1 drafts.');
    expect(stats).toMatch(/Minh Anh\s+3/);
  });

  it('finds .docx drafts in folders, leaving out the owner file Word keeps beside an open document', () => {
    const dir = setup({ 'bài/tin 2.docx': WORD_DRAFT, 'bài/~$tin 2.docx': Buffer.from('Minh Anh  ') });
    const r = soattin(['bài', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['bài/tin 2.docx']);
  });

  it('reads a Word draft from standard input when --stdin-filename names a .docx', () => {
    const r = soattin(['--stdin', '--stdin-filename', 'tin.docx', '-f', 'json'], { cwd: setup(), input: WORD_DRAFT });
    expect(JSON.parse(r.stdout)[0].messages.map((m: { line: number; column: number }) => `${m.line}:${m.column}`)).toEqual(['3:74', '4:9', '5:21']);
  });

  it('refuses --fix and --fix-dry-run on a .docx with a clear message (exit code 2), leaves the file as it was and still reports', () => {
    for (const flag of ['--fix', '--fix-dry-run']) {
      const dir = setup();
      const r = soattin(['tin.docx', flag, '--locale', 'en'], { cwd: dir });
      expect(r.code).toBe(2);
      // --fix-dry-run keeps standard output for the diff (none here): its report is on standard error
      const report = flag === '--fix' ? r.stdout : r.stderr;
      expect(report).toContain('Word files (.docx) are not fixed: rewriting them would lose their formatting. The problems are still reported; use --docx-comments FOLDER for a copy with comments to open in Word.');
      expect(report).toContain('3:74  warning  2 spaces in a row; use one.');
      expect(report).not.toContain('--fix.');
      expect(r.stdout.includes('@@')).toBe(false);
      expect(read(dir, 'tin.docx').equals(WORD_DRAFT)).toBe(true);
    }
  });

  it('says clearly that a damaged or renamed file is not a Word draft (exit code 2, no stack trace)', () => {
    const dir = setup({ 'hỏng.docx': 'Bản thảo gõ bằng văn bản thường rồi đổi đuôi.', 'cụt.docx': WORD_DRAFT.subarray(0, 200) });
    const r = soattin(['hỏng.docx', 'cụt.docx', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('hỏng.docx');
    expect(r.stdout).toContain('The file is not a valid Word .docx document (damaged, or an old .doc renamed). Open it in Word and save it as .docx; the file was not checked.');
    expect(r.stdout.match(/not a valid Word \.docx/g)).toHaveLength(2);
    expect(r.stdout + r.stderr).not.toMatch(/\bat \w+ \(|Error:/);
  });

  it('--docx-comments writes a copy with each finding as a Word comment on its text; the original is untouched', () => {
    const dir = setup();
    const r = soattin(['tin.docx', '--docx-comments', 'nhận xét'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('soattin: Đã ghi bản sao kèm 3 nhận xét: nhận xét/tin.docx\n');
    expect(read(dir, 'tin.docx').equals(WORD_DRAFT)).toBe(true);
    expect(commentsOf(read(dir, 'nhận xét/tin.docx'))).toEqual([
      { id: '0', message: 'Có 2 dấu cách liền nhau; chỉ cần một. (spacing)', anchored: '  ' },
      { id: '1', message: 'Từ “đã” bị lặp lại liền nhau. (repeated-word)', anchored: 'đã đã' },
      { id: '2', message: 'Dùng dấu cách thay cho ký tự tab giữa các từ. (spacing)', anchored: '\t' },
    ]);
    // the copy reads back as the same draft, with the same findings
    const again = soattin(['nhận xét/tin.docx', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(again.stdout)[0].messages.map((m: { line: number; column: number }) => `${m.line}:${m.column}`)).toEqual(['3:74', '4:9', '5:21']);
  });

  it('--docx-comments never writes over the original, and needs a file (not standard input)', () => {
    const dir = setup();
    const r = soattin(['tin.docx', '--docx-comments', '.', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('The copy with comments was not written to tin.docx: that is the original. Choose another folder for --docx-comments.');
    expect(read(dir, 'tin.docx').equals(WORD_DRAFT)).toBe(true);
    const s = soattin(['--stdin', '--docx-comments', 'out', '--locale', 'en'], { cwd: dir, input: 'x' });
    expect(s.code).toBe(2);
    expect(s.stderr).toBe('soattin: --docx-comments cannot be used together with --stdin.\n');
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
});
