import { describe, expect, it } from 'vitest';
import { BoundedCache, cacheSizes, detach, detachAll, nextPass, plainBytes, releaseCaches, UNUSED_PASSES } from '../../server/src/core/bounded-cache.js';
import { defaultConfig } from '../../server/src/core/config/index.js';
import { linter } from '../../server/src/linter.js';

describe('BoundedCache', () => {
  it('holds no more bytes than its budget, dropping the least recently used first', () => {
    const cache = new BoundedCache<string>('test', 4_000);
    const value = 'x'.repeat(200);
    for (let i = 0; i < 20; i++) cache.set(`đoạn ${i}`, value);
    expect(cache.bytes).toBeLessThanOrEqual(4_000);
    expect(cache.size).toBeLessThan(20);
    expect(cache.get('đoạn 0')).toBeUndefined();
    expect(cache.get('đoạn 19')).toBe(value);
    // a read in a later lint pass makes an entry recent: it outlives the ones that pass has not
    // read (the map is never reordered: moving each entry read cost a long draft 7,500 map
    // operations a re-check)
    const first = 20 - cache.size;
    nextPass();
    cache.get(`đoạn ${first}`);
    cache.set('mới', value);
    expect(cache.get(`đoạn ${first}`)).toBe(value);
    expect(cache.get(`đoạn ${first + 1}`)).toBeUndefined();
  });

  it('makes room again and again in one pass: the entries the pass has not read first, oldest first, then the oldest it has', () => {
    const cache = new BoundedCache<string>('test many', 4_000);
    const value = 'x'.repeat(200);
    for (let i = 0; i < 12; i++) cache.set(`cũ ${i}`, value);
    const held = cache.size;
    const first = 12 - held;
    nextPass();
    // read this pass: every other entry
    for (let i = first; i < 12; i += 2) cache.get(`cũ ${i}`);
    const unread = Math.floor(held / 2);
    for (let i = 0; i < unread; i++) cache.set(`mới ${i}`, value);
    // the unread ones went, each in turn; the read ones and the new ones stay
    for (let i = first; i < 12; i++) expect(cache.get(`cũ ${i}`), `cũ ${i}`).toBe((i - first) % 2 === 0 ? value : undefined);
    // then the oldest of this pass's entries, a room at a time
    cache.set('mới nhất', value);
    expect(cache.get(`cũ ${first}`)).toBeUndefined();
    expect(cache.get(`cũ ${first + 2}`)).toBe(value);
    expect(cache.get('mới nhất')).toBe(value);
    expect(cache.bytes).toBeLessThanOrEqual(4_000);
  });

  it('keeps nothing bigger than a quarter of its budget, and replaces an entry in place', () => {
    const cache = new BoundedCache<string>('test', 4_000);
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

  it('keeps a small answer under a key too long for it until the next lint pass only', () => {
    const cache = new BoundedCache<number[]>('test long', 4_000);
    const paragraph = 'Huyện ủy tổ chức hội nghị. '.repeat(200);
    cache.set(paragraph, [3, 7]);
    // the same paragraph asked for again in the same check (another rule, another slice)
    expect(cache.get(paragraph.slice(0))).toEqual([3, 7]);
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
    nextPass();
    expect(cache.get(paragraph)).toBeUndefined();
    // a long answer is not kept at all
    cache.set(paragraph, new Array(2_000).fill(1));
    expect(cache.get(paragraph)).toBeUndefined();
  });

  it('lets go of everything when the host releases the caches', () => {
    const a = new BoundedCache<string>('test a', 10_000);
    const b = new BoundedCache<number[]>('test b', 10_000);
    a.set('x', 'một');
    b.set('y', [1, 2]);
    releaseCaches();
    expect([a.size, b.size, a.bytes, b.bytes]).toEqual([0, 0, 0, 0]);
  });

  it('stores copies: changing the object given does not change the cached one', () => {
    const cache = new BoundedCache<Array<{ text: string; start: number }>>('test copies', 10_000);
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
    // past a limit the count stops early, and says only that it is past it
    const many = new Array(1_000).fill('abc');
    expect(plainBytes(many, 100)).toBeGreaterThan(100);
    expect(plainBytes(many, 100)).toBeLessThan(plainBytes(many));
  });
});

describe('an editing session', () => {
  // thirty different paragraphs, then one paragraph edited per check, as a reporter types
  const paragraph = (i: number, typed: string): string =>
    `Sáng ngày ${i} tháng 9, Ủy ban nhân dân xã Hòa Phú tổ chức lớp tập huấn lần thứ ${i} cho ${i * 3} cán bộ cơ sở${typed}. Các học viên được nghe giới thiệu văn bản mới về công tác văn thư.`;
  const draft = (edits: number): string => {
    const typed = Array.from({ length: 30 }, () => '');
    for (let k = 0; k < edits; k++) typed[k % 30] += String.fromCharCode(97 + (k % 26));
    return ['Xã Hòa Phú tập huấn công tác văn thư', ...typed.map((t, i) => paragraph(i + 1, t)), 'Minh Thư'].join('\n\n');
  };

  it('keeps the current draft and a few stale versions in every memo cache, not every version typed', () => {
    const config = defaultConfig();
    linter.lint(draft(0), config);
    const sizes: Array<Record<string, { entries: number; bytes: number }>> = [];
    for (let k = 1; k <= 60; k++) {
      linter.lint(draft(k), config);
      if (k === 30 || k === 60) sizes.push(cacheSizes());
    }
    const [half, full] = sizes;
    // 32 paragraphs in the draft, at most one stale version of one of them per unused pass
    expect(full['parse.sentences'].entries).toBeLessThanOrEqual(32 + UNUSED_PASSES);
    // flat: thirty more edits add nothing to any cache
    for (const name of ['parse.sentences', 'duplicate-sentence.keys', 'spelling.sentences', 'spacing.paragraphs', 'normtext.paragraphs', 'lexicon.paragraphs', 'person-names.paragraphs', 'common-noun-case.paragraphs', 'common-noun-case.events']) {
      expect(full[name].entries, name).toBeGreaterThan(0);
      expect(full[name].entries, name).toBeLessThanOrEqual(half[name].entries + UNUSED_PASSES);
      expect(full[name].bytes, name).toBeLessThanOrEqual(half[name].bytes * 1.1);
    }
  });

  it('keeps what the parse asked of every paragraph of a 100 KB draft, so a re-check asks again only of the edited one', () => {
    const long = Array.from({ length: 600 }, (_, i) => paragraph(i + 1, '')).join('\n\n');
    expect(long.length).toBeGreaterThan(100_000);
    releaseCaches();
    linter.lint(long, defaultConfig());
    expect(cacheSizes()['parse.debris-lines'].entries).toBeGreaterThanOrEqual(600);
    // a paragraph of more than twelve words is no photo's alt text: none is paired with the next
    expect(cacheSizes()['parse.alt-text-pairs'].entries).toBe(0);
    // short lines are: each (the first and the last aside) and the next, one question each, all still held
    const lines = Array.from({ length: 2300 }, (_, i) => `Các học viên lớp ${i + 1} thực hành nghiệp vụ văn thư`).join('\n\n');
    expect(lines.length).toBeGreaterThan(100_000);
    releaseCaches();
    linter.lint(lines, defaultConfig());
    expect(cacheSizes()['parse.alt-text-pairs'].entries).toBeGreaterThanOrEqual(2298);
  });
});
