/**
 * The punctuation at the edges of a word token ("“Hà Nội.”" → "“", "Hà Nội", ".”"), found by
 * scanning from the ends. The regex `[^\p{L}\p{M}\p{N}]+$` is tried at every position of a
 * long run of punctuation and rescans the run each time: quadratic on a 100 KB token of dots.
 */
const WORDISH = /[\p{L}\p{M}\p{N}]/u;

function isWordish(s: string, i: number): boolean {
  const cp = s.codePointAt(i)!;
  // ASCII fast path; everything else through the Unicode property test
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return WORDISH.test(String.fromCodePoint(cp));
}

/** Start of the trailing non-letter, non-digit run of `s` (s.length when there is none). */
export function trailingNonWordStart(s: string): number {
  let i = s.length;
  while (i > 0) {
    let j = i - 1;
    const c = s.charCodeAt(j);
    if (c >= 0xdc00 && c <= 0xdfff && j > 0) {
      const h = s.charCodeAt(j - 1);
      if (h >= 0xd800 && h <= 0xdbff) j--;
    }
    if (isWordish(s, j)) break;
    i = j;
  }
  return i;
}

/** The trailing punctuation of a token ("nghị.”" → ".”"). */
export function trailingNonWord(s: string): string {
  return s.slice(trailingNonWordStart(s));
}

/** End of the leading non-letter, non-digit run of `s`. */
export function leadingNonWordEnd(s: string): number {
  let i = 0;
  while (i < s.length && !isWordish(s, i)) i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

/** A token without its leading and trailing punctuation. */
export function trimNonWord(s: string): string {
  const start = leadingNonWordEnd(s);
  if (start === s.length) return '';
  return s.slice(start, trailingNonWordStart(s));
}
