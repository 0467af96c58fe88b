// Plain-text and markdown tables, and the number formats both use.
export const pct = (x) => (x === null || x === undefined ? '—' : `${Math.round(100 * x)}%`);
export const ratio = (a, b) => (b ? `${a}/${b}` : '—');
export const num = (x, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));

/** rows of cells → aligned text (first column left, others right) */
export function textTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const pad = (s, i) => (i === 0 ? s + ' '.repeat(widths[i] - [...s].length) : ' '.repeat(widths[i] - [...s].length) + s);
  return all.map((r) => r.map(pad).join('  ').trimEnd()).join('\n');
}

export function mdTable(header, rows) {
  const line = (r) => `| ${r.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i ? '---:' : '---'))), ...rows.map(line)].join('\n');
}
