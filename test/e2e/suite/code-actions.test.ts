/**
 * Quick fixes and fix-all, through VS Code's own code-action machinery: the quick fix a user
 * picks with Ctrl+. and the `source.fixAll.soattin` action run by `editor.codeActionsOnSave`
 * (enabled in the fixture workspace's .vscode/settings.json).
 */
import Mocha from 'mocha';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { defaultConfig, fixText } from '../../../server/src/library.js';
import { SEED_004 } from './diagnostics.test.js';
import { activated, byRule, openFixture, rangeText, summary, waitFor, waitForRule } from './helpers.js';

/** The quick fix of one diagnostic: a quick-fix action whose edit touches the diagnostic's range. */
function fixFor(actions: Array<vscode.CodeAction | vscode.Command>, uri: vscode.Uri, d: vscode.Diagnostic): vscode.CodeAction | undefined {
  const candidates = actions.filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'diagnostics' in a) as vscode.CodeAction[];
  return candidates.find((a) => {
    if (!a.kind || !vscode.CodeActionKind.QuickFix.contains(a.kind)) return false;
    const edits = a.edit?.get(uri) ?? [];
    return edits.some((e) => e.range.intersection(d.range) !== undefined);
  });
}

export function registerCodeActions(): void {
  const { describe, it, before } = Mocha;
  describe('code actions', () => {
    before(async () => {
      await activated();
    });

    it('the repeated-word quick fix turns “trao chứng chứng nhận” into “trao chứng nhận”', async () => {
      const editor = await openFixture(SEED_004);
      const doc = editor.document;
      const ds = await waitForRule(doc.uri, 'repeated-word', 1);
      const first = ds.find((d) => d.range.start.line === 20);
      assert.ok(first, `no repeated-word diagnostic on line 21: ${summary(doc.uri)}`);
      const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
        'vscode.executeCodeActionProvider', doc.uri, first.range, vscode.CodeActionKind.QuickFix.value,
      );
      const fix = fixFor(actions ?? [], doc.uri, first);
      assert.ok(fix, `no quick fix editing ${rangeText(first.range)}; actions: ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
      assert.ok(fix.edit);
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'workspace.applyEdit refused the quick fix');
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      const line = doc.lineAt(20).text;
      assert.ok(line.includes('trao chứng nhận cho đại diện học viên'), `line 21 after the fix: ${line}`);
      assert.ok(!line.includes('chứng chứng'), `line 21 after the fix: ${line}`);
      // the fixed place loses its diagnostic; the caption two lines below (no longer a copy of
      // line 21) now gets its own: one answer per mistake, never two
      await waitFor('the repeated word of line 23 to be reported on its own', () => byRule(doc.uri, 'repeated-word').map((d) => rangeText(d.range)).join() === '22:58-22:69', 15000, () => summary(doc.uri));
    });

    it('saving with editor.codeActionsOnSave runs source.fixAll.soattin, with the same result as the CLI fixer', async () => {
      const editor = await openFixture('fixall.txt');
      const doc = editor.document;
      await waitForRule(doc.uri, 'repeated-word', 1);
      await waitFor('the two spacing diagnostics of fixall.txt', () => byRule(doc.uri, 'spacing').length === 2, 15000, () => summary(doc.uri));
      // the reporter types one more sentence, with a typing slip, then saves (Ctrl+S)
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      assert.ok(await editor.edit((e) => e.insert(end, '\nLớp học kết thúc vào vào ngày 10-3.\n')), 'edit refused');
      const before = doc.getText();
      const expected = fixText(before, defaultConfig()).output;
      assert.notEqual(expected, before, 'the fixture should contain fixable problems');
      const saved = await doc.save();
      const onDisk = readFileSync(doc.uri.fsPath, 'utf8');
      if (!saved) {
        // say what happened: fixes arriving after the file was written leave the editor dirty
        const late = await waitFor('the editor text to be fixed', () => doc.getText() === expected, 3000).then(() => true, () => false);
        assert.fail(
          `document.save() returned false (dirty afterwards: ${doc.isDirty}; fixes ${onDisk === expected ? 'on disk' : 'NOT on disk'}; ` +
            `${late ? 'the editor got the fixes after the file was written' : 'the editor does not have the fixes either'})`,
        );
      }
      assert.equal(onDisk, doc.getText(), 'the saved file differs from the editor');
      assert.ok(onDisk.includes('trao giấy chứng nhận'), onDisk);
      assert.ok(onDisk.includes('(khóa 2)'), onDisk);
      assert.ok(onDisk.includes('kết thúc vào ngày 10-3'), onDisk);
      assert.ok(!onDisk.includes('  '), `a double space survived:\n${onDisk}`);
      assert.equal(onDisk, expected, 'fix-all on save and `soattin --fix` disagree');
      await waitForRule(doc.uri, 'repeated-word', 0);
      await waitForRule(doc.uri, 'spacing', 0);
    });
  });
}
