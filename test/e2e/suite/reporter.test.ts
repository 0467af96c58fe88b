/**
 * A reporter's day, with default settings (no soattin.locale): one finding per capitalisation
 * span whose hover shows exactly what its fix writes, the ignore that silences one
 * occurrence, findings at the end of a long draft, the missing byline where it belongs and
 * calm while typing, the skeleton's date choice.
 */
import Mocha from 'mocha';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { SEED_004 } from './diagnostics.test.js';
import { activated, byRule, fixtureUri, hoverText, openFixture, ours, rangeText, ruleOf, summary, waitFor, waitForRule } from './helpers.js';

async function quickFixes(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'diagnostics' in a) as vscode.CodeAction[];
}

export function registerReporter(): void {
  const { describe, it, before } = Mocha;
  describe('a reporter’s day', () => {
    before(async () => {
      await activated();
    });

    it('one capitalisation finding on “Trưởng ban Dân Vận Tỉnh ủy”; the hover’s correct form is what its fix writes', async () => {
      const editor = await openFixture(SEED_004);
      const doc = editor.document;
      const line = 8; // line 9 of the file
      const d = await waitFor('a capitalisation finding on line 9', () => ours(doc.uri).find((x) => x.range.start.line === line && /case$/.test(ruleOf(x) ?? '')), 15000, () => summary(doc.uri));
      const span = d.range;
      const overlapping = ours(doc.uri).filter((x) => x.range.intersection(span) && !x.range.isEmpty && /case$/.test(ruleOf(x) ?? ''));
      assert.equal(overlapping.length, 1, `more than one capitalisation finding on “${doc.getText(span)}”: ${summary(doc.uri)}`);
      assert.equal(doc.getText(span), 'Trưởng ban Dân Vận Tỉnh ủy');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, span.start.translate(0, 3));
      const text = hoverText(hovers ?? []);
      const correct = /Cách viết đúng: `([^`]+)`/.exec(text)?.[1];
      assert.ok(correct, `no correct form in the hover:\n${text}`);
      const fix = (await quickFixes(doc.uri, d)).find((a) => a.isPreferred && a.edit);
      assert.ok(fix?.edit, 'no preferred quick fix');
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const written = doc.getText(new vscode.Range(span.start, span.start.translate(0, correct.length)));
      assert.equal(written, correct, 'the fix wrote something else than the hover promised');
      assert.equal(correct, 'Trưởng Ban Dân vận Tỉnh ủy');
      await waitFor('no capitalisation finding left on line 9', () => !ours(doc.uri).some((x) => x.range.start.line === line && /case$/.test(ruleOf(x) ?? '')), 15000, () => summary(doc.uri));
    });

    it('“Bỏ qua đúng chỗ này” silences that occurrence only and records it in .soattin/ignored.json', async () => {
      const editor = await openFixture('ignore.txt');
      const uri = editor.document.uri;
      const ds = await waitForRule(uri, 'repeated-word', 2);
      const first = ds.find((d) => d.range.start.line === 0);
      assert.ok(first);
      const ignore = (await quickFixes(uri, first)).find((a) => a.command?.command === 'soattin.server.ignoreOccurrence');
      assert.ok(ignore?.command, 'no ignore-this-occurrence action');
      assert.equal(ignore.title, 'Bỏ qua đúng chỗ này (ghi vào .soattin/ignored.json)');
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      const left = await waitForRule(uri, 'repeated-word', 1);
      assert.equal(rangeText(left[0].range), '1:26-1:33');
      const side = vscode.Uri.joinPath(fixtureUri('ignore.txt'), '..', '.soattin', 'ignored.json');
      assert.ok(existsSync(side.fsPath), 'no .soattin/ignored.json in the workspace');
      const entries = JSON.parse(readFileSync(side.fsPath, 'utf8')).ignored;
      assert.deepEqual(entries.map((e: { file: string; rule: string; text: string }) => [e.file, e.rule, e.text]), [['ignore.txt', 'repeated-word', 'tại tại']]);
      // the draft itself is untouched
      assert.equal(editor.document.getText(), readFileSync(uri.fsPath, 'utf8'));
    });

    it('a long draft: the end is checked while typing, and the status says the list is capped', async () => {
      const uri = fixtureUri('long.txt');
      const lines = Array.from({ length: 400 }, (_, i) => `Đoạn ${i + 1}: đơn vị đã  rà soát kế hoạch  của quý.`);
      await vscode.workspace.fs.writeFile(uri, Buffer.from(lines.join('\n') + '\n'));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      await waitFor('300 findings on long.txt', () => ours(uri).length === 300, 30000, () => `${ours(uri).length} findings`);
      const api = await activated();
      await waitFor('the status item to say the findings are capped', () => /\(hiện 300\)/.test(api.status().text), 15000, () => api.status().text);
      assert.equal(api.status().severity, 'warning');
      const end = new vscode.Position(400, 0);
      assert.ok(await editor.edit((e) => e.insert(end, 'Hội nghị kết thúc vào vào buổi chiều.\n')));
      const [d] = await waitForRule(uri, 'repeated-word', 1, 30000);
      assert.equal(rangeText(d.range), '400:18-400:25');
      editor.revealRange(d.range);
    });

    it('a missing byline sits where the byline goes: information while typing, an error once saved', async () => {
      const editor = await openFixture('no-byline.txt');
      const doc = editor.document;
      const [d] = await waitForRule(doc.uri, 'required-byline', 1);
      // after the last paragraph (the file ends with a line break: its empty last line)
      assert.equal(rangeText(d.range), '9:0-9:0');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.ok(await editor.edit((e) => e.insert(new vscode.Position(8, 62), ' Lớp học có')));
      await waitFor('the missing byline to calm down while typing', () => byRule(doc.uri, 'required-byline')[0]?.severity === vscode.DiagnosticSeverity.Information, 15000, () => summary(doc.uri));
      assert.ok(await doc.save());
      await waitFor('the missing byline to be an error after saving', () => byRule(doc.uri, 'required-byline')[0]?.severity === vscode.DiagnosticSeverity.Error, 15000, () => summary(doc.uri));
    });

    it('the skeleton’s date choice reads “Sáng ngày dd-mm”, never “Ngày ngày”', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('soattin.insertSkeleton');
      await waitFor('the skeleton', () => doc.getText().includes('tổ chức'), 10000);
      const text = doc.getText();
      assert.ok(text.includes(') Sáng ngày dd-mm, '), text);
      assert.ok(!/ngày ngày/i.test(text), text);
    });
  });
}
