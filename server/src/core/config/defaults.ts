import type { ResolvedConfig, UserConfig } from './types.js';

export const DEFAULT_MAX_FINDINGS = 300;

export function defaultConfig(): ResolvedConfig {
  return {
    profile: 'gov',
    toneStyle: 'auto',
    dateStyle: 'auto',
    endMark: 'any',
    genre: 'auto',
    rules: {},
    words: new Set(),
    extraLexicon: { titles: [], organisations: [] },
    ignore: [],
    maxFindings: DEFAULT_MAX_FINDINGS,
  };
}

/** Merge a (validated) user config over a resolved one. Rules merge per id; lists add up. */
export function mergeConfig(base: ResolvedConfig, user: UserConfig): ResolvedConfig {
  const out: ResolvedConfig = {
    ...base,
    rules: { ...base.rules },
    words: new Set(base.words),
    ignore: [...base.ignore],
    // copied: the config merged over may add entries (its own lexicon files) to these lists
    extraLexicon: { titles: [...base.extraLexicon.titles], organisations: [...base.extraLexicon.organisations] },
  };
  if (user.profile) out.profile = user.profile;
  if (user.toneStyle) out.toneStyle = user.toneStyle;
  if (user.dateStyle) out.dateStyle = user.dateStyle;
  if (user.endMark) out.endMark = user.endMark;
  if (user.genre) out.genre = user.genre;
  if (user.author !== undefined) out.author = user.author;
  if (user.maxFindings !== undefined) out.maxFindings = user.maxFindings;
  if (user.rules) Object.assign(out.rules, user.rules);
  for (const w of user.words ?? []) out.words.add(w.normalize('NFC'));
  for (const g of user.ignore ?? []) out.ignore.push(g);
  if (user.overrides) out.overrides = [...(base.overrides ?? []), ...user.overrides];
  return out;
}
