import { describe, expect, it } from 'vitest';
import { BoundedCache, detach, detachAll, plainBytes, releaseCaches } from '../../server/src/core/bounded-cache.js';

describe('BoundedCache', () => {
  it('holds no more bytes than its budget, dropping the least recently used first', () => {
    const cache = new BoundedCache<string>(4_000);
    const value = 'x'.repeat(200);
    for (let i = 0; i < 20; i++) cache.set(`đoạn ${i}`, value);
    expect(cache.bytes).toBeLessThanOrEqual(4_000);
    expect(cache.size).toBeLessThan(20);
    expect(cache.get('đoạn 0')).toBeUndefined();
    expect(cache.get('đoạn 19')).toBe(value);
    // a read makes an entry recent: it outlives the ones written before it
    const first = 20 - cache.size;
    cache.get(`đoạn ${first}`);
    cache.set('mới', value);
    expect(cache.get(`đoạn ${first}`)).toBe(value);
    expect(cache.get(`đoạn ${first + 1}`)).toBeUndefined();
  });

  it('keeps nothing bigger than a quarter of its budget, and replaces an entry in place', () => {
    const cache = new BoundedCache<string>(4_000);
    cache.set('lớn', 'y'.repeat(2_000));
    expect(cache.get('lớn')).toBeUndefined();
    cache.set('a', 'một');
    const before = cache.bytes;
    cache.set('a', 'hai');
    expect(cache.get('a')).toBe('hai');
    expect(cache.bytes).toBe(before);
    cache.clear();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });

  it('lets go of everything when the host releases the caches', () => {
    const a = new BoundedCache<string>(10_000);
    const b = new BoundedCache<number[]>(10_000);
    a.set('x', 'một');
    b.set('y', [1, 2]);
    releaseCaches();
    expect([a.size, b.size, a.bytes, b.bytes]).toEqual([0, 0, 0, 0]);
  });

  it('stores copies: changing the object given does not change the cached one', () => {
    const cache = new BoundedCache<Array<{ text: string; start: number }>>(10_000);
    const given = [{ text: 'Huyện ủy tổ chức hội nghị', start: 4 }];
    cache.set('k', given);
    given[0].start = 99;
    expect(cache.get('k')).toEqual([{ text: 'Huyện ủy tổ chức hội nghị', start: 4 }]);
  });
});

describe('detach and size estimates', () => {
  it('copies strings and plain values with the same content', () => {
    const doc = 'Sáng ngày 12-9, Huyện ủy An Lão tổ chức hội nghị tập huấn. '.repeat(10);
    const slice = doc.slice(16, 60);
    expect(detach(slice)).toBe(slice);
    expect(detachAll({ a: [slice, 3], b: null })).toEqual({ a: [slice, 3], b: null });
    expect(plainBytes('abc')).toBeLessThan(plainBytes(['abc', 'def']));
  });
});
