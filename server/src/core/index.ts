/** The public API of the core library (pure: no vscode, no LSP). */
export * from './types.js';
export * from './draft.js';
export { parseDraft, isDebrisLine, isMetadataLine } from './parse.js';
export { createLinter, type Linter } from './engine.js';
export { formatOf, ruleSetting, type LintOptions } from './lint.js';
export { applyEdits, selectFixes, type FixResult } from './fix.js';
export * from './messages.js';
export * from './normalise.js';
export * from './config/index.js';
export { isTrainingNews, appliesTraining } from './genre.js';
/** spelling engine: nspell's slow suggestions, only for a code action when a finding has none */
export { fallbackSuggestions, isSyllable, lookupKey as syllableKey, warmUpSpelling } from './spell/index.js';
/** mid-sentence capitalisation counts (scripts/caps-stats.mjs builds the evidence file with it) */
export { countCapitals, type CapitalCounts } from './capital-evidence.js';
/** how drafts write the field phrases of organisation names (scripts/build-field-phrases.mjs builds dictionaries/field-phrases.json with it) */
export { countFieldPhrases, type FieldCounts } from './field-phrases.js';
