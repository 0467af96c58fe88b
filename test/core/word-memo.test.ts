import { describe, expect, it } from 'vitest';
import { releaseCaches, WORD_MEMO_BYTES, WordMemo, wordMemoBytes } from '../../server/src/core/bounded-cache.js';
import { syllables } from '../../server/src/core/spell/dictionary.js';
import { lookupKey } from '../../server/src/core/spell/syllable.js';

describe('per-word memos (WordMemo) are bounded by one byte budget, all together', () => {
  it('keeps every syllable of the dictionary with its lookup key, never turned', () => {
    releaseCaches();
    const memo = new WordMemo<string>('test.keys');
    for (const s of syllables()) memo.set(s, lookupKey(s));
    expect(memo.size).toBe(syllables().size);
    expect(wordMemoBytes()).toBeLessThan(WORD_MEMO_BYTES / 2);
    for (const s of syllables()) expect(memo.get(s)).toBe(lookupKey(s));
  });

  it('holds no more than the budget of long words and their answers, however many come, in all the memos together', () => {
    releaseCaches();
    const forms = new WordMemo<{ fold: string; toneless: string; tone: number }>('test.forms');
    const kinds = new WordMemo<number>('test.kinds', () => 8);
    // 100,000 different words of 30 units, as a pasted page of garbage or a long session makes
    // (50,000 of them, the old bound in entries, were 15 MB or more)
    for (let i = 0; i < 100_000; i++) {
      const word = `x${i.toString(36).padStart(29, 'q')}`;
      forms.set(word, { fold: word, toneless: word, tone: 0 });
      kinds.set(word, 1);
      expect(wordMemoBytes()).toBeLessThanOrEqual(WORD_MEMO_BYTES);
    }
    // two generations of the budget at most
    expect(forms.size + kinds.size).toBeLessThan((2 * WORD_MEMO_BYTES) / 100);
    expect(forms.size).toBeGreaterThan(0);
  });

  it('keeps the words still asked about when the budget is spent: an answer in the older generation moves to the newer', () => {
    releaseCaches();
    const memo = new WordMemo<string>('test.working-set');
    memo.set('nghiêng', 'kept');
    // a long session's stream of new words, the one word asked again now and then
    for (let i = 0; i < 200_000; i++) {
      memo.set(`y${i.toString(36).padStart(20, 'q')}`, 'typed once');
      if (i % 1000 === 0) expect(memo.get('nghiêng')).toBe('kept');
    }
    expect(memo.get('nghiêng')).toBe('kept');
    expect(memo.get(`y${(0).toString(36).padStart(20, 'q')}`)).toBeUndefined();
  });

  it('answers a word too long to keep without keeping it', () => {
    const memo = new WordMemo<number>('test.long');
    const long = 'a'.repeat(33);
    expect(memo.set(long, 3)).toBe(3);
    expect(memo.get(long)).toBeUndefined();
  });
});
