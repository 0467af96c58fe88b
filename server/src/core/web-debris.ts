/**
 * Web page debris inside a line of a draft ("huyệnnbsp;ủy", "&amp;", "- Ảnh 1.", "{title}",
 * "%image_alt%", an image file name): the patterns of dictionaries/web-debris.json `inline`.
 * The web-leftover rule reports them; spelling and spacing leave their letters alone.
 */
import debris from '../../../dictionaries/web-debris.json';
import { BoundedCache } from './bounded-cache.js';
import { paragraphProse } from './paragraph-memo.js';
import { closesCaption, gluedAltTextEnd } from './alt-text.js';
import { matchesOf } from './matches.js';
import { BYLINE_ROLES, typeWordOpening } from './structure/data.js';
import { normKey } from './structure/normtext.js';
import { lazyRegExp } from './lazy-regexp.js';

/**
 * remove the match; decode an HTML entity; put a space where a line-breaking tag was; remove
 * the match, leaving a full stop where it ran a line without one into the next sentence
 */
export type DebrisAction = 'remove' | 'decode' | 'space' | 'stop';

/**
 * An inline pattern and its cue, each made on its first use: most drafts never reach most of
 * them (`mayHaveDebris` asks all the cues at once first), and making one parses its pattern
 * (the Unicode classes built from ICU's tables): the 41 made at every start of the server and
 * of each CLI worker cost 3–10 ms, most of them never run.
 */
class InlineDebris {
  private madeRe: RegExp | undefined;
  private madeCue: RegExp | undefined;

  constructor(
    readonly name: string,
    readonly action: DebrisAction,
    private readonly pattern: string,
    private readonly flags: string,
    private readonly cueSource: string,
  ) {}

  get re(): RegExp {
    return (this.madeRe ??= new RegExp(this.pattern, this.flags));
  }

  /** found in every text `re` matches (the entry's `cue`) */
  get cue(): RegExp {
    return (this.madeCue ??= new RegExp(this.cueSource, 'iu'));
  }

  private madeSticky: RegExp | undefined;
  private madeCueScan: RegExp | undefined;

  /** `re` tried at one position only (`lastIndex`) */
  get sticky(): RegExp {
    return (this.madeSticky ??= new RegExp(this.pattern, `${this.flags.replace('g', '')}y`));
  }

  /** the cue's next start from `lastIndex` */
  get cueScan(): RegExp {
    return (this.madeCueScan ??= new RegExp(this.cueSource, 'giu'));
  }
}

/**
 * How far before its cue a match may open: CUE_LEAD characters, and on to the start of the
 * run of non-blank characters they reach into and the blanks before it (however long: a file
 * name or an address before its ".jpg", "  - Ảnh"). The cue is a word of the debris or its
 * opening mark; what comes before it is a bar, a dash, a weekday and a date ("Thứ hai,
 * 12/5/2025 - 9:30"), a file's name.
 */
export const CUE_LEAD = 64;

const isBlankCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
const isTrail = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isLead = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * The matches of an inline pattern in `seg`, the same as a global scan with `re` finds, read
 * only before the cue's starts: every match holds its cue, CUE_LEAD characters at most after
 * the match opens (a run of non-blank characters or blanks aside), so the pattern is tried at
 * those positions alone, each with the sticky flag on the whole text (lookbehinds, `^` and `$`
 * read what they read in a global scan). No position is tried twice (a window never reaches
 * back before the last one's end), so the work is at most a global scan's. A global scan tried
 * the whole pattern at every character of the paragraph: on a draft that is one 10 MB line
 * where each cue turns up somewhere, the 41 patterns cost ~14 s; read this way, ~2 s.
 */
export function matchesNearCues(d: Pick<InlineDebris, 'sticky' | 'cueScan'>, seg: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { sticky, cueScan } = d;
  let pos = 0;
  while (pos <= seg.length) {
    cueScan.lastIndex = pos;
    const cue = cueScan.exec(seg);
    if (cue === null) break;
    const q = cue.index;
    let lo = Math.max(pos, q - CUE_LEAD);
    while (lo > pos && !isBlankCode(seg.charCodeAt(lo - 1))) lo--;
    while (lo > pos && isBlankCode(seg.charCodeAt(lo - 1))) lo--;
    let m: RegExpExecArray | null = null;
    for (let p = lo; p <= q && m === null; p++) {
      // a unicode scan never starts inside a surrogate pair
      if (p > 0 && isTrail(seg.charCodeAt(p)) && isLead(seg.charCodeAt(p - 1))) continue;
      sticky.lastIndex = p;
      m = sticky.exec(seg);
    }
    if (m === null) {
      pos = q + 1;
      continue;
    }
    out.push(m);
    pos = m.index + m[0].length;
    if (m[0].length === 0) pos += (seg.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

/** Debris inside a line ("huyệnnbsp;ủy", "- Ảnh 1.", "%image_alt%"): dictionaries/web-debris.json `inline`. */
const INLINE: InlineDebris[] = debris.inline.map(
  (e) =>
    new InlineDebris(
      e.name,
      e.action === 'decode' || e.action === 'space' || e.action === 'stop' ? e.action : 'remove',
      e.pattern,
      (e as { caseSensitive?: boolean }).caseSensitive ? 'gu' : 'giu',
      e.cue,
    ),
);

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&',
  // the other spaces of typesetting (en, em, thin) are a plain space in a draft, as a non-breaking one is
  ensp: ' ', emsp: ' ', thinsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', copy: '©', reg: '®', deg: '°', times: '×',
  bull: '•', middot: '·',
  // HTML5's names for punctuation, which some editors write for every mark ("giờ&period;")
  period: '.', comma: ',', colon: ':', semi: ';', excl: '!', quest: '?', lpar: '(', rpar: ')', sol: '/', percnt: '%',
  num: '#', plus: '+', equals: '=', lowbar: '_', hyphen: '-', dash: '-',
  // marks no reader sees: decoded to nothing (an invisible character left in a word splits it for every other rule)
  shy: '', zwj: '', zwnj: '', lrm: '', rlm: '',
};

/** the code points of the invisible marks an entity may stand for: a soft hyphen, zero-width spaces and joiners, direction marks, a byte-order mark */
const INVISIBLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff]);

/** the mark a Latin-1 letter entity names ("ocirc" is o with a circumflex): combined, then composed */
const MARKS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308' };
const LETTER_ENTITY = /^([a-z])(grave|acute|circ|tilde|uml)$/iu;

/** The character an HTML entity stands for ("&amp;" → "&", "nbsp;" → " ", "&ocirc;" → "ô"). */
export function decodeEntity(entity: string): string {
  // an entity encoded twice or more ("&amp;nbsp;", "&amp;amp;nbsp;") stands for the entity inside it
  const raw = entity.replace(/^&(?:amp;(?=.))*/iu, '').replace(/;$/u, '');
  // an old page wrote Vietnamese letters as Latin-1 entities ("th&ocirc;n", "&Aacute;"): the case is the letter's
  const letter = LETTER_ENTITY.exec(raw);
  if (letter) return `${letter[1]}${MARKS[letter[2].toLowerCase()]}`.normalize('NFC');
  const name = raw.toLowerCase();
  const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? Number(name.slice(1)) : undefined;
  // a non-breaking space of the page is a plain space in a draft, by name or by number
  if (code !== undefined) return code === 0xa0 ? ' ' : INVISIBLE.has(code) ? '' : String.fromCodePoint(code);
  return ENTITIES[name] ?? entity;
}

export interface DebrisSpan {
  /** where the match starts, with the blanks a pattern takes along ("  - Ảnh 1") */
  from: number;
  /** where the debris a reader sees starts */
  start: number;
  end: number;
  name: string;
  action: DebrisAction;
}

/**
 * Debris lines that also turn up glued into a paragraph ("…cùng ngày. Bản in Các học viên…"):
 * the `entries` of dictionaries/web-debris.json with `prose`, each as a sticky expression, and
 * all of them as one expression that finds where one may start.
 */
const PROSE_SOURCES = debris.entries.flatMap((e) => {
  const prose = (e as { prose?: boolean | string }).prose;
  return prose ? [typeof prose === 'string' ? prose : e.pattern] : [];
});
/** (each made on its first use: only a candidate `PROSE_ANY` finds at a sentence boundary asks them) */
const PROSE_ITEMS: Array<RegExp | undefined> = PROSE_SOURCES.map(() => undefined);
const PROSE_ANY = new RegExp(PROSE_SOURCES.map((p) => `(?:${p})`).join('|'), 'giu');
const BLANK = /[ \t\u00a0]/u;
const BAR = /[|·•]/u;
/** what may follow a glued line: the end of the paragraph, or a blank and the next sentence's capital (case-sensitive) */
const NEXT_SENTENCE = lazyRegExp(() => /\.?(?!\.)(?:[ \t\u00a0]*$|[ \t\u00a0]+\p{Lu})/uy);
/** a page's strip of buttons holds a few: no more items than this are joined by blanks alone */
const STRIP_ITEMS = 8;
/** the blanks between two items of a strip of buttons with no bars ("In bài Gửi bài Chia sẻ") */
const BLANK_AFTER = /[ \t\u00a0]+(?=\p{Lu})/uy;
/**
 * A label's value going on to the paragraph's end after the words an item knows ("Ảnh: Facebook
 * | Hội Nông dân xã", "Ảnh: Google | Maps."): capitalised words (a name, its stop or none), or a
 * few words no stop closes (a body's name); a sentence after the item closes with its stop.
 */
/** a credit's name is short: no longer than this after the item */
const VALUE_LENGTH = 120;
const VALUE_GOES_ON = lazyRegExp(() => /^[ \t\u00a0]+\p{Lu}(?:[\p{L}\p{M}\p{N}.'’-]*(?:[ \t\u00a0]+[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’-]*)*[ \t\u00a0]*\.?|[\p{L}\p{M}\p{N}'’-]*(?:[ \t\u00a0]+[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*){0,7})[ \t\u00a0]*$/u);
/** a bar between two items, or a frame closing one item and the next opening ("] [") */
const BAR_AFTER = /(?:[ \t\u00a0]*[|·•]|(?<=[\]»›])[ \t\u00a0]*[\[«‹])[ \t\u00a0]*/uy;
/** a button's frame opening right before an item ("[ In bài ]", "« Trở về"): web-debris.json frames */
const FRAME_OPEN = /(?:\[|«|‹|<<?)[ \t\u00a0]*$/u;
/** the frame closing an item: its bracket, a guillemet or arrow pointing away, a bar ending the paragraph ("| Gửi email |") */
const FRAME_CLOSE = /[ \t\u00a0]*(?:\]|»|›|>>?|\|(?=[ \t\u00a0]*$))/uy;

/** the end of the frame closing the item that ends at `end` (a bracket only when one opened it), or `end` */
function frameClosed(seg: string, end: number, opened: boolean): number {
  FRAME_CLOSE.lastIndex = end;
  const m = FRAME_CLOSE.exec(seg);
  if (!m || (m[0].trimStart() === ']' && !opened)) return end;
  return end + m[0].length;
}

/** the end of the longest debris item at `at` that ends a word, or -1 */
function itemAt(seg: string, at: number): number {
  let best = -1;
  for (let i = 0; i < PROSE_ITEMS.length; i++) {
    const re = (PROSE_ITEMS[i] ??= new RegExp(PROSE_SOURCES[i], 'iuy'));
    re.lastIndex = at;
    const m = re.exec(seg);
    if (!m || m[0].length === 0) continue;
    const end = at + m[0].length;
    if (end > best && !/[\p{L}\p{M}\p{N}]/u.test(seg[end] ?? '')) best = end;
  }
  return best;
}

/**
 * The whole-line debris patterns (`entries` of dictionaries/web-debris.json, case-insensitive
 * ones, written in lower case), each as a sticky expression made on its first use: an item of
 * a toolbar after a bar.
 */
const LINE_SOURCES = debris.entries.filter((e) => !(e as { caseSensitive?: boolean }).caseSensitive).map((e) => e.pattern);
const LINE_ITEMS: Array<RegExp | undefined> = LINE_SOURCES.map(() => undefined);

/** what may follow a toolbar's item: a bar or a frame's close, the paragraph's end, or a blank and the next item's or sentence's capital */
const ITEM_STOPS = lazyRegExp(() => /(?:[ \t\u00a0]*(?:[|·•\]»›]|$)|[ \t\u00a0]+\p{Lu})/uy);

/**
 * LINE_SOURCES in groups of eight, each group one sticky alternation made on its first use: a
 * group matches at a position when one of its patterns does, so a position where none of the
 * groups does (most that lineItemAt is asked of) is settled by one expression per group, and
 * only the patterns of a group that matched are run one by one. (Eight, as parse.ts groups the
 * same entries: one alternation of them all took V8 nearly twice as long to compile.)
 */
const LINE_GROUP = 8;
const LINE_GROUPS: Array<RegExp | undefined> = Array.from({ length: Math.ceil(LINE_SOURCES.length / LINE_GROUP) }, () => undefined);

/** the end of the longest debris line item at `at` that stops at a bar, the paragraph's end or the next sentence's capital, or -1 */
function lineItemAt(seg: string, at: number): number {
  let best = -1;
  for (let g = 0; g < LINE_GROUPS.length; g++) {
    const from = g * LINE_GROUP;
    const to = Math.min(from + LINE_GROUP, LINE_SOURCES.length);
    const group = (LINE_GROUPS[g] ??= new RegExp(LINE_SOURCES.slice(from, to).map((p) => `(?:${p})`).join('|'), 'iuy'));
    group.lastIndex = at;
    if (!group.test(seg)) continue;
    best = Math.max(best, longestLineItem(seg, at, from, to));
  }
  return best;
}

/** lineItemAt among LINE_SOURCES[from … to - 1] */
function longestLineItem(seg: string, at: number, from: number, to: number): number {
  let best = -1;
  for (let i = from; i < to; i++) {
    const re = (LINE_ITEMS[i] ??= new RegExp(LINE_SOURCES[i], 'iuy'));
    re.lastIndex = at;
    const m = re.exec(seg);
    if (!m || m[0].trim().length === 0) continue;
    const end = at + m[0].trimEnd().length;
    // a pattern that runs on to the line's end ("Từ khóa: …") never takes a sentence along
    // (read where the item ends, sticky: a slice of the rest for each item of a long strip was quadratic)
    ITEM_STOPS().lastIndex = end;
    if (end > best && ITEM_STOPS().test(seg) && !/[.!?…][ \t\u00a0]+\p{Lu}/u.test(m[0])) best = end;
  }
  return best;
}

/**
 * Where debris at `at` would be removed from when it stands at a sentence boundary: the
 * paragraph's start, a blank after an end mark (and a closing quote or bracket), or a bar
 * ("Tập huấn | Ý kiến bạn đọc (0)", the bar and the blanks before it going too).
 */
function boundaryBefore(seg: string, at: number): { from: number; start: number; glued?: boolean } | undefined {
  let j = at;
  while (j > 0 && BLANK.test(seg[j - 1])) j--;
  if (j === 0) return { from: at, start: at };
  if (BAR.test(seg[j - 1])) {
    let k = j - 1;
    while (k > 0 && BLANK.test(seg[k - 1])) k--;
    return { from: k, start: j - 1 };
  }
  // glued to the word before it, the page lost its line break: a lower-case letter right before
  // the item's capital ("Minh AnhÝ kiến bạn đọc") is no Vietnamese word; only an item that ends
  // the paragraph is taken so
  if (j === at && /\p{Ll}/u.test(seg[at - 1]) && /\p{Lu}/u.test(seg[at])) return { from: at, start: at, glued: true };
  let k = j;
  while (k > 0 && /["”’)\]]/u.test(seg[k - 1])) k--;
  if (k === 0 || !/[.!?…]/u.test(seg[k - 1])) return undefined;
  // an end mark with no blank after it ("học viên.Bản in Tham dự"): only after a word, never
  // inside a number or a domain ("1.204", "baotinh.vn")
  return j < at || /[\p{L}"”’)\]]/u.test(seg[k - 2] ?? '') ? { from: at, start: at } : undefined;
}

/** a toolbar's first item is short: no further back than this before its bar */
const FIRST_ITEM = 60;

/**
 * The boundary before a toolbar's first item when the run found starts at a bar: a whole debris
 * line (an `entries` pattern) from a sentence boundary through the blanks before the bar ("…
 * cùng ngày. Bình luận | Chia sẻ | In bài": "Bình luận" alone may open a sentence, so it is no
 * prose item, but before a bar and a chrome item it is the toolbar's), or undefined.
 */
function itemBeforeBar(seg: string, edge: { from: number; start: number }): { from: number; start: number } | undefined {
  const k = edge.from;
  let s0 = k;
  while (s0 > 0 && k - s0 < FIRST_ITEM && !/[.!?…|·•\]»›]/u.test(seg[s0 - 1])) s0--;
  if (s0 > 0 && !/[.!?…]/u.test(seg[s0 - 1])) return undefined;
  while (s0 < k && BLANK.test(seg[s0])) s0++;
  if (s0 >= k || !/[\p{Lu}\p{N}]/u.test(seg[s0]) || lineItemAt(seg, s0) < k) return undefined;
  const before = boundaryBefore(seg, s0);
  return before && !before.glued ? { from: before.from, start: before.start } : undefined;
}

/**
 * Page debris glued into a paragraph at a sentence boundary ("…cùng ngày. Bản in Các học
 * viên…", "Lượt xem: 1.204 Sáng 5-3, …", "…tham dự. Ảnh 3"): an item of the `prose` entries,
 * or several joined by bars, opening with a capital or a digit (it stands where a sentence
 * starts), followed by the end of the paragraph or the next sentence's capital.
 */
function gluedLines(seg: string): DebrisSpan[] {
  const out: DebrisSpan[] = [];
  let done = 0;
  for (const m of matchesOf(PROSE_ANY, seg)) {
    const at = m.index ?? 0;
    // a jump line in brackets ("(Xem tiếp trang 3)") opens with its bracket
    if (at < done || !/^\(?[\p{Lu}\p{N}©]/u.test(seg.slice(at, at + 2))) continue;
    // a button's frame before it ("… hè. [ In bài ]"): the frame opens where the sentence would
    const frame = FRAME_OPEN.exec(seg.slice(Math.max(0, at - 8), at));
    const open = frame ? at - frame[0].length : at;
    let edge = boundaryBefore(seg, open);
    if (!edge) continue;
    // a toolbar whose first item no sentence may hold ("… cùng ngày. Bình luận | Chia sẻ"): the
    // item before the bar goes with the run, never left glued to the story
    if (BAR.test(seg[edge.start] ?? '')) edge = itemBeforeBar(seg, edge) ?? edge;
    let end = itemAt(seg, at);
    if (end < 0) continue;
    // a label's value going on in capitals to the paragraph's end ("Ảnh: Facebook Huyện Đoàn"):
    // the credit names someone after the word the item knows, and no sentence follows it
    if (seg.slice(at, end).includes(':') && seg.length - end <= VALUE_LENGTH && VALUE_GOES_ON().test(seg.slice(end))) continue;
    end = frameClosed(seg, end, !!frame);
    // where the run ended before an item joined by blanks alone ("In bài Gửi bài Chia sẻ")
    let beforeBlankJoin = -1;
    let joined = 0;
    for (;;) {
      BAR_AFTER.lastIndex = end;
      if (!BAR_AFTER.exec(seg)) {
        // a strip of buttons with no bars between them: each item two words or more, or one a
        // sentence may hold (no single word of a line's list: a name's "Minh" is one), the last
        // before the paragraph's end or the next sentence's capital
        BLANK_AFTER.lastIndex = end;
        if (joined >= STRIP_ITEMS || !BLANK_AFTER.exec(seg)) break;
        const from = BLANK_AFTER.lastIndex;
        const line = lineItemAt(seg, from);
        const next = Math.max(itemAt(seg, from), /[ \t\u00a0]/u.test(seg.slice(from, line)) ? line : -1);
        if (next < 0) break;
        if (beforeBlankJoin < 0) beforeBlankJoin = end;
        end = next;
        joined++;
        continue;
      }
      // once one glued item stands before a bar the run is a toolbar: the items after a bar may
      // be any debris line ("In bài | Gửi bài | Chia sẻ"), not only the ones a sentence may hold
      const after = BAR_AFTER.lastIndex;
      const next = Math.max(itemAt(seg, after), lineItemAt(seg, after));
      if (next < 0) break;
      end = frameClosed(seg, next, /[\[«‹]/u.test(seg.slice(end, after)));
    }
    NEXT_SENTENCE().lastIndex = end;
    // (items joined by blanks that no sentence follows: the run without them)
    if (beforeBlankJoin >= 0 && !NEXT_SENTENCE().test(seg)) end = beforeBlankJoin;
    NEXT_SENTENCE().lastIndex = end;
    if (!NEXT_SENTENCE().test(seg) || (edge.glued && !/^[ \t\u00a0]*$/u.test(seg.slice(end)))) continue;
    out.push({ from: edge.from, start: edge.start, end, name: 'gluedLine', action: 'remove' });
    done = end;
  }
  return out;
}

const CAPTION = debris.captionLabels;
/** a photo's label opening a paragraph, and its colon ("Ảnh:", "Ảnh minh họa:"): web-debris.json captionLabels */
const CAPTION_LABEL = new RegExp(`^[ \\t\\u00a0]*((?:${CAPTION.label})[ \\t\\u00a0]*:)`, 'iu');
/** "… cung cấp": who gave the photo, closing a credit */
const CREDIT_END = new RegExp(`(?:^|[ \\t\\u00a0])(?:${CAPTION.creditEnds.join('|')})[ \\t\\u00a0]*[.)]?$`, 'iu');
/**
 * A body's type word opens the words ("Ban tổ chức", "Hội nông dân xã": structure.json
 * organisationTypes), and not as the first syllable of a common word (the type's
 * `notBefore`: "Báo cáo viên …", "Hội trường …" open no body's name).
 */
function opensBody(words: string): boolean {
  const opening = typeWordOpening(normKey(words));
  return !!opening && !opening.common;
}
/** a reporter's role opening the credit ("Phóng viên Minh Đức", "Nhóm phóng viên"): structure.json bylineRoles */
const ROLE_OPENS = lazyRegExp(() => new RegExp(`^${BYLINE_ROLES}(?!\\p{L}|\\p{N})`, 'iu'));
/** a scene noun opening a page's generic caption ("Quang cảnh hội nghị."), read on its key */
const SCENE_OPENS = new RegExp(`^(?:${CAPTION.sceneOpeners.map((w) => normKey(w)).join('|')})(?:\\s|$)`, 'u');
/** a caption closed by a sentence's stop, an image's extension glued to it being the file's ("….jpg") */
const CLOSED = /[.!?…]["”’)]*$/u;
const IMAGE_EXTENSION_END = /\.(?:jpe?g|png|gif|webp|heic)$/iu;
/** a body's name is a few words; a caption that opens with one goes on with what it does ("Ban Tổ chức trao giấy khen cho …") */
const BODY_CREDIT_WORDS = 6;

/**
 * A photo's label without a number before the caption a page printed under its picture
 * ("Ảnh: Quang cảnh hội nghị"): the label goes and the caption stays, as after a numbered label
 * ("Ảnh 1: …", inline photoLabel). What follows the colon is a caption when it is a phrase of
 * three words or more with its first or second word in lower case (a description: "Quang cảnh
 * …", "các đại biểu …"); the page's when it is a bare phrase with no stop, or a generic scene
 * ("Quang cảnh hội nghị."): a caption written as a sentence with its stop ("Ảnh: Học viên thực
 * hành sơ cứu.") is the reporter's line for the photo sent with the draft. A credit is the
 * page's own line and stays: a name capitalises each word ("Ảnh: Thu Hà", "Ảnh: Thu Hà - Hội
 * Nông dân huyện"), a body's name or a role may not ("Ảnh: Ban tổ chức", "Ảnh: Phóng viên"),
 * and a credit may say who gave the photo ("Ảnh: Người dân cung cấp").
 */
export function captionLabel(seg: string): DebrisSpan | undefined {
  const m = CAPTION_LABEL.exec(seg);
  if (!m) return undefined;
  const rest = seg.slice(m[0].length).trim();
  if (!describesPicture(rest)) return undefined;
  // a caption written as a sentence with its stop is the reporter's line for the photo sent with
  // the draft; a bare phrase, or a page's generic scene ("Quang cảnh …"), is the page's caption
  if (CLOSED.test(rest.replace(IMAGE_EXTENSION_END, '.')) && !SCENE_OPENS.test(normKey(rest))) return undefined;
  const start = m[0].length - m[1].length;
  return { from: 0, start, end: m[0].length, name: 'captionLabel', action: 'remove' };
}

/**
 * The label of a caption written as a sentence with its stop ("Ảnh: Học viên thực hành sơ
 * cứu."), the line captionLabel leaves as the reporter's own for a photo sent with the draft.
 * web-leftover asks it of a paragraph with the story going on after it: a reporter's line for
 * the photo closes the story, before the credit; one between two paragraphs of the story is the
 * caption the page printed under its picture, copied with the text. The label goes, the caption
 * stays, as captionLabel's.
 */
export function closedCaptionLabel(seg: string): DebrisSpan | undefined {
  const m = CAPTION_LABEL.exec(seg);
  if (!m) return undefined;
  const rest = seg.slice(m[0].length).trim();
  if (!CLOSED.test(rest) || IMAGE_EXTENSION_END.test(rest) || SECOND_SENTENCE().test(rest.replace(CLOSED, ''))) return undefined;
  if (!describesPicture(rest.replace(CLOSED, '')) || captionLabel(seg)) return undefined;
  const start = m[0].length - m[1].length;
  return { from: 0, start, end: m[0].length, name: 'captionLabel', action: 'remove' };
}

/** a list's dash before a credit, a table cell's bar after it ("- Ảnh: Thu Hà", "Ảnh: Anh Huy |") */
const CREDIT_FRAME = /^[ \t\u00a0]*[-–][ \t\u00a0]*|[ \t\u00a0]*\|[ \t\u00a0]*$/gu;
/** a credit is a name, a body or a role: a few words */
const CREDIT_WORDS = 8;

/**
 * Is this line a photo's credit and nothing else ("Ảnh: Thu Hà", "- Ảnh: Thu Hà", "Ảnh: Ban tổ
 * chức", "Ảnh: Anh Huy |"): a photo's label, then a few words that describe no picture, one
 * phrase? core/parse.ts asks it of a line between two paragraphs of the story's prose, where it
 * credits the page's picture that stood there and did not come along with the text; closing the
 * story, above the writer's credit, it credits the photos sent with the draft and stays.
 */
export function isPhotoCreditLine(line: string): boolean {
  const t = line.replace(CREDIT_FRAME, '');
  const m = CAPTION_LABEL.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length).trim().replace(/\.$/u, '');
  const ws = rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return ws.length > 0 && ws.length <= CREDIT_WORDS && /^[\p{Lu}\p{N}]/u.test(rest) && !/[:;!?…]/u.test(rest) && !SECOND_SENTENCE().test(rest) && !describesPicture(rest);
}

/** Does the paragraph open with a photo's label ("Ảnh:", "Hình ảnh:")? */
export function opensWithPhotoLabel(seg: string): boolean {
  return CAPTION_LABEL.test(seg);
}

/** a photo credit closing a caption: "…. Ảnh: T.H", "… (Ảnh: Minh Hà)", "… - Ảnh: Thu Hà", the credit a few words with no stop inside */
const CLOSING_CREDIT = lazyRegExp(() => new RegExp(`(?:[.!?…]["”’)]*[ \\t\\u00a0]*|[ \\t\\u00a0]*\\([ \\t\\u00a0]*|[ \\t\\u00a0]+[-–][ \\t\\u00a0]*)(?:${CAPTION.label})[ \\t\\u00a0]*:[ \\t\\u00a0]*[^.!?()\\s][^!?()]{0,40}?\\)?[ \\t\\u00a0]*\\.?$`, 'iu'));
/** a caption is one sentence: a stop followed by a capital is a second one */
const SECOND_SENTENCE = lazyRegExp(() => /[.!?…]["”’)]*[ \t\u00a0]+["“]?\p{Lu}/u);

/**
 * Is this line a photo's caption: its label and the picture described ("Ảnh: Học viên thực
 * hành sơ cứu.", "Ảnh: … tập huấn. Ảnh: C.R.D"), or one sentence describing it that closes with
 * the photo's credit ("Các đại biểu dự lớp tập huấn. Ảnh: T.H", "… (Ảnh: Minh Hà)")? A credit
 * alone ("Ảnh: Thu Hà", "Tin, ảnh: …") is none. core/parse.ts asks it of the lines after the
 * writer's credit, where the story has ended and a caption is the page's; inside the story the
 * same line may be the reporter's own line for the photo sent with the draft, and stays.
 */
export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  const label = CAPTION_LABEL.exec(t);
  if (label) {
    // the caption's own stop and a credit closing it aside ("…tập huấn. Ảnh: C.R.D")
    const rest = t.slice(label[0].length).replace(CLOSING_CREDIT(), '').replace(/[.!?…]["”’)]*$/u, '').trim();
    return !SECOND_SENTENCE().test(rest) && describesPicture(rest);
  }
  const credit = CLOSING_CREDIT().exec(t);
  if (!credit || credit.index === 0) return false;
  const caption = t.slice(0, credit.index).trim();
  return !SECOND_SENTENCE().test(caption) && describesPicture(caption);
}

/** a photo's label and its colon right after a sentence's end mark ("… tốt đẹp. Ảnh: …"), blanks between or none */
const GLUED_CAPTION_LABEL = lazyRegExp(() => new RegExp(`(?<=[.!?…]["”’)]*)[ \\t\\u00a0]*(?<!\\p{L}|\\p{N})(?:${CAPTION.label})[ \\t\\u00a0]*:[ \\t\\u00a0]*`, 'giu'));
/** found in every paragraph GLUED_CAPTION_LABEL matches in */
const GLUED_CAPTION_CUE = /(?:ảnh|hình|họa|hoạ)[ \t\u00a0]*:/iu;
/** where a caption run into a paragraph ends: its own stop before the next sentence's capital */
const CAPTION_STOP = lazyRegExp(() => /[.!?…]["”’)]*(?=[ \t\u00a0]+["“]?\p{Lu})/u);

/** a run of this many words in lower case after a capitalised opening is a description, no name */
const DESCRIPTION_RUN = 3;

/** the longest run of words opening in lower case */
function lowerRun(ws: readonly string[]): number {
  let best = 0;
  let run = 0;
  for (const w of ws) {
    run = /^\p{Ll}/u.test(w) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/**
 * Is what follows a photo's label a caption (the picture described) and not a credit (who took
 * or gave it)? A caption is three words or more with its first or second in lower case, or a
 * body's or a place's capitalised name going on with what it does ("Hội Nông dân xã tổ chức tập
 * huấn cho hội viên", "Huyện Đoàn Yên Thành ra quân …": three words in lower case in a row, which
 * no name of a body holds, its level aside); a credit is a name (each word capitalised: "Thu
 * Hà"), a role ("Phóng viên Minh Đức"), a body's short name ("Ban tổ chức", "Hội nông dân xã")
 * or says who gave the photo ("Người dân cung cấp").
 */
function describesPicture(rest: string): boolean {
  const ws = rest.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (ws.length < 3 || !(/^\p{Ll}/u.test(ws[0]) || /^\p{Ll}/u.test(ws[1]) || lowerRun(ws) >= DESCRIPTION_RUN)) return false;
  return !(CREDIT_END.test(rest) || ROLE_OPENS().test(rest) || (ws.length <= BODY_CREDIT_WORDS && opensBody(rest)));
}

/**
 * A page's caption run into the paragraph above its picture when the page's lines were joined:
 * a photo's label after a sentence's end mark, and the picture described after it, to the end of
 * the paragraph or to its own stop before the next sentence ("… kết thúc tốt đẹp. Ảnh: Lớp học
 * tại hội trường xã", "… chi đoàn. Ảnh: Học viên thực hành sơ cứu. Buổi chiều, …"). No sentence
 * of a story opens with "Ảnh:"; the whole caption goes, label and words: on its own line it is
 * the photo's, inside a paragraph it is no part of the story. A credit after the label ("…
 * tốt đẹp. Ảnh: Thu Hà") is the page's or the reporter's signature and stays (photoCredit takes
 * one that a sentence follows after a dash).
 */
export function gluedCaptions(seg: string): DebrisSpan[] {
  const out: DebrisSpan[] = [];
  for (const m of matchesOf(GLUED_CAPTION_LABEL(), seg)) {
    const at = m.index ?? 0;
    const open = at + m[0].length;
    const tail = seg.slice(open);
    const stop = CAPTION_STOP().exec(tail);
    const end = stop ? open + (stop.index ?? 0) + stop[0].length : seg.trimEnd().length;
    const rest = seg.slice(open, end).trim();
    // a caption is one phrase: a second sentence before the end means the label opened prose
    if (!stop && /[.!?…]["”’)]*[ \t\u00a0]+\p{Lu}/u.test(rest)) continue;
    // a capital inside words a stop closes: the caption or credit may have ended before it, its
    // own stop lost, and a sentence gone on ("Ảnh: Sưu tầm Buổi chiều các đoàn viên ….", "Ảnh:
    // Thu Hà Các học viên …."); where is not known (a bare phrase with no stop is all caption)
    if (/[.!?…]["”’)]*$/u.test(rest) && /[ \t\u00a0]["“]?\p{Lu}/u.test(rest)) continue;
    if (!describesPicture(rest.replace(/[.!?…]["”’)]*$/u, ''))) continue;
    let start = at;
    while (start < end && /[ \t\u00a0]/u.test(seg[start])) start++;
    out.push({ from: at, start, end, name: 'gluedCaption', action: 'remove' });
  }
  return out;
}

/** the writer's email address printed at the end of the credit: web-debris.json creditContacts */
const CREDIT_CONTACT = lazyRegExp(() => new RegExp(debris.creditContacts.pattern, 'iu'));
/** a credit is a short line: a longer one is left alone */
const CREDIT_LENGTH = 300;

/**
 * The writer's email address closing the credit line ("Hoàng Yến (email: hoangyen.tv@gmail.com)",
 * "Lê Văn Bình - Email: …", "Ngọc Mai ngocmai.dt@gmail.com"): the page's author box copied
 * along with the name, or undefined. Asked of the paragraph read as the byline only (web-leftover):
 * a sentence or a notice of the story that gives an address keeps it. The name before it stays.
 */
export function creditContact(seg: string): DebrisSpan | undefined {
  if (seg.length > CREDIT_LENGTH || !seg.includes('@')) return undefined;
  const m = CREDIT_CONTACT().exec(seg);
  // the name stays: an address with nothing before it is no credit's contact
  if (!m || m.index === 0 || !/[\p{L}]/u.test(seg.slice(0, m.index))) return undefined;
  let start = m.index;
  while (start < seg.length && /[ \t\u00a0]/u.test(seg[start])) start++;
  return { from: m.index, start, end: m.index + m[0].trimEnd().length, name: 'creditContact', action: 'remove' };
}

const REFS = debris.photoReferences;
const alternation = (ws: readonly string[]): string => ws.map((w) => w.replace(/ /gu, '[ \\t\\u00a0]+')).join('|');
/** "(ảnh)", "(hình)" and "(video)", "(clip)" bare in round brackets: a mark with nothing else in it */
const BARE_PHOTO = new RegExp(`^[ \\t\\u00a0]*\\([ \\t\\u00a0]*(${alternation(REFS.afterName)})[ \\t\\u00a0]*\\)$`, 'iu');
const BARE_VIDEO = new RegExp(`^[ \\t\\u00a0]*\\([ \\t\\u00a0]*(${alternation(REFS.gloss)})[ \\t\\u00a0]*\\)$`, 'iu');
/** the sentence goes on after the mark: a comma, or a word in small letters */
const GOES_ON = lazyRegExp(() => /^[ \t\u00a0]*(?:,|\p{Ll})/u);
/** a person's name closing the text before the mark: two to five capitalised syllables ("H'Xuân Niê", "Y Brăm Byă") */
const NAME_BEFORE = lazyRegExp(() => /(?:^|[^\p{L}\p{M}'’])\p{Lu}[\p{L}\p{M}'’]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'’]*){1,4}[ \t\u00a0]*$/u);
/** a noun of a piece of media among the three words before the mark ("clip", "phóng sự ngắn") */
const MEDIA_BEFORE = lazyRegExp(() => new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alternation(REFS.media)})(?:[ \\t\\u00a0]+[\\p{L}\\p{M}]+){0,2}[ \\t\\u00a0]*$`, 'iu'));

/**
 * Is the bracketed mark `mark` at `at` in `seg` the sentence's own (web-debris.json
 * photoReferences)? A bare photo mark right after a person's name, or a bare video mark right
 * after a noun of media, with the sentence going on after it: the press's "pictured" ("Bà
 * H'Xuân Niê (ảnh), Chủ tịch …") and a gloss ("dựng clip (video) dưới 3 phút"). Removing either
 * takes words of the text.
 */
function photoReference(seg: string, at: number, mark: string): boolean {
  if (!GOES_ON().test(seg.slice(at + mark.length))) return false;
  const before = seg.slice(Math.max(0, at - 80), at);
  if (BARE_PHOTO.test(mark)) return NAME_BEFORE().test(before);
  return BARE_VIDEO.test(mark) && MEDIA_BEFORE().test(before);
}

/**
 * Inline debris of `text` between `from` and `to`, in order, never overlapping: where two
 * matches overlap the longer one is the debris ("Bản in | Gửi email" over "Bản in"; "Tin liên
 * quan: Lớp học…" over "Tin liên quan:"), then the earlier pattern.
 */
export function inlineDebris(text: string, from = 0, to = text.length): DebrisSpan[] {
  const seg = text.slice(from, to);
  const found: DebrisSpan[] = [];
  for (const d of INLINE) {
    // a pattern whose own cue is absent cannot match: one cheap test, not a scan with the
    // pattern (a paragraph with any cue used to meet every pattern)
    if (!d.cue.test(seg)) continue;
    for (const m of matchesNearCues(d, seg)) {
      const at = from + (m.index ?? 0);
      const end = at + m[0].length;
      let start = at;
      while (start < end && /[ \t\u00a0]/u.test(text[start])) start++;
      // a credit closing a caption is the caption's own ("Quang cảnh lớp học (Ảnh: Thu Hà)")
      if (d.name === 'photoBracket' && m[0].includes(':') && closesCaption(seg, m.index ?? 0)) continue;
      // "Bà H'Xuân Niê (ảnh), Chủ tịch …", "dựng clip (video) dưới 3 phút": the sentence's own
      if (d.name === 'photoBracket' && photoReference(seg, m.index ?? 0, m[0])) continue;
      if (start < end) found.push({ from: at, start, end, name: d.name, action: d.action });
    }
  }
  for (const g of gluedLines(seg)) found.push({ ...g, from: from + g.from, start: from + g.start, end: from + g.end });
  const label = captionLabel(seg);
  if (label) found.push({ ...label, from: from + label.from, start: from + label.start, end: from + label.end });
  if (GLUED_CAPTION_CUE.test(seg)) for (const g of gluedCaptions(seg)) found.push({ ...g, from: from + g.from, start: from + g.start, end: from + g.end });
  // a photo's alt text printed before its caption on the caption's line: the alt text goes
  const alt = from === 0 && to === text.length ? gluedAltTextEnd(seg) : -1;
  if (alt > 0) found.push({ from, start: from, end: from + seg.slice(0, alt).trimEnd().length, name: 'altText', action: 'remove' });
  // one sweep in order of position (a stable sort: at one start, the patterns' order), never a
  // scan of the pieces kept (a long line full of debris): a piece that overlaps the last one
  // kept replaces it when longer and clear of the one before
  const out: DebrisSpan[] = [];
  for (const d of found.sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (!last || d.start >= last.end) out.push(d);
    else if (d.end - d.start > last.end - last.start && (out.length < 2 || out[out.length - 2].end <= d.start)) out[out.length - 1] = d;
  }
  return out;
}

/** Is the line made of inline debris alone ("(Ảnh: Thu Hà)", "Xem thêm: …", "[/caption]"), blanks apart? */
export function isDebrisOnly(line: string): boolean {
  const spans = debrisInParagraph(line);
  if (spans.length === 0) return false;
  let at = 0;
  for (const d of spans) {
    if (!/^\s*$/u.test(line.slice(at, d.start))) return false;
    at = d.end;
  }
  return /^\s*$/u.test(line.slice(at));
}

/** Every inline pattern's `cue` (dictionaries/web-debris.json): one regular expression, no word lists in code. */
const CUES = new RegExp(debris.inline.map((e) => e.cue).join('|'), 'iu');

/** A cheap test before scanning: most drafts have no inline debris at all. */
export function mayHaveDebris(text: string): boolean {
  if (CUES.test(text) || GLUED_CAPTION_CUE.test(text)) return true;
  // PROSE_ANY itself, from the start and reset after (matchesOf starts from its lastIndex): a
  // second expression of the same 3 KB source without the global flag was compiled again
  PROSE_ANY.lastIndex = 0;
  const found = PROSE_ANY.test(text);
  PROSE_ANY.lastIndex = 0;
  return found;
}

type Paragraphs = ReadonlyArray<{ start: number; end: number }>;

/**
 * Inline debris of each paragraph of a draft, from its prose view, found once per draft:
 * web-leftover reports it, spelling and spacing skip it (each ran every pattern over the draft).
 * A paragraph's debris depends on its text alone (the patterns never look past it), so a
 * re-check after an edit takes the other paragraphs' from `byParagraph`.
 */
export function paragraphDebris(view: string, paragraphs: Paragraphs): ReadonlyArray<readonly DebrisSpan[]> {
  const known = found.get(paragraphs);
  if (known && known.view === view) return known.lists;
  // each paragraph settles itself (no cue and no glued alt text: nothing), one pass over them
  const lists = paragraphs.map((p) => debrisOf(view, p));
  found.set(paragraphs, { view, lists });
  return lists;
}
const found = new WeakMap<Paragraphs, { view: string; lists: ReadonlyArray<readonly DebrisSpan[]> }>();

/** debris of a paragraph's prose, offsets from its start (copies: bounded-cache.ts) */
const byParagraph = new BoundedCache<DebrisSpan[]>('web-debris.paragraphs', 1024 * 1024);

/** inlineDebris(view, start, end), from the paragraph memo when its text was seen before */
function debrisOf(view: string, p: { start: number; end: number }): DebrisSpan[] {
  const start = p.start;
  return debrisInParagraph(paragraphProse(view, p)).map((d) => ({ ...d, from: d.from + start, start: d.start + start, end: d.end + start }));
}

/** The inline debris of one paragraph's prose, offsets from its start (kept by its text). */
export function debrisInParagraph(seg: string): readonly DebrisSpan[] {
  // the answer of a paragraph seen before, none found included: the cues are two long
  // alternations run over the whole paragraph, asked by the parse and three rules on every re-check
  let local = byParagraph.get(seg);
  if (local) return local;
  // a cue is a necessary condition of every pattern: most paragraphs are settled here (and a
  // hostile paragraph of blanks never meets the patterns that start with blanks)
  local = !mayHaveDebris(seg) && gluedAltTextEnd(seg) < 0 ? [] : inlineDebris(seg);
  byParagraph.set(seg, local);
  return local;
}

/** Inline debris of every paragraph of a draft, from its prose view (for rules that skip it). */
export function draftDebris(view: string, paragraphs: Paragraphs): Array<{ start: number; end: number }> {
  return paragraphDebris(view, paragraphs).flat();
}
