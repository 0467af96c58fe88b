/**
 * `--fix` fixes every fixable finding (not the 300 a report shows), only what was reported,
 * never quotations, and never writes through a link out of the folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureBuilt, folder, only, soattin } from '../cli/helpers.js';
import { config } from '../helpers/lint.js';
import { fixText, lint } from '../../server/src/library.js';

// each case spawns the real CLI or server: give a loaded machine time (outcomes are asserted, not speed)
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => ensureBuilt(), 120_000);

describe('fixText', () => {
  it('fixes all 400 findings of a draft over the 300 display cap in one run, then has nothing left', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Câu  số ${i}.`).join(' ');
    const r = fixText(text, config());
    expect(r.fixed).toBe(400);
    expect(lint(r.output, config()).findings.filter((f) => f.fix)).toEqual([]);
    expect(fixText(r.output, config()).output).toBe(r.output);
  });

  it('applies a reported fix that overlapped another one in a later pass (NFD text)', () => {
    const text = `Hội nghị diễn ra ${'tại'.normalize('NFD')} tại Hà Nội.`;
    expect(fixText(text, config()).output).toBe('Hội nghị diễn ra tại Hà Nội.');
  });

  it('leaves text inside ‘…’ and a quotation spanning paragraphs as it is', () => {
    const single = 'Ông nói: ‘hội nghị  được tổ chức tại tại Hà Nội’. Hội  nghị kết thúc.';
    expect(fixText(single, config()).output).toBe('Ông nói: ‘hội nghị  được tổ chức tại tại Hà Nội’. Hội nghị kết thúc.');
    const spanning = 'Ông An nói: “Chúng tôi sẽ làm.\n\nHội nghị  được tổ chức tại tại Hà Nội.”\n\nHội  nghị kết thúc.';
    expect(fixText(spanning, config()).output).toBe('Ông An nói: “Chúng tôi sẽ làm.\n\nHội nghị  được tổ chức tại tại Hà Nội.”\n\nHội nghị kết thúc.');
  });
});

describe('--fix and reports stay inside the folder', () => {
  it('a draft found by walking that links out of the folder is skipped with a notice; its target is untouched', () => {
    const outside = folder({ 'tin.txt': 'Hội  nghị.\n' });
    const dir = folder({ '.soattinrc.json': only(['spacing']), 'a.txt': 'Hội  nghị.\n' });
    fs.symlinkSync(path.join(outside, 'tin.txt'), path.join(dir, 'lien-ket.txt'));
    const r = soattin(['--fix', '.'], { cwd: dir });
    expect(r.stderr).toContain('soattin: Bỏ qua lien-ket.txt: liên kết tượng trưng trỏ ra ngoài thư mục đang kiểm tra (hoặc vào thư mục ẩn), nên không đọc');
    expect(fs.readFileSync(path.join(outside, 'tin.txt'), 'utf8')).toBe('Hội  nghị.\n');
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Hội nghị.\n');
    expect(r.code).toBe(0);
  });

  it('a named link to a draft elsewhere is checked but not rewritten: exit 2', () => {
    const outside = folder({ 'tin.txt': 'Hội  nghị.\n' });
    const dir = folder({ '.soattinrc.json': only(['spacing']) });
    fs.symlinkSync(path.join(outside, 'tin.txt'), path.join(dir, 'tin.txt'));
    const r = soattin(['--fix', 'tin.txt', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`Cannot write tin.txt: ${path.join(dir, 'tin.txt')} is outside the working folder ${dir} (or a link pointing out of it)`);
    expect(fs.readFileSync(path.join(outside, 'tin.txt'), 'utf8')).toBe('Hội  nghị.\n');
  });

  it('the html report never embeds a file reached through a link to .git', () => {
    const dir = folder({ '.soattinrc.json': only(['spacing']), 'a.txt': 'Hội  nghị.\n', '.git/config': '[remote]\n\turl = https://token-bi-mat@example.com/x.git\n' });
    fs.symlinkSync(path.join(dir, '.git/config'), path.join(dir, 'ghi-chu.txt'));
    const r = soattin(['.', '--format', 'html'], { cwd: dir });
    expect(r.stdout).toContain('a.txt');
    expect(r.stdout).not.toContain('token-bi-mat');
    expect(r.stderr).toContain('Bỏ qua ghi-chu.txt');
  });
});
