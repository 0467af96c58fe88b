// The web extension (package.json `browser`) in a real workbench: code-server is told, through
// the user setting `remote.extensionKind`, to run Soát Tin in the browser's web worker extension
// host (as vscode.dev and github.dev do), so client/src/web.ts starts the language server in a
// web worker. A reporter opens a draft with known errors: the Problems panel lists them with
// their exact messages and positions, the workspace's .soattinrc.json (read through
// vscode.workspace.fs) is applied, and Ctrl+. applies a quick fix. That it really ran in the
// worker is checked twice: the web client's own line in the “Soát Tin” output, and no Node
// language server process (dist/server.js) anywhere under code-server.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DRAFT = 'tin-web.txt';
/** what the web client writes when it starts the server in a worker (client/src/messages.ts `webWorker`) */
const WORKER_LINE = 'Soát Tin chạy trên web: máy chủ kiểm tra chạy trong web worker của trình duyệt.';
/** the findings of the draft as the Problems panel shows them: message and [Ln, Col] */
const EXPECTED = [
  ['Từ “tại” bị lặp lại liền nhau.', 1, 90],
  ['“hoc” viết sai chính tả; có phải là “học”?', 2, 31],
];
/** turned off by web/.soattinrc.json: shown only if the config was not read */
const SILENCED = 'Thiếu tiêu đề';

/** The user setting that moves the extension into the web worker host. */
export function webKindSettings(extensionId) {
  return { 'remote.extensionKind': { [extensionId]: ['web'] } };
}

/** Soát Tin's Node language servers (dist/server.js) in code-server's process group `group`: none may run on the web. */
export function nodeServers(group) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      // field 5 of /proc/PID/stat is the process group (after the command name in parentheses)
      const pgrp = Number(readFileSync(join('/proc', pid, 'stat'), 'utf8').replace(/^.*\) /s, '').split(' ')[2]);
      const cmd = readFileSync(join('/proc', pid, 'cmdline'), 'utf8').split('\0').join(' ').trim();
      if (pgrp === group && cmd.includes('dist/server.js')) found.push(`${pid}: ${cmd}`);
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

async function until(what, probe, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function webChecks(page, url, { artifacts, record, log, group }) {
  const shot = (name) => page.screenshot({ path: join(artifacts, name) }).catch(() => {});
  const check = async (title, fn) => {
    try {
      await fn();
      record(`web: ${title}`, true);
      return true;
    } catch (e) {
      record(`web: ${title}`, false, e instanceof Error ? e.message.split('\n')[0] : String(e));
      await shot(`failed-web-${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
      return false;
    }
  };
  // the Node servers of the earlier windows end with their extension hosts; any left are not ours
  await until('the earlier windows’ language servers to end', async () => nodeServers(group).length === 0, 15000).catch(() => {});
  const earlier = new Set(nodeServers(group));
  const editorText = async () => (await page.locator('.editor-instance .view-lines').first().innerText()).replace(/\u00a0/g, ' ');

  const opened = await check(`opening web/${DRAFT} in the web worker host shows squiggles`, async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 60000 });
    await page.keyboard.type(DRAFT);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: DRAFT }).first();
    await row.waitFor({ timeout: 60000 });
    await row.click();
    await page.locator('.tabs-container .tab', { hasText: DRAFT }).waitFor({ timeout: 60000 });
    // the worker starts, gets the dictionary and checks: slow on a busy machine
    await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 120000 });
  });
  if (!opened) return;

  await check('the extension runs in the browser web worker, not in Node', async () => {
    const servers = nodeServers(group).filter((p) => !earlier.has(p));
    if (servers.length) throw new Error(`a Node language server runs: ${servers.join('; ')}`);
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 60000 });
    await input.fill('>Soát Tin: Hiện nhật ký');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
    await page.locator('.part.panel').getByText(WORKER_LINE).first().waitFor({ timeout: 30000 });
    await shot('web-output.png');
  });

  await check('the Problems panel lists the findings with their exact messages and positions, the workspace config applied', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 15000 });
    let texts = [];
    await until('every expected finding in the Problems panel', async () => {
      texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      return EXPECTED.every(([m, line, col]) => texts.some((t) => t.includes(m) && t.includes(`[Ln ${line}, Col ${col}]`)));
    }, 30000).catch((e) => {
      throw new Error(`${e.message}; rows: ${texts.join(' | ')}`);
    });
    if (texts.some((t) => t.includes(SILENCED))) throw new Error(`“${SILENCED}” is listed although web/.soattinrc.json turns the rule off`);
    await shot('web-problems.png');
  });

  await check('Ctrl+. applies the quick fix of the doubled word', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.editor-instance .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10000 });
    await page.keyboard.type('1:92');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+.');
    const rows = page.locator('.action-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: 10000 });
    const titles = await rows.allInnerTexts();
    if (!titles.some((t) => t.includes('Xóa “tại” thừa'))) throw new Error(`no “Xóa “tại” thừa” among the quick fixes: ${titles.join(' | ')}`);
    await shot('web-quick-fix-menu.png');
    // the list has a “Quick Fix” heading row: move the focus, not an index, onto the fix
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < titles.length && !(await focused.innerText().catch(() => '')).includes('Xóa “tại” thừa'); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await until('the doubled “tại” to be gone', async () => !(await editorText()).includes('tại tại'), 15000);
    if (!(await editorText()).includes('cho cán bộ cấp xã tại hội trường tỉnh.')) throw new Error(`unexpected text after the fix: ${(await editorText()).slice(0, 200)}`);
    await until('the repeated-word finding to go away', async () => !(await page.locator('.markers-panel').innerText()).includes('bị lặp lại liền nhau'), 15000);
    await shot('web-after-quick-fix.png');
  });
  log(`web screenshots in ${artifacts}`);
}
