/**
 * Vietnamese text normalisation FOR MATCHING ONLY: the linter reports and fixes on the
 * original text; these helpers build comparison keys.
 */

/** a run of two blanks or more, or one that is not a plain space */
const SPREAD = /\s{2,}|[^\S ]/gu;

/**
 * `s.replace(/\s+/gu, ' ')`: every run of white space as one plain space. The runs that are
 * one plain space already are left alone instead of each replaced by a new one: on a paragraph
 * of 10 MB (a draft that is one line) the replacement of every space took seconds.
 */
export function collapseSpaces(s: string): string {
  return s.replace(SPREAD, ' ');
}

/**
 * NFC, without asking ICU when every character of `s` is one NFC leaves alone whatever stands
 * around it (`nfcStable`): Latin letters with their precomposed Vietnamese forms, the blanks,
 * digits and punctuation of a draft, the typographic dashes, quotes and ellipsis. Most words and
 * paragraphs are written so; a call of `normalize` made a new copy of each, and a lint
 * normalised its draft's text about sixteen times over (parse, genre, structure, several rules).
 */
export function nfc(s: string): string {
  if (s.length > NFC_SCAN_LOOP_MAX) return NOT_NFC_STABLE.test(s) ? s.normalize('NFC') : s;
  for (let i = 0; i < s.length; i++) if (!nfcStable(s.charCodeAt(i))) return s.normalize('NFC');
  return s;
}

/**
 * A UTF-16 unit that is not `nfcStable` (no `u` flag: the class is of code units, as the loop's
 * `charCodeAt`, so a surrogate is one). A long string (a draft's whole text, twice a check:
 * genre.ts, unicode-normalisation) is searched by the expression's compiled scan, several times
 * faster than the loop over its units, which was 4-5 % of a 100 KB draft's re-check in the
 * language server; a word is read by the loop, cheaper than a call into the expression.
 */
const NOT_NFC_STABLE = /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027]/;
const NFC_SCAN_LOOP_MAX = 64;

/**
 * A UTF-16 unit whose character NFC keeps as it is, and never composes with the character
 * before it (canonical combining class 0, NFC_Quick_Check Yes, no second half of a composition):
 * U+0000–U+02FF (ASCII, Latin-1, Latin Extended-A and -B, IPA, spacing modifiers; the combining
 * marks start at U+0300), U+1E00–U+1EFF (Latin Extended Additional: "ạ" … "ỹ") and
 * U+2010–U+2027 (dashes, quotation marks, bullets, "…"; not U+2000–U+2001, which NFC replaces).
 * A test checks every one against `normalize`, alone and after every other character of the BMP.
 */
export function nfcStable(c: number): boolean {
  return c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x2027);
}

/** The five tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng. */
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/u;
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Tone of a syllable: 0 = ngang, 1 huyền, 2 sắc, 3 ngã, 4 hỏi, 5 nặng. */
export function toneOf(syllable: string): Tone {
  const m = TONE_RE.exec(syllable.normalize('NFD'));
  return m ? ((TONE_MARKS.indexOf(m[0]) + 1) as Tone) : 0;
}

/** The syllable without its tone mark (vowel quality kept: "quyết" → "quyêt"), NFC. */
export function stripTone(s: string): string {
  return s.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
}

/** Letters only, no diacritics at all, đ → d: the "accent-free" key ("Huyện" → "Huyen"). */
export function foldAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Put a tone mark (1..5) on a toneless syllable's vowel at `index` (NFD index of the base letter). */
function placeTone(nfdChars: string[], index: number, tone: Tone): string {
  if (tone === 0) return nfdChars.join('').normalize('NFC');
  const out = [...nfdChars];
  out.splice(index + 1, 0, TONE_MARKS[tone - 1]);
  return out.join('').normalize('NFC');
}

/** how an oa / oe / uy syllable ends when precomposed, toned or not, in any case */
const OA_OE_UY_END = /(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])$/iu;
const DECOMPOSED = /[\u0300-\u036f]/u;

/**
 * Old vs new tone placement exists only for the open syllables oa, oe, uy (not after "q"):
 * old "hòa, khỏe, thủy, ủy", new "hoà, khoẻ, thuỷ, uỷ". Returns the style a syllable is
 * written in, or null when the syllable has no choice (no tone, closed, "quý", "của" …).
 */
export function toneStyleOf(syllable: string): 'old' | 'new' | null {
  // most syllables end otherwise: answer without NFD and regexes (hot: every syllable key)
  if (!OA_OE_UY_END.test(syllable) && !DECOMPOSED.test(syllable)) return null;
  const d = syllable.normalize('NFD');
  const m = TONE_RE.exec(d);
  if (!m) return null;
  const bare = d.replace(TONE_RE, '');
  const lower = bare.toLowerCase();
  const g = /^([bcdđghklmnprstvx]*)(oa|oe|uy)$/u.exec(lower.normalize('NFC'));
  if (!g || g[1].endsWith('q')) return null;
  // tone mark index in the NFD string: just after its base letter
  const base = d.slice(0, m.index).replace(/[\u0300-\u036f]/gu, '');
  const vowelStart = g[1].length;
  if (base.length - 1 === vowelStart) return 'old';
  if (base.length - 1 === vowelStart + 1) return 'new';
  return null;
}

/** Rewrite an oa/oe/uy open syllable in the given tone style; other syllables come back unchanged. */
export function withToneStyle(syllable: string, style: 'old' | 'new'): string {
  const current = toneStyleOf(syllable);
  if (!current || current === style) return syllable;
  const tone = toneOf(syllable);
  const bare = [...syllable.normalize('NFD').replace(TONE_RE, '')];
  // positions of base letters (skip combining marks such as the breve/horn, none here but safe)
  const letters: number[] = [];
  bare.forEach((c, i) => {
    if (!/[\u0300-\u036f]/u.test(c)) letters.push(i);
  });
  const vowelStart = letters.length - 2; // the cluster is the last two letters
  const target = style === 'old' ? letters[vowelStart] : letters[vowelStart + 1];
  return placeTone(bare, target, tone);
}
