// Rule families: a finding is right when it overlaps a reference annotation of its family on
// the same line (the annotator and the linter may name neighbouring rules for one mistake).
export const FAMILIES = {
  capitalisation: ['title-case', 'organisation-case', 'admin-unit-case', 'special-noun-case', 'person-name-case', 'common-noun-case', 'headline-case', 'consistent-capitalisation'],
  spelling: ['spelling', 'tone-mark-style', 'unicode-normalisation'],
  spacing: ['spacing'],
  repetition: ['repeated-word', 'duplicate-sentence'],
  date: ['date-format'],
  numbers: ['number-format', 'participant-count-consistency'],
  'web debris': ['web-leftover'],
  abbreviation: ['abbreviation-first-use'],
  structure: ['required-headline', 'required-dateline', 'required-organiser', 'required-official-titles', 'required-agenda', 'required-participant-count', 'required-byline', 'required-duration', 'end-mark'],
};

const byRule = new Map(Object.entries(FAMILIES).flatMap(([fam, ids]) => ids.map((id) => [id, fam])));

/** A rule's family; an unknown (new) rule is a family of its own until listed here. */
export const familyOf = (ruleId) => byRule.get(ruleId) ?? ruleId;

export const ELEMENTS = ['required-dateline', 'required-organiser', 'required-official-titles', 'required-agenda', 'required-participant-count', 'required-byline'];
