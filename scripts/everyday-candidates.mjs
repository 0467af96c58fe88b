#!/usr/bin/env node
// Lists the candidates for dictionaries/everyday-words.json: every pair one tone or vowel mark
// from a word the genre knows (a two-syllable listed word of genre-words.json, or a pair
// syllable-pairs.json counts at least 3 times) that the spelling rule flags in a plain
// sentence, and that the list does not hold yet (the rule's other slips, a letter or a key,
// were read once the same way with its own slipVariants). Most are no words at all ("bao vệ"); the
// few that are ("xếp hàng", "chi tiêu") are added by hand with a sentence of our own.
//   npm run build && node scripts/everyday-candidates.mjs > candidates.txt
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const core = require(join(root, 'dist/core.js'));
const read = (f) => JSON.parse(readFileSync(join(root, 'dictionaries', f), 'utf8'));
const listed = read('genre-words.json').entries.map((e) => e.word.toLowerCase()).filter((w) => w.split(' ').length === 2);
const known = new Set(read('everyday-words.json').words.map((e) => e.word));

// the vowel marks a key slip swaps, and the tones
const MARKS = [['a', 'ă', 'â'], ['e', 'ê'], ['o', 'ô', 'ơ'], ['u', 'ư'], ['d', 'đ']];
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** `bare` (no tone) with tone `t` on any of its vowels: the dictionary says which placements are syllables */
function toned(bare, t) {
  if (!t) return [bare];
  const out = [];
  for (let i = 0; i < bare.length; i++) if (/[aăâeêioôơuưy]/u.test(bare[i])) out.push((bare.slice(0, i + 1) + t + bare.slice(i + 1)).normalize('NFC'));
  return out;
}

/** the syllables one tone or one vowel mark from `s` */
function variants(s) {
  const out = new Set();
  const bare = core.stripTone(s);
  const tone = s.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? '';
  for (const t of ['', ...TONES]) if (t !== tone) for (const v of toned(bare, t)) out.add(v);
  for (let i = 0; i < bare.length; i++) {
    for (const group of MARKS) {
      if (!group.includes(bare[i])) continue;
      for (const m of group) if (m !== bare[i]) for (const v of toned(bare.slice(0, i) + m + bare.slice(i + 1), tone)) out.add(v);
    }
  }
  out.delete(s);
  return [...out].filter((v) => core.isSyllable(v));
}

const frequent = read('syllable-pairs.json')
  .pairs.split('|')
  .map((item) => [item.slice(0, item.lastIndexOf(':')), Number(item.slice(item.lastIndexOf(':') + 1))])
  .filter(([pair, n]) => n >= 3 && pair.split(' ').length === 2)
  .map(([pair]) => pair);
const pairs = new Set();
for (const word of [...listed, ...frequent]) {
  const [a, b] = word.split(' ');
  for (const v of variants(a)) pairs.add(`${v} ${b}`);
  for (const v of variants(b)) pairs.add(`${a} ${v}`);
}
const lead = 'Tin tập huấn\n\nSáng 5-3, Huyện ủy tổ chức hội nghị tập huấn cho 60 cán bộ.\n\n';
const flagged = new Set();
const list = [...pairs].filter((p) => !listed.includes(p) && !known.has(p)).sort();
// a few hundred sentences a draft: the CLI's cap on findings is not the library's
for (let i = 0; i < list.length; i += 200) {
  const text = lead + list.slice(i, i + 200).map((p) => `Trong buổi họp, mọi người nói về ${p} khá lâu.`).join('\n\n') + '\n\nMinh Anh\n';
  const { findings } = core.lint(text, core.defaultConfig(), { only: ['spelling'] });
  for (const f of findings) if (f.messageId === 'context') flagged.add(`${f.args.word} → ${f.args.suggestion}`);
}
process.stdout.write([...flagged].join('\n') + '\n');
