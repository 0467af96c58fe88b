// What a reporter SEES, checked in the real workbench page (code-server backend only), after
// the API-level suite: the Problems panel lists a finding in Vietnamese, the hover explains it,
// Ctrl+. then Enter applies its quick fix. Each check saves a screenshot into artifacts/e2e/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED = '004_6ff4995a71d100fd.txt';
const MESSAGE = 'Từ “chứng” bị lặp lại liền nhau.';

/** Text of the visible editor lines, with the non-breaking spaces Monaco renders made plain. */
async function editorText(page) {
  return (await page.locator('.editor-instance .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

async function until(what, probe, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function uiChecks(page, url, artifacts, record, log) {
  const shot = async (name) => {
    // let fade-in animations (hover, menus) finish so the picture shows the final state
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 2000 }).catch(() => {});
    await page.screenshot({ path: join(artifacts, name) }).catch(() => {});
  };
  const check = async (title, fn) => {
    try {
      await fn();
      record(`ui: ${title}`, true);
    } catch (e) {
      record(`ui: ${title}`, false, e instanceof Error ? e.message.split('\n')[0] : String(e));
      await shot(`failed-${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    }
  };

  // 400 paragraphs with two double spaces each (800 findings, 300 shown), a doubled word at the
  // end. Written before the workbench opens: Quick Open's file list may not yet know a file
  // created while the window is up, and then the check would wait on the picker, not on us.
  const folder = new URL(url).searchParams.get('folder');
  const lines = Array.from({ length: 400 }, (_, i) => `Đoạn ${i + 1}: đơn vị đã  rà soát kế hoạch  của quý.`);
  writeFileSync(join(folder, 'long.txt'), `${lines.join('\n')}\nHội nghị kết thúc vào vào buổi chiều.\n`);

  let opened = false;
  await check(`opening ${SEED} shows squiggles`, async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 60000 });
    await page.keyboard.type(SEED.slice(0, 8));
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: SEED.slice(0, 8) }).first();
    await row.waitFor({ timeout: 60000 });
    // a click, not Enter: Enter can arrive while the picker is still refreshing its results
    await row.click();
    await page.locator('.tabs-container .tab', { hasText: SEED }).waitFor({ timeout: 60000 });
    // the first check also starts the server and loads the dictionaries: slow on a busy machine
    await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 120000 });
    opened = true;
  });
  if (!opened) return;

  await check('the Problems panel lists the finding in Vietnamese', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 15000 });
    await shot('problems.png');
    // the list is virtualised and other rules fill it: filter it the way a user would
    await page.locator('.viewpane-filter input').first().fill('lặp lại');
    await page.locator('.markers-panel').getByText(MESSAGE).first().waitFor({ timeout: 15000 });
    await shot('problems-filtered.png');
  });

  await check('the hover over a finding shows its message and explanation', async () => {
    await page.keyboard.press('Escape');
    // put the cursor inside "chứng chứng" on line 21, then "Show or Focus Hover" (Ctrl+K Ctrl+I)
    await page.locator('.editor-instance .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10000 });
    await page.keyboard.type('21:62');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible', { hasText: 'bị lặp lại' }).first();
    await hover.waitFor({ timeout: 15000 });
    const text = await hover.innerText();
    if (!text.includes(MESSAGE)) throw new Error(`the hover does not show “${MESSAGE}”: ${text.slice(0, 300)}`);
    await shot('hover.png');
  });

  await check('Ctrl+. then Enter applies the quick fix', async () => {
    await page.keyboard.press('Escape');
    const before = (await editorText(page)).split('chứng chứng').length - 1;
    if (before < 1) throw new Error('“chứng chứng” is not visible in the editor');
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget').first().waitFor({ timeout: 10000 });
    await shot('quick-fix-menu.png');
    await page.keyboard.press('Enter');
    await until('the quick fix to remove one “chứng”', async () => (await editorText(page)).split('chứng chứng').length - 1 === before - 1);
    const text = await editorText(page);
    if (!text.includes('trao chứng nhận cho đại diện')) throw new Error('“trao chứng nhận” not found after the fix');
    await shot('after-quick-fix.png');
  });
  /** Quick Open (Ctrl+P) a file of the workspace by name, as a user does. */
  const openFile = async (name) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 60000 });
    await page.keyboard.type(name);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 60000 });
    await row.click();
    await page.locator('.tabs-container .tab', { hasText: name }).waitFor({ timeout: 60000 });
  };

  await check('the Command Palette finds “Chèn khung tin tập huấn” by Vietnamese and by English words', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 60000 });
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Chèn khung tin tập huấn' }).first();
    await input.fill('>khung tin');
    await row.waitFor({ timeout: 60000 });
    await shot('palette-vi.png');
    await input.fill('>training skeleton');
    await row.waitFor({ timeout: 60000 });
    await shot('palette-en.png');
    await page.keyboard.press('Escape');
  });

  await check('the hover of a capitalisation finding shows the form its fix writes', async () => {
    await openFile(SEED);
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10000 });
    await page.keyboard.type('9:5');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Cách viết đúng' }).first();
    await hover.waitFor({ timeout: 15000 });
    const text = await hover.innerText();
    if (!text.includes('Trưởng Ban Dân vận Tỉnh ủy')) throw new Error(`the hover does not show the corrected form: ${text.slice(0, 300)}`);
    await shot('hover-caps.png');
  });

  await check('the end of a long draft has its findings, and the status item says they are capped', async () => {
    await openFile('long.txt');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    await until('the doubled word at the end to be underlined', async () => (await page.locator('.editor-instance .squiggly-warning').count()) > 5, 60000);
    await shot('long-draft-end.png');
  });

  await check('a missing byline is shown after the last paragraph', async () => {
    await openFile('no-byline.txt');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').getByText('Thiếu tên tác giả').first().waitFor({ timeout: 15000 });
    await shot('missing-byline.png');
  });

  log(`screenshots in ${artifacts}`);
}
