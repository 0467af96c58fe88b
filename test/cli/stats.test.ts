import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, folder, only, soattin } from './helpers.js';

beforeAll(ensureBuilt, 120_000);

const A = 'Huyện ủy tập huấn nghiệp vụ\n\nSáng 5/3/2024, Huyện ủy An Lão tổ chức tập huấn cho 60 cán bộ. Các Học viên được  hướng dẫn kỹ năng.\n\nMinh Anh\n';
const B = 'Hội Nông dân tập huấn\n\nSáng 9/4/2024, Hội Nông dân xã tổ chức tập huấn cho 40 hội viên. Các Học viên thực hành.\n\nTin, ảnh: Thu Hà\n';
const C = 'Đoàn xã tập huấn\n\nĐoàn xã tổ chức tập huấn cho đoàn viên. Các Học viên thảo luận.\n';

describe('--format stats', () => {
  it('counts findings per rule, the forms written most often, per month and per author', () => {
    const dir = folder({ '.soattinrc.json': only(['common-noun-case', 'spacing']), 'a.txt': A, 'b.txt': B, 'c.txt': C });
    const r = soattin(['.', '--format', 'stats'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Thống kê: 4 vấn đề trong 3 bản thảo.',
        '',
        'Theo quy tắc:',
        '  common-noun-case (viết hoa danh từ chung, 3 tệp)      3',
        '  spacing (dấu cách, 1 tệp)                             1',
        '',
        'Cách viết sai gặp nhiều nhất (tối đa 20):',
        '  “Các Học viên” (common-noun-case)      3',
        '',
        'Theo tháng (ngày đầu tiên có năm trong bài):',
        '  03/2024           2',
        '  04/2024           1',
        '  (không rõ)        1',
        '',
        'Theo tác giả (dòng tên tác giả):',
        '  Minh Anh        2',
        '  (không rõ)      1',
        '  Thu Hà          1',
        '',
      ].join('\n'),
    );
    expect(soattin(['.', '--format', 'stats', '--locale', 'en'], { cwd: dir }).stdout.split('\n')[0]).toBe('Statistics: 4 findings in 3 drafts.');
  });
});
