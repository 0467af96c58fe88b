/**
 * The byline: an author credit on its own line ("Hoàng Yến", "Tin, ảnh: P. Tuyết", "PV",
 * "Nhóm PV", "Minh Anh – Thu Hà", "KIM CHI", "Lê Văn Hải – Huyện ủy X", "Hữu Hoàn."). A photo
 * caption is not one: captions are phrases with lowercase words ("Toàn cảnh hội nghị"), a name
 * is a run of capitalised syllables or initials.
 */
import { nfc } from '../normalise.js';
import { NOT_AUTHOR_OPENER, PLACE_LEVELS, AUTHOR_HONORIFICS, BODY_JOINERS, BODY_LEVELS, BYLINE_PREFIX, BYLINE_ROLES, BYLINE_SUFFIX, BYLINE_WORDS, CREDIT_OWNERS, CREDIT_POSITIONS, LABEL_WORD, NAME_MAX_LOWER, SITE_LABEL, SOURCE_PREFIXES, typeWordOpening } from './data.js';
import { escapeRe } from './normtext.js';
import { normKey } from './normtext.js';
import { syllableKey } from '../casing.js';
import { isSurname, MIDDLE } from '../surnames.js';
import { countsOf } from '../capital-evidence.js';
import { makesWord } from '../person-names.js';
import { builtin } from '../lexicon/entries.js';
import { isPenNameSlipShape } from '../pen-name-shape.js';
import { functionAt, NOT_FIELD_OPENERS } from '../lexicon/grammar.js';
import { genreWords } from '../spell/genre-words.js';
import { lookupKey } from '../spell/syllable.js';
import { isGeneralNoun, isGeneralPerson } from '../spell/general-nouns.js';
import { lazyRegExp } from '../lazy-regexp.js';

/**
 * The label, then a colon ("Tin, ảnh: Thu Hà"), a dash ("Tin, ảnh - Thu Hà"), or nothing
 * after a photo label when the name follows ("Tin ảnh Thu Hà")
 */
const PREFIX = new RegExp(`^(?:${BYLINE_PREFIX})(?:\\s*:|\\s+[-–—]|(?<=ảnh)(?=\\s+\\p{Lu}))\\s*`, 'iu');
const ROLE_PREFIX = new RegExp(`^${BYLINE_ROLES}\\s*:?\\s+`, 'iu');
/** the role alone, after the name ("Thu Hà - phóng viên", "Minh Đức, cộng tác viên") */
const ROLE_ONLY = new RegExp(`^${BYLINE_ROLES}$`, 'iu');
/** "Theo TTXVN", "Nguồn: …", "Tin Đài Truyền thanh huyện": a source named like a body */
const SOURCE_PREFIX = new RegExp(`^${SOURCE_PREFIXES}\\s*(?::\\s*|\\s)`, 'iu');
/** a label that is a source prefix as a whole ("Tin:", "Theo:"), not the start of a longer label ("Tin và ảnh:") */
const SOURCE_LABEL = new RegExp(`^${SOURCE_PREFIXES}(?:\\s*:|\\s+[-–—])?\\s*$`, 'iu');
/** "Hoàng", "Yến", "P.", "T.X", "KIM", "PV", initials glued to the name: "H.Lan", "T.N.Hà", "Th.Hằng",
 * and the apostrophe of Central Highlands names: "H'Xuân", "K’Sor", or the letter and its apostrophe written apart from the name: "H' Linh",
 * or inside the syllable after two or three letters: "Bh'ling", "Zơ'râm" */
const NAME_TOKEN = /^(?:\p{Lu}['’]|\p{Lu}\p{Ll}{1,2}['’]\p{Ll}{2,}|\p{Lu}(?:['’]\p{Lu})?\p{Ll}*\.?|(?:\p{Lu}\p{Ll}?\.)+(?:\p{Lu}\p{Ll}*)?\.?|\p{Lu}(?:['’]?\p{Lu}){0,11})$/u;
/** "Thu Hà tổng hợp", "Minh Châu (tổng hợp)": how the item was made, after the name */
const SUFFIX = new RegExp(`\\s*\\(?\\s*${BYLINE_SUFFIX}\\s*\\)?$`, 'iu');
/** "Đại úy Nguyễn Văn An", "ThS. Lê Hà": a rank or a degree before the author's name */
const HONORIFIC = new RegExp(`^(?:${AUTHOR_HONORIFICS.map(escapeRe).join('|')})\\s+(?=\\p{Lu})`, 'u');
/** a bar, then a page's date or time ("| 12:30 20/08/2024", "| Thứ hai, 12/8/2024") */
const STAMP_AFTER_BAR = /\s*\|[^|]*\d{1,2}\s*[:/.-]\s*\d{1,2}[^|]*$/u;
/** a page's date or time, then a bar, then the credit ("Thứ hai, 12/3/2024 | Thu Hà") */
const STAMP_BEFORE_BAR = /^[^|]*\d{1,2}\s*[:/.-]\s*\d{1,2}[^|]*\|\s*/u;
/** a dash, a comma or a bracket, then the date the author filed ("Thu Hà - 12/3/2024", "Thu Hà (5/3)"), its time before or after it ("Thu Hà - 12:30, 12/03/2024") */
const DATE_AFTER = /\s*(?:[-–—,]|\()\s*(?:\d{1,2}[:h]\d{2}\s*,?\s*)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?:,?\s+\d{1,2}:\d{2})?\s*\)?$/iu;
/**
 * the date the author filed, then a dash, a comma or a bar, then the credit ("12/3/2024 - Thu Hà",
 * "12:30 12/3/2024 | Thu Hà"); "Ngày 21/8/2015 – Tỉnh Đồng Nai" is a dateline and its place
 */
const DATE_BEFORE = /^(?:\d{1,2}[:h]\d{2}\s*,?\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?:,?\s+\d{1,2}:\d{2})?\s*[-–—,|]\s*(?=\p{Lu})/u;
/** initials glued to a given name: "H.Lan", "T.N.Hà", "Th.Hằng" */
const GLUED_INITIALS = lazyRegExp(() => /^(?:\p{Lu}\p{Ll}?\.)+\p{Lu}\p{Ll}+$/u);
/** authors joined: "Minh Anh – Thu Hà", "Minh Anh và Thu Hà", "H.Lan & T.Nam" */
const AUTHOR_JOIN = /\s*[-–—&]\s*|\s+và\s+/u;

/** words written in lower case inside a body's name: the main levels' syllables and 'và' (structure/data.ts BODY_LEVELS) */
const LEVEL = new RegExp(`^${BODY_LEVELS}$`, 'u');
/** a joiner of a body's fields ("Phòng Dân tộc và Tôn giáo"; structure.json bodyNameJoiners) */
const JOINER = new RegExp(`^${BODY_JOINERS}$`, 'u');
/** a level of place, in any case ("bản", "xã", "tổ dân phố", "Xã") */
const PLACE_LEVEL = new RegExp(`^${PLACE_LEVELS}\\s+`, 'iu');

/**
 * A level of place, then its name or number, opening the text: "bản Nà Hừ", "xã Chiềng Mai", "tổ dân
 * phố 5". (The name's capital is read apart: under the "i" flag \p{Lu} matches any letter.)
 */
function placeAt(text: string): string | undefined {
  const level = PLACE_LEVEL.exec(text);
  return level && /^[\p{Lu}\d]/u.test(text.slice(level[0].length)) ? level[0] : undefined;
}
/**
 * the writer's job, in lower case, opening the affiliation before the unit ("cán bộ Phòng Nội vụ
 * huyện", "giáo viên Trường THCS Tân Hòa", "cộng tác viên Đài Truyền thanh xã"): structure.json
 * creditPositions and the reporters' roles; the unit's capital must follow
 */
const POSITION = lazyRegExp(() => new RegExp(`^(?:${CREDIT_POSITIONS}|${BYLINE_ROLES})\\s+(?=\\p{Lu})`, 'u'));
/** the unit an affiliation belongs to, named by its kind at its end ("… Công đoàn cơ sở") */
const OWNER_END = new RegExp(`\\s+${CREDIT_OWNERS}$`, 'u');

function words(s: string): string[] {
  return s.split(/\s+/u).filter(Boolean);
}

/** 1 to 5 capitalised tokens: a person's name, initials or an agency abbreviation. */
export function isNameLike(s: string): boolean {
  const ws = words(s);
  return ws.length >= 1 && ws.length <= 5 && ws.every((w) => NAME_TOKEN.test(w));
}

/**
 * "nguyễn Hà", "Trần thu Hà": after a credit's label, the author's name with a syllable typed in
 * lower case is still the credit (person-name-case reports its case): two to four syllables, a
 * surname first, one capitalised at least. Without a label, a caption ("Toàn cảnh hội nghị") is
 * written so.
 */
function isMiscasedName(s: string): boolean {
  const ws = words(s);
  return ws.length >= 2 && ws.length <= 4 && isSurname(syllableKey(ws[0])) && ws.some((w) => /^\p{Lu}\p{Ll}*$/u.test(w)) && ws.every((w) => /^\p{L}+$/u.test(w));
}

/**
 * "Xa thị Hương": a name of three or four syllables whose middle "Văn"/"Thị" was typed in lower
 * case, the others capitalised (person-name-case reports it). Its first syllable makes no word
 * with the middle one, whatever the surname list holds ("Đô thị Hà Nội" is a caption's words).
 */
function isLowerMiddleName(s: string): boolean {
  const ws = words(s);
  return (
    ws.length >= 3 &&
    ws.length <= 4 &&
    MIDDLE.has(syllableKey(ws[1])) &&
    /^\p{Ll}+$/u.test(ws[1]) &&
    ws.every((w, k) => k === 1 || /^\p{Lu}\p{Ll}*$/u.test(w)) &&
    !makesWord(ws[0], ws[1])
  );
}

/** how often drafts must have written a syllable for its capitals to say it is a name's */
const NAME_SYLLABLE_SEEN = 10;

/**
 * "Mỹ thanh", "Bảo khánh": a pen name alone on the story's last line, a syllable typed in lower
 * case (person-name-case reports it). Two or three syllables, the first capitalised, no word of a
 * credit's label; each lowercase one a syllable drafts capitalise at least as often as not, seen
 * often enough to tell (a name's: "thanh", "khánh"; a caption's "Toàn cảnh", "Hội nghị" are
 * lowercase words), and no two of them a common word.
 */
export function isMiscasedPenName(line: string): boolean {
  const ws = words(nfc(line.trim()).replace(/\.$/u, ''));
  return isPenNameSlipShape(ws, (k) => {
    const c = countsOf(syllableKey(ws[k]));
    return !!c && c[0] + c[1] >= NAME_SYLLABLE_SEEN && c[1] >= c[0];
  });
}

/**
 * "Langbiang", "Hoài": a pen name of one word, alone on the story's last line right under its
 * last paragraph (parse.ts asks that). A line that alone names a site or a section is the page's
 * ("Baohatinh": a paper's name glued, structure.json lonePenNameNot), and so is a word that
 * drafts write in lower case more often than capitalised ("Hết", "Ảnh"): a pen name's syllable
 * is a name's.
 */
export function isLonePenName(line: string): boolean {
  const t = nfc(line.trim()).replace(/\.$/u, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(t) || LABEL_WORD.test(t) || SITE_LABEL().test(t)) return false;
  const c = countsOf(syllableKey(t));
  return !c || c[1] >= c[0];
}

/** A whole line that credits the author. */
export function isBylineText(line: string): boolean {
  // "Thanh Tâm (Đài TT-TH huyện) - Thu Hà (CTV)": two or three writers, each with the unit in
  // brackets after the name, joined by a spaced dash; each part is a credit of its own
  const writers = nfc(line.trim()).split(/\s+[-–—]\s+/u);
  if (writers.length >= 2 && writers.length <= 3 && writers.slice(0, -1).some((w) => /^[^(]+\([^()]+\)$/u.test(w)) && writers.every(isBylineText)) return true;
  let t = nfc(line.trim())
    .replace(/^\((.*)\)$/u, '$1') // "(Theo TTXVN)"
    .replace(/\s*[|]\s*$/u, '') // "Thành Nhân |": a table cell's border
    .replace(STAMP_AFTER_BAR, '') // "Thu Hà | 12:30 20/08/2024": the page's time stamp after the credit
    .replace(STAMP_BEFORE_BAR, '') // "12:30 20/08/2024 | Thu Hà": or before it
    .replace(DATE_AFTER, '') // "Thu Hà - 12/3/2024": the date the author filed
    .replace(DATE_BEFORE, (date, _at: number, line: string) => (placeAt(line.slice(date.length)) ? date : '')) // "12/3/2024 - Thu Hà": or before the name
    .replace(/\s*\.\/\.\s*$/u, '')
    .replace(/\s*\.\s*$/u, '');
  // "Hoài (Đài TT huyện)": an affiliation in brackets after the credit, its body's full name too
  // ("Minh Anh (Trung tâm Văn hóa, Thông tin và Thể thao huyện Tân Sơn)")
  const bracketed = /\s*\((?:theo|nguồn)?[^()]{1,90}\)\s*$/iu.exec(t);
  const affiliated = !!bracketed && /^\s*\(\s*\p{Lu}/u.test(bracketed[0]);
  if (bracketed) t = t.slice(0, bracketed.index);
  t = t.trim();
  // digits may name a unit in an affiliation ("Trung đoàn 9"), never a date or a time
  // a long affiliation ("Mai Phương - Trung tâm Văn hóa, Thông tin và Thể thao huyện Tân Lạc") fits
  // (the credit's words, not its label's: "Tin, ảnh: Ma Văn Đức - Trung tâm Văn hóa, Thông tin và
  // Thể thao huyện Lâm Bình" is a long affiliation after a two-word label)
  if (!t || /\d{1,2}\s*[-/.:]\s*\d{1,2}/u.test(t) || words(t.replace(PREFIX, '')).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > 16) return false;
  if (BYLINE_WORDS.has(normKey(t))) return true;
  // "Bà Vàng Thị Dua, Giám đốc Bảo hiểm xã hội huyện": a caption naming an official
  const opener = NOT_AUTHOR_OPENER.exec(t);
  if (opener && /^\p{Lu}/u.test(t.slice(opener[0].length))) return false;
  // "Ảnh: Minh Tú - Tin: Lan Anh", "Tin: Lan Anh; ảnh: Ban Tổ chức cung cấp", "Tin: Lan Anh, Ảnh:
  // Minh Tú": the photo's credit, whoever it names, beside the text's; "Biên tập: Hoàng Anh - Đọc:
  // Minh Phương": a radio item's credits, each with its label. Each part is a credit, one at least
  // credits the text, one at least is labelled (plain names joined are read below)
  const credits = t.split(/\s*;\s*|\s+[-–—|]\s+|\s*,\s*(?=[^,;:]{1,25}:)/u);
  const photo = (c: string): boolean => /^ảnh\s*:/iu.test(c);
  const labelled = (c: string): boolean => photo(c) || PREFIX.test(c) || ROLE_PREFIX.test(c);
  if (credits.length > 1 && credits.length <= 3 && credits.some(labelled) && credits.some((c) => !photo(c)) && credits.every((c) => photo(c) || isBylineText(c))) return true;
  // "Theo Báo Nhân Dân", "Nguồn: Ban Tuyên giáo Tỉnh ủy": a source, named like a body
  const source = SOURCE_PREFIX.exec(t);
  if (source) {
    const rest = t.slice(source[0].length).trim();
    // a body's long name too ("Nguồn: Trung tâm Văn hóa - Thể thao và Truyền thông huyện")
    const named = (/^\p{Lu}/u.test(rest) || /^[\w.-]+\.(?:vn|com|net|org|gov\.vn)\b/iu.test(rest)) && (words(rest).length <= 8 || isBodyCredit(rest));
    // "Tin ảnh: …", "Tin và ảnh: …" are labels, read below; so is "Tin:" before a person's name
    // and an affiliation ("Tin: Lò Văn Tuấn - Tòa án nhân dân tỉnh")
    if (named || !/^tin\b/iu.test(source[0])) return named;
  }
  // "PV Thu Hà", "Phóng viên Minh Đức", "Nhóm PV Ban Thời sự" ("PV - CTV" is two credits, read below)
  const role = ROLE_PREFIX.exec(t);
  if (role && t.length > role[0].length) {
    const rest = t.slice(role[0].length).trim();
    // … or a body's long name ("Phóng viên Đài Phát thanh và Truyền hình tỉnh"), or a name and
    // the body the author writes for ("PV Thu Hà - Đài TT-TH huyện Văn Bàn")
    if (/^\p{Lu}/u.test(rest)) return words(rest).length <= 6 || isBodyCredit(rest) || isBylineText(rest);
    // "Nhóm cộng tác viên xã Hòa Hiệp": the team of a place, named by its level
    if (placeAt(rest) && words(rest).length <= 6) return true;
  }
  const prefixed = PREFIX.exec(t);
  if (prefixed) t = t.slice(prefixed[0].length).trim();
  // "Tin và ảnh: Nhóm cộng tác viên xã Hòa Hiệp": a label, then a role and whom it names
  if (prefixed && ROLE_PREFIX.test(t)) return isBylineText(t);
  t = t.replace(SUFFIX, '').replace(HONORIFIC, '').trim();
  if (!t) return false;
  // "Baohatinh": one capitalised word alone is a site's or section's label; a credit is a
  // full name, initials, an abbreviation ("PV", "KIM"), a labelled pen name ("Tin: Hoài") or a pen
  // name with its affiliation ("Hoài (Đài TT huyện)")
  if (!prefixed && !affiliated && /^\p{Lu}\p{Ll}+$/u.test(t)) return false;
  // "Minh Anh – Thu Hà", "Lê Văn Hải – Huyện ủy Khánh Sơn", "Mai Phương - Trung tâm Văn hóa,
  // Thông tin và Thể thao huyện": names first, then maybe one affiliation
  // ("Đặng Thị Hoa, Trung tâm Văn hóa huyện": a comma may separate the affiliation too)
  // ("Kim Sang | Đài TT xã": a bar, as a page prints it, between the name and the unit)
  const segments = t.split(/\s*[-–—,;|]\s*|\s*\/\s*/u).filter(Boolean);
  let names = 0;
  // ("Hải Yến và nhóm PV": a name beside the team's credit)
  const named = (x: string): boolean => isNameLike(x) || isLowerMiddleName(x) || (!!prefixed && isMiscasedName(x)) || BYLINE_WORDS.has(normKey(x));
  while (names < segments.length && segments[names].split(/\s*&\s*|\s+và\s+/u).filter(Boolean).every(named)) names++;
  if (names === 0) return isBodyCredit(t) || isNamedBody(t);
  if (names === segments.length) return true;
  const written = segments.slice(names).join(' - ');
  if (ROLE_ONLY.test(written)) return true;
  // "Thu Hà, cán bộ Văn phòng HĐND-UBND huyện": the writer's post, then the unit it is held in
  const affiliation = written.replace(POSITION(), '');
  // a body or a title, its lower-case words short runs between capitalised ones ("Phó Chủ tịch
  // UBND phường", "Trung tâm Dịch vụ nông nghiệp huyện"); "… phường chủ trì buổi tập huấn." is a sentence
  // (its owner at its end is as a level word: "Ban Tuyên giáo Công đoàn cơ sở", "Tổ Tin học nhà trường")
  const ws = words(affiliation.replace(OWNER_END, '')).filter((w) => /\p{L}/u.test(w));
  // (or a body whose type word is more than one syllable: "Tòa án nhân dân tỉnh", "Ủy ban nhân dân xã")
  // (a place may open it: "Lò Văn Pọm - Bản Nà Sản, xã Chiềng Mai")
  // (after the writer's name the line's end closes a long field: "Thu Trang - Phòng Tuyên truyền -
  // Hỗ trợ người nộp thuế")
  // (or a unit's type word in lower case before its capitalised name: "Hoàng Nam - tổ Văn phòng")
  return (/^\p{Lu}/u.test(affiliation) || !!placeAt(affiliation) || lowerUnitAt(affiliation)) && ws.length <= 14 && (lowerRunsShort(ws, 1) || isBodyCredit(affiliation, true));
}

/** a body's type word written in lower case, then its name's capital ("tổ Văn phòng", "phòng Hành chính") */
function lowerUnitAt(text: string): boolean {
  if (!/^\p{Ll}/u.test(text)) return false;
  const type = typeWordOpening(normKey(text));
  if (!type || type.common) return false;
  return /^\p{Lu}/u.test(text.split(/\s+/u)[type.head.split(' ').length] ?? '');
}

/** No more than `max` lower-case syllables in a row from `from` on, the level words ("huyện", "và") apart. */
function lowerRunsShort(ws: string[], from: number, max = NAME_MAX_LOWER): boolean {
  let lower = 0; // lower-case syllables since the last capitalised word ("Chữ thập đỏ", "Thông tin điện tử")
  for (let i = from; i < ws.length; i++) {
    if (/^\p{Lu}/u.test(ws[i])) lower = 0;
    else if (LEVEL.test(ws[i])) continue;
    else {
      // "Ban Công tác Mặt trận bản Nà Hừ": a village's level before its name, as a commune's
      const place = placeAt(ws.slice(i, i + 4).join(' '));
      if (place) i += words(place).length - 1;
      else if (++lower > max) return false;
    }
  }
  return true;
}

/**
 * Lower-case syllables a body's field may run after its capitalised one, when the line opens
 * with the body's type word: a field of two words ("Phòng Công tác sinh viên", "Bộ môn Y học cộng
 * đồng", "Khoa Lý luận cơ sở"). A caption runs on with a verb and its object ("Trung tâm Y tế
 * huyện trao đổi kinh nghiệm với học viên").
 */
const BODY_FIELD_MAX_LOWER = NAME_MAX_LOWER + 1;

/** "BHXH", "TTYT", "VP", "TT-TH": a body's type or name in capitals, abbreviated */
const ABBREVIATED_HEAD = lazyRegExp(() => /^\p{Lu}{2,6}(?:[-&]\p{Lu}{1,6})*$/u);

/**
 * A body credited as the author ("Trung tâm Truyền thông huyện", "Ban Tuyên giáo Huyện ủy", "Hội
 * Chữ thập đỏ huyện", "Cổng Thông tin điện tử huyện"): an organisation head, then a name whose
 * words are capitalised, two lower-case syllables at most after each ("Tuyên giáo", "Chữ thập
 * đỏ") or level words. A caption runs more lower-case words together. `closed`: something after
 * it on the line (the body it belongs to) or before it (the writer's name) makes the line a
 * credit, so a long field may end the name in lower case (isClosedLongField); a unit and the
 * body it belongs to are read apart (isUnitOfParent), with no mark between them too unless
 * `glued` is off (the parts of such a cut are read without one).
 */
function isBodyCredit(t: string, closed = false, glued = true): boolean {
  if (isUnitOfParent(t, glued)) return true;
  // "Trung tâm Văn hóa - Thông tin và Thể thao huyện": a dash inside the name is no word
  // (the unit it belongs to, named by its kind, closes it as a level word does: "Văn phòng nhà
  // trường", "Công đoàn cơ sở"; no caption's words after a known name)
  const ws = words(t.replace(OWNER_END, '')).filter((w) => /\p{L}/u.test(w));
  if (ws.length < 2 || ws.length > 12 || !/^\p{Lu}/u.test(t)) return false;
  const key = normKey(t);
  // "BHXH tỉnh Điện Biên", "TTYT huyện Phong Thổ", "VP Huyện ủy": an abbreviated body, then its
  // level and place or the body it belongs to
  if (ABBREVIATED_HEAD().test(ws[0]) && (LEVEL.test(ws[1]) || /^\p{Lu}/u.test(ws[1]))) return lowerRunsShort(ws, 1, BODY_FIELD_MAX_LOWER);
  const head = typeWordOpening(key);
  if (!head) return false;
  // the name's words after the head's own ("Cổng Thông tin" + "điện tử huyện")
  const from = head.head.split(/\s+/u).length;
  // "Hội trường UBND xã", "Phòng học": common words, not a body ("Đài Truyền thanh huyện", its
  // next word capitalised, is one; so is "Công đoàn Viên chức tỉnh": the word after a head of two
  // syllables, not its second syllable)
  if (head.common && !/^\p{Lu}/u.test(ws[from] ?? '')) return false;
  return (lowerRunsShort(ws, from, BODY_FIELD_MAX_LOWER) || isClosedLongField(ws, from, closed)) && !goesOnPastKnownName(ws);
}

/** a comma, or a dash with spaces around it, between a unit and the body it belongs to */
const UNIT_PARENT_SEPARATOR = /\s*,\s*|\s+[-–—]\s+/gu;

/**
 * "Phòng Tuyên truyền - Hỗ trợ người nộp thuế, Cục Thuế tỉnh Bình Định", "Văn phòng Thanh tra -
 * Pháp chế, Sở Lao động - Thương binh và Xã hội": a unit, then the body it belongs to, opening
 * with a body's type word after a comma or a spaced dash (a dash inside a field, "Tuyên truyền -
 * Hỗ trợ", opens no type word). Each is read as a body of its own, and the parent closes the
 * unit's field as its level or place would ("… hỗ trợ người nộp thuế" then "Cục Thuế …"). A
 * caption's verb in either part still makes it no credit.
 */
function isUnitOfParent(t: string, glued: boolean): boolean {
  const cuts = [...t.matchAll(UNIT_PARENT_SEPARATOR)].reverse();
  for (const cut of cuts) {
    const unit = t.slice(0, cut.index).trim();
    const parent = t.slice(cut.index + cut[0].length).trim();
    if (!/^\p{Lu}/u.test(parent) || !typeWordOpening(normKey(parent))) continue;
    if (isBodyCredit(parent, true, glued) && isBodyCredit(unit, true, glued)) return true;
  }
  if (!glued) return false;
  // "Phòng Giáo vụ Trường Bổ túc văn hóa …", "Ban Chấp hành Công đoàn cơ sở Công ty TNHH …": the
  // parent right after the unit, no mark between them; a capitalised type word of two words or
  // more words into the line opens it. Each part is read as a body without such a cut (one cut: no
  // search over every way to split the line), and a preposition or an auxiliary in the unit makes
  // it a caption's clause ("Phòng Văn hóa huyện tập huấn cho Trường …")
  const ws = words(t);
  for (let k = 2; k < ws.length - 1; k++) {
    if (!/^\p{Lu}/u.test(ws[k])) continue;
    const parent = ws.slice(k).join(' ');
    const type = typeWordOpening(normKey(parent));
    if (!type || type.common) continue;
    const unit = ws.slice(0, k);
    if (hasFunctionWord(unit)) continue;
    if (isBodyCredit(unit.join(' '), true, false) && isBodyCredit(parent, true, false)) return true;
  }
  return false;
}

/** a lower-case word that is a function word: a preposition, an auxiliary ("cho", "tại", "đã") */
function hasFunctionWord(ws: string[]): boolean {
  const keys = ws.map(syllableKey);
  return ws.some((w, i) => /^\p{Ll}/u.test(w) && (functionAt(keys, i) || NOT_FIELD_OPENERS.has(keys[i]) || genreWords().functionWords.has(lookupKey(w))));
}

/**
 * Lower-case syllables a body's field may run when the name is closed by its level or place
 * ("Văn phòng Điều phối nông thôn mới huyện", "Trung tâm Phục vụ hành chính công xã", "Văn
 * phòng Đăng ký đất đai chi nhánh Cầu Kè"): the field's nouns, however many, end where the
 * unit is named.
 */
const CLOSED_FIELD_MAX_LOWER = NAME_MAX_LOWER + 3;

/**
 * A body's field that opens with a capital and runs on in lower case up to a level word or a
 * capitalised place closing the line, no word of it a function word (a preposition, an auxiliary:
 * "cho", "tại", "với", "đã", organisation-grammar.json functionWords and notFieldOpeners,
 * genre-words.json functionWords). A caption goes on past its body with a verb and its object,
 * to a preposition and a place ("… trao quà cho hội viên xã"), or ends in lower case.
 */
function isClosedLongField(ws: string[], from: number, closed = false): boolean {
  if (!/^\p{Lu}/u.test(ws[from] ?? '') || !lowerRunsShort(ws, from, CLOSED_FIELD_MAX_LOWER)) return false;
  const keys = ws.map(syllableKey);
  let last = -1; // the field's last lower-case word that is no level of the unit
  for (let i = from; i < ws.length; i++) {
    if (/^\p{Lu}|^\d/u.test(ws[i]) || LEVEL.test(ws[i])) continue;
    if (functionAt(keys, i) || NOT_FIELD_OPENERS.has(keys[i]) || genreWords().functionWords.has(lookupKey(ws[i]))) return false;
    last = i;
  }
  // closed: a level word or a capitalised place after the field's last lower-case word, or the
  // body it belongs to after the line's separator (`closed`)
  return last >= 0 && (closed || last < ws.length - 1);
}

/**
 * "Phòng Y tế kiểm tra", "Đoàn Thanh niên ra quân", "Hội Nông dân xã trao quà": a body the lexicon
 * knows (dictionaries/organisations.json), its level words, then a lower-case word. The name ended
 * where the lexicon says; what follows it in lower case is no place nor owner (those are
 * capitalised) but the caption's verb.
 */
function goesOnPastKnownName(ws: string[]): boolean {
  let node = builtin.organisations.next.get(syllableKey(ws[0]));
  let end = 0;
  for (let i = 1; node && i <= ws.length; i++) {
    if (node.here.length > 0) end = i;
    node = i < ws.length ? node.next.get(syllableKey(ws[i])) : undefined;
  }
  if (end === 0) return false;
  // its levels and places ("… huyện", "… xã Tân Lập", "… bản Nà Hừ")
  let j = end;
  for (;;) {
    const place = LEVEL.test(ws[j] ?? '') ? ws[j] : placeAt(ws.slice(j, j + 4).join(' '));
    if (!place) break;
    j += words(place).length;
    const field = j;
    while (j < ws.length && /^[\p{Lu}\d]/u.test(ws[j])) j++;
    // "Phòng Dân tộc và Tôn giáo huyện": after a joiner the name goes on with another field, its
    // capitalised word and one in lower case ("Tôn giáo", "Thể thao"); a caption's verb comes later
    if (j > field && j < ws.length && /^\p{Ll}/u.test(ws[j]) && !LEVEL.test(ws[j]) && !placeAt(ws.slice(j, j + 4).join(' ')) && JOINER.test(ws[field - 1])) j++;
  }
  // "Đồn Biên phòng cửa khẩu cảng Rạch Giá", "Công đoàn cơ sở Công ty …": the name goes on with
  // nouns (words a general dictionary gives as nouns only: "cửa khẩu", "cảng", "cơ sở") and the
  // capitalised name they lead to; a caption's verb is none ("kiểm tra", "trao", "ra quân")
  const start = j;
  let open = false; // the last words read were nouns that nothing capitalised closed
  for (;;) {
    const n = j < ws.length && /^\p{Ll}/u.test(ws[j]) ? nounAt(ws, j) : 0;
    if (n === 0) break;
    j += n;
    const at = j;
    while (j < ws.length && (/^[\p{Lu}\d]/u.test(ws[j]) || LEVEL.test(ws[j]))) j++;
    open = j === at;
  }
  // (nouns that end the line in lower case close no name: read as before, the caption's words)
  if (open) return true;
  if (j > start) return j < ws.length;
  return j < ws.length && /^\p{Ll}/u.test(ws[j]);
}

/** how many words at `i` make a noun of one or two syllables that is only a noun (general-nouns.json), or 0 */
function nounAt(ws: string[], i: number): number {
  if (i + 1 < ws.length && /^\p{Ll}/u.test(ws[i + 1]) && isGeneralNoun(`${lookupKey(ws[i])} ${lookupKey(ws[i + 1])}`) && !isGeneralPerson(`${lookupKey(ws[i])} ${lookupKey(ws[i + 1])}`)) return 2;
  return isGeneralNoun(lookupKey(ws[i])) && !isGeneralPerson(lookupKey(ws[i])) ? 1 : 0;
}


/**
 * "Agribank Chi nhánh huyện Bắc Hà", "Hoàng Lan Đài Truyền thanh huyện": one to three capitalised
 * words (a brand, a pen name) right before a body's type word and its name, the dash between them
 * left out.
 */
function isNamedBody(t: string): boolean {
  const ws = words(t);
  for (let k = 1; k <= 3 && k < ws.length - 1; k++) {
    if (!NAME_TOKEN.test(ws[k - 1])) return false;
    if (isBodyCredit(ws.slice(k).join(' '))) return true;
  }
  return false;
}

/**
 * A line under the headline that credits the author (some layouts put it there): a person's
 * name alone ("Minh Anh", "H.Lan"), two or three joined ("Minh Anh – Thu Hà"), or a labelled
 * credit ("Tin, ảnh: Minh Anh"). A one-word line is a section label, unless it is initials
 * glued to a name.
 */
export function isTopBylineText(line: string): boolean {
  // "NGUYỄN DƯƠNG |", "Thu Hà | 20/08/2024 10:30", "Thứ hai, 12/3/2024 | Thu Hà": a page prints
  // its time stamp beside the credit
  const t = nfc(line.trim()).replace(STAMP_AFTER_BAR, '').replace(STAMP_BEFORE_BAR, '').replace(DATE_AFTER, '').replace(/\s*[|]\s*$/u, '');
  // "PV", "Nhóm PV": a credit that is no name; "(Theo baophutho.vn)": a source in brackets, a line of its own
  if (BYLINE_WORDS.has(normKey(t)) || (/^\((?:theo|nguồn)\s[^()]+\)$/iu.test(t) && isBylineText(t))) return true;
  if (/\d/u.test(t)) return isLabelledCredit(t);
  // "Tin: Hải Yến", "Nguồn: Lê Hà": a source's label before a person's name (not before a sentence)
  const source = SOURCE_PREFIX.exec(t);
  if (source && source[0].includes(':') && isAuthorName(t.slice(source[0].length).trim())) return true;
  // "TS. Nguyễn Văn An", "Đại úy Lê Hà": the author's degree or rank before the name
  // "(Thu Hà)", "(Minh Anh - Thu Hà)": the authors' names in brackets, a line of their own
  const authors = t.replace(/^\((.*)\)$/u, '$1').replace(HONORIFIC, '').split(AUTHOR_JOIN);
  if (authors.length <= 3 && authors.every(isAuthorName)) return true;
  // "Minh Anh (Đài TT-TH An Lão)": the authors, then the body they write for in brackets
  const bracketed = /\s*\(\s*\p{Lu}[^()]{1,90}\)$/u.exec(t);
  if (bracketed) {
    const named = t.slice(0, bracketed.index).split(AUTHOR_JOIN);
    if (named.length <= 3 && named.every(isAuthorName)) return true;
  }
  // "Thu Hà - Đài TT-TH huyện": the authors, then the body they write for (a dash between words, not inside one)
  const parts = t.split(/\s+[-–—]\s*|\s*[-–—]\s+/u);
  let names = 0;
  while (names < parts.length - 1 && isAuthorName(parts[names])) names++;
  if (names > 0 && names <= 3 && isBodyCredit(parts.slice(names).join(' - '))) return true;
  // "Tin, ảnh: …", "PV Đài TT-TH huyện", "Nhóm PV Ban Thời sự": a credit marked by its label or role
  return isMarkedCredit(t);
}

/** One author's name under a headline: 2 to 5 name tokens, or initials glued to a given name ("H.Lan"). */
function isAuthorName(s: string): boolean {
  const ws = words(s);
  return (ws.length >= 2 && ws.length <= 5 && isNameLike(s)) || (ws.length === 1 && GLUED_INITIALS().test(ws[0]));
}

/** A credit with its label ("Tin, ảnh: Minh Anh", "Tác giả: Trần Bình"). */
export function isLabelledCredit(line: string): boolean {
  const t = nfc(line.trim());
  const label = PREFIX.exec(t);
  // "Tin: …", "Nguồn: …" may name a source; "Tin và ảnh: …" is the author's label
  return !!label && !SOURCE_LABEL.test(label[0]) && isBylineText(t);
}

/**
 * A credit marked as one by its label or the author's role ("Tin, ảnh: Minh Anh", "Tác giả: Trần
 * Bình", "PV Thu Hà", "Nhóm PV"): the credit some pages print above the headline, where a bare
 * name may be a section's label.
 */
export function isMarkedCredit(line: string): boolean {
  const t = nfc(line.trim());
  if (isLabelledCredit(t) || BYLINE_WORDS.has(normKey(t.replace(/[\s.]+$/u, '')))) return true;
  const role = ROLE_PREFIX.exec(t);
  return !!role && /^\p{Lu}/u.test(t.slice(role[0].length)) && isBylineText(t);
}

/**
 * Who a byline line credits, without its label: "Tin, ảnh: Minh Anh" → "Minh Anh",
 * "PV Thu Hà" → "Thu Hà", "Hữu Hoàn." → "Hữu Hoàn"; undefined when the line is no byline.
 */
export function bylineAuthor(line: string): string | undefined {
  if (!isBylineText(line)) return undefined;
  let t = nfc(line.trim()).replace(/^\((.*)\)$/u, '$1').replace(/\s*\.\/\.\s*$/u, '').replace(/[\s.|]+$/u, '');
  t = t.replace(PREFIX, '');
  // "PV Thu Hà" → "Thu Hà"; "PV - CTV" credits the two roles
  const role = ROLE_PREFIX.exec(t);
  if (role && /^\p{Lu}/u.test(t.slice(role[0].length))) t = t.slice(role[0].length);
  t = t.trim();
  return t || undefined;
}
