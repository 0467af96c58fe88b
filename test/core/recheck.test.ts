/**
 * The memo caches (parse, lexicon, spelling, …) make a re-check read back what earlier checks
 * found in the paragraphs an edit did not touch. They must never change an answer: after every
 * edit of a long typing session, the lint equals a fresh lint of the same text with every
 * cache emptied.
 */
import { describe, expect, it } from 'vitest';
import { releaseCaches } from '../../server/src/core/bounded-cache.js';
import { defaultConfig } from '../../server/src/core/config/index.js';
import { linter } from '../../server/src/linter.js';
import { isTrainingNews } from '../../server/src/core/genre.js';
import { parseDraft } from '../../server/src/core/parse.js';
import { applyTyping, RECHECK_DRAFT, RECHECK_PLACED_DRAFT, seeded, typingEdit } from './recheck-fresh.js';

const strip = (r: ReturnType<typeof linter.lint>) => r.findings;

describe('a re-check after edits', () => {
  const cases = [
    { format: 'text', draft: RECHECK_DRAFT, name: 'names and titles', seed: 7 },
    { format: 'markdown', draft: RECHECK_DRAFT, name: 'names and titles', seed: 11 },
    { format: 'text', draft: RECHECK_PLACED_DRAFT, name: 'a body named again without its place', seed: 13 },
  ] as const;
  for (const { format, draft, name, seed } of cases) {
    it(`finds what a fresh lint finds (${format}, ${name}, 120 edits)`, () => {
      const config = defaultConfig();
      const random = seeded(seed);
      let text: string = draft;
      releaseCaches();
      linter.lint(text, config, { format });
      let findings = 0;
      for (let k = 0; k < 120; k++) {
        text = applyTyping(text, typingEdit(text, random));
        const warm = strip(linter.lint(text, config, { format }));
        // every fourth edit against a cold lint (emptying the caches each time would test nothing)
        if (k % 4 !== 3) continue;
        releaseCaches();
        const cold = strip(linter.lint(text, config, { format }));
        expect(warm, `edit ${k}`).toEqual(cold);
        findings += cold.length;
        // warm again from here, as the session goes on
        linter.lint(text, config, { format });
      }
      // the draft keeps problems to find all along
      expect(findings).toBeGreaterThan(30 * 5);
    });
  }

  it('reads a paragraph back at a new place and in a new role with the answers of that place', () => {
    const config = defaultConfig();
    const paragraphs = RECHECK_DRAFT.split('\n\n');
    releaseCaches();
    linter.lint(RECHECK_DRAFT, config);
    // the lead moved to the end, the body's third paragraph to the top: every paragraph known, every offset new
    const moved = [paragraphs[3], ...paragraphs.slice(0, 3), ...paragraphs.slice(4), paragraphs[1]].join('\n\n');
    const warm = linter.lint(moved, config).findings;
    releaseCaches();
    expect(warm).toEqual(linter.lint(moved, config).findings);
  });

  it('reads a remembered paragraph again when what it asked of the rest of the draft changes', () => {
    const config = defaultConfig();
    const later = 'Cán bộ hướng dẫn cách tính Tiêu chí về thu nhập bình quân.';
    // capitalised before a name in the first paragraph, “Tiêu chí” alone refers back to that one…
    const before = `Học viên học Tiêu chí số 10 về thu nhập.\n\n${later}`;
    // … and written lowercase there, it is a common word in the second, which was not edited
    const after = `Học viên học tiêu chí số 10 về thu nhập.\n\n${later}`;
    releaseCaches();
    const common = (text: string) => linter.lint(text, config).findings.filter((f) => f.ruleId === 'common-noun-case').map((f) => text.slice(f.start, f.end));
    expect(common(before)).toEqual([]);
    expect(common(after)).toEqual(['Tiêu chí']);
    const warm = linter.lint(after, config).findings;
    releaseCaches();
    expect(warm).toEqual(linter.lint(after, config).findings);
  });

  it('reads an unedited paragraph\'s spelling findings back only where the draft answers what its sentences asked as before', () => {
    const config = defaultConfig();
    const later = 'Giám đốc đề nghị học viện nghiêm túc tiếp thu ý kiến góp ý.';
    // in a draft naming no such body, “học viện” before a lowercase word is a slip for “học viên”…
    const plain = `Lớp bồi dưỡng khai giảng sáng nay tại hội trường lớn.\n\n${later}`;
    // … and the first paragraph, edited to name one, makes it the body called back: the second
    // paragraph, not edited, must not be read back with its remembered finding
    const named = `Lớp bồi dưỡng khai giảng sáng nay tại Học viện Chính trị khu vực III.\n\n${later}`;
    const slips = (text: string) => linter.lint(text, config).findings.filter((f) => f.ruleId === 'spelling').map((f) => text.slice(f.start, f.end));
    releaseCaches();
    expect(slips(plain)).toEqual(['học viện']);
    expect(slips(named)).toEqual([]);
    expect(slips(plain)).toEqual(['học viện']);
    // and moved by the edit above it, the finding moves with its paragraph
    const longer = `Lớp bồi dưỡng nghiệp vụ khai giảng sáng nay tại hội trường lớn.\n\n${later}`;
    const warm = linter.lint(longer, config).findings;
    releaseCaches();
    expect(warm).toEqual(linter.lint(longer, config).findings);
    expect(warm.filter((f) => f.ruleId === 'spelling').map((f) => longer.slice(f.start, f.end))).toEqual(['học viện']);
  });

  it('reads a remembered paragraph\'s bodies again when an edit above it names the body in full, or stops naming it', () => {
    const config = defaultConfig();
    // “Trung tâm” alone, capitalised inside a sentence, refers back to a body the draft named in
    // full before it (lexicon/draft-facts.ts); with none named, its lowercase words read as its field
    const later = 'Kết thúc lớp học, Trung tâm trao giấy chứng nhận cho 35 học viên.';
    const named = `Trung tâm Bồi dưỡng chính trị huyện Krông Pắc mở lớp cho đảng viên mới.\n\n${later}`;
    const unnamed = `Nhà văn hóa huyện Krông Pắc mở lớp cho đảng viên mới.\n\n${later}`;
    const bodies = (text: string) => linter.lint(text, config).findings.filter((f) => f.ruleId === 'organisation-case').map((f) => text.slice(f.start, f.end));
    releaseCaches();
    const cold = [named, unnamed].map((text) => {
      releaseCaches();
      return linter.lint(text, config).findings;
    });
    releaseCaches();
    expect(bodies(named)).toEqual([]);
    expect(bodies(unnamed)).toEqual(['Trung tâm trao giấy chứng nhận']);
    // the second paragraph is never edited: each lint reads it back, and must read it as a cold one does
    for (const [k, text] of [named, unnamed, named, unnamed].entries()) expect(linter.lint(text, config).findings, `lint ${k}`).toEqual(cold[k % 2]);
  });

  it('finds the agenda and the duration where an edit writes them, and misses them where an edit takes them out', () => {
    const config = defaultConfig();
    const headline = 'Hội Nông dân xã Tân Lập mở lớp cho hội viên';
    const lead = 'Ngày 3-6, Hội Nông dân xã Tân Lập tổ chức lớp tập huấn cho 40 hội viên.';
    const listed = 'Buổi học chia làm hai phần:';
    const later = 'Buổi chiều, trời mưa to.';
    const draftOf = (third: string, fourth: string) => [headline, lead, third, fourth, later, 'Ngọc Lan'].join('\n\n');
    const plain = draftOf('Cán bộ khuyến nông đến từ huyện bạn.', listed);
    // the duration in the third paragraph, then the agenda in the list the fourth opens (read with it)
    const timed = draftOf('Lớp học diễn ra trong 2 ngày tại nhà văn hóa xã.', listed);
    const taught = draftOf('Cán bộ khuyến nông đến từ huyện bạn.', `${listed}\n\nNội dung gồm cách bón phân và tưới nước.`);
    const missing = (text: string) =>
      linter
        .lint(text, config)
        .findings.filter((f) => f.ruleId === 'required-agenda' || f.ruleId === 'required-duration')
        .map((f) => f.ruleId)
        .sort();
    releaseCaches();
    expect(missing(plain)).toEqual(['required-agenda', 'required-duration']);
    expect(missing(timed)).toEqual(['required-agenda']);
    expect(missing(taught)).toEqual(['required-duration']);
    expect(missing(plain)).toEqual(['required-agenda', 'required-duration']);
    for (const text of [timed, taught, plain]) {
      const warm = linter.lint(text, config).findings;
      releaseCaches();
      expect(warm).toEqual(linter.lint(text, config).findings);
      linter.lint(text, config);
    }
  });

  it('reads the genre again when an edit changes the headline or the lead, and keeps it after an edit further down', () => {
    const paragraphs = RECHECK_DRAFT.split('\n\n');
    const draftOf = (headline: string, lead: string, last: string) => [headline, lead, ...paragraphs.slice(2, 6), last, paragraphs[7]].join('\n\n');
    // a headline naming no event: the lead's event decides
    const neutral = 'Huyện ủy Đông Hà chăm lo công tác đảng ở cơ sở';
    const contest = paragraphs[1].replace('lớp tập huấn nghiệp vụ', 'hội thi báo cáo viên giỏi');
    expect(contest).not.toBe(paragraphs[1]);
    const drafts = [
      draftOf(paragraphs[0], paragraphs[1], paragraphs[6]),
      draftOf('Huyện ủy Đông Hà tổ chức hội thi báo cáo viên giỏi năm 2026', paragraphs[1], paragraphs[6]),
      draftOf(neutral, paragraphs[1], paragraphs[6]),
      draftOf(neutral, contest, paragraphs[6]),
      draftOf(neutral, paragraphs[1], `${paragraphs[6]} Cảm ơn.`),
      draftOf(neutral, contest, `${paragraphs[6]} Cảm ơn.`),
    ];
    const genre = (text: string) => isTrainingNews(parseDraft(text));
    const cold = drafts.map((text) => {
      releaseCaches();
      return genre(text);
    });
    expect(cold).toEqual([true, false, true, false, true, false]);
    // warm, each after another: the headline, then the lead edited, then a later paragraph
    releaseCaches();
    for (const k of [0, 1, 0, 2, 3, 2, 4, 5, 4, 3, 0]) expect(genre(drafts[k]), `draft ${k}`).toBe(cold[k]);
  });
});
