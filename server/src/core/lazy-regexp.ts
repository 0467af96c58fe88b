/**
 * A regular expression made on its first use, then kept (issue 15, server start → first
 * diagnostics). V8 parses a pattern when the expression is made, not when it first runs: each
 * `\p{L}` of it asks ICU for the whole class, and a module's expressions were all made while the
 * bundle loaded. At the language server's start about 260 of the 390 expressions made during the
 * load were not run by the first check of a 5 KB draft (the word lists' long alternations of the
 * structure detectors, number-format, date-format, genre…); making them cost every start about
 * 7 % of its instructions. An expression behind this getter is made when a check first asks for
 * it, the same object every time after (a global or sticky expression keeps its `lastIndex`
 * between uses as before).
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
