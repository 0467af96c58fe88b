/**
 * Telex left over: a word typed while the Vietnamese keyboard (Unikey, EVKey) was switched
 * off keeps the keys that should have become marks — "tapaj huaasn" for "tập huấn",
 * "ddoongf chis" for "đồng chí", "kees hoạch" for "kế hoạch". The keys are read back the way
 * the keyboard reads them in its free-typing mode (a mark key anywhere after the vowel it
 * marks), and the reading counts only when it is a valid syllable.
 */
import { canonicalTone } from './syllable.js';

/** the tone keys: sắc, huyền, hỏi, ngã, nặng */
const TONE_KEYS: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const VOWELS = 'aeiouy';
const HAT: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const HORN: Record<string, string> = { a: 'ă', o: 'ơ', u: 'ư' };

export interface TelexReading {
  /** the syllable the keys make, as a lookup key ("huấn") */
  key: string;
  /**
   * it used a key no English word spends that way: "dd", a doubled vowel ("aa", "tapa"); a
   * tone key or a "w" alone ("bus", "how") may be an English word and needs the context's word
   */
  strong: boolean;
  /**
   * the doubled vowel was "oo" before "ng"/"c", a rhyme Vietnamese has ("xoong", "boong"):
   * strong only when the syllable read is one the genre writes ("khoong" → "không")
   */
  ownRhyme: boolean;
}

/**
 * The syllable an unaccented word typed in Telex makes, or undefined when it uses no mark key
 * or makes no syllable shape (validity against the dictionary is the caller's). `word` is
 * lower case ASCII letters.
 */
export function telexReading(word: string): TelexReading | undefined {
  if (!/^[a-z]{2,10}$/u.test(word)) return undefined;
  // asked of every unmarked syllable of a draft: kept by word (short ASCII words: copies of their own)
  let known = readings.get(word);
  if (known === undefined) {
    known = readingOf(word) ?? null;
    if (readings.size > 20_000) readings.clear();
    readings.set(word, known);
  }
  return known ?? undefined;
}
const readings = new Map<string, Readonly<TelexReading> | null>();

function readingOf(word: string): TelexReading | undefined {
  const letters = [...word];
  // the first vowel: a "w" with no vowel before it is the vowel "ư" ("nhwng", "twf")
  let first = letters.findIndex((c) => VOWELS.includes(c) || c === 'w');
  if (first < 0) return undefined;
  // tone: a tone key after the first vowel (no Vietnamese syllable ends in s, f, r, x or j);
  // two of them and the keyboard would have undone the first ("ss"): no reading
  let tone = '';
  const rest: string[] = [];
  letters.forEach((c, i) => {
    if (i > first && c in TONE_KEYS) tone += c;
    else rest.push(c);
  });
  if (tone.length > 1) return undefined;
  let strong = false;
  let ownRhyme = false;
  let s = rest.join('');
  if (s.startsWith('dd')) {
    s = 'đ' + s.slice(2);
    strong = true;
  }
  // a vowel typed a second time puts a hat on the first ("tapa" → "tâp", "huaan" → "huân")
  for (const v of Object.keys(HAT)) {
    const a = s.indexOf(v);
    const b = a < 0 ? -1 : s.indexOf(v, a + 1);
    if (b < 0 || s.indexOf(v, b + 1) >= 0) continue;
    s = s.slice(0, a) + HAT[v] + s.slice(a + 1, b) + s.slice(b + 1);
    // "oo" before "ng"/"c" is a Vietnamese rhyme of its own ("xoong", "boong", "soóc", the
    // Gia Rai "đàn goong"): a sign of a keyboard left off only for a syllable the genre uses
    if (v === 'o' && b === a + 1 && /^(?:ng|c)$/u.test(s.slice(a + 1))) ownRhyme = true;
    else strong = true;
  }
  // "w": a horn or a breve on the vowel before it ("uo" takes two: "nguwowif" → "người")
  if (/uw?ow/u.test(s)) {
    s = s.replace(/uw?ow/u, 'ươ');
  }
  const w = s.indexOf('w');
  if (w >= 0) {
    if (s.indexOf('w', w + 1) >= 0) return undefined;
    const before = s.slice(0, w);
    s = s.slice(0, w) + s.slice(w + 1);
    const uo = before.lastIndexOf('uo');
    if (uo >= 0) s = s.slice(0, uo) + 'ươ' + s.slice(uo + 2);
    else {
      let k = -1;
      for (let i = before.length - 1; i >= 0; i--) {
        if (before[i] in HORN) {
          k = i;
          break;
        }
      }
      // no vowel before it: "w" is the vowel "ư" itself
      if (k < 0) s = before + 'ư' + s.slice(before.length);
      else s = s.slice(0, k) + HORN[s[k]] + s.slice(k + 1);
    }
  }
  if (!tone && s === word) return undefined;
  if (/w/u.test(s)) return undefined;
  if (tone) {
    // the mark on any vowel, then moved to where the spelling puts it
    first = [...s].findIndex((c) => /[aăâeêioôơuưy]/u.test(c));
    if (first < 0) return undefined;
    const chars = [...s];
    chars[first] = (chars[first] + TONE_KEYS[tone]).normalize('NFC');
    s = canonicalTone(chars.join(''));
  }
  return { key: s.normalize('NFC'), strong, ownRhyme };
}
