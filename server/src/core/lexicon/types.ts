/** The shapes of lexicon entries (dictionaries/titles.json, organisations.json) and of the matches found in a draft. */
import type { Word } from '../draft.js';

export type EntryStatus = 'clear' | 'contested' | 'lifecycle';
export type OrganisationKind = 'body' | 'name' | 'committee' | 'abbreviation';

export interface LexiconExample {
  from: string;
  to: string;
}

export interface OrganisationEntry {
  canonical: string;
  kind: OrganisationKind;
  status: EntryStatus;
  /** other accepted spellings of a contested entry */
  alternatives?: string[];
  /** 'required': only a name when something names the body after it; 'field': a type word whose field follows */
  attach?: 'required' | 'field';
  /**
   * a body named by the task it steers ("Ban Chỉ đạo" + "phòng, chống thiên tai huyện"): after a
   * title's head syllable, its task running to a level word names one
   */
  namedByTask?: boolean;
  /** the one body of the country with this name ("Bộ Chính trị", "Bộ Công an"): a name however it is written */
  unique?: boolean;
  note?: string;
  examples: LexiconExample[];
}

export interface TitleEntry {
  canonical: string;
  status: EntryStatus;
  alternatives?: string[];
  /** the last syllable is also the type word of the body after it ("Trưởng ban" + "Ban Dân vận") */
  head?: string;
  /** the canonical form is the one suggested: an alternative is accepted with a contested suggestion ("Chỉ huy Trưởng" → "Chỉ huy trưởng") */
  preferred?: boolean;
  note?: string;
  examples: LexiconExample[];
}

/** One syllable position of a match: what is written and what is expected there. */
export interface SyllableCheck {
  word: Word;
  /** the casing this position should have ('' = no opinion) */
  expected: string;
  /** 'clear' differences are fixed; 'contested' ones follow the profile and are only suggested */
  certainty: 'clear' | 'contested';
  /** what the name's canonical form has right after this syllable and the draft left out (" -", ",", " và") */
  after?: string;
}

export interface OrganisationPart {
  kind: OrganisationKind | 'central' | 'pattern';
  entry?: OrganisationEntry;
  words: Word[];
}

export interface OrganisationMatch {
  start: number;
  end: number;
  /** the text as written (start..end) */
  text: string;
  /** lexicon form of the whole match (entries joined), old tone style */
  canonical: string;
  /** `text` with every clear and profile-preferred correction applied */
  expected: string;
  /** the first entry of the match (the head body) */
  entry?: OrganisationEntry;
  status: EntryStatus;
  parts: OrganisationPart[];
  /** the match names one specific body (not "các ban dân vận", not a lone generic noun) */
  named: boolean;
  /** made generic or plural by what precedes it ("các tỉnh ủy, thành ủy", "cấp ủy") */
  generic?: boolean;
  /** syllables whose casing the lexicon has an opinion on */
  checks: SyllableCheck[];
  /** a level word + place name right after the body ("huyện An Lão"), if any */
  place?: { start: number; end: number; level: Word[]; name: Word[] };
  /** true when found by the unknown-body pattern (type word + field phrase + place) */
  pattern?: boolean;
}

export interface TitleMatch {
  start: number;
  /** end of the whole title, its organisation included */
  end: number;
  /** end of the title words themselves ("Phó Bí thư Thường trực") */
  titleEnd: number;
  text: string;
  canonical: string;
  expected: string;
  entry: TitleEntry;
  status: EntryStatus;
  deputy?: Word;
  qualifier?: Word[];
  organisation?: OrganisationMatch;
  /** the title belongs to a specific person or body (not "các bí thư chi bộ") */
  attached: boolean;
  checks: SyllableCheck[];
}
