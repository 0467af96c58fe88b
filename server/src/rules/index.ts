/**
 * The rule registry: every rule of Soát Tin, in the order they run. Ids are a contract
 * (DESIGN.md): they appear in configs, docs and CI output.
 */
import type { Rule } from '../core/types.js';
import { repeatedWord } from './repeated-word.js';
import { dateFormat } from './date-format.js';
import { numberFormat } from './number-format.js';
import { participantCountConsistency } from './participant-count-consistency.js';
import { duplicateSentence } from './duplicate-sentence.js';
import { webLeftover } from './web-leftover.js';
import { abbreviationFirstUse } from './abbreviation-first-use.js';
import { spacing } from './spacing.js';
import { unicodeNormalisation } from './unicode-normalisation.js';
import { personNameCase } from './person-name-case.js';
import { toneMarkStyle } from './tone-mark-style.js';
import { specialNounCase } from './special-noun-case.js';
import { commonNounCase } from './common-noun-case.js';
import { spelling } from './spelling.js';
import { titleCase } from './title-case.js';
import { organisationCase } from './organisation-case.js';
import { adminUnitCase } from './admin-unit-case.js';
import { headlineCase } from './headline-case.js';
import { consistentCapitalisation } from './consistent-capitalisation.js';

// structure of a training-news draft (genre: training)
import { requiredHeadline } from './required-headline.js';
import { requiredDateline } from './required-dateline.js';
import { requiredOrganiser } from './required-organiser.js';
import { requiredOfficialTitles } from './required-official-titles.js';
import { requiredAgenda } from './required-agenda.js';
import { requiredParticipantCount } from './required-participant-count.js';
import { requiredByline } from './required-byline.js';
import { requiredDuration } from './required-duration.js';
import { endMark } from './end-mark.js';

export const rules: Rule[] = [
  unicodeNormalisation,
  spacing,
  repeatedWord,
  dateFormat,
  numberFormat,
  participantCountConsistency,
  duplicateSentence,
  webLeftover,
  abbreviationFirstUse,
  personNameCase,
  toneMarkStyle,
  specialNounCase,
  commonNounCase,
  spelling,
  titleCase,
  organisationCase,
  adminUnitCase,
  headlineCase,
  consistentCapitalisation,
  requiredHeadline,
  requiredDateline,
  requiredOrganiser,
  requiredOfficialTitles,
  requiredAgenda,
  requiredParticipantCount,
  requiredByline,
  requiredDuration,
  endMark,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** Where a rule's documentation lives (docs/rules/<id>.md of the repository). */
export const DOCS_BASE = 'https://github.com/soattin/soattin/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
