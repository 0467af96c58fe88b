#!/usr/bin/env node
// Writes the rule table of README.md (between the rules:start/rules:end markers) from the
// rule metadata, so the README can never drift from the code. `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { rules } = require('../dist/core.js');

const CATEGORY = { structure: 'Cấu trúc / structure', capitalisation: 'Viết hoa / capitalisation', text: 'Văn bản / text' };

export function rulesTable(list) {
  const order = Object.keys(CATEGORY);
  list = [...list].sort((a, b) => order.indexOf(a.meta.category) - order.indexOf(b.meta.category));
  const sev = { error: 'lỗi / error', warning: 'cảnh báo / warning', info: 'gợi ý / info', off: 'tắt / off' };
  const rows = list.map(
    (r) =>
      `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${CATEGORY[r.meta.category]} | ${sev[r.meta.defaultSeverity]} | ${r.meta.fixable ? '✓' : ''} | ${r.meta.description.vi} ${r.meta.description.en} |`,
  );
  return ['| Quy tắc / rule | Nhóm / group | Mặc định / default | Tự sửa / fix | Mô tả / description |', '|---|---|---|---|---|', ...rows].join('\n');
}

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
const next = readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${rulesTable(rules)}\n${end}`);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README rule table is out of date: run node scripts/rules-table.mjs');
    process.exit(1);
  }
} else writeFileSync('README.md', next);
