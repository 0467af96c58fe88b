import { describe, expect, it } from 'vitest';
import { PairMap } from '../../server/src/core/pair-map.js';
import { phraseStepOf, phraseSteps } from '../../server/src/core/spell/genre-words.js';
import { syllableInfo } from '../../server/src/core/spell/syllable.js';
import { mostlyCapitalised, mostlyCapitalisedOf } from '../../server/src/core/capital-evidence.js';
import { isGeneralPair, isGeneralPairOf } from '../../server/src/core/spell/general-words.js';
import { generalPairCount, generalPairCountOf } from '../../server/src/core/spell/general-pairs.js';

describe('PairMap.afterOf', () => {
  const map = new PairMap<number>([
    ['bàn ghế', 1],
    ['bàn tay', 2],
    ['bàn tay trái', 3],
    ['cây', 4],
  ]);

  it('answers get(a, b) as afterOf(a).get(b) for a first key without a space', () => {
    for (const a of ['bàn', 'cây', 'hoa', 'bà'])
      for (const b of ['ghế', 'tay', 'tay trái', 'trái', 'n tay']) expect(map.afterOf(a).get(b), `${a} | ${b}`).toBe(map.get(a, b));
  });

  it('gives one empty map to a key that opens no pair', () => {
    expect(map.afterOf('hoa').size).toBe(0);
    expect(map.afterOf('cây')).toBe(map.afterOf('hoa'));
  });
});

describe('pair facts kept on a syllable', () => {
  it('phraseStepOf, mostlyCapitalisedOf, isGeneralPairOf and generalPairCountOf answer as the tables do, asked again from the kept map', () => {
    const pairs: [string, string][] = [
      ['Ủy', 'ban'],
      ['ủy', 'ban nhân'],
      ['hội', 'nghị'],
      ['Hội', 'đồng'],
      ['cán', 'bộ'],
      ['tập', 'huấn'],
      ['xyz', 'bộ'],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [a, b] of pairs) {
        const info = syllableInfo(a);
        expect(phraseStepOf(info, b), `${a} | ${b}`).toBe(phraseSteps().get(info.key, b) ?? 0);
        expect(mostlyCapitalisedOf(info, b), `${a} | ${b}`).toBe(mostlyCapitalised(info.key, b));
        expect(isGeneralPairOf(info, b), `${a} | ${b}`).toBe(isGeneralPair(info.key, b));
        expect(generalPairCountOf(info, b), `${a} | ${b}`).toBe(generalPairCount(info.key, b));
      }
    }
    expect(syllableInfo('hội').stepsAfter).toBeDefined();
    expect(syllableInfo('cán').commonRun).toContain('cán bộ');
    expect(generalPairCountOf(syllableInfo('cán'), 'bộ')).toBeGreaterThan(0);
  });
});
