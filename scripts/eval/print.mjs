// The terminal report. Listings (missed / false findings with their text) come only with
// --verbose, and for check drafts only with --show-check: rule work looks at tune alone.
import { textTable } from './table.mjs';
import { elementTable, findingTable, injectedTable, poolRuleTable, alarmTable, genreTable, writtenSetTable, writtenKindTable, writtenRuleTable } from './sections.mjs';

const show = (t) => console.log(textTable(t.header, t.rows));

export function printReport(r, opts) {
  const splits = opts.split === 'all' ? ['tune', 'check'] : [opts.split];
  const visible = (x) => x.split !== 'check' || opts.showCheck;
  const listing = (items) => {
    if (!opts.verbose || !items?.length) return;
    const shown = items.filter(visible);
    if (shown.length) console.log('\n' + shown.map((x) => '  ' + x.text).join('\n'));
    if (shown.length < items.length) console.log(`  (${items.length - shown.length} lines of check drafts hidden: the check split is read as numbers; --show-check prints them)`);
  };
  const a = r.annotated;
  console.log(`Soát Tin quality bench — seed ${r.seed}`);
  console.log(`annotated: ${a.folder} (${a.drafts} drafts: tune ${a.tune}, check ${a.check}); pool: ${r.pool.folder ?? '—'} (${r.pool.drafts} drafts)`);
  if (r.elements) {
    console.log('\n1a. Required elements — recall: "missing X" fires on drafts lacking X (target ≥ 95%); false alarms: fires on drafts having X (target ≤ 3%)');
    show(elementTable(r.elements, splits));
    listing(r.elements.listing);
  }
  if (r.findings) {
    console.log(`\n1b. Findings by family — recall on clear annotations, precision, false findings per 1,000 words (tune ${r.findings.tune.words} words, check ${r.findings.check.words})`);
    show(findingTable(r.findings, splits, 'families'));
    console.log('\n1c. Findings by rule (recall by the annotation\'s rule, precision by the finding\'s)');
    show(findingTable(r.findings, splits, 'rules'));
    listing(r.findings.listing);
  }
  if (r.injected) {
    console.log(`\n3. Injected errors — ${r.injected.cases} cases in correct stretches of real drafts (seed ${r.seed}); fix columns: share of caught cases whose fix restores the original exactly`);
    show(injectedTable(r.injected));
    if (opts.verbose || opts.injectedClass) {
      // --class id: every missed case of that class; --verbose alone: the first 40 of all
      const misses = r.injected.list.filter((x) => !x.caught && (!opts.injectedClass || x.class === opts.injectedClass) && (x.source === 'pool' || visible(x)));
      const shown = opts.injectedClass ? misses : misses.slice(0, 40);
      console.log(`\n  ${misses.length} missed cases (check drafts hidden unless --show-check)${shown.length < misses.length ? `; first ${shown.length}` : ''}:`);
      for (const x of shown) console.log(`  ${x.source === 'pool' ? 'unlabelled/' : ''}${x.file}: MISSED ${x.class} “${x.before}” → “${x.after}”${x.context && opts.injectedClass ? `\n      …${x.context}…` : ''}`);
      if (opts.injectedClass) {
        // the caught cases whose fix does not give the original back
        const unrestored = r.injected.list.filter((x) => x.caught && x.fixed === false && x.class === opts.injectedClass && (x.source === 'pool' || visible(x)));
        console.log(`\n  ${unrestored.length} caught cases whose fix does not restore the original:`);
        for (const x of unrestored) console.log(`  ${x.source === 'pool' ? 'unlabelled/' : ''}${x.file}: “${x.before}” → “${x.after}”; fixes: ${x.fixes.join('; ') || 'none'}\n      …${x.context}…`);
      }
    }
  }
  if (r.poolScores) {
    const p = r.poolScores;
    console.log(`\n4a. Unlabelled pool — ${p.drafts} drafts, ${p.words.all} words (training ${p.words.training}, other genres ${p.words.other}); findings per 1,000 words`);
    show(poolRuleTable(p));
    console.log('\n4b. Required-* alarms on the pool\'s training drafts');
    show(alarmTable(p));
    console.log('\n4c. Genre detection (core.isTrainingNews)');
    show(genreTable(r.genre));
  }
  if (r.written) {
    console.log(`\n5a. Drafts written for the bench (${r.written.folder ?? '—'}): findings on correct drafts (a note that the duration is not stated aside); labelled mistakes caught`);
    show(writtenSetTable(r.written));
    console.log('\n5b. Labelled mistakes caught, by kind (all sets)');
    show(writtenKindTable(r.written));
    console.log('\n5c. Findings on the correct drafts, by rule (all sets)');
    show(writtenRuleTable(r.written));
    if (opts.verbose) console.log('\n' + r.written.listing.map((l) => '  ' + l).join('\n'));
  }
  console.log(`\n${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU (load average ${r.loadAverage.toFixed(1)} on the machine)`);
}
