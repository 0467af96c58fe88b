import { describe, it, expect } from 'vitest';
import { parseDraft } from '../../server/src/core/parse.js';
import { matchOrganisations, matchTitles } from '../../server/src/core/lexicon.js';
import { caseLike, isSentenceStart, isGenericAt, syllableKey } from '../../server/src/core/casing.js';
import { config } from '../helpers/lint.js';

describe('lexicon matchers', () => {
  it('finds organisations with spans, canonical form and expected casing, longest match first', () => {
    const text = 'Chiều 7-4, Ban dân vận Thành uỷ Cần Thơ phối hợp Sở Văn hóa, Thể thao và Du lịch tổ chức lớp học.';
    const orgs = matchOrganisations(parseDraft(text), config());
    expect(orgs.map((o) => [o.text, o.canonical, o.expected, o.named])).toEqual([
      ['Ban dân vận Thành uỷ', 'Ban Dân vận Thành ủy', 'Ban Dân vận Thành uỷ', true],
      ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch', true],
    ]);
    expect(text.slice(orgs[0].start, orgs[0].end)).toBe('Ban dân vận Thành uỷ');
    expect(orgs[0].place?.name.map((w) => w.text)).toBeUndefined();
    expect(orgs[0].entry?.status).toBe('lifecycle');
  });

  it('reads a level word and a place name after a body', () => {
    const text = 'Lớp học do Ủy ban nhân dân xã Tân Hòa mở.';
    const [o] = matchOrganisations(parseDraft(text), config());
    expect(o.text).toBe('Ủy ban nhân dân');
    expect(o.place?.level.map((w) => w.text)).toEqual(['xã']);
    expect(o.place?.name.map((w) => w.text)).toEqual(['Tân', 'Hòa']);
  });

  it('finds titles with their organisation, per the title grammar', () => {
    const text = 'Ông Lâm Văn Sơn, Phó Bí thư thường trực huyện ủy, chủ tịch HĐND huyện, dự.';
    const ts = matchTitles(parseDraft(text), config());
    expect(ts.map((t) => [t.text, t.canonical, t.expected, t.attached])).toEqual([
      ['Phó Bí thư thường trực huyện ủy', 'Phó Bí thư Thường trực Huyện ủy', 'Phó Bí thư Thường trực Huyện ủy', true],
      ['chủ tịch HĐND', 'Chủ tịch HĐND', 'Chủ tịch HĐND', true],
    ]);
    expect(ts[0].organisation?.text).toBe('huyện ủy');
    expect(text.slice(ts[0].start, ts[0].titleEnd)).toBe('Phó Bí thư thường trực');
  });

  it('shares the head syllable of "Trưởng ban" with the body after it', () => {
    const [t] = matchTitles(parseDraft('Trưởng ban Dân vận Tỉnh ủy Hồ Văn Ba dự.'), config({ profile: 'press-lower' }));
    expect(t.organisation?.text).toBe('ban Dân vận Tỉnh ủy');
    expect(t.expected).toBe('Trưởng ban Dân vận Tỉnh ủy');
    const [g] = matchTitles(parseDraft('Trưởng ban Dân vận Tỉnh ủy Hồ Văn Ba dự.'), config());
    expect(g.expected).toBe('Trưởng Ban Dân vận Tỉnh ủy');
  });

  it('marks generic titles as not attached', () => {
    const [t] = matchTitles(parseDraft('Học viên là các bí thư chi bộ.'), config());
    expect(t.attached).toBe(false);
  });

  it('adds the project lexicon (config.extraLexicon) to the built-in one', () => {
    // (a body neither the lexicon nor the grammar of names knows: "Tổ" is no type word)
    const text = 'Hôm qua, Tổ công tác đặc biệt huyện họp.';
    const extra = config();
    extra.extraLexicon = { titles: [], organisations: [{ canonical: 'Tổ Công tác đặc biệt', kind: 'body', status: 'clear', examples: [] }] };
    const [o] = matchOrganisations(parseDraft(text), extra);
    expect(o.expected).toBe('Tổ Công tác đặc biệt');
    expect(matchOrganisations(parseDraft(text), config())).toEqual([]);
  });
});

describe('casing helpers', () => {
  it('caseLike changes only letter case and keeps tone placement and Unicode form', () => {
    expect(caseLike('uỷ', 'Ủy')).toBe('Uỷ');
    expect(caseLike('hđnd', 'HĐND')).toBe('HĐND');
    expect(caseLike('ths', 'ThS')).toBe('ThS');
    const nfd = 'huyện'.normalize('NFD');
    expect(caseLike(nfd, 'Huyện')).toBe('Huyện'.normalize('NFD'));
  });

  it('syllableKey folds case, tone style, NFD and glued punctuation', () => {
    expect(syllableKey('Uỷ')).toBe('ủy');
    expect(syllableKey('ủy-'.normalize('NFD'))).toBe('ủy');
  });

  it('isSentenceStart knows sentence, paragraph, source tag and colon starts', () => {
    const d = parseDraft('(Đài Tân Phước) Sáng 5-3, Huyện ủy họp. Ban Dân vận dự: Ông An nói.');
    const at = (w: string): boolean => isSentenceStart(d, d.text.indexOf(w));
    expect(at('Sáng')).toBe(true);
    expect(at('Huyện')).toBe(false);
    expect(at('Ban')).toBe(true);
    expect(at('Ông')).toBe(true);
    // a place and its province before a dash open the lead as a source tag does
    const tagged = parseDraft('Bảo Lâm (Lâm Đồng) - Từ ngày 6 đến 8/5, Huyện ủy mở lớp. Xã Lộc Thành (Bảo Lâm) - Ban Dân vận dự.');
    expect(isSentenceStart(tagged, tagged.text.indexOf('Từ'))).toBe(true);
    expect(isSentenceStart(tagged, tagged.text.indexOf('Ban'))).toBe(false);
  });

  it("isSentenceStart gives its first answer again, at the draft's first and last offsets and past its end", () => {
    const d = parseDraft('Huyện ủy họp sáng nay. Ban Dân vận dự họp');
    const offsets = [0, d.text.indexOf('họp'), d.text.indexOf('Ban'), d.text.indexOf('Dân'), d.text.length, d.text.length + 5];
    const first = offsets.map((o) => isSentenceStart(d, o));
    expect(first).toEqual([true, false, true, false, true, true]);
    expect(offsets.map((o) => isSentenceStart(d, o))).toEqual(first);
  });

  it('isGenericAt sees plural markers and lists they open', () => {
    const d = parseDraft('Gửi các tỉnh ủy, thành ủy; Huyện ủy An Lão nhận.');
    const ws = d.words;
    const i = ws.findIndex((w) => w.text === 'thành');
    const item = (w: { text: string }): boolean => ['tỉnh', 'ủy', 'thành'].includes(w.text);
    expect(isGenericAt(d.text, ws, ws.findIndex((w) => w.text === 'tỉnh'), item)).toBe(true);
    expect(isGenericAt(d.text, ws, i, item)).toBe(true);
    expect(isGenericAt(d.text, ws, ws.findIndex((w) => w.text === 'Huyện'), item)).toBe(false);
  });
});
