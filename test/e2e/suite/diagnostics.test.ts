/**
 * Diagnostics on the two seed drafts, with the ranges and Vietnamese messages a reporter sees,
 * the hover that explains them, and diagnostics following edits and closing files.
 */
import Mocha from 'mocha';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { repeatedWord } from '../../../server/src/rules/repeated-word.js';
import { SOURCE, activated, byRule, fixtureUri, hoverText, openFixture, ours, rangeText, ruleOf, summary, waitFor, waitForRule } from './helpers.js';

export const SEED_004 = 'seeds/004_6ff4995a71d100fd.txt';
export const SEED_000 = 'seeds/000_0aae31176f9fe9d1.txt';

function targetOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? d.code.target.toString(true) : undefined;
}

export function registerDiagnostics(): void {
  const { describe, it, before } = Mocha;
  describe('diagnostics', () => {
    before(async () => {
      await activated();
    });

    it('seed 004: “trao chứng chứng nhận” is one repeated-word warning; its duplicated caption carries one finding', async () => {
      const editor = await openFixture(SEED_004);
      const uri = editor.document.uri;
      const ds = await waitForRule(uri, 'repeated-word', 1);
      // line 21 of the file (1-based), column 59: "chứng chứng"; line 23 repeats line 21 and is
      // deleted by its own fix, so only the duplicate finding is there (one answer per mistake)
      assert.deepEqual(ds.map((d) => rangeText(d.range)), ['20:58-20:69']);
      assert.deepEqual(ours(uri).filter((d) => d.range.start.line === 22).map((d) => ruleOf(d)), ['duplicate-sentence']);
      for (const d of ds) {
        assert.equal(editor.document.getText(d.range), 'chứng chứng');
        assert.equal(d.message, 'Từ “chứng” bị lặp lại liền nhau.');
        assert.equal(d.source, SOURCE);
        assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
        assert.equal(typeof d.code, 'object', 'code should be { value, target } so the Problems panel links the rule doc');
        // the doc shipped inside the extension, opened in VS Code (no website: newsrooms may be offline)
        assert.equal(targetOf(d), 'command:soattin.openRuleDocs?["repeated-word"]');
      }
    });

    it('seed 000: “( Đài An Lão)” and a double space are spacing warnings', async () => {
      const editor = await openFixture(SEED_000);
      const uri = editor.document.uri;
      const open = await waitFor('the “( ” spacing diagnostic', () => byRule(uri, 'spacing').find((d) => d.range.start.line === 4 && d.range.start.character === 0), 15000, () => summary(uri));
      assert.equal(rangeText(open.range), '4:0-4:2');
      assert.equal(open.message, 'Thừa dấu cách sau “(”.');
      assert.equal(targetOf(open), 'command:soattin.openRuleDocs?["spacing"]');
      const double = byRule(uri, 'spacing').find((d) => d.range.start.line === 4 && d.range.start.character === 45);
      assert.ok(double, `no diagnostic for the double space at 5:46; got ${summary(uri)}`);
      assert.equal(rangeText(double.range), '4:45-4:47');
      assert.equal(double.message, 'Có 2 dấu cách liền nhau; chỉ cần một.');
      // the seed has a space then a no-break space there (web debris): both count
      assert.equal(editor.document.getText(double.range), ' \u00a0');
    });

    it('hover on a diagnostic adds the rule’s explanation, the correct form and a link to its doc (not the message again)', async () => {
      const editor = await openFixture(SEED_004);
      const uri = editor.document.uri;
      await waitForRule(uri, 'repeated-word', 1);
      const hovers = await waitFor('a hover over “chứng chứng”', async () => {
        const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(20, 61));
        return hs && hs.length > 0 && hoverText(hs).includes('chứng') ? hs : undefined;
      });
      const text = hoverText(hovers);
      // VS Code's own hover prints the diagnostic message: the provider must not repeat it
      assert.ok(!text.includes('Từ “chứng” bị lặp lại liền nhau.'), `hover repeats the message:\n${text}`);
      const why = repeatedWord.meta.rationale?.vi;
      assert.ok(why, 'repeated-word has no rationale.vi');
      assert.ok(text.includes(why), `hover lacks the rule's explanation (rationale.vi):\n${text}`);
      assert.ok(text.includes('Cách viết đúng: `chứng`'), `hover lacks the correct form:\n${text}`);
      assert.match(text, /\[Tài liệu: từ lặp liền nhau\]\(command:soattin\.openRuleDocs\?[^)]*repeated-word[^)]*\)/, `hover lacks a link to the rule doc:\n${text}`);
    });

    it('diagnostics follow typing: a double space typed appears, deleting it clears it', async () => {
      const editor = await openFixture('typing.txt');
      const uri = editor.document.uri;
      // the draft is clean: once the server has checked it, it has no spacing finding
      const at = new vscode.Position(2, 11); // after "Chiều 14-4,"
      assert.equal(editor.document.getText(new vscode.Range(at.translate(0, -1), at)), ',');
      assert.ok(await editor.edit((e) => e.insert(at, ' ')), 'edit refused');
      const [d] = await waitForRule(uri, 'spacing', 1);
      assert.equal(rangeText(d.range), '2:11-2:13');
      assert.equal(d.message, 'Có 2 dấu cách liền nhau; chỉ cần một.');
      assert.ok(await editor.edit((e) => e.delete(new vscode.Range(at, at.translate(0, 1)))), 'edit refused');
      await waitForRule(uri, 'spacing', 0);
    });

    it('closing a draft clears its diagnostics', async () => {
      const uri = fixtureUri('close.txt');
      // opened by the workbench (not held by this extension host), as a user opens a file
      await vscode.commands.executeCommand('vscode.open', uri);
      await waitForRule(uri, 'spacing', 1);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await waitFor('diagnostics of close.txt to be cleared', () => ours(uri).length === 0, 20000, () => summary(uri));
    });

    it('every diagnostic carries the rule id as its code', async () => {
      const uri = fixtureUri(SEED_004);
      const all = ours(uri);
      assert.ok(all.length > 0);
      for (const d of all) assert.match(ruleOf(d) ?? '', /^[a-z]+(-[a-z]+)*$/, `bad code on ${d.message}`);
    });
  });
}
