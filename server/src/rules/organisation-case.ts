/**
 * organisation-case (CAP-10…CAP-16, CAP-12): organisation names capitalise the type word and
 * the first syllable of each field phrase ("Ban Dân vận Tỉnh ủy", "Sở Văn hóa, Thể thao và
 * Du lịch"); registered names are kept as registered ("Bộ Công Thương"); a Party committee is
 * capitalised when it names one committee ("Huyện ủy An Lão tổ chức", "Ban Dân vận Thành ủy")
 * and lowercase when generic or plural ("các tỉnh ủy, thành ủy").
 *
 * Ownership: this rule reports the syllables of the organisation itself. The title words in
 * front of it ("Phó trưởng", and the contested "Trưởng ban/Ban") belong to title-case; the
 * level word and the place name after it ("Xã", "Đô lương") to admin-unit-case.
 */
import type { Rule } from '../core/types.js';
import { matchOrganisations, matchTitles, differing, phraseAnswer, phraseOwner, FUNCTION_WORDS, type OrganisationMatch, type SyllableCheck } from '../core/lexicon.js';
import { caseLike, caseShape, countOrPluralAt, isSentenceStart, levelWordAt, MAIN_LEVELS, pluralMarkerEndingAt, syllableKey, wordKey } from '../core/casing.js';
import markers from '../../../dictionaries/generic-markers.json';
import { INDEFINITE_OWNERS, subjectOfVerb, UNIT_PREPOSITIONS } from '../core/lexicon/grammar.js';
import { inQuote, paragraphAt, wordsIn, type Draft, type Paragraph, type Word } from '../core/draft.js';
import { ParagraphMemo } from '../core/paragraph-memo.js';

/** The checks of a lexicon match that lower a capital inside one of its entries (not on an entry's first word). */
function innerCapitals(m: OrganisationMatch): SyllableCheck[] {
  if (m.pattern) return [];
  const firsts = new Set(m.parts.map((p) => p.words[0]));
  return m.checks.filter((c) => c.certainty === 'clear' && !firsts.has(c.word) && caseShape(c.word.text) === 'cap' && caseShape(c.expected) === 'lower');
}

/**
 * Where each capitalised syllable stands among the draft's words (indices, ascending):
 * establishedForm looks up a name's first syllable instead of scanning every word for every
 * name, which was quadratic on a long draft (a 2 MB single line spent 3 s here). Only the
 * capitalised ones: an established form opens with a capital (establishedForm skips every other
 * place), and keying every word of a 100 KB draft on each re-check cost the rule half its time.
 */
function positionsOf(draft: Draft): Map<string, number[]> {
  let hit = positions.get(draft);
  if (!hit) {
    hit = new Map();
    // each paragraph's capitals remembered by its text, placed at the index of its first word
    // among the draft's (draft.words: every paragraph's words in order): a re-check reads the
    // edited paragraph's words, not every word of the draft
    const paragraphs = draft.paragraphs;
    let base = 0;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k];
      const caps = capitalsByParagraph.get(draft, p, '', capitalsIn);
      for (let c = 0; c < caps.length; c += 2) {
        const key = caps[c] as string;
        const a = base + (caps[c + 1] as number);
        const list = hit.get(key);
        if (list) list.push(a);
        else hit.set(key, [a]);
      }
      for (let s = 0; s < p.sentences.length; s++) base += p.sentences[s].words.length;
    }
    positions.set(draft, hit);
  }
  return hit;
}
const positions = new WeakMap<Draft, Map<string, number[]>>();

/** A paragraph's capitalised words: [key, index among the paragraph's words] pairs, flat, in order. */
function capitalsIn(p: Paragraph): Array<string | number> {
  const out: Array<string | number> = [];
  let n = 0;
  for (let s = 0; s < p.sentences.length; s++) {
    const words = p.sentences[s].words;
    for (let i = 0; i < words.length; i++, n++) {
      const w = words[i];
      // (a word opening with a small ASCII letter, most of them, is no capital: settled without reading its letters)
      const c = w.text.charCodeAt(0);
      if ((c >= 0x61 && c <= 0x7a) || caseShape(w.text) !== 'cap') continue;
      out.push(wordKey(w), n);
    }
  }
  return out;
}

/** Each paragraph's capitals (keys and indices, no offset: handed back as stored wherever the paragraph moves). */
const capitalsByParagraph = new ParagraphMemo<Array<string | number>>('organisation-case.capitals', 1024 * 1024, { offsets: [] });

/**
 * The same name written elsewhere in the draft in a form the grammar accepts ("Công ty Cổ phần
 * Phân bón Bình Điền" twice, "Công ty cổ phần phân bón Bình Điền" once): that form, syllable by
 * syllable, as the answer — the draft establishes its own names, and one fix then leaves
 * nothing for consistent-capitalisation to say.
 */
function establishedForm(draft: Draft, m: OrganisationMatch, checks: SyllableCheck[]): SyllableCheck[] | undefined {
  const own = wordsIn(draft, m.start, m.end);
  if (own.length < 2) return undefined;
  const keys = own.map(wordKey);
  const index = new Map(own.map((w, k) => [w, k]));
  const clear = differing(checks).filter((c) => c.certainty === 'clear' && index.has(c.word));
  const all = draft.words;
  // the occurrence found depends only on the name's syllables, its casing and its clear
  // corrections (its own place is skipped anyway: same casing): a name repeated all over a
  // long draft is looked for once
  const shapes = own.map((w) => caseShape(w.text));
  const signature = `${keys.join(' ')}|${shapes.join(' ')}|${clear.map((c) => `${index.get(c.word)}:${caseShape(c.expected)}`).join(' ')}`;
  const found = foundBySignature(draft);
  let at = found.get(signature);
  if (at === undefined) {
    at = -1;
    for (const a of positionsOf(draft).get(keys[0]) ?? []) {
      if (a + own.length > all.length) break;
      const occ = all.slice(a, a + own.length);
      if (!occ.every((w, k) => wordKey(w) === keys[k] && (k === 0 || /^[ \t\u00a0]+$/u.test(draft.text.slice(occ[k - 1].end, w.start))))) continue;
      if (occ.every((w, k) => caseShape(w.text) === shapes[k]) || occ.every((w) => caseShape(w.text) === 'upper')) continue;
      // (a form the grammar accepts: its type word capitalised, every clear correction there already)
      if (caseShape(occ[0].text) !== 'cap' || !clear.every((c) => caseShape(occ[index.get(c.word)!].text) === caseShape(c.expected))) continue;
      at = a;
      break;
    }
    found.set(signature, at);
  }
  if (at < 0) return undefined;
  const occ = all.slice(at, at + own.length);
  const after = new Map(checks.filter((c) => c.after).map((c) => [c.word, c.after]));
  return own.map((w, k) => ({ word: w, expected: caseLike(w.text, occ[k].text), certainty: 'clear' as const, ...(after.get(w) ? { after: after.get(w) } : {}) }));
}

function foundBySignature(draft: Draft): Map<string, number> {
  let hit = foundForms.get(draft);
  if (!hit) foundForms.set(draft, (hit = new Map()));
  return hit;
}
const foundForms = new WeakMap<Draft, Map<string, number>>();

export const organisationCase: Rule = {
  meta: {
    id: 'organisation-case',
    category: 'capitalisation',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      vi: 'Viết hoa tên cơ quan, tổ chức theo Nghị định 30/2020/NĐ-CP.',
      en: 'Capitalise organisation names as Decree 30/2020 prescribes.',
    },
    rationale: {
      vi: 'Tên cơ quan, tổ chức viết hoa chữ cái đầu của từ chỉ loại hình (Ban, Sở, Ủy ban…) và của cụm từ chỉ chức năng, lĩnh vực (Dân vận, Tài chính); các chữ còn lại viết thường. Cấp ủy cụ thể (Huyện ủy An Lão) viết hoa, cấp ủy chung chung hoặc số nhiều (các tỉnh ủy) viết thường.',
      en: 'An organisation name capitalises its type word (Ban, Sở, Ủy ban…) and the first syllable of each field phrase (Dân vận, Tài chính); the rest is lowercase. A specific Party committee (Huyện ủy An Lão) is capitalised, a generic or plural one (các tỉnh ủy) is not.',
    },
    messages: {
      wrong: {
        vi: 'Viết hoa tên cơ quan, tổ chức chưa đúng: “{found}” → “{expected}”.',
        en: 'Organisation name capitalised wrongly: “{found}” → “{expected}”.',
      },
      pattern: {
        vi: 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “{found}” → “{expected}”.',
        en: 'An organisation name capitalises the first syllable of its field phrase: “{found}” → “{expected}”.',
      },
      form: {
        vi: 'Tên cơ quan viết thiếu dấu hoặc thiếu chữ “và” so với tên chính thức: “{found}” → “{expected}”.',
        en: 'The organisation name lacks a dash, comma or “và” of its official form: “{found}” → “{expected}”.',
      },
      contested: {
        vi: 'Tên “{found}” có nhiều cách viết hoa; nên viết “{expected}”.',
        en: '“{found}” is written several ways; prefer “{expected}”.',
      },
      apply: { vi: 'Sửa thành “{expected}”', en: 'Change to “{expected}”' },
    },
  },
  check(context) {
    const { draft, config, report } = context;
    // the body of a title belongs to the title's phrase: one finding for both (see phraseOwner)
    const inTitle = new Set<OrganisationMatch>();
    const phrases: Array<{ start: number; end: number; text: string; checks: SyllableCheck[]; pattern?: boolean }> = [];
    for (const t of matchTitles(draft, config)) {
      if (!t.organisation) continue;
      // a lowercase body naming no unit under a title of nobody ("học viên là trưởng ban tuyên
      // giáo"), or of a unit left unnamed ("Chủ tịch công đoàn một trường"), is a role or a body of
      // its kind: no one body to capitalise (organisation-grammar.json indefiniteOwners)
      if (unnamedLowercase(draft, t.organisation) && (!t.attached || indefiniteAfter(draft, t.organisation.end))) {
        inTitle.add(t.organisation);
        continue;
      }
      if (!t.attached) continue;
      inTitle.add(t.organisation);
      if (phraseOwner(t) === 'organisation-case') phrases.push({ start: t.start, end: t.end, text: t.text, checks: [...t.checks, ...t.organisation.checks], pattern: t.organisation.pattern });
    }
    for (const m of matchOrganisations(draft, config)) {
      if (inTitle.has(m)) continue;
      // a body written all lowercase before a bare level word in a draft that speaks of many
      // units of that level and names none ("tài liệu gửi cho ban chỉ huy quân sự xã" where the
      // draft is about "các xã"): the body of every such unit, a kind, not one body
      // (a type word's capital opening the sentence says nothing: "Trạm y tế xã là nơi …" where
      // the draft speaks of "trạm y tế 11 xã")
      if ((!m.place || m.place.name.length === 0) && m.parts.every((p) => p.words.every((w, n) => caseShape(w.text) === 'lower' || (n === 0 && p === m.parts[0] && isSentenceStart(draft, w.start)))) && levelOfManyAfter(draft, m)) continue;
      // a body whose type word is lowercase, no place, unit or name after it, in a sentence that
      // speaks of many units ("bảo hiểm xã hội các tỉnh, thành phố phối hợp với sở lao động -
      // thương binh và xã hội", "lãnh đạo văn phòng UBND, … của 13 tỉnh, thành phố", "văn phòng
      // Đảng uỷ … của phường Thục Phán, phường Nùng Trí Cao"): each unit's body, a kind, not one
      // body; the body acting ("sở tài chính tổ chức …") is one body still
      if (!m.place && typeLowerUnplaced(draft, m) && manyUnitsInSentence(draft, m)) continue;
      // a generic or unnamed mention ("các cấp Hội Nông dân") may keep or drop the type word's
      // capital, but a capital inside an entry is wrong either way ("Hội Nông Dân")
      const own = m.named ? m.checks : innerCapitals(m);
      if (differing(own).length === 0) continue;
      // a lowercase body of no named place whose only departures are a house style's choice
      // ("vai trò của ban công tác Mặt trận"): as likely every hamlet's board as one, the style
      // has no say there (as for a title of nobody's sharing its head with the body)
      // (a level or unit word after it names one: "ban công tác Mặt trận khu phố 3")
      if (!m.place && !unitAfter(draft, m.end) && caseShape(m.parts[0].words[0].text) === 'lower' && differing(own).every((c) => c.certainty !== 'clear')) continue;
      // a name only the grammar reads, opening a quotation: the quoted title of a model, a motto
      // or a programme is cased as its authors cased it, and it names no body there
      // ("mô hình “Chi hội khuyến học trong chùa”"; inside a longer quoted title a body is still
      // one: "“Tổ chức và hoạt động của Ban nữ công”"); a known name in a quotation whose only
      // slip is its lowercase type word reads as the common noun ("“Con nuôi đồn Biên phòng”")
      if (inQuote(draft, m.start) && ((m.pattern && /["“«‘'][ \t\u00a0]*$/u.test(draft.text.slice(Math.max(0, m.start - 3), m.start))) || differing(own).every((c) => c.word.start === m.start && caseShape(c.word.text) === 'lower'))) continue;
      // a name the grammar reads is answered with the form the draft itself gives it elsewhere
      const checks = (m.pattern && establishedForm(draft, m, own)) || own;
      phrases.push({ start: m.start, end: m.end, text: m.text, checks, pattern: m.pattern });
    }
    phrases.sort((a, b) => a.start - b.start);
    for (const m of phrases) {
      const { expected, clear, edits } = phraseAnswer(draft.text, m.start, m.end, m.checks);
      const args = { found: m.text, expected };
      const suggestion = { messageId: 'apply', args: { expected }, edits };
      // the casing is right and only a dash, a comma or "và" is missing: a slip of form
      const formOnly = differing(m.checks).every((c) => c.expected === '' || c.expected === c.word.text);
      if (clear) {
        report({
          start: m.start,
          end: m.end,
          messageId: formOnly ? 'form' : m.pattern ? 'pattern' : 'wrong',
          args,
          fix: edits,
          suggestions: [suggestion],
          // a pattern (a name Soát Tin only guesses is an organisation) and a missing dash are warnings at most
          ...(m.pattern || formOnly ? { contested: true } : {}),
        });
      } else {
        report({ start: m.start, end: m.end, messageId: 'contested', args, suggestions: [suggestion], contested: true });
      }
    }
  },
};

/**
 * The body's type word is written lowercase mid-sentence and no place, unit or name follows it
 * ("sở lao động - thương binh và xã hội | xây dựng", "văn phòng UBND | ,"), nor a verb it is the
 * subject of ("trung tâm y tế | tổ chức").
 */
function typeLowerUnplaced(draft: Draft, m: OrganisationMatch): boolean {
  const head = m.parts[0]?.words[0];
  if (!head || caseShape(head.text) !== 'lower' || unitAfter(draft, m.end)) return false;
  // (its own words lowercase: a capital there is a name's field or place, "phòng Bảo trợ Xã hội",
  // "cục thống kê Quảng Bình"; only a body it belongs to keeps its own: "văn phòng | Đảng uỷ")
  const owners = new Set<Word>();
  for (let k = 1; k < m.parts.length; k++) for (const w of m.parts[k].words) owners.add(w);
  const own = wordsIn(draft, m.start, m.end);
  if (!own.every((w) => caseShape(w.text) === 'lower' || owners.has(w))) return false;
  const next = wordsIn(draft, m.end, m.end + 40);
  return next.length === 0 || !subjectOfVerb(draft.text, [own[own.length - 1], ...next], 1);
}

/**
 * The sentence holding the body speaks of many units of a main level: a plural marker or a count
 * before a level word ("các tỉnh", "13 tỉnh, thành phố", "một số xã"; not "cấp huyện"), a level
 * word listed with another ("tỉnh, thành phố"), or two units of one level named ("phường Thục
 * Phán, phường Nùng Trí Cao").
 */
function manyUnitsInSentence(draft: Draft, m: OrganisationMatch): boolean {
  const p = paragraphAt(draft, m.start);
  const sentence = p?.sentences.find((s) => m.start >= s.start && m.start < s.end);
  if (!sentence) return false;
  const ws = sentence.words;
  const blank = (k: number): boolean => k + 1 < ws.length && /^[ \t\u00a0]+$/u.test(draft.text.slice(ws[k].end, ws[k + 1].start));
  const named = new Map<string, number>();
  for (let k = 0; k < ws.length; k++) {
    if (ws[k].start >= m.start && ws[k].start < m.end) continue;
    const lv = levelWordAt(ws, k);
    if (lv === 0 || caseShape(ws[k].text) !== 'lower') continue;
    const key = ws.slice(k, k + lv).map(wordKey).join(' ');
    if (!MAIN_LEVELS.has(key)) continue;
    const after = ws[k + lv];
    if (after && blank(k + lv - 1) && (caseShape(after.text) === 'cap' || /^\d/u.test(after.text))) {
      const n = (named.get(key) ?? 0) + 1;
      if (n >= 2) return true;
      named.set(key, n);
    } else if (k > 0 && blank(k - 1) && ((pluralMarkerEndingAt(ws, k - 1) > 0 && !NOT_PLURAL.has(wordKey(ws[k - 1]))) || /^\d+$/u.test(ws[k - 1].text))) return true;
    else if (after && /^[ \t\u00a0]*[,/][ \t\u00a0]*$/u.test(draft.text.slice(ws[k + lv - 1].end, after.start)) && levelWordAt(ws, k + lv) > 0 && caseShape(after.text) === 'lower') return true;
    k += lv - 1;
  }
  return false;
}

/** A body written all in lowercase with no place, unit or name after it. */
function unnamedLowercase(draft: Draft, m: OrganisationMatch): boolean {
  return !m.place && !unitAfter(draft, m.end) && m.parts.every((p) => p.words.every((w) => caseShape(w.text) === 'lower'));
}

/**
 * An indefinite word and a lowercase noun right after offset `end` ("công đoàn | một trường"), or
 * after the lowercase rest of the body's kind ("công đoàn | cơ sở | một doanh nghiệp": the
 * grassroots union of some firm), up to two words that are no function word ("công đoàn | và một
 * số cán bộ" goes on to other people).
 */
function indefiniteAfter(draft: Draft, end: number): boolean {
  const next = wordsIn(draft, end, end + 60);
  for (let k = 0; k + 1 < next.length && k <= KIND_REST; k++) {
    const from = k === 0 ? end : next[k - 1].end;
    if (/\S/u.test(draft.text.slice(from, next[k].start))) return false;
    if (INDEFINITE_OWNERS.has(wordKey(next[k]))) return caseShape(next[k + 1].text) === 'lower';
    if (caseShape(next[k].text) !== 'lower' || FUNCTION_WORDS.has(wordKey(next[k]))) return false;
  }
  return false;
}
/** how many lowercase words of a body's kind may stand between it and the indefinite word */
const KIND_REST = 2;

/** The words right after offset `end` open a level or unit word, a number or a capitalised name. */
function unitAfter(draft: Draft, end: number): boolean {
  const next = wordsIn(draft, end, end + 40);
  if (next.length === 0 || /\S/u.test(draft.text.slice(end, next[0].start))) return false;
  return levelWordAt(next, 0) > 0 || /^\d/u.test(next[0].text) || caseShape(next[0].text) !== 'lower';
}

/**
 * The words right after the body `m` are a bare main level word (no name, number or capital
 * after it, "… xã | để phổ biến") of a level the draft speaks of in the plural ("các xã", "12
 * xã", "xã, thị trấn") and names no unit of ("xã Tân Hòa" nowhere), or the draft writes this
 * very body in lower case before a plural of units ("cán bộ hội khuyến học các xã"): every unit
 * of that level. (A draft naming one commune, "xã Nghi Phong", still speaks of the kind when its
 * writer lowers the body wherever it means many: the writer's own case says so.)
 */
function levelOfManyAfter(draft: Draft, m: OrganisationMatch): boolean {
  const end = m.end;
  const next = wordsIn(draft, end, end + 40);
  if (next.length === 0 || !/^[ \t\u00a0]+$/u.test(draft.text.slice(end, next[0].start))) return false;
  const lv = levelWordAt(next, 0);
  if (lv === 0) return false;
  const key = next.slice(0, lv).map(wordKey).join(' ');
  if (!MAIN_LEVELS.has(key) || caseShape(next[0].text) !== 'lower') return false;
  const after = next[lv];
  if (after && /^[ \t\u00a0]+$/u.test(draft.text.slice(next[lv - 1].end, after.start)) && (caseShape(after.text) !== 'lower' || /^\d/u.test(after.text) || (lv === 1 && NOT_LEVEL_AFTER.has(wordKey(after))))) return false;
  // (the body acts, one body: "trung tâm chính trị huyện | tổ chức …"; not a name whose lowercase
  // form is a common noun, "công an": in a draft of many communes "công an xã đã phát hiện …" is
  // the communes' police at large)
  if (subjectOfVerb(draft.text, next, lv) && !commonNounForm(m)) return false;
  const use = levelUse(draft).get(key);
  return !!use && use.many && (!use.named || writtenLowerForMany(draft, m));
}

/** The body of `m` is a contested name one of whose accepted forms is all lowercase, a common noun ("công an": the police). */
function commonNounForm(m: OrganisationMatch): boolean {
  const e = m.parts.length === 1 ? m.parts[0].entry : undefined;
  return !!e && e.status === 'contested' && [e.canonical, ...(e.alternatives ?? [])].some((f) => caseShape(f) === 'lower');
}

/**
 * The draft writes the body of `m` (its syllables) in lower case right before a plural marker or
 * a count and a level word somewhere ("đài truyền thanh | các xã", "hội khuyến học | 12 xã"),
 * or with a preposition of place between ("ban chỉ huy quân sự | của | 11 phường").
 */
function writtenLowerForMany(draft: Draft, m: OrganisationMatch): boolean {
  const own: Word[] = [];
  for (const p of m.parts) for (const w of p.words) own.push(w);
  const keys = own.map(wordKey);
  let hit = lowerForMany.get(draft);
  if (!hit) lowerForMany.set(draft, (hit = new Map()));
  const signature = keys.join(' ');
  let answer = hit.get(signature);
  if (answer === undefined) {
    answer = false;
    const ws = draft.words;
    const blank = (k: number): boolean => /^[ \t\u00a0]+$/u.test(draft.text.slice(ws[k].end, ws[k + 1].start));
    for (let a = 0; a + keys.length + 1 < ws.length && !answer; a++) {
      if (wordKey(ws[a]) !== keys[0]) continue;
      const b = a + keys.length;
      if (!keys.every((k, n) => wordKey(ws[a + n]) === k && caseShape(ws[a + n].text) === 'lower' && (n === 0 || blank(a + n - 1))) || !blank(b - 1)) continue;
      // (or after a preposition of place: "phó ban chỉ huy quân sự | của | 11 phường")
      const at = UNIT_PREPOSITIONS.has(wordKey(ws[b])) && b + 1 < ws.length && blank(b) ? b + 1 : b;
      const many = /^\d+$/u.test(ws[at].text) || caseShape(ws[at].text) === 'lower' ? countOrPluralAt(ws, at) : 0;
      answer = many > 0 && at + many < ws.length && blank(at + many - 1) && levelWordAt(ws, at + many) > 0;
    }
    hit.set(signature, answer);
  }
  return answer;
}
const lowerForMany = new WeakMap<Draft, Map<string, boolean>>();

/** "hội", "đội" after a one-syllable level word make another word ("xã hội", "huyện đội"): generic-markers.json notLevelAfter */
const NOT_LEVEL_AFTER = new Set(markers.notLevelAfter.map((m) => syllableKey(m.word)));
/** plural words that before a level word name the level, not several units ("cấp huyện"): generic-markers.json levelOfMany.notPlural */
const NOT_PLURAL = new Set(markers.levelOfMany.notPlural.map(syllableKey));

/** How the draft uses each main level word: in the plural somewhere, naming a unit somewhere. */
function levelUse(draft: Draft): Map<string, { many: boolean; named: boolean }> {
  let hit = levelUses.get(draft);
  if (hit) return hit;
  hit = new Map();
  const ws = draft.words;
  const blankAt = (k: number): boolean => k + 1 < ws.length && /^[ \t\u00a0]+$/u.test(draft.text.slice(ws[k].end, ws[k + 1].start));
  for (let k = 0; k < ws.length; k++) {
    const lv = levelWordAt(ws, k);
    if (lv === 0) continue;
    const key = ws.slice(k, k + lv).map(wordKey).join(' ');
    if (!MAIN_LEVELS.has(key)) continue;
    const use = hit.get(key) ?? { many: false, named: false };
    const after = ws[k + lv];
    if (after && blankAt(k + lv - 1) && (caseShape(after.text) === 'cap' || /^\d/u.test(after.text))) use.named = true;
    // (a plural marker or a count before it, or another level listed after it: "các xã", "12 xã", "xã, phường")
    else if ((k > 0 && blankAt(k - 1) && ((pluralMarkerEndingAt(ws, k - 1) > 0 && !NOT_PLURAL.has(wordKey(ws[k - 1]))) || /^\d+$/u.test(ws[k - 1].text))) || (after && /^[ \t\u00a0]*[,/][ \t\u00a0]*$/u.test(draft.text.slice(ws[k + lv - 1].end, after.start)) && levelWordAt(ws, k + lv) > 0)) use.many = true;
    hit.set(key, use);
    k += lv - 1;
  }
  levelUses.set(draft, hit);
  return hit;
}
const levelUses = new WeakMap<Draft, Map<string, { many: boolean; named: boolean }>>();
