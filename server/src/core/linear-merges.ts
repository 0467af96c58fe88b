/**
 * parse-latin merges words joined by inner symbols ("a.vn", "e-mail") and by short slashes
 * ("1/2", "km/h") one merge at a time, splicing the sentence's child list after each: a 100 KB
 * sentence of such tokens ("a.vn/a.vn/…", "1/1/1/…") costs seconds, quadratically more with
 * length. These two plugins do the same merges in one pass over the children. They replace
 * parse-latin's own in `parse.ts`; test/core/linear-merges.test.ts checks that the trees are
 * identical to the stock parser's.
 */
import type { Nodes, Sentence, SentenceContent, Word as WordNode, WordContent } from 'nlcst';

/** The text of an nlcst node. */
export function nodeText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(nodeText).join('');
  return '';
}

/** parse-latin's `wordSymbolInner` (lib/expressions.js): symbols part of the surrounding word. */
const WORD_SYMBOL_INNER = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;

const isSymbol = (n: SentenceContent): boolean => n.type === 'SymbolNode' || n.type === 'PunctuationNode';

function extend(word: WordNode, last: { position?: WordNode['position'] }): void {
  if (word.position && last.position) word.position.end = last.position.end;
}

/**
 * One pass over a sentence's children: where a symbol follows a word, `merge` may fold the
 * next children into that word and return the index to go on from; otherwise the child is kept.
 */
function mergeAfterWords(sentence: Sentence, merge: (children: SentenceContent[], i: number, previous: WordNode) => number | undefined): void {
  const children = sentence.children;
  const out: SentenceContent[] = [];
  let i = 0;
  while (i < children.length) {
    const child = children[i];
    const previous = out[out.length - 1];
    const next = previous && previous.type === 'WordNode' && isSymbol(child) ? merge(children, i, previous) : undefined;
    if (next !== undefined) {
      i = next;
      continue;
    }
    out.push(child);
    i++;
  }
  sentence.children = out;
}

/** Words joined by inner symbols ("a.vn", "e-mail", "co-op") become one word. */
export function mergeInnerWordSymbol(sentence: Sentence): void {
  mergeAfterWords(sentence, (children, i, previous) => {
    const tokens: WordContent[] = [];
    let queue: WordContent[] = [];
    let j = i;
    for (; j < children.length; j++) {
      const sibling = children[j];
      if (sibling.type === 'WordNode') {
        tokens.push(...queue, ...sibling.children);
        queue = [];
      } else if (isSymbol(sibling) && WORD_SYMBOL_INNER.test(nodeText(sibling))) {
        queue.push(sibling as WordContent);
      } else break;
    }
    if (tokens.length === 0) return undefined;
    previous.children.push(...tokens);
    extend(previous, tokens[tokens.length - 1]);
    // a trailing run of symbols is not part of the word: look at it again
    return j - queue.length;
  });
}

/** Short words joined by a slash ("1/2", "km/h"; "và/hoặc" stays two words) become one word. */
export function mergeInnerWordSlash(sentence: Sentence): void {
  mergeAfterWords(sentence, (children, i, previous) => {
    const child = children[i];
    if (nodeText(child) !== '/') return undefined;
    const next = children[i + 1];
    const nextWord = next && next.type === 'WordNode' ? next : undefined;
    if (nodeText(previous).length >= 3 || (nextWord && nodeText(nextWord).length >= 3)) return undefined;
    previous.children.push(child as WordContent, ...(nextWord?.children ?? []));
    extend(previous, nextWord ?? child);
    return i + (nextWord ? 2 : 1);
  });
}
