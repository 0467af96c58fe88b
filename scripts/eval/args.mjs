// Command line of `npm run eval`: [annotated folder] [--pool folder] [--split tune|check|all]
// [--show-check] [--verbose] [--rule id] [--part elements|findings|injected|pool] [--seed n]
// [--sample n] [--rounds n] [--class id] [--out dir] [--write-docs] [--written folder]
import { existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';

export const PARTS = ['elements', 'findings', 'injected', 'pool', 'written'];

export function parseArgs(argv) {
  const value = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const flagsWithValue = new Set(['--written', '--pool', '--split', '--rule', '--part', '--seed', '--sample', '--out', '--rounds', '--class']);
  const positional = argv.filter((a, i) => !a.startsWith('--') && !flagsWithValue.has(argv[i - 1]));
  const folder = resolve(positional[0] ?? '../shared/corpus/dev');
  // the unlabelled pool sits beside the annotated folder (../shared/corpus/{dev,unlabelled})
  const pool = resolve(value('--pool') ?? join(dirname(folder), 'unlabelled'));
  // the drafts written for the bench live in the repository (corpus/written)
  const written = resolve(value('--written') ?? 'corpus/written');
  const split = value('--split') ?? 'all';
  const part = value('--part');
  const errors = [];
  if (!['all', 'tune', 'check'].includes(split)) errors.push('--split must be all, tune or check');
  if (part !== undefined && !PARTS.includes(part)) errors.push(`--part must be one of ${PARTS.join(', ')}`);
  if (!existsSync(folder)) errors.push(`no such folder ${folder}`);
  const seed = Number(value('--seed') ?? 20261202);
  if (!Number.isInteger(seed)) errors.push('--seed must be an integer');
  const sample = Number(value('--sample') ?? 12);
  const rounds = Number(value('--rounds') ?? 1);
  return {
    errors,
    folder,
    pool: existsSync(pool) ? pool : undefined,
    written: existsSync(written) ? written : undefined,
    split,
    parts: part ? [part] : PARTS,
    verbose: argv.includes('--verbose'),
    showCheck: argv.includes('--show-check'),
    rule: value('--rule'),
    injectedClass: value('--class'),
    seed,
    sample,
    rounds,
    out: resolve(value('--out') ?? 'artifacts/quality'),
    writeDocs: argv.includes('--write-docs'),
  };
}
