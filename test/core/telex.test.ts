import { describe, expect, it } from 'vitest';
import { telexReading } from '../../server/src/core/spell/telex.js';

describe('telexReading: the syllable a word typed with the keyboard off makes', () => {
  it('reads tone keys, hats, horns and "dd" the way a free-typing keyboard does', () => {
    expect(telexReading('huaasn')).toEqual({ key: 'huấn', strong: true, ownRhyme: false });
    expect(telexReading('tapaj')).toEqual({ key: 'tập', strong: true, ownRhyme: false });
    expect(telexReading('ddoongf')).toEqual({ key: 'đồng', strong: true, ownRhyme: true });
    expect(telexReading('nguwowif')).toEqual({ key: 'người', strong: false, ownRhyme: false });
    expect(telexReading('chis')).toEqual({ key: 'chí', strong: false, ownRhyme: false });
    expect(telexReading('hoaf')).toEqual({ key: 'hoà', strong: false, ownRhyme: false });
  });

  it('takes "oo" before "ng" or "c" for a rhyme Vietnamese has, not for a hat alone', () => {
    expect(telexReading('goong')).toEqual({ key: 'gông', strong: false, ownRhyme: true });
    expect(telexReading('khoong')).toEqual({ key: 'không', strong: false, ownRhyme: true });
    expect(telexReading('ddoongf')?.strong).toBe(true);
    expect(telexReading('hoocj')).toEqual({ key: 'hộc', strong: false, ownRhyme: true });
  });

  it('gives no reading without a mark key, with two tone keys, or for other letters', () => {
    expect(telexReading('trong')).toBeUndefined();
    expect(telexReading('boss')).toBeUndefined();
    expect(telexReading('tập')).toBeUndefined();
    expect(telexReading('a')).toBeUndefined();
  });
});
