/**
 * Glob matching that cannot hang: a pattern is compiled to a small automaton and a path is
 * matched by following every state at once (Thompson's construction), so a check costs at
 * most path length × pattern length steps whatever the pattern. Regex-based matchers
 * (picomatch, minimatch) backtrack: `**​/*a*a*a*a*a*a*a*a*b.txt` against a long name ran
 * for more than 37 minutes.
 *
 * Syntax (what `ignore`, `.soattinignore`, `overrides[].files` and CLI globs use): `*` any run
 * of characters except `/`; `?` one such character; `[abc]`, `[a-z]`, `[!x]`/`[^x]` classes;
 * `**` as a whole segment: any number of folders (also none); `{a,b}` alternatives; `\`
 * escapes the next character. Dot files match like any other (the folder walk already skips
 * dot folders).
 */

type Token =
  | { k: 'lit'; c: string }
  | { k: 'one' }
  | { k: 'class'; neg: boolean; items: Array<[number, number]> }
  /** `*`: zero or more characters other than `/` */
  | { k: 'star' }
  /** `**​/`: nothing, or anything that ends with `/` */
  | { k: 'dirs' }
  /** a final `**`: anything */
  | { k: 'all' };

/** More alternatives than this and the braces are taken literally (a bounded expansion). */
const MAX_ALTERNATIVES = 256;

export type Matcher = (path: string) => boolean;

/** Split a `{a,b}` group at top-level commas; undefined when the brace does not close. */
function braceGroup(p: string, open: number): { end: number; parts: string[] } | undefined {
  let depth = 0;
  let start = open + 1;
  const parts: string[] = [];
  for (let i = open; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        parts.push(p.slice(start, i));
        return parts.length > 1 ? { end: i, parts } : undefined;
      }
    } else if (c === ',' && depth === 1) {
      parts.push(p.slice(start, i));
      start = i + 1;
    }
  }
  return undefined;
}

/** `{a,b}` alternatives expanded (nested ones too), at most MAX_ALTERNATIVES of them. */
export function expandBraces(pattern: string): string[] {
  let out = [pattern];
  for (let round = 0; round < 64; round++) {
    let changed = false;
    const next: string[] = [];
    for (const p of out) {
      let open = -1;
      for (let i = 0; i < p.length; i++) {
        if (p[i] === '\\') i++;
        else if (p[i] === '{' && braceGroup(p, i)) {
          open = i;
          break;
        }
      }
      if (open < 0) {
        next.push(p);
        continue;
      }
      const g = braceGroup(p, open)!;
      changed = true;
      for (const part of g.parts) next.push(p.slice(0, open) + part + p.slice(g.end + 1));
      if (next.length > MAX_ALTERNATIVES) return [pattern.replace(/[{}]/g, '\\$&')];
    }
    out = next;
    if (!changed) return out;
  }
  return [pattern.replace(/[{}]/g, '\\$&')];
}

function parseClass(chars: string[], at: number): { token: Token; next: number } | undefined {
  let i = at + 1;
  let neg = false;
  if (chars[i] === '!' || chars[i] === '^') {
    neg = true;
    i++;
  }
  const items: Array<[number, number]> = [];
  let first = true;
  for (; i < chars.length; i++) {
    let c = chars[i];
    if (c === ']' && !first) return { token: { k: 'class', neg, items }, next: i + 1 };
    first = false;
    if (c === '\\' && i + 1 < chars.length) c = chars[++i];
    const lo = c.codePointAt(0)!;
    if (chars[i + 1] === '-' && chars[i + 2] !== undefined && chars[i + 2] !== ']') {
      let hiChar = chars[i + 2];
      i += 2;
      if (hiChar === '\\' && i + 1 < chars.length) hiChar = chars[++i];
      items.push([lo, hiChar.codePointAt(0)!]);
    } else items.push([lo, lo]);
  }
  return undefined;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const segments = pattern.split('/');
  segments.forEach((seg, si) => {
    const last = si === segments.length - 1;
    if (seg === '**') {
      tokens.push(last ? { k: 'all' } : { k: 'dirs' });
      return;
    }
    const chars = Array.from(seg);
    for (let i = 0; i < chars.length; ) {
      const c = chars[i];
      if (c === '*') {
        if (tokens[tokens.length - 1]?.k !== 'star') tokens.push({ k: 'star' });
        i++;
      } else if (c === '?') {
        tokens.push({ k: 'one' });
        i++;
      } else if (c === '[') {
        const cls = parseClass(chars, i);
        if (cls) {
          tokens.push(cls.token);
          i = cls.next;
        } else {
          tokens.push({ k: 'lit', c });
          i++;
        }
      } else if (c === '\\' && i + 1 < chars.length) {
        tokens.push({ k: 'lit', c: chars[i + 1] });
        i += 2;
      } else {
        tokens.push({ k: 'lit', c });
        i++;
      }
    }
    if (!last) tokens.push({ k: 'lit', c: '/' });
  });
  return tokens;
}

function inClass(t: Extract<Token, { k: 'class' }>, c: string): boolean {
  const cp = c.codePointAt(0)!;
  const hit = t.items.some(([lo, hi]) => cp >= lo && cp <= hi);
  return hit !== t.neg;
}

/** One brace-free pattern as an automaton run over the path's characters. */
function compileOne(pattern: string): Matcher {
  const tokens = tokenize(pattern);
  const m = tokens.length;
  return (path: string): boolean => {
    // at[i]: before token i; inDirs[i]: inside the "…/" part of a `**​/` token
    let at = new Uint8Array(m + 1);
    let inDirs = new Uint8Array(m + 1);
    let nextAt = new Uint8Array(m + 1);
    let nextDirs = new Uint8Array(m + 1);
    const close = (): void => {
      for (let i = 0; i < m; i++) {
        if (!at[i]) continue;
        const k = tokens[i].k;
        if (k === 'star' || k === 'all' || k === 'dirs') at[i + 1] = 1;
        if (k === 'dirs') inDirs[i] = 1;
      }
    };
    at[0] = 1;
    close();
    for (const c of path) {
      nextAt.fill(0);
      nextDirs.fill(0);
      let alive = false;
      for (let i = 0; i < m; i++) {
        if (inDirs[i]) {
          nextDirs[i] = 1;
          if (c === '/') nextAt[i + 1] = 1;
          alive = true;
        }
        if (!at[i]) continue;
        const t = tokens[i];
        switch (t.k) {
          case 'lit':
            if (c === t.c) nextAt[i + 1] = 1;
            break;
          case 'one':
            if (c !== '/') nextAt[i + 1] = 1;
            break;
          case 'class':
            if (c !== '/' && inClass(t, c)) nextAt[i + 1] = 1;
            break;
          case 'star':
            if (c !== '/') nextAt[i] = 1;
            break;
          case 'all':
            nextAt[i] = 1;
            break;
          case 'dirs':
            break;
        }
      }
      [at, nextAt] = [nextAt, at];
      [inDirs, nextDirs] = [nextDirs, inDirs];
      close();
      if (!alive && !at.some((v) => v === 1)) return false;
    }
    return at[m] === 1;
  };
}

/** A matcher for one glob (or several: any of them) against `/`-separated relative paths. */
export function compileGlob(patterns: string | readonly string[]): Matcher {
  const list = typeof patterns === 'string' ? [patterns] : patterns;
  const matchers: Matcher[] = [];
  for (const p of list) for (const alt of expandBraces(p)) matchers.push(compileOne(alt));
  return (path) => matchers.some((f) => f(path));
}

/** Does the argument use glob syntax (an unescaped `*`, `?`, `[` or `{`)? */
export function isGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[' || c === '{') return true;
  }
  return false;
}

/** The folder part before the first segment with glob syntax ("tin/2024/**​/*.md" → "tin/2024"). */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const base: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (isGlob(s)) break;
    base.push(s);
  }
  if (base.length === segments.length - 1 && !isGlob(segments[segments.length - 1])) return pattern;
  return base.join('/') || (pattern.startsWith('/') ? '/' : '');
}
