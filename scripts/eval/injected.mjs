// Part 3, injected errors: real drafts (annotated and unlabelled) with mistakes put into
// stretches the linter found nothing wrong with. Several classes go into one copy of a draft
// (apart from each other, so one lint serves them all); a removal gets a copy of its own.
// Seeded: the same seed gives the same cases.
import { core, isDocumentLevel, lintDraft, overlaps } from './core.mjs';
import { familyOf } from './families.mjs';
import { rng, hash32 } from './random.mjs';
import { CLASSES, REMOVALS, datesIn } from './inject/classes.mjs';
import { chain } from './inject/stats.mjs';
import { flipTonePlacement } from './inject/syllables.mjs';
import { annotatedRemoval, poolRemoval, printedTwice, statedAgain, without } from './inject/removals.mjs';

/** story sentences with no finding on them and no quotation in them */
function correctSentences(d) {
  const story = new Set(d.draft.story);
  const busy = d.findings.filter((f) => !isDocumentLevel(f));
  return d.draft.paragraphs
    .filter((p) => story.has(p))
    .flatMap((p) => p.sentences)
    .filter((s) => !busy.some((f) => overlaps(f, s.start, s.end)) && !d.draft.quotes.some((q) => q.start < s.end && q.end > s.start));
}

function styleVotes(d) {
  const votes = { old: 0, new: 0 };
  for (const w of d.draft.words) {
    const f = flipTonePlacement(w.text);
    if (f) votes[f.style]++;
  }
  return votes;
}

function dateVotes(d) {
  const seps = { '/': 0, '-': 0 };
  for (const p of d.draft.story) for (const x of datesIn(d.text, p.start, p.end)) seps[x.sep]++;
  return seps;
}

/** the gap kept between two mistakes of one copy, so one mistake's finding cannot be taken for another's */
const GAP = 12;

/**
 * Pick sites for one copy of a draft: up to `perCopy` per class, sentences in a seeded order,
 * never overlapping or within GAP characters of another pick, and never two on the same word
 * or name (`key`). Classes marked `ownDraw` come after the others, each with a generator of
 * its own (`own(id)`), so that adding such a class leaves every other class's cases as they were.
 */
function pickSites(d, sentences, stats, rand, own, used) {
  const base = { stats, text: d.text, toneVotes: styleVotes(d), dateSeps: dateVotes(d) };
  const keys = new Set();
  const picks = [];
  const free = (s) => picks.every((p) => s.end + GAP <= p.site.start || p.site.end + GAP <= s.start);
  const pass = (classes, r) => {
    const ctx = { ...base, rng: r };
    const order = r.shuffle(sentences);
    for (const cls of r.shuffle(classes)) {
      let left = cls.perCopy ?? 1;
      for (const sentence of order) {
        const ws = chain(d.text, sentence);
        const sites = [...cls.sites({ ...ctx, ws, sentence })].filter((s) => !used.has(`${cls.id}:${s.start}`) && !keys.has(s.key) && free(s));
        if (!sites.length) continue;
        const site = r.pick(sites);
        picks.push({ cls, site });
        keys.add(site.key);
        used.add(`${cls.id}:${site.start}`);
        if (--left === 0) break;
      }
    }
  };
  pass(CLASSES.filter((c) => !c.ownDraw), rand);
  for (const cls of CLASSES.filter((c) => c.ownDraw)) pass([cls], own(cls.id));
  return picks.sort((a, b) => a.site.start - b.site.start);
}

/** did some finding of the class's families on the span come with a fix (or a suggestion) that restores the original? */
function judge(cls, findings, mutated, span, expected) {
  const caught = findings.filter((f) => cls.families.includes(familyOf(f.ruleId)) && overlaps(f, span[0], span[1]));
  const restores = (edits) => core.applyEdits(mutated, edits) === expected;
  return {
    caught: caught.length > 0,
    rules: [...new Set(caught.map((f) => f.ruleId))],
    fixed: caught.some((f) => f.fix && restores(f.fix)),
    suggested: caught.some((f) => (f.fix && restores(f.fix)) || (f.suggestions ?? []).some((s) => !s.snippet && restores(s.edits))),
    // what the fixes write instead, for the report of fixes that do not restore (--class)
    fixes: caught.filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.fix.map((e) => `“${mutated.slice(e.start, e.end)}” → “${e.text}”`).join(', ')}`),
  };
}

function injectInline(d, picks, config) {
  let mutated = '';
  let pos = 0;
  for (const p of picks) {
    mutated += d.text.slice(pos, p.site.start);
    p.at = mutated.length;
    mutated += p.site.text;
    pos = p.site.end;
  }
  mutated += d.text.slice(pos);
  const { findings } = lintDraft(mutated, config, d.file);
  return picks.map(({ cls, site, at }) => {
    const expected = mutated.slice(0, at) + d.text.slice(site.start, site.end) + mutated.slice(at + site.text.length);
    const verdict = judge(cls, findings, mutated, [at + site.span[0], at + site.span[1]], expected);
    return { class: cls.id, source: d.source, split: d.split, file: d.file, ...verdict, before: d.text.slice(site.start, site.end), after: site.text, context: mutated.slice(Math.max(0, at - 50), at + site.text.length + 30).replace(/\s+/g, ' ') };
  });
}

function injectRemoval(d, removal, ranges, config) {
  const mutated = without(d.text, ranges);
  const { findings, training } = lintDraft(mutated, config, d.file);
  const caught = findings.some((f) => f.ruleId === removal.element && f.messageId === 'missing');
  const before = ranges.map((r) => d.text.slice(r.start, r.end).trim()).join(' … ');
  return { class: removal.id, source: d.source, split: d.split, file: d.file, caught, training, fixed: null, suggested: null, before, after: '' };
}

/** every case of one draft: `rounds` copies with inline mistakes, then one copy per removal */
export function injectDraft(d, stats, { seed, rounds, config }) {
  const cases = [];
  const sentences = correctSentences(d);
  const used = new Set();
  for (let r = 0; r < rounds; r++) {
    const rand = rng((seed ^ hash32(`${d.source}/${d.name}/${r}`)) >>> 0);
    const own = (id) => rng((seed ^ hash32(`${d.source}/${d.name}/${r}/${id}`)) >>> 0);
    const picks = pickSites(d, sentences, stats, rand, own, used);
    if (picks.length) cases.push(...injectInline(d, picks, config));
  }
  // removals: only from drafts the linter reads as training news and finds the element in
  if (!d.training || (d.source === 'dev' && d.genre !== 'training')) return cases;
  for (const removal of REMOVALS) {
    if (d.findings.some((f) => f.ruleId === removal.element && f.messageId === 'missing')) continue;
    const ranges = (d.source === 'dev' ? annotatedRemoval(d, removal.element) : poolRemoval(d, removal.element))?.filter((r) => r.end > r.start);
    if (ranges?.length && !printedTwice(d.text, ranges) && !statedAgain(d, removal.element, ranges)) cases.push(injectRemoval(d, removal, ranges, config));
  }
  return cases;
}

export function summariseInjected(cases) {
  const classes = {};
  for (const c of [...CLASSES, ...REMOVALS]) {
    const mine = cases.filter((x) => x.class === c.id);
    const bySource = (src) => mine.filter((x) => x.source === src);
    const caught = mine.filter((x) => x.caught);
    const rules = {};
    for (const x of caught) for (const r of x.rules ?? []) rules[r] = (rules[r] ?? 0) + 1;
    classes[c.id] = {
      label: c.label,
      cases: mine.length,
      dev: bySource('dev').length,
      pool: bySource('pool').length,
      recall: mine.length ? caught.length / mine.length : null,
      recallDev: bySource('dev').length ? bySource('dev').filter((x) => x.caught).length / bySource('dev').length : null,
      recallPool: bySource('pool').length ? bySource('pool').filter((x) => x.caught).length / bySource('pool').length : null,
      // the share of caught cases whose automatic fix (or a suggested fix) restores the original
      fixRestores: 'families' in c && caught.length ? caught.filter((x) => x.fixed).length / caught.length : null,
      suggestionRestores: 'families' in c && caught.length ? caught.filter((x) => x.suggested).length / caught.length : null,
      caughtBy: rules,
      // removals: the share of copies still read as training news (the required-* rules run
      // only then), and the recall on those
      ...('element' in c
        ? {
            stillTraining: mine.length ? mine.filter((x) => x.training).length / mine.length : null,
            recallIfTraining: mine.some((x) => x.training) ? mine.filter((x) => x.training && x.caught).length / mine.filter((x) => x.training).length : null,
          }
        : {}),
    };
  }
  return { cases: cases.length, classes, list: cases };
}
