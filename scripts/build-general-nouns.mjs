#!/usr/bin/env node
// Builds dictionaries/general-nouns.json: the words of one or two syllables that a general
// Vietnamese dictionary (@vntk/dictionary, MIT) gives as nouns only, every sense tagged N ("thẻ",
// "người", "căn cước", "ngân hàng"; not "tổ chức", N and V). The spelling rule reads a noun as
// written before another noun as a noun phrase, its head and what qualifies it ("có thẻ căn
// cước": a card, no "có thể"), never a slip stranded among words (core/spell/general-nouns.ts).
// Figures of a dictionary, no text: the keys alone, joined.
//   npm run build && node scripts/build-general-nouns.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const core = require(join(root, 'dist/core.js'));
const out = join(root, 'dictionaries/general-nouns.json');
const SOURCE = '@vntk/dictionary/data/dictionary.json';

const existing = (() => {
  try {
    return JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return undefined;
  }
})();

const dictionary = JSON.parse(readFileSync(require.resolve(SOURCE), 'utf8'));
const nouns = new Set();
for (const [entry, senses] of Object.entries(dictionary)) {
  const w = entry.normalize('NFC').trim();
  if (!Array.isArray(senses) || senses.length === 0 || !/^[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+)?$/u.test(w)) continue;
  const parts = w.split(' ');
  if (!parts.every((p) => core.isSyllable(p))) continue;
  if (!senses.every((s) => s.pos === 'N')) continue;
  // stored as lookup keys (core's syllableKey: NFC, lower case, new tone style)
  nouns.add(parts.map((p) => core.syllableKey(p)).join(' '));
}
// a key written two ways in the source ("thuỷ"/"thủy") may be a noun in one entry and not in the
// other: kept only when no entry of that key has another part of speech
for (const [entry, senses] of Object.entries(dictionary)) {
  if (!Array.isArray(senses) || senses.every((s) => s.pos === 'N')) continue;
  const parts = entry.normalize('NFC').trim().split(' ');
  if (parts.length <= 2 && parts.every((p) => core.isSyllable(p))) nouns.delete(parts.map((p) => core.syllableKey(p)).join(' '));
}

// the nouns for a kind of person: words of one to three syllables whose first noun sense is
// defined as one ("thẩm phán: người của toà án …", "ngư dân: người làm nghề đánh cá", "khách hàng:
// đối tượng mua hàng …"), the definition naming no proper name ("phật tử: người theo đạo Phật": its
// capital may be the name's). common-noun-case reads such a word, capitalised after a word that is
// no noun, as a common noun in any sector (core/spell/general-nouns.ts isGeneralPerson).
const people = new Set();
// the entries of one to three syllables, as lookup keys, with their first noun sense's definition
const entries = [];
for (const [entry, senses] of Object.entries(dictionary)) {
  const w = entry.normalize('NFC').trim();
  if (!Array.isArray(senses) || !/^[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2}$/u.test(w)) continue;
  const parts = w.split(' ');
  if (!parts.every((p) => core.isSyllable(p))) continue;
  const nounSenses = senses.filter((s) => s.pos === 'N').map((s) => (s.definition ?? '').normalize('NFC').trim());
  entries.push({ key: parts.map((p) => core.syllableKey(p)).join(' '), nounSenses });
}
const PERSON_DEFINITION = /^(?:những )?người[\s,]/u;
for (const { key, nounSenses } of entries) {
  const definition = nounSenses[0] ?? '';
  // ("người, hoặc tổ chức …": "bị cáo" is a person first)
  if (!/^(?:những )?(?:người|đối tượng)[\s,]/u.test(definition) || /\p{Lu}/u.test(definition)) continue;
  people.add(key);
}
// … and the words whose first noun sense is defined by another noun for a kind of person, its
// head ("du khách: khách du lịch", "xã viên: thành viên của một hợp tác xã", "thương binh: quân
// nhân bị thương …", "hội thẩm: đại biểu nhân dân …") or a cross-reference to it ("bạn đọc: xem
// độc giả"), repeated until nothing is added. The head is the longest entry the definition opens
// with ("đường thẳng", not "đường"): a person's noun whose first noun sense says "người …" (an
// "đối tượng" may be a thing: "nguyên liệu: đối tượng lao động …"); one of one syllable must be
// a person in most of its noun senses, or in two and half of them ("khách": a bird, two kinds of
// person and a short word; "làng", a person in one sense of two, and "con" are no head)
const known = new Set(entries.map((e) => e.key));
const strict = new Set();
const mostlyPerson = new Set();
for (const { key, nounSenses } of entries) {
  if (nounSenses.length === 0) continue;
  if (PERSON_DEFINITION.test(nounSenses[0]) && !/\p{Lu}/u.test(nounSenses[0])) strict.add(key);
  const persons = nounSenses.filter((d) => PERSON_DEFINITION.test(d)).length;
  if (persons * 2 > nounSenses.length || (persons >= 2 && persons * 2 === nounSenses.length)) mostlyPerson.add(key);
}
for (let added = true; added; ) {
  added = false;
  for (const { key, nounSenses } of entries) {
    const definition = nounSenses[0] ?? '';
    if (strict.has(key) || !definition || /\p{Lu}/u.test(definition)) continue;
    const words = definition.replace(/^xem\s+/u, '').split(/[\s,;.()[\]]+/u).map((p) => core.syllableKey(p));
    const length = [3, 2, 1].find((n) => words.length >= n && (n === 1 || known.has(words.slice(0, n).join(' '))));
    const head = words.slice(0, length).join(' ');
    if (length === 1 ? !mostlyPerson.has(head) : !strict.has(head)) continue;
    strict.add(key);
    people.add(key);
    added = true;
  }
}

const data = {
  $comment:
    'Words of one or two syllables that a general Vietnamese dictionary (@vntk/dictionary 1.0.0 dictionary.json, MIT License) gives as nouns only (every sense tagged N), as lookup keys (new tone style), made by scripts/build-general-nouns.mjs: figures of the dictionary, no text. The spelling rule reads a noun as written, beside a closed-class word, before a word that is only a noun as the head of a noun phrase and what qualifies it (“có thẻ căn cước”: a card), not as a slip stranded among words (“có thẻ làm được” → “có thể”). Each example is a sentence written for Soát Tin with `word` in it: a `silent` one must draw no spelling finding, a `slip` one the finding on `finding` (a verb, no noun, after the noun as written).',
  source: 'dictionary.json of @vntk/dictionary 1.0.0 (MIT License, https://github.com/vntk/dictionary)',
  examples: existing?.examples ?? [],
  nouns: [...nouns].sort().join('|'),
  $peopleComment:
    'Nouns of one to three syllables for a kind of person: the first noun sense of the dictionary defines them as one (“người …”, “đối tượng …”: “thẩm phán”, “ngư dân”, “khách hàng”), or by another such noun defined as “người …”, its head or a cross-reference (“du khách: khách du lịch”, “xã viên: thành viên của …”, “bạn đọc: xem độc giả”), naming no proper name in the definition (“phật tử” is left out: “người theo đạo Phật”). common-noun-case reads one, capitalised mid-clause after a word that is no noun (a preposition, a verb, a quantifier), as a common noun whatever the sector (“của Khách hàng” → “của khách hàng”). Lookup keys.',
  people: [...people].sort().join('|'),
  $personHeadsComment:
    'Nouns of one syllable for a kind of person in most of their noun senses, or in two and half of them (“chủ”, “thợ”, “khách”, “dân”; not “nhà”, “con”, “làng”), none whose definitions name a proper name (“phật”), as lookup keys. common-noun-case reads one capitalised after a word that is no noun, with a word of the general dictionary after it that makes no other word with it, as a noun for a person (“mỗi Chủ tàu”, “cho Chủ phương tiện” → “chủ phương tiện”): the owner, the craftsman, the visitor of a thing.',
  // (a head whose noun senses name a proper name is left out, as for `people`: "phật" of "lễ Phật")
  personHeads: [...mostlyPerson].filter((k) => !k.includes(' ') && !entries.some((e) => e.key === k && e.nounSenses.some((d) => /\p{Lu}/u.test(d)))).sort().join('|'),
};
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
console.log(`${nouns.size} nouns and ${people.size} nouns for people written to ${out}`);
