/**
 * Hostile draft texts (generated here, never committed): each must give its plain outcome —
 * the one finding a reader expects, a notice, or nothing — instead of hanging or crashing.
 * How long they take is measured by `npm run bench` (section "hostile inputs"), not here.
 */
import { describe, expect, it, vi } from 'vitest';
import { check, findings } from '../helpers/lint.js';
import { inSpans, linkSpans } from '../../server/src/core/links.js';
import { fallbackSuggestions } from '../../server/src/core/spell/index.js';
import { rankSuggestions } from '../../server/src/core/spell/suggest.js';
import { trailingNonWord, trimNonWord } from '../../server/src/core/word-edges.js';

// each case spawns the real CLI or server: give a loaded machine time (outcomes are asserted, not speed)
vi.setConfig({ testTimeout: 120_000 });

describe('regexes on user text (spacing, links, trailing punctuation)', () => {
  it('a line with 300,000 spaces gets one “spaces in a row” finding covering them all', () => {
    const text = `Hội nghị${' '.repeat(300_000)}diễn ra.`;
    const shown = check(text, 'spacing', {}, 'en');
    expect(shown.map((s) => [s.message, s.at, s.text.length])).toEqual([['300000 spaces in a row; use one.', '1:9', 300_000]]);
  });

  it('300,000 spaces before a line end and 100,000 before a close mark', () => {
    expect(check(`Ông nói!${' '.repeat(300_000)}\nHọ nghe.`, 'spacing')).toEqual([]);
    const shown = check(`Hội nghị${' '.repeat(100_000)}.`, 'spacing', {}, 'en');
    expect(shown.map((s) => s.message)).toEqual(['100000 spaces in a row; use one.', 'Extra space before “.”.']);
  });

  it('link spans of 100 KB of dots, “@” and domain labels are what a reader sees', () => {
    const dots = `${'a.'.repeat(50_000)}@`;
    expect(linkSpans(dots)).toEqual([]);
    const ats = '@'.repeat(100_000);
    expect(linkSpans(ats)).toEqual([]);
    const labels = `${'a.'.repeat(50_000)}vn`;
    expect(linkSpans(labels)).toEqual([{ start: 0, end: labels.length }]);
    const repeated = 'a.vn/'.repeat(20_000);
    expect(linkSpans(repeated)).toEqual([{ start: 0, end: repeated.length }]);
  });

  it('a sentence of 50,000 one-letter words joined by dots or hyphens is no misspelling (and no 50,000² walk)', () => {
    for (const text of [`${'a.'.repeat(50_000)}x`, 'a-'.repeat(50_000), `${'a.'.repeat(50_000)}@`]) {
      expect(findings(text, 'spelling')).toEqual([]);
    }
  });

  it('a 100 KB word is never cut into two syllables at every place (glued-word check)', () => {
    expect(findings(`Hội nghị ${'nghiêng'.repeat(15_000)} diễn ra.`, 'spelling').map((f) => f.messageId)).toEqual(['unknown']);
  });

  it('links keep their usual extent', () => {
    const text = 'Xem https://baochinhphu.vn/tin-1.htm, gửi thư tới ban@hanoi.gov.vn hoặc vào dangcongsan.vn/chinh-tri “ngay”.';
    const spans = linkSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['https://baochinhphu.vn/tin-1.htm,', 'ban@hanoi.gov.vn', 'dangcongsan.vn/chinh-tri']);
    expect(inSpans(linkSpans(text), text.indexOf('gửi'))).toBe(false);
  });

  it('trailing punctuation of a 100,000-character token', () => {
    expect(trailingNonWord(`a${'.'.repeat(100_000)}`)).toHaveLength(100_000);
    expect(trimNonWord(`“${'.'.repeat(100_000)}a${'.'.repeat(100_000)}”`)).toBe('a');
    expect(trimNonWord('.'.repeat(100_000))).toBe('');
  });
});

describe('markdown nested past any real draft is checked as plain text, with a notice', () => {
  const notice = (text: string): string[] =>
    check(text, ['spacing'], {}, 'en', 'markdown')
      .filter((s) => s.rule === 'soattin')
      .map((s) => s.message);
  const NOTICE = 'The file’s Markdown is nested too deeply (over 100 levels, or too many emphasis marks or brackets), so it was checked as plain text.';

  it('20,000 nested “> ”', () => {
    expect(notice(`${'> '.repeat(20_000)}Tin  mới.`)).toEqual([NOTICE]);
  });

  it('30,000 “*” around a word', () => {
    expect(notice(`${'*'.repeat(30_000)}từ${'*'.repeat(30_000)}`)).toEqual([NOTICE]);
  });

  it('an ordinary markdown draft gets no notice and its syntax is not prose', () => {
    const text = '# Tin\n\n> Trích  dẫn **đậm** và *nghiêng*.\n\n- Ý một\n- Ý hai\n';
    expect(notice(text)).toEqual([]);
    expect(check(text, 'spacing', {}, 'en', 'markdown').map((s) => s.at)).toEqual(['3:8']);
  });
});

describe('spelling suggestions are capped by word length and count', () => {
  it('a 1,200-letter misspelt word gets no suggestion at all (nspell fallback and ranked index)', () => {
    const word = 'nghiêng'.repeat(170).slice(0, 1200);
    expect(fallbackSuggestions(word, 5)).toEqual([]);
    expect(rankSuggestions(word)).toEqual([]);
  });

  it('a short misspelling still gets its suggestions, never more than 8', () => {
    expect(rankSuggestions('trển', {}, 50).length).toBeGreaterThan(0);
    expect(rankSuggestions('trển', {}, 50).length).toBeLessThanOrEqual(8);
    expect(fallbackSuggestions('nghieng', 50).length).toBeLessThanOrEqual(8);
  });

  it('the spelling rule on one 100,000-letter word reports it once', () => {
    const f = findings('a'.repeat(100_000), 'spelling');
    expect(f.length).toBeLessThanOrEqual(1);
  });
});
