import { describe, expect, it } from 'vitest';
import { telexReading } from '../../server/src/core/spell/telex.js';

describe('telexReading: the syllable a word typed with the keyboard off makes', () => {
  it('reads tone keys, hats, horns and "dd" the way a free-typing keyboard does', () => {
    expect(telexReading('huaasn')).toEqual({ key: 'huấn', strong: true });
    expect(telexReading('tapaj')).toEqual({ key: 'tập', strong: true });
    expect(telexReading('ddoongf')).toEqual({ key: 'đồng', strong: true });
    expect(telexReading('nguwowif')).toEqual({ key: 'người', strong: false });
    expect(telexReading('chis')).toEqual({ key: 'chí', strong: false });
    expect(telexReading('hoaf')).toEqual({ key: 'hoà', strong: false });
  });

  it('gives no reading without a mark key, with two tone keys, or for other letters', () => {
    expect(telexReading('trong')).toBeUndefined();
    expect(telexReading('boss')).toBeUndefined();
    expect(telexReading('tập')).toBeUndefined();
    expect(telexReading('a')).toBeUndefined();
  });
});
