// Vietnamese syllable shapes, written for the bench itself (never borrowed from the linter):
// a syllable is read as letters, each a base letter with its shape marks (circumflex, breve,
// horn) and at most one tone mark, so a tone can be moved or swapped and a letter dropped.

export const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const SHAPES = new Set(['\u0302', '\u0306', '\u031b']);
export const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** letters of a word: [{ base, shapes, tone }] from its NFD form; null if it holds a non-letter */
export function letters(word) {
  const out = [];
  for (const ch of word.normalize('NFD')) {
    if (TONES.includes(ch)) {
      if (!out.length || out.at(-1).tone) return null;
      out.at(-1).tone = ch;
    } else if (SHAPES.has(ch)) {
      if (!out.length) return null;
      out.at(-1).shapes += ch;
    } else if (/\p{L}/u.test(ch)) out.push({ base: ch, shapes: '', tone: '' });
    else return null;
  }
  return out;
}

export const spell = (ls) => ls.map((l) => l.base + l.shapes + l.tone).join('').normalize('NFC');

export const isLowerWord = (w) => /^\p{Ll}+$/u.test(w);
/** "Title" shape: a capital, then small letters only (not an acronym like UBND) */
export const isTitleWord = (w) => /^\p{Lu}\p{Ll}+$/u.test(w);
export const titleCase = (w) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The other placement of an open oa / oe / uy syllable's tone ("hòa" ↔ "hoà", "thủy" ↔ "thuỷ"):
 * only where the cluster ends the syllable and is not the "qu" of "quý".
 */
export function flipTonePlacement(word) {
  const ls = letters(word);
  if (!ls || ls.length < 2) return null;
  const n = ls.length;
  const [a, b] = [ls[n - 2], ls[n - 1]];
  const pair = (a.base + b.base).toLowerCase();
  if (!['oa', 'oe', 'uy'].includes(pair) || a.shapes || b.shapes) return null;
  if (pair === 'uy' && n >= 3 && ls[n - 3].base.toLowerCase() === 'q') return null;
  if (!a.tone === !b.tone) return null;
  // the letters before the cluster must be consonants: "khoa", "thuy", not "ngoai"
  if (ls.slice(0, n - 2).some((l) => VOWELS.has(l.base.toLowerCase()))) return null;
  const style = a.tone ? 'old' : 'new';
  const moved = ls.map((l) => ({ ...l }));
  [moved[n - 2].tone, moved[n - 1].tone] = [b.tone, a.tone];
  return { text: spell(moved), style };
}

/** the QWERTY neighbours of each letter (a Telex typist hits these) */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
export function keyboardNeighbours(ch) {
  const lower = ch.toLowerCase();
  const r = ROWS.findIndex((row) => row.includes(lower));
  if (r < 0) return [];
  const i = ROWS[r].indexOf(lower);
  const out = [ROWS[r][i - 1], ROWS[r][i + 1], ROWS[r - 1]?.[i], ROWS[r - 1]?.[i + 1], ROWS[r + 1]?.[i], ROWS[r + 1]?.[i - 1]].filter(Boolean);
  return out.map((c) => (ch === lower ? c : c.toUpperCase()));
}

/** Vietnamese onsets as the orthography writes them (longest first) */
const ONSET = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?/u;

/**
 * onset, rhyme (without tone) and tone of a lower-case syllable, or null when the onset breaks
 * the spelling rules (k, gh, ngh only before i/e/ê/y; c, g, ng never before them)
 */
export function syllableShape(syl) {
  const ls = letters(syl);
  if (!ls || !ls.length) return null;
  const tone = ls.find((l) => l.tone)?.tone ?? '';
  const bare = spell(ls.map((l) => ({ ...l, tone: '' })));
  const onset = ONSET.exec(bare)[0];
  const rhyme = bare.slice(onset.length);
  if (!rhyme) return null;
  const front = /^[ieêy]/u.test(rhyme);
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) return null;
  if ((onset === 'c' || onset === 'g' || onset === 'ng') && front) return null;
  return { onset, rhyme, tone };
}

/**
 * Could this be a Vietnamese syllable? Its onset is one, and its rhyme is attested with that
 * tone in the drafts. A typo that gives such a syllable ("lưng" for "lượng") is a real word
 * or may be one; the bench injects only typos that give no syllable at all.
 */
export function couldBeSyllable(syl, shapes) {
  const s = syllableShape(syl.toLowerCase());
  return !!s && shapes.tonedRhymes.has(s.rhyme + s.tone);
}
