/**
 * What a publish sends in each diagnostic's `data`: a key, not the data. The data of a
 * diagnostic (its fix and suggestions with their titles and edits, the text for "ignore", the
 * word for "add to dictionary", diagnostics.ts) is only read back by a code action, yet it went
 * over the pipe on every keystroke, was parsed by the editor and kept there: on a 5 KB draft
 * full of slips, a third of the 130 KB a re-check published. The server keeps each document's
 * diagnostics as checked (service.ts `published`) and the editor gets `{ key: "n:i" }`, the
 * i-th diagnostic of publish n; a code action looks the diagnostic up by it, in that publish or
 * the one before (a request may be on its way while the next check publishes), as vscode-eslint
 * does. Hovers read the server's diagnostics already. A diagnostic sent back with its data in
 * full (a client of an older server's diagnostics) is taken as it is.
 */
import type { Diagnostic } from 'vscode-languageserver';

/** A diagnostic's `data` as published. */
export interface DiagnosticKey {
  key: string;
}

/** The diagnostics as sent: each with the key of its data instead of the data. */
export function withKeys(diagnostics: Diagnostic[], publication: number): Diagnostic[] {
  const out: Diagnostic[] = new Array(diagnostics.length);
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    out[i] = d.data === undefined ? d : { ...d, data: { key: `${publication}:${i}` } satisfies DiagnosticKey };
  }
  return out;
}

/**
 * The diagnostic as checked for `d` as the client sent it back: looked up by its key among the
 * publishes kept (newest first); `d` itself when it carries no key or the key is of a publish no
 * longer kept (its code actions are then those of a diagnostic without data: none).
 */
export function fromKey(d: Diagnostic, kept: ReadonlyArray<{ publication: number; diagnostics: Diagnostic[] }> | undefined): Diagnostic {
  const key = (d.data as Partial<DiagnosticKey> | undefined)?.key;
  if (typeof key !== 'string' || !kept) return d;
  const colon = key.indexOf(':');
  const publication = Number(key.slice(0, colon));
  const index = Number(key.slice(colon + 1));
  const p = kept.find((k) => k.publication === publication);
  const full = p?.diagnostics[index];
  // (the same diagnostic: the range and rule the client shows are those of the one it names)
  return full && full.code === d.code && full.range.start.line === d.range.start.line && full.range.start.character === d.range.start.character ? full : d;
}
