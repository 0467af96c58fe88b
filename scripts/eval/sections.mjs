// The bench's results as tables (header + rows), shared by the terminal and docs/quality.md,
// so the two never disagree. Numbers only: no corpus text goes through here.
import { pct, ratio, num } from './table.mjs';
import { rates } from './findings.mjs';

export function elementTable(el, splits) {
  const header = ['element', ...splits.flatMap((s) => [`${s}: recall`, `${s}: false alarms`])];
  const rows = Object.keys(el.all.elements).map((id) => [
    id,
    ...splits.flatMap((s) => {
      const e = el[s].elements[id];
      return [`${pct(e.lacking ? e.firedLacking / e.lacking : null)} (${ratio(e.firedLacking, e.lacking)})`, `${pct(e.having ? e.firedHaving / e.having : null)} (${ratio(e.firedHaving, e.having)})`];
    }),
  ]);
  rows.push(['other-genre drafts with any required-*', ...splits.flatMap((s) => [ratio(el[s].otherGenreFired, el[s].otherGenre), ''])]);
  return { header, rows };
}

export function findingTable(fd, splits, kind) {
  const keys = [...new Set(splits.flatMap((s) => Object.keys(fd[s][kind])))].sort();
  const header = [kind === 'rules' ? 'rule' : 'family', ...splits.flatMap((s) => [`${s}: recall`, `${s}: precision`, `${s}: false/1000w`])];
  const rows = keys.map((k) => [
    k,
    ...splits.flatMap((s) => {
      const c = fd[s][kind][k];
      if (!c) return ['—', '—', '—'];
      const r = rates(c, fd[s].words);
      return [`${pct(r.recall)} (${ratio(c.found, c.clear)})`, `${pct(r.precision)} (${ratio(c.right, c.right + c.wrong)})`, num(r.falsePer1000)];
    }),
  ]);
  return { header, rows };
}

export function injectedTable(inj) {
  const header = ['class', 'cases', 'recall', 'recall dev', 'recall pool', 'fix restores', 'fix or suggestion restores', 'still training / recall there', 'caught by'];
  const rows = Object.entries(inj.classes).map(([id, c]) => [
    id,
    c.cases,
    pct(c.recall),
    pct(c.recallDev),
    pct(c.recallPool),
    pct(c.fixRestores),
    pct(c.suggestionRestores),
    'stillTraining' in c ? `${pct(c.stillTraining)} / ${pct(c.recallIfTraining)}` : '',
    Object.entries(c.caughtBy)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([r, n]) => `${r} ${n}`)
      .join(', '),
  ]);
  return { header, rows };
}

export function poolRuleTable(pool) {
  const header = ['rule', 'findings', 'per 1000w', 'training drafts', 'other genres', 'drafts with one'];
  const rows = Object.entries(pool.rules).map(([id, r]) => [id, r.findings, num(r.per1000), num(r.per1000Training), num(r.per1000Other), r.drafts]);
  return { header, rows };
}

export function alarmTable(pool) {
  const header = ['required-* "missing" alarm', `training drafts alarmed (of ${pool.missingAlarms.trainingDrafts})`];
  const rows = Object.entries(pool.missingAlarms.byRule).map(([id, a]) => [id, `${pct(a.share)} (${a.drafts})`]);
  return { header, rows };
}

export function genreTable(groups) {
  const header = ['drafts', 'training: detected', 'other genres: detected as training', 'accuracy'];
  const rows = Object.entries(groups).map(([name, g]) => [name, `${pct(g.training ? g.trainingDetected / g.training : null)} (${ratio(g.trainingDetected, g.training)})`, `${pct(g.other ? g.otherDetected / g.other : null)} (${ratio(g.otherDetected, g.other)})`, pct(g.accuracy)]);
  return { header, rows };
}

export function writtenSetTable(w) {
  const header = ['set', 'correct drafts', 'words', 'findings on them', 'per 1000w', 'drafts with mistakes', 'mistakes caught', 'findings meeting no mistake'];
  const rows = Object.entries(w.sets).map(([set, s]) => [
    set,
    s.clean.drafts || '—',
    s.clean.drafts ? s.clean.words : '—',
    s.clean.drafts ? s.clean.findings : '—',
    s.clean.drafts ? num((1000 * s.clean.findings) / s.clean.words) : '—',
    s.errors.drafts || '—',
    s.errors.drafts ? `${pct(s.errors.caught / s.errors.labels)} (${ratio(s.errors.caught, s.errors.labels)})` : '—',
    s.errors.drafts ? s.errors.unmatched : '—',
  ]);
  return { header, rows };
}

export function writtenKindTable(w) {
  const kinds = {};
  for (const s of Object.values(w.sets)) {
    for (const [k, c] of Object.entries(s.errors.byKind)) {
      kinds[k] ??= { labels: 0, caught: 0 };
      kinds[k].labels += c.labels;
      kinds[k].caught += c.caught;
    }
  }
  const header = ['kind of mistake', 'recall'];
  const rows = Object.entries(kinds)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, c]) => [k, `${pct(c.caught / c.labels)} (${ratio(c.caught, c.labels)})`]);
  return { header, rows };
}

export function writtenRuleTable(w) {
  const rules = {};
  for (const s of Object.values(w.sets)) for (const [r, n] of Object.entries(s.clean.byRule)) rules[r] = (rules[r] ?? 0) + n;
  const words = Object.values(w.sets).reduce((n, s) => n + s.clean.words, 0);
  const header = ['rule', 'findings on correct drafts', 'per 1000w'];
  const rows = Object.entries(rules)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => [r, n, num((1000 * n) / words)]);
  return { header, rows };
}
