/**
 * A unified diff of two versions of a draft, for `--fix-dry-run`. Lines keep their own line
 * endings (CRLF stays visible to `patch`). Fixes are local, so common prefix and suffix lines
 * are trimmed first and a plain LCS runs on what is left.
 */

const CONTEXT = 3;
/** above this many changed lines on both sides, the middle is shown as one replacement */
const LCS_LIMIT = 2000;

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function middleOps(a: string[], b: string[], ai: number, bi: number): Op[] {
  const n = a.length;
  const m = b.length;
  const ops: Op[] = [];
  if (n > LCS_LIMIT || m > LCS_LIMIT) {
    a.forEach((line, k) => ops.push({ kind: '-', line, a: ai + k, b: bi }));
    b.forEach((line, k) => ops.push({ kind: '+', line, a: ai + n, b: bi + k }));
    return ops;
  }
  // lengths of the longest common subsequence of a[i..] and b[j..]
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i], a: ai + i++, b: bi + j++ });
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // removals before additions, as diff(1) shows them
      ops.push({ kind: '-', line: a[i], a: ai + i++, b: bi + j });
    } else {
      ops.push({ kind: '+', line: b[j], a: ai + i, b: bi + j++ });
    }
  }
  return ops;
}

function show(op: Op): string {
  const body = op.line.endsWith('\n') ? op.line : `${op.line}\n\\ No newline at end of file\n`;
  return op.kind + body;
}

export function unifiedDiff(before: string, after: string, oldName: string, newName = oldName): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;

  const ops: Op[] = [];
  for (let k = 0; k < pre; k++) ops.push({ kind: ' ', line: a[k], a: k, b: k });
  for (const op of middleOps(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf), pre, pre)) ops.push(op);
  for (let k = 0; k < suf; k++) ops.push({ kind: ' ', line: a[a.length - suf + k], a: a.length - suf + k, b: b.length - suf + k });

  // group changes into hunks with CONTEXT lines around them
  const changed = ops.map((op, k) => (op.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  const hunks: Array<[number, number]> = [];
  for (const k of changed) {
    const from = Math.max(0, k - CONTEXT);
    const to = Math.min(ops.length, k + CONTEXT + 1);
    const last = hunks[hunks.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else hunks.push([from, to]);
  }

  let out = `--- a/${oldName}\n+++ b/${newName}\n`;
  for (const [from, to] of hunks) {
    const part = ops.slice(from, to);
    const aCount = part.filter((o) => o.kind !== '+').length;
    const bCount = part.filter((o) => o.kind !== '-').length;
    const aStart = aCount ? part.find((o) => o.kind !== '+')!.a + 1 : part[0].a;
    const bStart = bCount ? part.find((o) => o.kind !== '-')!.b + 1 : part[0].b;
    out += `@@ -${aStart},${aCount} +${bStart},${bCount} @@\n`;
    for (const op of part) out += show(op);
  }
  return out;
}
