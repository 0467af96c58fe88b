/**
 * How real drafts write the field phrases of organisation names (issue 12): Decree 30 gives the
 * field's first syllable its capital and leaves the rest lowercase, and some fields keep inner
 * capitals by usage ("Ban Chỉ huy Quân sự", "Ban Thi đua Khen thưởng"). The figures are counted
 * by scripts/build-field-phrases.mjs over the unlabelled pool and the tune split (only counts
 * ship) into dictionaries/field-phrases.json: for each field phrase read after a capitalised type
 * word, in how many drafts each of its syllables is written lowercase and capitalised. Where those
 * real drafts are silent or thin, the readable written sets add lowercase evidence only (a
 * syllable they always write lowercase there; one they ever capitalise is left with no sighting,
 * [0, 0], and read from a shorter field): they can make a capital a slip, never attest one.
 *
 * The grammar reads them for a name it reads by its grammar, its field capitalised
 * (core/lexicon/unknown-bodies.ts):
 * - an inner capital the drafts write often enough is the field's form by usage, and a syllable
 *   they write both ways is contested: the grammar's own evidence ("Cựu Chiến binh": "chiến binh"
 *   is one word) gives no finding there;
 * - an inner capital the drafts never write, in a field they show often enough, is a slip: the
 *   Decree's lowercase is the answer ("Hội đồng Giáo dục Quốc phòng" → "Giáo dục quốc phòng"),
 *   unless a phrase of the field's own follows it ("Giáo dục Quốc phòng - An ninh": a list of
 *   fields the writer capitalises alike, which the drafts write both ways).
 * A lowercase inner syllable is Decree 30's form and never a slip by usage; a field the drafts
 * never showed keeps the grammar's own reading (a capital opening a word of its own may be a
 * second field, "Trung tâm Quản lý Bảo tồn …": writers write such names both ways).
 */
import data from '../../../../dictionaries/field-phrases.json';
import type { Word } from '../draft.js';
import { caseShape, syllableKey, withShape } from '../casing.js';
import type { SyllableCheck } from './types.js';

/** drafts writing the syllable [lowercase, capitalised] */
type Counts = [number, number];

const T = data.thresholds;
/** field phrase (syllable keys joined by a blank, "và" left out) → counts per syllable */
const FIELDS = new Map<string, Counts[]>(Object.entries(data.fields as unknown as Record<string, Counts[]>));
/** the longest field of the table, in syllables */
const LONGEST = Math.max(0, ...[...FIELDS.keys()].map((k) => k.split(' ').length));

/**
 * The table's counts for the longest field phrase the field's keys open with (two syllables at
 * least), a syllable that field has no sighting of ([0, 0]: the written drafts add only lowercase
 * evidence, see scripts/build-field-phrases.mjs) read from the longest shorter field that has one.
 */
export function fieldUsage(keys: string[]): Counts[] | undefined {
  let out: Counts[] | undefined;
  let copied = false;
  for (let n = Math.min(keys.length, LONGEST); n >= 2; n--) {
    const c = FIELDS.get(keys.slice(0, n).join(' '));
    if (!c) continue;
    if (!out) out = c;
    else {
      if (!copied) (out = out.slice()), (copied = true);
      for (let i = 0; i < n; i++) if (out[i][0] + out[i][1] === 0) out[i] = c[i];
    }
    if (!out.some(([lower, cap]) => lower + cap === 0)) return out;
  }
  return out;
}

/**
 * Reads the field of a capitalised name against the drafts' usage and returns the checks with
 * its verdict applied (see the file's comment): lowering checks dropped on attested or contested
 * capitals, lowering checks added on capitals the drafts never write. `field`: the field's words
 * ("và" left out); `phraseStarts`: the words that open a phrase of it, whose capital is Decree
 * 30's; `checks`: what the grammar found so far (returned as is when the table changes nothing).
 */
export function fieldUsageChecks(field: Word[], phraseStarts: Set<Word>, checks: SyllableCheck[]): SyllableCheck[] {
  if (field.length < 2 || caseShape(field[0].text) !== 'cap') return checks;
  const usage = fieldUsage(field.map((w) => syllableKey(w.text)));
  if (!usage) return checks;
  const drop = new Set<Word>();
  const add: SyllableCheck[] = [];
  const checked = new Set(checks.map((c) => c.word));
  // (the last phrase start of the field: a capital before a phrase of its own after a dash, a comma
  // or "và" may open one of a list of fields the writer capitalises alike, "Quốc phòng - An ninh")
  const lastStart = field.reduce((at, w, n) => (phraseStarts.has(w) ? n : at), 0);
  for (let n = 1; n < usage.length; n++) {
    const w = field[n];
    if (caseShape(w.text) !== 'cap' || phraseStarts.has(w)) continue;
    const [lower, cap] = usage[n];
    // attested (in enough drafts and a fair share of them) or contested: no finding
    if (cap >= T.minAttested && cap >= T.minShare * (lower + cap)) drop.add(w);
    // never written so, in a field enough drafts show: the usual lowercase
    else if (cap === 0 && lower >= T.minSeen && !checked.has(w) && n > lastStart) add.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
  }
  if (drop.size === 0 && add.length === 0) return checks;
  return [...checks.filter((c) => !(drop.has(c.word) && c.expected === withShape(c.word.text, 'lower'))), ...add];
}

/**
 * The phrase a capitalised field goes on with after "và" or a dash, written in lower case, read
 * against the drafts' usage: the table's longest field that the field's keys and the lowercase keys
 * after the joiner open, whose syllable right after the joiner drafts write capitalised in at least
 * `minAttested` drafts and lowercase in none ("Học viện Báo chí và | tuyên truyền": the drafts write
 * "Báo chí và Tuyên truyền"). How many of `next` that field takes, or 0 (no such field, or the
 * drafts write the phrase lowercase there too: no slip by usage).
 */
export function attestedNextPhrase(field: string[], next: string[]): number {
  if (field.length === 0 || next.length === 0) return 0;
  const all = [...field, ...next];
  for (let n = Math.min(all.length, LONGEST); n > field.length; n--) {
    const c = FIELDS.get(all.slice(0, n).join(' '));
    // (a field with no sighting of the syllable after the joiner says nothing: a shorter one may)
    if (!c || c[field.length][0] + c[field.length][1] === 0) continue;
    const [lower, cap] = c[field.length];
    return cap >= T.minAttested && lower === 0 ? n - field.length : 0;
  }
  return 0;
}
