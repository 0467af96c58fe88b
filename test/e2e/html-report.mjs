// The print-ready html report (`soattin --format html --report-signoff …`) looked at in headless
// Chromium as an editor prints it: every numbered mark has its correction in the list with the
// message visible, the sign-off block is there, it prints to A4 (a page for the summary, then
// one per draft), and the page fetches nothing. Screenshots and the PDF go to artifacts/e2e/.
// Run by test/e2e/run.mjs after the VS Code phases; alone: `node test/e2e/html-report.mjs`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROLE = 'Biên tập viên trực';

/** Two drafts written for this check: findings in the text, and one about the whole draft. */
const DRAFTS = {
  'tin-1.txt': [
    'Tập huấn nghiệp vụ văn thư cho cán bộ xã',
    'Sáng 12-9, Phòng Nội vụ huyện tổ chức lớp  tập huấn nghiệp vụ văn thư cho 45 cán bộ, công chức cấp xã.',
    'Lớp học đã đã kéo dài hai ngày , với nhiều nội dung thiết thực.',
    'Minh Anh',
    '',
  ].join('\n'),
  'tin-2.txt': ['Bồi dưỡng kỹ năng soạn thảo văn bản', 'Chiều 14-9, Văn phòng huyện mở lớp bồi dưỡng kỹ năng soạn thảo văn bản.', ''].join('\n'),
};

export async function htmlReportChecks(browser, artifacts, record, log) {
  const check = async (title, fn) => {
    try {
      await fn();
      record(`report: ${title}`, true);
    } catch (e) {
      record(`report: ${title}`, false, e instanceof Error ? e.message.split('\n')[0] : String(e));
    }
  };
  const dir = mkdtempSync(join(tmpdir(), 'soattin-report-'));
  for (const [name, text] of Object.entries(DRAFTS)) writeFileSync(join(dir, name), text);
  const report = join(dir, 'bao-cao.html');
  const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '.', '--format', 'html', '--report-signoff', ROLE, '--output', report], { cwd: dir, encoding: 'utf8', env: { ...process.env, SOATTIN_LOCALE: 'vi' } });
  if (cli.status !== 1) {
    record('report: written by the CLI', false, `exit code ${cli.status} (expected 1: the drafts have errors); ${cli.stderr}`);
    return;
  }
  mkdirSync(artifacts, { recursive: true });
  const page = await browser.newPage();
  const fetched = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) fetched.push(r.url());
  });
  try {
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
    await page.screenshot({ path: join(artifacts, 'report.png'), fullPage: true }).catch(() => {});

    await check('every numbered mark has its correction in the list, message visible', async () => {
      const marks = await page.$$eval('sup.no a', (as) => as.map((a) => ({ n: a.textContent, href: a.getAttribute('href') })));
      if (marks.length < 3) throw new Error(`expected at least 3 numbered marks, found ${marks.length}`);
      for (const { n, href } of marks) {
        const row = page.locator(href);
        if (!(await row.isVisible())) throw new Error(`mark ${n}: no visible correction ${href}`);
        const cells = await row.locator('td').allInnerTexts();
        if (cells[0].trim() !== n) throw new Error(`mark ${n} leads to correction number ${cells[0]}`);
        if (!(cells[3] ?? '').trim()) throw new Error(`correction ${n} has no visible message`);
      }
      const repeated = await page.locator('table.corrections td', { hasText: 'Từ “đã” bị lặp lại liền nhau.' }).count();
      if (repeated !== 1) throw new Error(`the repeated-word message is shown ${repeated} times in the corrections, expected 1`);
    });

    await check('findings about the whole draft are listed apart', async () => {
      const whole = await page.locator('ul.whole li').allInnerTexts();
      if (!whole.some((t) => t.includes('required-byline'))) throw new Error(`no missing byline among the whole-draft findings: ${JSON.stringify(whole)}`);
    });

    await check('the sign-off block names the role', async () => {
      const text = await page.locator('.signoff').innerText();
      if (!text.includes(ROLE)) throw new Error(`sign-off block says ${JSON.stringify(text)}`);
    });

    await check('prints to A4: the summary, then a page per draft', async () => {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(artifacts, 'report-print.png'), fullPage: true }).catch(() => {});
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(artifacts, 'report.pdf'), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
      const files = Object.keys(DRAFTS).length;
      log(`report: ${pages} A4 pages, ${pdf.length} bytes`);
      if (pages < 1 + files) throw new Error(`${pages} pages; expected at least ${1 + files} (summary, then a page per draft)`);
    });

    await check('fetches nothing (no font, stylesheet, image or script)', async () => {
      if (fetched.length) throw new Error(`requests: ${fetched.join(', ')}`);
    });
  } finally {
    await page.close();
  }
}

// alone: launch Debian's Chromium through the e2e driver (scripts/e2e-setup.sh installs both)
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const E2E_DIR = resolve(process.env.SOATTIN_E2E_DIR ?? join(ROOT, '.e2e'));
  const { chromium } = createRequire(join(E2E_DIR, 'driver/package.json'))('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const results = [];
  try {
    await htmlReportChecks(await browser.newContext(), join(ROOT, 'artifacts/e2e'), (title, ok, error) => results.push({ title, ok, error }), (...a) => console.log('e2e:', ...a));
  } finally {
    await browser.close();
  }
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.title}${r.ok ? '' : `: ${r.error}`}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
