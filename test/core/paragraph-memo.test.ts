/**
 * A paragraph memo's answer read back is indistinguishable from the computed one: the same
 * values at the new offsets, the new draft's own words, and an object the answer holds twice
 * rebuilt once (thaw keeps its map of rebuilt objects only for answers that share one). A
 * paragraph that has not moved since the last read keeps its sentences and the answer read.
 */
import { describe, expect, it } from 'vitest';
import { cacheSizes, nextPass, releaseCaches } from '../../server/src/core/bounded-cache.js';
import { ParagraphMemo, setParagraphMemos } from '../../server/src/core/paragraph-memo.js';
import { defaultConfig } from '../../server/src/core/config/index.js';
import { linter } from '../../server/src/linter.js';
import { parseDraft } from '../../server/src/core/parse.js';
import type { Paragraph, Word } from '../../server/src/core/draft.js';

interface Answer {
  spans: Array<{ start: number; end: number; word: Word }>;
  twice: { a: { start: number }; b: { start: number } };
}

function answer(p: Paragraph): Answer {
  const words = p.sentences.flatMap((s) => s.words);
  const one = { start: words[1].start };
  return { spans: words.slice(0, 3).map((w) => ({ start: w.start, end: w.end, word: w })), twice: { a: one, b: one } };
}

describe('ParagraphMemo', () => {
  it('reads an answer back at a new offset with the new words, shared objects shared, others not', () => {
    releaseCaches();
    const memo = new ParagraphMemo<Answer>('test.memo', 1 << 20, { offsets: ['start', 'end'] });
    const para = 'Sáng nay, lớp tập huấn khai mạc tại Hà Nội.';
    const first = parseDraft(`Tin ngắn\n\n${para}\n`, 'text');
    let computed = 0;
    const get = (d: ReturnType<typeof parseDraft>): Answer =>
      memo.get(d, d.paragraphs[1], '', (p) => {
        computed++;
        return answer(p);
      });
    get(first);
    const moved = parseDraft(`Một tin ngắn hơn\n\n${para}\n`, 'text');
    const back = get(moved);
    expect(computed).toBe(1);
    expect(back).toEqual(answer(moved.paragraphs[1]));
    for (const s of back.spans) expect(moved.words).toContain(s.word);
    expect(back.twice.a).toBe(back.twice.b);
    expect(back.spans[0]).not.toBe(back.spans[1]);
  });

  it('hands back the last read of a paragraph that has not moved: its sentences, its words and the answer', () => {
    releaseCaches();
    const memo = new ParagraphMemo<Answer>('test.memo.placed', 1 << 20, { offsets: ['start', 'end'] });
    const para = 'Sáng nay, lớp tập huấn khai mạc tại Hà Nội.';
    const get = (d: ReturnType<typeof parseDraft>): Answer => memo.get(d, d.paragraphs[0], '', answer);
    get(parseDraft(`${para}\n\nTin ngắn.\n`, 'text'));
    const before = parseDraft(`${para}\n\nTin ngắn hơn.\n`, 'text');
    const read = get(before);
    // the edit after it: the same place, the same objects
    const after = parseDraft(`${para}\n\nTin rất ngắn.\n`, 'text');
    expect(after.paragraphs[0].sentences).toBe(before.paragraphs[0].sentences);
    expect(get(after)).toBe(read);
    // an edit before it moves it: new words, an answer on them
    const moved = parseDraft(`Tin.\n\n${para}\n\nTin rất ngắn.\n`, 'text');
    const there = memo.get(moved, moved.paragraphs[1], '', answer);
    expect(there).not.toBe(read);
    expect(there).toEqual(answer(moved.paragraphs[1]));
    for (const s of there.spans) expect(moved.words).toContain(s.word);
  });

  it('keeps the answers of one paragraph text under each salt a check reads it with (a paragraph written twice)', () => {
    releaseCaches();
    const memo = new ParagraphMemo<Answer>('test.memo.salts', 1 << 20, { offsets: ['start', 'end'] });
    // written for this test: the lead written again as the last paragraph, read there with another salt
    const para = 'Chiều qua, hội nông dân xã mở lớp tập huấn trồng cây ăn quả.';
    const draft = parseDraft(`${para}\n\nHọc viên thực hành ngoài vườn.\n\n${para}\n`, 'text');
    let computed = 0;
    const get = (k: number, salt: string): Answer =>
      memo.get(draft, draft.paragraphs[k], salt, (p) => {
        computed++;
        return answer(p);
      });
    const check = (): void => {
      expect(get(0, 'lead')).toEqual(answer(draft.paragraphs[0]));
      expect(get(2, 'body')).toEqual(answer(draft.paragraphs[2]));
    };
    check();
    expect(computed).toBe(2);
    // the next checks read both back: neither answer pushed the other out
    for (let i = 0; i < 3; i++) {
      nextPass();
      check();
    }
    expect(computed).toBe(2);
    // an answer under a salt no check reads any more is not kept beside a new one
    nextPass();
    get(2, 'quoted');
    get(0, 'lead');
    expect(computed).toBe(4);
  });

  it('keeps both answers of a paragraph written twice whose draft-wide facts differ at its two places (one salt, `still`)', () => {
    releaseCaches();
    const memo = new ParagraphMemo<Answer & { firstPlace: boolean }>('test.memo.still', 1 << 20, { offsets: ['start', 'end'] });
    // written for this test: a paragraph written again later, where a draft-wide fact (is it the
    // first place the draft writes it?) gets another answer, as the lexicon's facts do (draft-facts.ts)
    const para = 'Sau buổi học, trung tâm trao giấy chứng nhận cho các học viên.';
    const draft = parseDraft(`${para}\n\nCác học viên thực hành tại phòng máy.\n\n${para}\n`, 'text');
    let computed = 0;
    const get = (k: number): Answer & { firstPlace: boolean } => {
      const firstPlace = k === 0;
      return memo.get(
        draft,
        draft.paragraphs[k],
        'gov',
        (p) => {
          computed++;
          return { ...answer(p), firstPlace };
        },
        (remembered) => remembered.firstPlace === firstPlace,
      );
    };
    const check = (): void => {
      expect(get(0).firstPlace).toBe(true);
      expect(get(2).firstPlace).toBe(false);
      expect(get(2).spans).toEqual(answer(draft.paragraphs[2]).spans);
    };
    check();
    expect(computed).toBe(2);
    // the next checks read both back: the answer of one place no longer pushes out the other's
    for (let i = 0; i < 3; i++) {
      nextPass();
      check();
    }
    expect(computed).toBe(2);
  });
});

describe('a one-shot lint (setParagraphMemos(false), the CLI and its workers)', () => {
  it('keeps nothing of the parse, and parses and finds what a lint with memos does', () => {
    // written for this test: one slip, one doubled word, a name, a number
    const draft = [
      'Huyện Yên Lạc tổ chức tập huấn nghiệp vụ cho cán bộ thư viện',
      '',
      'Sáng 9-4, Phòng Văn hóa huyện Yên Lạc tổ chức lớp tập huấn cho 45 cán bộ phụ trách thư viện các các trường học.',
      '',
      'Bà Trần Thị Mai, Trưởng phòng, đề nghị học viên vận dụng kiến thức vào công việc hằng ngày. Lớp học kết thúc vào chều cùng ngày.',
      '',
    ].join('\n');
    releaseCaches();
    const withMemos = linter.lint(draft, defaultConfig());
    const parsedWithMemos = parseDraft(draft, 'text');
    releaseCaches();
    setParagraphMemos(false);
    try {
      const oneShot = linter.lint(draft, defaultConfig());
      const parsed = parseDraft(draft, 'text');
      expect(cacheSizes()['parse.sentences']?.entries ?? 0).toBe(0);
      expect(oneShot.findings).toEqual(withMemos.findings);
      expect(withMemos.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['repeated-word', 'spelling']));
      expect(parsed.paragraphs.map((p) => p.sentences)).toEqual(parsedWithMemos.paragraphs.map((p) => p.sentences));
    } finally {
      setParagraphMemos(true);
    }
  });
});
