/**
 * The vocabulary of person names (dictionaries/surnames.json): surnames, middle names and the
 * words that introduce a name. Its own module so that the lexicon (an unknown body's name ends
 * where a surname starts) and the person-name detector read it without importing each other.
 */
import surnames from '../../../dictionaries/surnames.json';
import { syllableKey } from './casing.js';

/** surname → whether it is also an everyday word ("lê", "hồ"), by syllable key */
export const SURNAME = new Map(surnames.entries.map((e) => [syllableKey(e.surname), { common: 'commonWord' in e && e.commonWord === true }]));

/** True when the syllable key is a surname of dictionaries/surnames.json. */
export function isSurname(key: string): boolean {
  return SURNAME.has(key);
}

/** "văn", "thị": a middle name typed in lower case is still part of the name (middleNames), by syllable key */
/** surnames that are the first of two syllables (surnames.json `compoundHead`: Gia Rai “Rơ Châm”, “Rơ Mah”) */
export const COMPOUND_HEADS = new Set(surnames.entries.filter((e) => 'compoundHead' in e && e.compoundHead === true).map((e) => syllableKey(e.surname)));
export const MIDDLE = new Set(surnames.middleNames.map((m) => syllableKey(m.word)));

/** Words that introduce a name ("ông", "đồng chí", "ThS." …) as syllable keys (introducers). */
export const INTRODUCERS: string[][] = surnames.introducers.map((e) => e.word.split(' ').map(syllableKey));

/** The introducers of an official, who gets a title at the first mention ("đồng chí", "ông", "TS"): `official`. */
export const OFFICIAL_INTRODUCERS: string[] = surnames.introducers.filter((e) => 'official' in e && e.official === true).map((e) => e.word);
