/**
 * Text typed in the legacy TCVN3 (ABC) or VNI encodings: recognising it, and converting it to
 * Unicode NFC with the tables of dictionaries/legacy-encodings.json. Conversion happens only
 * when a reporter asks for it (`soattin convert`, the editor's quick fix): the same Latin-1
 * letters are also real letters of Unicode text ("á" is "ỏ" in TCVN3), so it is never silent.
 */
import tables from '../../../dictionaries/legacy-encodings.json';
import { matchesOf } from './matches.js';
import { lazyRegExp } from './lazy-regexp.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni'];

/** How each encoding is named to a reporter. */
export const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

/** TCVN3 puts Vietnamese letters on these Latin-1 code points ("nh©n d©n", "Uû ban"). */
const TCVN3 = lazyRegExp(() => /\p{L}[¸µ¶·¹¨¾»¼½Æ©ÇÊÈÉË®ÐÎÏÑª×ÕÖØ«ÞÜÝß¬¢¤¥¦§£¡]|[¸µ¶·¹¨¾»¼½Æ©ÇÊÈÉË®ÎÏÑª×ÕÖØ«ÞÜÝß¬¢¤¥¦§£¡]\p{L}/gu);
/** every TCVN3 match has one of these: a cheap first test (the pattern opens with \p{L}, tried almost everywhere) */
const TCVN3_CHAR = /[¸µ¶·¹¨¾»¼½Æ©ÇÊÈÉË®ÐÎÏÑª×ÕÖØ«ÞÜÝß¬¢¤¥¦§£¡]/u;
/** VNI writes a vowel then its marks as separate Latin-1 letters ("Vieät", "ñaøo", "UÛy"). */
const VNI = /[aeoAEO][âÂäÄ]|[ñÑ]\p{L}|[aeiouyAEIOUY][øïûØÏÛ]/gu;

const PATTERNS: Record<LegacyEncoding, RegExp> = { tcvn3: TCVN3(), vni: VNI };

export interface LegacySigns {
  encoding: LegacyEncoding;
  /** how many places look like the encoding */
  count: number;
  /** offset of the first one */
  first: number;
}

function signs(text: string, encoding: LegacyEncoding): LegacySigns {
  if (encoding === 'tcvn3' && !TCVN3_CHAR.test(text)) return { encoding, count: 0, first: -1 };
  let count = 0;
  let first = -1;
  for (const m of matchesOf(PATTERNS[encoding], text)) {
    if (first < 0) first = m.index ?? 0;
    count++;
  }
  return { encoding, count, first };
}

/**
 * The legacy encoding `text` is written in, when the signs are many enough to be no accident
 * (three places, and more than one word in fifty); undefined for Unicode text.
 */
export function detectLegacy(text: string, words: number): LegacySigns | undefined {
  for (const encoding of LEGACY_ENCODINGS) {
    const s = signs(text, encoding);
    if (s.count >= 3 && s.count / Math.max(1, words) > 0.02) return s;
  }
  return undefined;
}

/** The encoding with the most signs in `text` (for `--from auto`), or undefined when there are none. */
export function guessLegacy(text: string): LegacyEncoding | undefined {
  const [a, b] = LEGACY_ENCODINGS.map((e) => signs(text, e));
  if (a.count === 0 && b.count === 0) return undefined;
  return a.count >= b.count ? a.encoding : b.encoding;
}

interface Decoder {
  /** legacy sequence → Unicode letter */
  map: Map<string, string>;
  /** the longest legacy sequence (greedy matching tries it first) */
  longest: number;
}

const decoders = new Map<LegacyEncoding, Decoder>();

function decoder(encoding: LegacyEncoding): Decoder {
  let d = decoders.get(encoding);
  if (!d) {
    const map = new Map<string, string>();
    for (const [letter, legacy] of Object.entries(tables[encoding] as Record<string, string>)) map.set(legacy, letter);
    d = { map, longest: Math.max(...[...map.keys()].map((k) => k.length)) };
    decoders.set(encoding, d);
  }
  return d;
}

/** `text` converted from a legacy encoding to Unicode NFC (longest sequence first: VNI "ôù" is "ớ", "ô" alone "ơ"). */
export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  const { map, longest } = decoder(encoding);
  let out = '';
  for (let i = 0; i < text.length; ) {
    let taken = false;
    for (let n = Math.min(longest, text.length - i); n > 0; n--) {
      const letter = map.get(text.slice(i, i + n));
      if (letter !== undefined) {
        out += letter;
        i += n;
        taken = true;
        break;
      }
    }
    if (!taken) out += text[i++];
  }
  return out.normalize('NFC');
}

/** Unicode → legacy (for round-trip tests and examples). */
export function toLegacy(text: string, encoding: LegacyEncoding): string {
  const table = tables[encoding] as Record<string, string>;
  let out = '';
  for (const ch of text.normalize('NFC')) out += table[ch] ?? ch;
  return out;
}

/** Beyond Latin-1 (and the soft hyphen TCVN3 uses for "ư"): a letter no legacy font could have produced. */
const UNICODE_ONLY = /[^\u0000-\u00ff]/u;

/**
 * Edits that convert the lines of `text` written in `encoding` and leave every other line
 * alone: a draft that pasted one legacy paragraph into Unicode text keeps its Unicode "á".
 * A line counts when it shows a sign of the encoding and holds no letter beyond Latin-1.
 */
export function legacyLineEdits(text: string, encoding: LegacyEncoding): Array<{ start: number; end: number; text: string }> {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const pattern = new RegExp(PATTERNS[encoding].source, 'u');
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (pattern.test(line) && !UNICODE_ONLY.test(line)) {
      const converted = fromLegacy(line, encoding);
      if (converted !== line) edits.push({ start, end, text: converted });
    }
    start = end + 1;
  }
  return edits;
}
