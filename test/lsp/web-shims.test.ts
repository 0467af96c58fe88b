/**
 * What the web build puts where Node's modules were (server/src/web/, scripts/web-build.mjs)
 * must answer like Node for what the server asks: POSIX paths as `path.posix` computes them
 * (the worker's working folder being `/`), and the in-memory volume like a read-only disk.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as webPath from '../../server/src/web/node-path.js';
import * as volume from '../../server/src/web/node-fs.js';
import { fileURLToPath, pathToFileURL } from '../../server/src/web/node-url.js';

const paths = ['/', '/ws', '/ws/', '/ws/tin/bai.txt', '/ws//tin/./bai.txt', '/ws/tin/../khac.txt', '/a/b/../../..', '/ws/.soattinrc.json', '/ws/tin.sach/bai', 'bai.txt', 'tin/bai.md', '..', '.', ''];

describe('node:path of the web build', () => {
  it.each(paths)('answers like path.posix for “%s”', (p) => {
    expect(webPath.normalize(p)).toBe(path.posix.normalize(p));
    expect(webPath.dirname(p)).toBe(path.posix.dirname(p));
    expect(webPath.basename(p)).toBe(path.posix.basename(p));
    expect(webPath.basename(p, '.txt')).toBe(path.posix.basename(p, '.txt'));
    expect(webPath.extname(p)).toBe(path.posix.extname(p));
    expect(webPath.isAbsolute(p)).toBe(path.posix.isAbsolute(p));
    expect(webPath.join('/ws', p)).toBe(path.posix.join('/ws', p));
    expect(webPath.resolve('/ws/tin', p)).toBe(path.posix.resolve('/ws/tin', p));
    expect(webPath.relative('/ws/tin', webPath.resolve('/', p))).toBe(path.posix.relative('/ws/tin', path.posix.resolve('/', p)));
  });
});

describe('node:url of the web build', () => {
  it('turns file: URIs into paths and back, with spaces and Vietnamese letters', () => {
    const p = '/ws/Tin tức/bài #1.txt';
    expect(pathToFileURL(p).href).toBe('file:///ws/Tin%20t%E1%BB%A9c/b%C3%A0i%20%231.txt');
    expect(fileURLToPath(pathToFileURL(p).href)).toBe(p);
  });
});

describe('node:fs of the web build (a read-only volume in memory)', () => {
  it('holds the files the client sends, with their folders, and forgets deleted ones', () => {
    volume.putFile('/vol/tin/.soattinrc.json', '{ "profile": "party" }');
    volume.putFile('/vol/tin/.soattin/words.txt', 'Soát Tin\n');
    expect(volume.existsSync('/vol/tin')).toBe(true);
    expect(volume.statSync('/vol')?.isDirectory()).toBe(true);
    expect(volume.statSync('/vol/tin/.soattinrc.json')?.isFile()).toBe(true);
    expect(volume.readFileSync('/vol/tin/.soattin/words.txt', 'utf8')).toBe('Soát Tin\n');
    expect(volume.statSync('/vol/none', { throwIfNoEntry: false })).toBeUndefined();
    volume.putFile('/vol/tin/.soattin/words.txt', null);
    volume.putFile('/vol/tin/.soattinrc.json', null);
    expect(volume.existsSync('/vol/tin')).toBe(false);
    expect(volume.volumeFiles().filter((f) => f.startsWith('/vol/'))).toEqual([]);
  });

  it('reads through a descriptor in chunks, as guarded reads do', () => {
    volume.putFile('/vol/a.txt', 'Hội nghị');
    const fd = volume.openSync('/vol/a.txt');
    expect(volume.fstatSync(fd).size).toBe(new TextEncoder().encode('Hội nghị').length);
    const buf = new Uint8Array(4);
    const parts: number[] = [];
    for (let n; (n = volume.readSync(fd, buf, 0, buf.length, null)) > 0; ) parts.push(...buf.subarray(0, n));
    volume.closeSync(fd);
    expect(new TextDecoder().decode(new Uint8Array(parts))).toBe('Hội nghị');
  });

  it('refuses every write with EROFS and a missing file with ENOENT', () => {
    expect(() => volume.writeFileSync('/vol/b.txt')).toThrow(expect.objectContaining({ code: 'EROFS' }));
    expect(() => volume.mkdirSync('/vol/c')).toThrow(expect.objectContaining({ code: 'EROFS' }));
    expect(() => volume.openSync('/vol/none.txt')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => volume.openSync('/vol')).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });
});
