// Part 5, drafts written for the bench (corpus/written/): sub-editors who never saw the linter,
// its word lists or the corpora wrote complete training drafts, each set in one sitting. A set
// has correct drafts (clean/NN.txt: every finding a reporter must act on is a false alarm) and
// drafts with labelled mistakes (errors/NN.txt + NN.json: recall by kind of mistake). The sets
// were scored blind once, on the code of their day (each README says so); after that, rule work
// has read them like tune drafts, so these figures guard against regressions, not overfitting.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { familyOf } from './families.mjs';
import { fixCorrects, isDocumentLevel, overlaps } from './core.mjs';

export { fixCorrects };

/** The family of findings that catches each kind of labelled mistake. */
export const KIND_FAMILY = {
  'org-case': 'capitalisation',
  'title-case': 'capitalisation',
  'common-noun-case': 'capitalisation',
  'place-case': 'capitalisation',
  'person-case': 'capitalisation',
  spelling: 'spelling',
  'old-spelling': 'spelling',
  'tone-mix': 'spelling',
  spacing: 'spacing',
  'date-format': 'date',
  'web-debris': 'web debris',
  'repeated-word': 'repetition',
  'missing-element': 'structure',
};

/**
 * Kinds caught by their own rule anywhere in the draft: a missing element has no text, and a
 * word in the other tone style may be reported where the draft's minority style shows first.
 */
const ANYWHERE = { 'missing-element': (id) => id.startsWith('required-'), 'tone-mix': (id) => id === 'tone-mark-style' };

/**
 * The element a missing-element label names in its `correct` words ("byline (tên tác giả)",
 * "số người tham dự hội nghị", "dateline/time missing: … tổ chức …"): the word of an element
 * said first decides, and only that element's rule catches the label. A spurious "no byline"
 * finding is no catch of a missing organiser. A label naming none of them is caught by any
 * required-* finding, as before.
 */
const ELEMENT_WORDS = [
  ['required-byline', /byline|tác giả|ký tên|người viết|reporter/iu],
  ['required-participant-count', /participant|số người|số lượng|số học viên|số đại biểu|how many/iu],
  ['required-dateline', /dateline|thời gian|ngày tổ chức|\btime\b|\bdate\b/iu],
  ['required-organiser', /organi[sz]|đơn vị tổ chức|cơ quan|who held/iu],
];

/** The rule that reports the element a missing-element label names, or undefined. */
export function elementRule(correct) {
  let best;
  let at = Infinity;
  for (const [rule, re] of ELEMENT_WORDS) {
    const m = re.exec(correct ?? '');
    if (m && m.index < at) {
      at = m.index;
      best = rule;
    }
  }
  return best;
}

/** Does finding `f` catch `label` wherever it stands (a kind of ANYWHERE)? */
function catchesAnywhere(label, f) {
  if (!ANYWHERE[label.kind](f.ruleId)) return false;
  if (label.kind !== 'missing-element') return true;
  const rule = elementRule(label.correct);
  return rule === undefined || f.ruleId === rule;
}

const txtFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : []);

/** The drafts of every set under `folder`, as bench records (`labels` on drafts with mistakes). */
export function loadWritten(folder) {
  if (!folder || !existsSync(folder)) return [];
  const out = [];
  for (const set of readdirSync(folder).filter((s) => existsSync(join(folder, s, 'clean')) || existsSync(join(folder, s, 'errors'))).sort()) {
    for (const part of ['clean', 'errors']) {
      const dir = join(folder, set, part);
      for (const file of txtFiles(dir)) {
        const labels = part === 'errors' ? JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8')) : undefined;
        out.push({ name: `${set}/${part}/${file.replace(/\.txt$/, '')}`, file, source: 'written', set, part, text: readFileSync(join(dir, file), 'utf8'), labels, genre: 'training', folder: dir });
      }
    }
  }
  return out;
}

/** Where a label's text sits: its `occurrence`-th match (1-based), or -1. */
export function labelStart(text, label) {
  if (!label.text) return -1;
  let at = -1;
  for (let k = 0, from = 0; k < (label.occurrence ?? 1); k++, from = at + 1) {
    at = text.indexOf(label.text, from);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * The findings scored: all of them, as in part 1b, except a note about an element drafts may
 * leave out (required-duration is information), which says nothing is wrong.
 */
const scored = (findings) => findings.filter((f) => !(isDocumentLevel(f) && f.severity === 'info'));

/**
 * Scores the linted written drafts: per set, clean drafts' findings per 1,000 words, and
 * recall of the labelled mistakes by kind with the findings that meet no label.
 */
export function scoreWritten(docs) {
  const sets = {};
  const listing = [];
  for (const d of docs) {
    const s = (sets[d.set] ??= { clean: { drafts: 0, words: 0, findings: 0, byRule: {} }, errors: { drafts: 0, labels: 0, caught: 0, unmatched: 0, byKind: {} } });
    const findings = scored(d.findings);
    if (d.part === 'clean') {
      s.clean.drafts++;
      s.clean.words += d.words;
      s.clean.findings += findings.length;
      for (const f of findings) {
        s.clean.byRule[f.ruleId] = (s.clean.byRule[f.ruleId] ?? 0) + 1;
        listing.push(`${d.name}: FALSE? ${f.ruleId} “${d.text.slice(f.start, f.end)}”`);
      }
      continue;
    }
    s.errors.drafts++;
    const used = new Set();
    const spans = [];
    for (const label of d.labels) {
      const k = (s.errors.byKind[label.kind] ??= { labels: 0, caught: 0 });
      k.labels++;
      s.errors.labels++;
      const start = labelStart(d.text, label);
      const end = start < 0 ? -1 : start + label.text.length;
      if (start >= 0) spans.push([start, end]);
      const family = KIND_FAMILY[label.kind];
      const anywhere = ANYWHERE[label.kind];
      // (a finding one label took already catches another whose words its fix corrects as the
      // label says: one phrase, one finding, two mistakes mended; before CAPS27 it caught one)
      const hit =
        findings.find((f) => !used.has(f) && (anywhere ? catchesAnywhere(label, f) : familyOf(f.ruleId) === family && start >= 0 && overlaps(f, start, end))) ??
        (anywhere ? undefined : findings.find((f) => used.has(f) && familyOf(f.ruleId) === family && start >= 0 && overlaps(f, start, end) && fixCorrects(f, start, label)));
      if (hit) {
        used.add(hit);
        k.caught++;
        s.errors.caught++;
      } else listing.push(`${d.name}: MISSED ${label.kind} “${label.text}” → “${label.correct}”${label.text && start < 0 ? ' (text not in the draft)' : ''}`);
    }
    // a finding on a labelled stretch that another finding already caught is no false alarm
    for (const f of findings) {
      if (used.has(f) || spans.some(([a, b]) => overlaps(f, a, b))) continue;
      s.errors.unmatched++;
      listing.push(`${d.name}: FALSE? ${f.ruleId} “${d.text.slice(f.start, f.end)}”`);
    }
  }
  return { sets, listing };
}
