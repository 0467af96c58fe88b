import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, folder, only, PINNED, soattin } from './helpers.js';
import { DRAFT } from './fixtures.js';
import { docx } from '../helpers/docx.js';
import { lineSpans } from '../../server/src/cli/formatters/html.js';

beforeAll(ensureBuilt, 120_000);

/** A training draft without its byline (a finding about the whole draft) and a doubled word. */
const NO_BYLINE = ['Tập huấn nghiệp vụ văn thư cho cán bộ xã', 'Sáng 12-9, Phòng Nội vụ huyện tổ chức lớp tập huấn cho 45 cán bộ cấp xã.', 'Lớp học đã đã kéo dài hai ngày.', ''].join('\n');

const report = (args: string[], files: Record<string, string | Buffer>, rules = PINNED): string => {
  const r = soattin(['.', '--format', 'html', ...args], { cwd: folder({ '.soattinrc.json': only(rules), ...files }) });
  return r.stdout;
};

describe('html report to print and sign', () => {
  it('numbers the draft lines and each mark, keyed to the list of corrections with the message in full', () => {
    const html = report([], { 'tin.txt': DRAFT });
    expect(html).toContain(
      '<tr><td class="ln">2</td><td class="tx">Ngày 12-9, tại Hội trường Ủy ban nhân dân huyện, Phòng Nội vụ tổ chức lớp<mark class="warning" title="Có 2 dấu cách liền nhau; chỉ cần một. (spacing)">  </mark><sup class="no warning"><a href="#f0-c1" id="f0-m1">1</a></sup>tập huấn nghiệp vụ văn thư.</td></tr>',
    );
    expect(html).toContain('<mark class="error" title="Dùng “Đ” (chữ Đ tiếng Việt) thay cho “Ð” (chữ Eth của tiếng Iceland). (unicode-normalisation)">Ð</mark><sup class="no error"><a href="#f0-c4" id="f0-m4">4</a></sup>ây');
    expect(html).toContain(
      '<tr id="f0-c1"><td class="no warning"><a href="#f0-m1">1</a></td><td class="n">2:74</td><td class="sev warning">cảnh báo</td><td>Có 2 dấu cách liền nhau; chỉ cần một. <span class="excerpt">  </span> → <span class="excerpt"> </span></td>',
    );
    expect(html).toContain('<tr id="f0-c3"><td class="no warning"><a href="#f0-m3">3</a></td><td class="n">4:9</td><td class="sev warning">cảnh báo</td><td>Từ “đã” bị lặp lại liền nhau.');
    // every mark's number has its row, and there is no row without a mark
    const marks = [...html.matchAll(/id="f0-m(\d+)"/g)].map((m) => m[1]);
    const rows = [...html.matchAll(/<tr id="f0-c(\d+)">/g)].map((m) => m[1]);
    expect(marks).toEqual(['1', '2', '3', '4']);
    expect(rows).toEqual(marks);
  });

  it('counts findings per rule, and lists the findings about the whole draft apart, unnumbered', () => {
    const html = report(['--locale', 'en'], { 'a.txt': NO_BYLINE, 'b.txt': DRAFT }, [...PINNED, 'required-byline']);
    expect(html).toMatch(/<h3>Findings per rule<\/h3>[\s\S]*<tr><td><a href="[^"]*spacing\.md">spacing<\/a><\/td><td>spacing<\/td><td class="n">2<\/td><td class="n">1<\/td><\/tr>/);
    expect(html).toMatch(/<tr><td><a href="[^"]*repeated-word\.md">repeated-word<\/a><\/td><td>[^<]+<\/td><td class="n">2<\/td><td class="n">2<\/td><\/tr>/);
    const a = html.slice(html.indexOf('<section class="file" id="file-0">'), html.indexOf('<section class="file" id="file-1">'));
    expect(a).toContain('<h3>About the whole draft</h3>\n<ul class="whole">\n<li><span class="sev error">error</span> Missing byline:');
    // the byline finding is not marked in the text: the only number is the doubled word's
    expect([...a.matchAll(/<sup class="no/g)]).toHaveLength(1);
    expect(a).toContain('<tr id="f0-c1"><td class="no warning"><a href="#f0-m1">1</a></td><td class="n">3:9</td>');
  });

  it('ends with the sign-off block when asked, prints on A4, and needs no network', () => {
    const html = report(['--report-signoff', 'Biên tập viên trực'], { 'tin.txt': DRAFT });
    expect(html).toContain('<section class="signoff">\n<p>Ngày ...... tháng ...... năm ........</p>\n<p class="role">Biên tập viên trực</p>\n<p class="muted">(Ký và ghi rõ họ tên)</p>');
    expect(html).toContain('@page{size:A4;');
    expect(html).toContain('section.file{break-before:page}');
    expect(html).not.toMatch(/\ssrc=|<link\b|@import|url\(|<script/);
    expect(report([], { 'tin.txt': DRAFT })).not.toContain('class="signoff"');
  });

  it('--report-signoff needs the html format', () => {
    const r = soattin(['.', '--report-signoff', 'Biên tập viên trực', '--locale', 'en'], { cwd: folder({ 'tin.txt': DRAFT }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soattin: --report-signoff only works with --format html.\n');
  });

  it('numbers a Word draft by its paragraphs', () => {
    const html = report([], { 'tin.docx': docx(['Tập huấn nghiệp vụ', '', 'Lớp học đã đã kéo dài hai ngày.']) });
    expect(html).toContain('<table class="lines" aria-label="Đoạn">');
    expect(html).toContain('<tr><td class="ln">2</td><td class="tx"></td></tr>\n<tr><td class="ln">3</td><td class="tx">Lớp học <mark');
  });

  it('splits lines at LF and CRLF, without an empty line after the final break', () => {
    expect(lineSpans('a\r\nbc\n\nd\n')).toEqual([[0, 1], [3, 5], [6, 6], [7, 8]]);
    expect(lineSpans('')).toEqual([[0, 0]]);
    expect(lineSpans('x')).toEqual([[0, 1]]);
  });
});
