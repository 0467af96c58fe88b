/**
 * Smoke test of the quality bench (`npm run eval`): on a tiny corpus of two drafts written for
 * this test (one training item, one of another genre, each with its annotation), every part
 * of the bench runs and reports, the JSON has each part, and a seed reproduces the injections.
 * What the linter finds is not asserted here: rules change; the bench must not.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;

const TRAINING = `Huyện Đông Sơn tập huấn nghiệp vụ công tác dân vận năm 2026

Sáng 14/3, Ban Dân vận Huyện ủy Đông Sơn tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận cho 85 học viên là cán bộ cơ sở. Dự hội nghị có ông Lê Minh Tuấn, Phó Trưởng ban Dân vận Huyện ủy.

Tại lớp học, các học viên được nghe giới thiệu chuyên đề về kỹ năng vận động quần chúng và cách nắm bắt tình hình dư luận ở khu dân cư. Hội Nông Dân xã cũng cử người tham dự. Lớp tập huấn kéo dài hai ngày, kết thúc vào chiều 15/3.

Qua đợt tập huấn giúp các học viên nâng cao trình độ, vận dụng tốt vào thực tiễn công tác tại địa phương.
`;

const OTHER = `Xã Quảng Lợi ra quân làm sạch đường làng

Sáng 9/2, hơn 200 đoàn viên, thanh niên xã Quảng Lợi đã ra quân dọn vệ sinh, phát quang bụi rậm dọc các tuyến đường liên thôn. Trong buổi sáng, các em đã thu gom gần 3 tấn rác thải và trồng mới 150 cây xanh.

Hoạt động nhằm hưởng ứng phong trào xây dựng nông thôn mới, tạo cảnh quan sạch đẹp đón Tết.

Thanh Hà
`;

const present = (evidence: string) => ({ present: true, evidence });
const TRAINING_ANN = {
  file: 'alpha.txt',
  genre: 'training',
  elements: {
    'required-dateline': present('Sáng 14/3'),
    'required-organiser': present('Ban Dân vận Huyện ủy Đông Sơn tổ chức'),
    'required-official-titles': present('ông Lê Minh Tuấn, Phó Trưởng ban Dân vận Huyện ủy'),
    'required-agenda': present('chuyên đề về kỹ năng vận động quần chúng'),
    'required-participant-count': present('85 học viên'),
    'required-byline': { present: false, evidence: null },
  },
  findings: [{ rule: 'organisation-case', line: 5, text: 'Hội Nông Dân', expected: 'Hội Nông dân', certainty: 'clear' }],
};
const OTHER_ANN = { file: 'beta.txt', genre: 'other', elements: {}, findings: [] };

let dir: string;
function bench(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/eval.mjs', join(dir, 'dev'), '--written', join(dir, 'written'), ...args], { cwd: root, encoding: 'utf8' });
  return { ...r, json: existsSync(join(dir, 'out', 'quality.json')) ? JSON.parse(readFileSync(join(dir, 'out', 'quality.json'), 'utf8')) : undefined };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soattin-bench-'));
  mkdirSync(join(dir, 'dev'));
  mkdirSync(join(dir, 'unlabelled'));
  writeFileSync(join(dir, 'dev', 'alpha.txt'), TRAINING);
  writeFileSync(join(dir, 'dev', 'alpha.json'), JSON.stringify(TRAINING_ANN));
  writeFileSync(join(dir, 'dev', 'beta.txt'), OTHER);
  writeFileSync(join(dir, 'dev', 'beta.json'), JSON.stringify(OTHER_ANN));
  writeFileSync(join(dir, 'unlabelled', '0001.txt'), TRAINING);
  writeFileSync(join(dir, 'unlabelled', '0002.txt'), OTHER);
  // one set of drafts written for the bench: a correct draft, and one with two labelled mistakes
  mkdirSync(join(dir, 'written', 'setA', 'clean'), { recursive: true });
  mkdirSync(join(dir, 'written', 'setA', 'errors'), { recursive: true });
  writeFileSync(join(dir, 'written', 'setA', 'clean', '01.txt'), OTHER);
  writeFileSync(join(dir, 'written', 'setA', 'errors', '01.txt'), TRAINING);
  writeFileSync(
    join(dir, 'written', 'setA', 'errors', '01.json'),
    JSON.stringify([
      { kind: 'org-case', text: 'Hội Nông Dân', correct: 'Hội Nông dân', occurrence: 1 },
      { kind: 'missing-element', text: '', correct: 'a byline', occurrence: 1 },
    ]),
  );
  writeFileSync(join(dir, 'unlabelled', 'SOURCES.tsv'), 'file\turl\tsite\tgenre\tnotes\n0001.txt\t-\t-\ttraining\t\n0002.txt\t-\t-\tcontest\t\n');
});

describe('npm run eval (the quality bench)', () => {
  it('prints and writes all five parts', () => {
    const r = bench('--out', join(dir, 'out'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const head of ['1a. Required elements', '1b. Findings by family', '1c. Findings by rule', '3. Injected errors', '4a. Unlabelled pool', '4b. Required-* alarms', '4c. Genre detection', '5a. Drafts written for the bench', '5b. Labelled mistakes caught']) expect(r.stdout).toContain(head);
    const j = r.json;
    expect(j.annotated.drafts).toBe(2);
    // the element table counts what the annotation says: one draft lacks a byline, one other genre
    expect(j.elements.all.elements['required-byline'].lacking).toBe(1);
    expect(j.elements.all.elements['required-dateline'].having).toBe(1);
    expect(j.elements.all.otherGenre).toBe(1);
    expect(j.findings.all.families.capitalisation.clear).toBe(1);
    expect(j.findings.all.rules['organisation-case'].clear).toBe(1);
    expect(j.injected.cases).toBeGreaterThan(0);
    expect(Object.keys(j.injected.classes)).toEqual(expect.arrayContaining(['org-field-lower', 'surname-lower', 'tone-flipped', 'letter-dropped', 'words-glued', 'word-repeated', 'date-restyled', 'byline-removed', 'dateline-removed']));
    expect(j.poolScores.drafts).toBe(2);
    expect(j.genre.unlabelled).toMatchObject({ training: 1, other: 1 });
    expect(readFileSync(join(dir, 'out', 'review-sample.md'), 'utf8')).toMatch(/^# Review sample/);
    // the written set: one correct draft, two labelled mistakes counted by kind
    const w = j.written.sets.setA;
    expect(w.clean.drafts).toBe(1);
    expect(w.clean.words).toBeGreaterThan(0);
    expect(w.errors).toMatchObject({ drafts: 1, labels: 2 });
    expect(Object.keys(w.errors.byKind).sort()).toEqual(['missing-element', 'org-case']);
  });

  it('reproduces the injected cases from the seed', () => {
    const first = bench('--part', 'injected', '--seed', '7', '--out', join(dir, 'out')).json.injected;
    const again = bench('--part', 'injected', '--seed', '7', '--out', join(dir, 'out')).json;
    expect(again.injected).toEqual(first);
    expect(again.elements).toBeUndefined();
    expect(again.poolScores).toBeUndefined();
  });

  it('refuses an unknown part with a message and exit code 2', () => {
    const r = bench('--part', 'everything');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('eval: --part must be one of elements, findings, injected, pool, written');
  });
});
