/**
 * Words a general Vietnamese dictionary gives as nouns only (dictionaries/general-nouns.json,
 * built by scripts/build-general-nouns.mjs): "thẻ", "người", "căn cước", "ngân hàng"; not "tổ
 * chức" (a noun and a verb). A noun before a noun is the head of a noun phrase and what qualifies
 * it ("có thẻ căn cước": a card): the syllable as written reads there, whatever the lists say of
 * its pair with the word before.
 */
import data from '../../../../dictionaries/general-nouns.json';

let nouns: Set<string> | undefined;

/** True when the word (lookup keys, one space between two syllables) is only a noun in the general dictionary. */
export function isGeneralNoun(word: string): boolean {
  // (a set of the list's own slices, made on the first question)
  nouns ??= new Set(data.nouns.split('|'));
  return nouns.has(word);
}

let people: Set<string> | undefined;

/**
 * True when the word (lookup keys, one space between syllables) is a noun for a kind of person in
 * the general dictionary ("thẩm phán", "ngư dân", "khách hàng": general-nouns.json `people`).
 */
export function isGeneralPerson(word: string): boolean {
  people ??= new Set(data.people.split('|'));
  return people.has(word);
}

let heads: Set<string> | undefined;

/**
 * True when the syllable (a lookup key) is a noun for a kind of person in most of its noun senses
 * in the general dictionary ("chủ", "thợ", "khách": general-nouns.json `personHeads`): the head of
 * a compound noun for a person ("chủ tàu", "thợ hàn", "khách tham quan").
 */
export function isPersonHead(key: string): boolean {
  heads ??= new Set(data.personHeads.split('|'));
  return heads.has(key);
}
