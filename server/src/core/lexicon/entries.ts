/**
 * The lexicon's entries: titles and organisations from dictionaries/*.json plus the
 * project's extra lexicon, validated (a malformed entry is skipped, not a crash) and
 * compiled into tries.
 */
import titlesData from '../../../../dictionaries/titles.json';
import organisationsData from '../../../../dictionaries/organisations.json';
import type { ResolvedConfig } from '../config/types.js';
import { syllableKey } from '../casing.js';
import { compile, syllables, type TrieNode } from './trie.js';
import type { OrganisationEntry, TitleEntry } from './types.js';

function isEntryLike(x: unknown): x is { canonical: string } {
  return typeof x === 'object' && x !== null && typeof (x as { canonical?: unknown }).canonical === 'string';
}

function asOrganisation(x: unknown): OrganisationEntry | undefined {
  if (!isEntryLike(x)) return undefined;
  const e = x as Partial<OrganisationEntry>;
  return {
    canonical: e.canonical!,
    kind: e.kind ?? 'body',
    status: e.status ?? 'clear',
    alternatives: Array.isArray(e.alternatives) ? e.alternatives.filter((a): a is string => typeof a === 'string') : undefined,
    attach: e.attach,
    unique: e.unique === true ? true : undefined,
    namedByTask: e.namedByTask === true ? true : undefined,
    examples: Array.isArray(e.examples) ? e.examples : [],
  };
}

function asTitle(x: unknown): TitleEntry | undefined {
  if (!isEntryLike(x)) return undefined;
  const e = x as Partial<TitleEntry>;
  return {
    canonical: e.canonical!,
    status: e.status ?? 'clear',
    alternatives: Array.isArray(e.alternatives) ? e.alternatives.filter((a): a is string => typeof a === 'string') : undefined,
    head: typeof e.head === 'string' ? e.head : undefined,
    preferred: e.preferred === true ? true : undefined,
    examples: Array.isArray(e.examples) ? e.examples : [],
  };
}

export const organisationEntries: OrganisationEntry[] = (organisationsData.entries as unknown[]).map(asOrganisation).filter((e): e is OrganisationEntry => !!e);
const titleEntries: TitleEntry[] = (titlesData.entries as unknown[]).map(asTitle).filter((e): e is TitleEntry => !!e);
export const QUALIFIER = titlesData.qualifiers[0];
export const QUALIFIER_KEYS = syllables(QUALIFIER.canonical).tokens.map(syllableKey);
export const DEPUTY_KEY = syllableKey(titlesData.deputy);

export interface Tries {
  organisations: TrieNode<OrganisationEntry>;
  titles: TrieNode<TitleEntry>;
}

export const builtin: Tries = { organisations: compile(organisationEntries), titles: compile(titleEntries) };
const withExtras = new WeakMap<object, Tries>();

/** The compiled tries for a configuration: the built-in ones unless the project adds entries. */
export function triesFor(config?: Pick<ResolvedConfig, 'extraLexicon'>): Tries {
  const extra = config?.extraLexicon;
  if (!extra || (extra.titles.length === 0 && extra.organisations.length === 0)) return builtin;
  let t = withExtras.get(extra);
  if (!t) {
    // project entries come first so that they win over a built-in entry of the same length
    const orgs = extra.organisations.map(asOrganisation).filter((e): e is OrganisationEntry => !!e);
    const titles = extra.titles.map(asTitle).filter((e): e is TitleEntry => !!e);
    t = { organisations: compile([...orgs, ...organisationEntries]), titles: compile([...titles, ...titleEntries]) };
    withExtras.set(extra, t);
  }
  return t;
}
