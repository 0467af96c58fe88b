/**
 * The matches of a global regular expression in a text, as `text.matchAll(re)` gives them,
 * found by `re` itself. `matchAll` runs a copy of the expression (`new RegExp(re)`), whose
 * machine code V8 takes from its compilation cache, and the garbage collections empty that
 * cache: each re-check in the language server compiled again the long alternations it ran
 * through `matchAll` (the glued web lines, 3 KB and caseless, took ~1 ms of every re-check of a
 * 100 KB draft; found with the expression itself, 0.03 ms). An expression keeps its own code.
 *
 * As `matchAll`: the search starts at `re.lastIndex`, an empty match steps over one character
 * (one code point with the `u` or `v` flag), and `re.lastIndex` is left as it was — it is set
 * before each step and put back after it, so the loop's body may use `re` too.
 */
export function matchesOf(re: RegExp, text: string): IterableIterator<RegExpExecArray> {
  if (!re.global) throw new TypeError(`matchesOf: ${re} has no g flag`);
  return steps(re, text, re.lastIndex, re.unicode || re.flags.includes('v'));
}

function* steps(re: RegExp, text: string, from: number, unicode: boolean): Generator<RegExpExecArray, void, undefined> {
  let at = from;
  for (;;) {
    const kept = re.lastIndex;
    re.lastIndex = at;
    const m = re.exec(text);
    at = re.lastIndex;
    re.lastIndex = kept;
    if (m === null) return;
    if (m[0].length === 0) at += unicode && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    yield m;
  }
}
