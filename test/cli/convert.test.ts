import { beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, folder, soattin } from './helpers.js';
import { toLegacy } from '../../server/src/core/legacy-encoding.js';

beforeAll(ensureBuilt, 120_000);

const DRAFT = 'Sáng 5-3, Hội Nông dân xã tổ chức lớp tập huấn kỹ thuật trồng lúa cho 60 hội viên.\n';

describe('soattin convert', () => {
  it('prints a TCVN3 file (bytes as the old fonts saved them) as Unicode, guessing the encoding', () => {
    const lower = DRAFT.toLowerCase();
    const dir = folder({ 'cu.txt': Buffer.from(toLegacy(lower, 'tcvn3'), 'latin1') });
    const r = soattin(['convert', 'cu.txt'], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, lower, '']);
    // the linter itself still refuses the file: conversion is never silent
    expect(soattin(['cu.txt'], { cwd: dir }).code).toBe(2);
  });

  it('rewrites VNI files with --write, and lints them afterwards', () => {
    const dir = folder({ 'a.txt': toLegacy(DRAFT, 'vni'), 'b.txt': Buffer.from(toLegacy(DRAFT, 'vni'), 'latin1') });
    const r = soattin(['convert', '--from', 'vni', '--write', 'a.txt', 'b.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('a.txt: đã chuyển từ VNI sang Unicode.\nb.txt: đã chuyển từ VNI sang Unicode.\n');
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(DRAFT);
    expect(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe(DRAFT);
  });

  it('converts nothing without a sign of a legacy encoding, and says why', () => {
    const dir = folder({ 'moi.txt': DRAFT });
    const r = soattin(['convert', 'moi.txt'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('soattin: moi.txt: không thấy dấu hiệu của bảng mã TCVN3 hay VNI; tệp không được chuyển. Nếu chắc chắn, hãy nêu --from tcvn3 hoặc --from vni.\n');
    expect(fs.readFileSync(path.join(dir, 'moi.txt'), 'utf8')).toBe(DRAFT);
  });

  it('refuses bad usage with exit code 2 and a message in the chosen language', () => {
    const dir = folder({ 'a.txt': 'x', 'b.txt': 'y' });
    expect(soattin(['convert', '--from', 'viqr', 'a.txt'], { cwd: dir }).stderr).toBe('soattin: --from phải là tcvn3, vni hoặc auto, không phải “viqr”.\n');
    const two = soattin(['convert', '--locale', 'en', 'a.txt', 'b.txt'], { cwd: dir });
    expect([two.code, two.stderr]).toEqual([2, 'soattin: Without --write, convert one file at a time (the text is printed).\n']);
    expect(soattin(['convert'], { cwd: dir }).code).toBe(2);
    expect(soattin(['convert', 'khong-co.txt'], { cwd: dir }).stderr).toMatch(/^soattin: khong-co\.txt: không đọc được \(/u);
    expect(soattin(['convert', '--help'], { cwd: dir }).stdout).toMatch(/^Cách dùng: soattin convert/u);
  });

  it('does not write through a link that leads out of the folder', () => {
    const outside = folder({ 'that.txt': toLegacy(DRAFT, 'vni') });
    const dir = folder({});
    fs.symlinkSync(path.join(outside, 'that.txt'), path.join(dir, 'link.txt'));
    const r = soattin(['convert', '--write', 'link.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^soattin: link\.txt: không ghi \(/u);
    expect(fs.readFileSync(path.join(outside, 'that.txt'), 'utf8')).toBe(toLegacy(DRAFT, 'vni'));
  });
});
