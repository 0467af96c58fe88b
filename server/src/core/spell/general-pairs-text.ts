/**
 * The shape of the general dictionary's figures as the checks read them (general-pairs.ts) and
 * as the build ships them (dist/general-pairs.txt): both lists as UTF-8 bytes. No disk here: the
 * web worker's module (web/general-pairs-data.ts) makes the same bytes from the bundled list.
 */

export interface GeneralPairsData {
  /** "lookup key:count|…", sorted by key, UTF-8 */
  syllables: Uint8Array;
  /** "first second:count|…", sorted by pair, UTF-8 */
  pairs: Uint8Array;
}

/** What the build writes to dist/`GENERAL_PAIRS_FILE` from the list's two figures. */
export function generalPairsText(list: { syllables: string; pairs: string }): string {
  return `${list.syllables}\n${list.pairs}\n`;
}

/** The two lists of a `generalPairsText`, as bytes (views of `bytes`, no copy). */
export function splitGeneralPairs(bytes: Uint8Array): GeneralPairsData {
  const nl = bytes.indexOf(0x0a);
  let end = bytes.length;
  while (end > nl + 1 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
  return { syllables: bytes.subarray(0, nl), pairs: bytes.subarray(nl + 1, end) };
}

