/**
 * The library the scripts use (eval, bench, the build of the config schema), bundled as
 * dist/core.js: the core API, the rule registry and Soát Tin's linter's functions.
 */
import { linter } from './linter.js';

export * from './core/index.js';
export { rules, ruleById, ruleDocsUrl, DOCS_BASE } from './rules/index.js';
export { linter };
/** the CLI's one-shot lint keeps no paragraph memos (the per-core bench measures that path) */
export { setParagraphMemos } from './core/paragraph-memo.js';
/** the build writes what the spelling check would compute from dictionary-vi at every start */
export { precomputeSyllables, PRECOMPUTED_FILE } from './core/spell/dictionary.js';
export { SLIP_VARIANTS_FILE, slipVariantsText } from './core/spell/slips.js';
/** the build writes general-pairs.json's two lists beside the bundles as plain text (read at run time as bytes, never bundled for Node) */
export { GENERAL_PAIRS_FILE } from './core/spell/general-pairs-data.js';
export { generalPairsText } from './core/spell/general-pairs-text.js';
/** and general-words.json's three lists (read at run time as text, never bundled for Node) */
export { GENERAL_WORDS_FILE, generalWordsText } from './core/spell/general-words-data.js';
export const { lint, fixText, resolveConfig, loadConfigObject, validateConfig, configSchema } = linter;
