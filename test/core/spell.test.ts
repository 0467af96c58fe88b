import { describe, expect, it } from 'vitest';
import genreWordsData from '../../dictionaries/genre-words.json';
import { dictionaryFiles, fallbackSuggestions, isSyllable, PRECOMPUTED_FILE, precomputeSyllables, syllables } from '../../server/src/core/spell/dictionary.js';
import { genreWords, GOES_ON, isListed, LISTED, phraseSteps } from '../../server/src/core/spell/genre-words.js';
import { rankSuggestions } from '../../server/src/core/spell/suggest.js';
import { canonicalTone, lookupKey, markDifference, syllableInfo } from '../../server/src/core/spell/syllable.js';
import { isRomanNumeral, linkSpans, projectWords, sentenceTokens } from '../../server/src/core/spell/tokens.js';
import { distinctHeardVariants, heardVariants, soundClass, soundOf, soundSwaps } from '../../server/src/core/spell/slips.js';
import { isKnownPair } from '../../server/src/core/spell/pairs.js';
import { isGeneralPair } from '../../server/src/core/spell/general-words.js';
import { generalPairCount } from '../../server/src/core/spell/general-pairs.js';
import { parseDraft } from '../../server/src/core/parse.js';
import { afterNumber, PairFacts } from '../../server/src/rules/spelling/sentence.js';

describe('syllable dictionary', () => {
  it('is built once per process', () => {
    expect(syllables()).toBe(syllables());
    expect(genreWords()).toBe(genreWords());
    expect(syllables().size).toBeGreaterThan(6000);
  });

  it('accepts both tone styles, any case and any normalisation form', () => {
    for (const s of ['ủy', 'uỷ', 'hòa', 'hoà', 'Tỏa', 'toả', 'KHỎE', 'khoẻ', 'thủy', 'Huyện', 'huyện'.normalize('NFD')]) {
      expect(isSyllable(s), s).toBe(true);
    }
  });

  it('rejects misspelt syllables', () => {
    for (const s of ['trển', 'tyrong', 'nghiêp', 'huấng', 'qúy', 'tòan', 'gía', 'hòang', 'dưởng', 'cở']) {
      expect(isSyllable(s), s).toBe(false);
    }
  });

  it('looks words up in the dictionary’s new tone style', () => {
    expect(lookupKey('Ủy')).toBe('uỷ');
    expect(lookupKey('HÒA')).toBe('hoà');
    expect(lookupKey('quý')).toBe('quý');
    expect(lookupKey('Ðảng')).toBe('đảng');
  });
});

describe('soundSwaps (kept by key)', () => {
  it('answers the same however often it is asked, with all the confused sounds or with the distinct ones', () => {
    // "sảy" → "xảy" (s/x), "bắc" → "bắt" (c/t), "lọc" → "nọc" only with l/n, a swap of many twins
    for (let pass = 0; pass < 2; pass++) {
      expect(soundSwaps(lookupKey('sảy'))).toContain(lookupKey('xảy'));
      expect(soundSwaps(lookupKey('bắc'))).toContain(lookupKey('bắt'));
      expect(soundSwaps(lookupKey('lọc'))).toContain(lookupKey('nọc'));
      expect(distinctHeardVariants(lookupKey('lọc'))).not.toContain(lookupKey('nọc'));
      expect(heardVariants(lookupKey('xống'))).toContain(lookupKey('sống'));
    }
    // a copy of the key's answer is the answer: the caller's key may be a slice of a draft
    const key = 'xa'.repeat(8);
    expect(soundSwaps(key)).toEqual(soundSwaps(` ${key}`.slice(1)));
  });

  it('keeps the heard variants by key too: a hỏi/ngã slip and a swapped sound, the same list each time', () => {
    // "quãng" → "quảng" (the tone a speaker cannot tell apart), "chừ" → "trừ" (ch/tr); asked
    // again, the kept answer, equal to the first and never changed by the caller
    for (const [written, meant] of [['quãng', 'quảng'], ['chừ', 'trừ'], ['xống', 'sống']]) {
      const first = [...heardVariants(lookupKey(written))];
      expect(first).toContain(lookupKey(meant));
      expect(heardVariants(` ${lookupKey(written)}`.slice(1))).toEqual(first);
      const distinct = [...distinctHeardVariants(lookupKey(written))];
      expect(distinctHeardVariants(lookupKey(written))).toEqual(distinct);
      expect(distinct.every((v) => first.includes(v))).toBe(true);
    }
  });
});

describe('soundOf (the sound class of a spelling, kept on its facts)', () => {
  it('is soundClass of the accent-free form, the same on every ask and for every token of the spelling', () => {
    // "xảy" and "sảy" share an onset class, "miệng" and "miện" a final class
    for (let pass = 0; pass < 2; pass++) {
      for (const w of ['xảy', 'Sảy', 'miệng', 'miện', 'trái', 'chái', 'an']) expect(soundOf(syllableInfo(w))).toBe(soundClass(syllableInfo(w).fold));
      expect(soundOf(syllableInfo('xảy'))).toBe(soundOf(syllableInfo('sảy')));
      expect(soundOf(syllableInfo('miệng'))).toBe(soundOf(syllableInfo('miện')));
    }
  });
});

describe('canonicalTone', () => {
  it.each([
    ['tòan', 'toàn'],
    ['hòang', 'hoàng'],
    ['qúy', 'quý'],
    ['gía', 'giá'],
    ['thủy', 'thuỷ'],
    ['mùa', 'mùa'],
    ['thuế', 'thuế'],
    ['khuỷu', 'khuỷu'],
    ['nghiệp', 'nghiệp'],
    ['gì', 'gì'],
    ['ngoằn', 'ngoằn'],
    ['cua', 'cua'],
  ])('%s → %s', (written, expected) => {
    expect(canonicalTone(written)).toBe(expected);
  });
});

describe('suggestions', () => {
  it.each([
    ['qúy', 'quý'],
    ['tòan', 'toàn'],
    ['hòang', 'hoàng'],
    ['gía', 'giá'],
    ['nghiêp', 'nghiệp'],
    ['huấng', 'huấn'],
    ['tyrong', 'trong'],
    ['dưởng', 'dưỡng'],
  ])('the first suggestion for “%s” is “%s”', (written, expected) => {
    expect(rankSuggestions(written)[0]?.key).toBe(expected);
  });

  it('uses the neighbours to choose ("trển khai" → "triển", "cở sở" → "cơ")', () => {
    expect(rankSuggestions('trển')[0].key).toBe('trên');
    expect(rankSuggestions('trển', { after: ['khai'] })[0].key).toBe('triển');
    expect(rankSuggestions('cở', { after: ['sở'] })[0].key).toBe('cơ');
    expect(rankSuggestions('chứt', { before: ['tổ'] })[0].key).toBe('chức');
  });

  it('searches a sound the region merges as one slip, however many letters spell it (suggest.ts HEARD_SWAP)', () => {
    // ch/tr: two letters apart, beyond the one-letter search before
    expect(rankSuggestions('chượt', { after: ['giá'] })[0].key).toBe('trượt');
    // c/t and n/ng: a final heard wrong comes before a vowel mark changed ("giặc", "cáng")
    expect(rankSuggestions('giậc', { before: ['điện'] })[0].key).toBe('giật');
    expect(rankSuggestions('cắng', { before: ['rắn'] })[0].key).toBe('cắn');
    expect(rankSuggestions('giốn', { before: ['phối'] })[0].key).toBe('giống');
    // at one cost, the syllable the language writes more often ("trượt" before "chược", "chượp")
    expect(rankSuggestions('chượt').slice(0, 3).map((r) => r.key)).toEqual(['trượt', 'chược', 'chượp']);
  });

  it('gives at most the requested number, best first', () => {
    const r = rankSuggestions('cở', {}, 3);
    expect(r).toHaveLength(3);
    expect(r[0].score).toBeLessThanOrEqual(r[1].score);
  });

  it('falls back to nspell for a code action', () => {
    expect(fallbackSuggestions('tyrong').length).toBeGreaterThan(0);
  });

  it('measures slips in letters, vowel marks and tone', () => {
    expect(markDifference('đúc', 'đức')).toEqual({ letters: 0, quality: 1, tone: 0 });
    expect(markDifference('dưởng', 'dưỡng')).toEqual({ letters: 0, quality: 0, tone: 1 });
    expect(markDifference('trển', 'triển')).toEqual({ letters: 1, quality: 0, tone: 0 });
  });
});

describe('what the rule skips', () => {
  it('recognises Roman numerals', () => {
    for (const r of ['XIII', 'XII', 'IV', 'MMXXIV']) expect(isRomanNumeral(r), r).toBe(true);
    for (const r of ['IIII', 'VX', 'ĐẢNG', '']) expect(isRomanNumeral(r), r).toBe(false);
  });

  it('finds URLs, e-mail addresses and domains', () => {
    const text = 'Xem https://a.gov.vn/tin-tuc, www.b.vn, c.com.vn và d@e.vn. Hết.';
    expect(linkSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['https://a.gov.vn/tin-tuc', 'www.b.vn', 'c.com.vn', 'd@e.vn']);
  });
});

describe('dictionaries/genre-words.json', () => {
  const entries = genreWordsData.entries;

  it('has an example containing each word', () => {
    const missing = entries.filter((e) => !e.examples.length || !e.examples.every((x) => x.normalize('NFC').toLowerCase().includes(e.word)));
    expect(missing).toEqual([]);
  });

  it('lists each word once, in lower case NFC, with two or three syllables', () => {
    const words = entries.map((e) => e.word);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) {
      expect(w).toBe(w.normalize('NFC').toLowerCase());
      expect(w.split(' ').length, w).toBeGreaterThanOrEqual(2);
    }
    expect(entries.length).toBeGreaterThan(1000);
  });

  it('spells every listed word with valid syllables', () => {
    const bad = entries.flatMap((e) => e.word.split(' ').filter((s) => !isSyllable(s)).map((s) => `${s} (${e.word})`));
    expect(bad).toEqual([]);
  });

  it('matches listed words in either tone style', () => {
    expect(isListed(['hoà', 'bình'])).toBe(true);
    expect(isListed(['hòa', 'bình'].map(lookupKey))).toBe(true);
  });

  it('reads a phrase a syllable at a time: "chuyển đổi" is listed and goes on to "chuyển đổi số" and "chuyển đổi số quốc gia"', () => {
    const step = (a: string, rest: string) => phraseSteps().get(a, rest) ?? 0;
    expect(step('chuyển', 'đổi')).toBe(LISTED | GOES_ON);
    expect(step('chuyển', 'đổi số')).toBe(LISTED | GOES_ON);
    expect(step('chuyển', 'đổi số quốc gia')).toBe(LISTED);
    // "chuyển đổi xanh" is listed, but no longer word goes on from it
    expect(step('chuyển', 'đổi xanh')).toBe(LISTED);
    expect(step('chuyển', 'xanh')).toBe(0);
  });

  it('lists function words that are valid syllables, each with an example', () => {
    for (const e of genreWordsData.functionWords) {
      expect(isSyllable(e.word), e.word).toBe(true);
      expect(e.examples[0].toLowerCase()).toContain(e.word);
    }
    expect(genreWords().functionWords.has('từ')).toBe(true);
  });

  it('adds only syllables that dictionary-vi lacks, each with an example', () => {
    const raw = new Set(dictionaryFiles().dic.split(/\r?\n/).map((l) => l.split('/')[0].normalize('NFC').toLowerCase()));
    for (const e of genreWordsData.extraSyllables) {
      expect(raw.has(e.syllable), e.syllable).toBe(false);
      expect(e.examples[0].toLowerCase()).toContain(e.syllable);
      expect(isSyllable(e.syllable)).toBe(true);
    }
  });
});

describe('warm-up', () => {
  it('builds everything once, so the first check pays nothing', async () => {
    const { warmUpSpelling } = await import('../../server/src/core/spell/index.js');
    const before = syllables();
    warmUpSpelling();
    expect(syllables()).toBe(before);
    expect(rankSuggestions('tyrong')[0].key).toBe('trong');
  });
});

describe('the GPL dictionary ships beside the bundles, not inside them', () => {
  it('is read from disk with its licence next to it', async () => {
    const { existsSync, readFileSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['scripts/build.mjs']);
    expect(existsSync('dist/dictionary-vi/index.dic')).toBe(true);
    expect(existsSync('dist/dictionary-vi/license')).toBe(true);
    for (const bundle of ['dist/server.js', 'dist/cli.js', 'dist/core.js', 'dist/web-client.js', 'dist/web-server.js']) {
      // a line of the affix file never appears in our own (MIT) bundles
      expect(readFileSync(bundle, 'utf8').includes('TRY naohiugtcedmylrbvskpxqfjwz'), bundle).toBe(false);
    }
    // the whole build runs inside this test: on a machine shared with other builds it took 74 s,
    // past the suite's 60 s, and a timeout there says nothing about the dictionary
  }, 300_000);

  it('ships what the build computed from it beside it: the syllables the check would compute itself', async () => {
    const { readFileSync } = await import('node:fs');
    const shipped = JSON.parse(readFileSync(`dist/dictionary-vi/${PRECOMPUTED_FILE}`, 'utf8'));
    const made = precomputeSyllables(dictionaryFiles().dic);
    expect(shipped).toEqual(made);
    // every syllable of the dictionary, in its order: the set the check builds without the file
    expect(new Set([...made.keys, ...syllables()])).toEqual(syllables());
    expect(made.keys).toContain('huyện');
    expect(made.folds[made.keys.indexOf('huyện')]).toBe('huyen');
  });
});

describe('PairFacts (what two tokens make, asked once a sentence)', () => {
  it('answers as the lists do for each pair of neighbours, however often and in whatever order it is asked', () => {
    const draft = parseDraft('Cán bộ phường nộp thuê đúng hạn và chăm sóc khác hàng chu đáo.');
    const s = draft.sentences[0];
    const tokens = sentenceTokens(s, [], projectWords(new Set()));
    const facts = new PairFacts(tokens);
    for (let pass = 0; pass < 2; pass++) {
      // (the last pair first on the second pass: no answer depends on an earlier question)
      const order = tokens.slice(0, -1).map((_, j) => j);
      if (pass === 1) order.reverse();
      for (const j of order) {
        const [a, b] = [tokens[j].key, tokens[j + 1].key];
        expect(facts.count(j), `${a} ${b}`).toBe(generalPairCount(a, b));
        expect(facts.general(j), `${a} ${b}`).toBe(isGeneralPair(a, b));
        expect(facts.known(j), `${a} ${b}`).toBe(isKnownPair(a, b));
      }
    }
    // "cán bộ" a pair of the genre, "khác hàng" none of any list
    const at = (a: string): number => tokens.findIndex((t) => t.key === a);
    expect(facts.known(at('cán'))).toBe(true);
    expect(facts.known(at('khác')) || facts.general(at('khác')) || facts.count(at('khác')) > 0).toBe(false);
  });
});

describe('afterNumber (a number right before a token, read in place)', () => {
  it('answers as /\\d[ \\t\\u00a0]+$/u on the six characters before the offset', () => {
    const texts = ['12 ha sen', 'có 5  đàn', 'số 7\u00a0lớp', 'năm 2024\tcó', 'x 1      y', '9 ', ' 3 a', 'ba đàn', '12ha', '١٢ ha', 'a\n5 b', '5 \n b'];
    for (const text of texts) {
      for (let at = 0; at <= text.length; at++) {
        expect(afterNumber(text, at), `${JSON.stringify(text)} @${at}`).toBe(/\d[ \t\u00a0]+$/u.test(text.slice(Math.max(0, at - 6), at)));
      }
    }
    expect(afterNumber('12 ha sen', 3)).toBe(true);
    expect(afterNumber('ba đàn', 3)).toBe(false);
  });
});

describe('Token.valid (a valid syllable, asked once per word seen)', () => {
  it('says of each token what the syllable set says of its key, a word seen before included', () => {
    for (let pass = 0; pass < 2; pass++) {
      const draft = parseDraft('Huyện uỷ tổ chức tập huấn trog 2 ngày cho KT-XH, zèng và nghiêp vụ.');
      const tokens = sentenceTokens(draft.sentences[0], [], projectWords(new Set()));
      for (const t of tokens) expect(t.valid, t.text).toBe(syllables().has(t.key));
      expect(tokens.find((t) => t.text === 'trog')?.valid).toBe(false);
      expect(tokens.find((t) => t.text === 'uỷ')?.valid).toBe(true);
    }
  });
});
