/** The commands and settings a reporter uses from the command palette and the settings UI. */
import Mocha from 'mocha';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED_004 } from './diagnostics.test.js';
import { activated, byRule, fixtureUri, openFixture, summary, waitFor, waitForRule } from './helpers.js';

const COMMANDS = [
  'soattin.insertSkeleton',
  'soattin.fixAll',
  'soattin.recheckWorkspace',
  'soattin.showOutput',
  'soattin.openRuleDocs',
  'soattin.addToDictionary',
  'soattin.disableRuleForFile',
];

export function registerCommands(): void {
  const { describe, it, before } = Mocha;
  describe('commands and settings', () => {
    before(async () => {
      await activated();
    });

    it('registers every command of the contract', async () => {
      const all = new Set(await vscode.commands.getCommands(true));
      const missing = COMMANDS.filter((c) => !all.has(c));
      assert.deepEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
    });

    it('“insert skeleton” inserts a training-news skeleton with snippet placeholders', async () => {
      const editor = await openFixture('skeleton.txt');
      const doc = editor.document;
      assert.equal(doc.getText(), '');
      await vscode.commands.executeCommand('soattin.insertSkeleton');
      await waitFor('the skeleton to be inserted', () => doc.getText().includes('tổ chức'), 10000, () => JSON.stringify(doc.getText()));
      const text = doc.getText();
      assert.ok(!/\$\{?\d/.test(text), `snippet syntax was inserted literally:\n${text}`);
      assert.ok(text.split('\n').length >= 5, `the skeleton is too short:\n${text}`);
      // a snippet selects its first placeholder; Tab (jumpToNextSnippetPlaceholder) moves on
      const first = editor.selection;
      assert.ok(!first.isEmpty, 'no placeholder is selected after inserting the skeleton');
      assert.ok(doc.getText(first).trim().length > 0);
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      await waitFor('the next snippet placeholder to be selected', () => !editor.selection.isEqual(first), 5000);
    });

    it('with no soattin.locale set anywhere, messages and the status item are Vietnamese', async () => {
      const editor = await openFixture(SEED_004);
      const uri = editor.document.uri;
      const inspected = vscode.workspace.getConfiguration('soattin', uri).inspect<string>('locale');
      assert.equal(inspected?.globalValue, undefined, 'the test profile must not set soattin.locale');
      assert.equal(inspected?.workspaceValue, undefined, 'the fixture workspace must not set soattin.locale');
      assert.equal(inspected?.defaultValue, 'auto');
      // (an earlier test fixed one of the two places in this editor)
      const ds = await waitFor('a repeated-word diagnostic', () => (byRule(uri, 'repeated-word').length ? byRule(uri, 'repeated-word') : undefined), 15000, () => summary(uri));
      for (const d of ds) assert.equal(d.message, 'Từ “chứng” bị lặp lại liền nhau.');
      const api = await activated();
      await waitFor('the status item of seed 004', () => /vấn đề/.test(api.status().text) && api.status().text.startsWith('văn bản nhà nước (Nghị định 30)'), 15000, () => api.status().text);
    });

    it('soattin.locale switches the messages between Vietnamese and English', async () => {
      const editor = await openFixture(SEED_004);
      const uri = editor.document.uri;
      await waitFor('a repeated-word diagnostic', () => byRule(uri, 'repeated-word').length > 0, 15000, () => summary(uri));
      const config = vscode.workspace.getConfiguration('soattin', uri);
      try {
        await config.update('locale', 'en', vscode.ConfigurationTarget.Workspace);
        await waitFor('English messages', () => byRule(uri, 'repeated-word').some((d) => d.message === 'The word “chứng” is repeated.'), 15000, () => summary(uri));
      } finally {
        await config.update('locale', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitFor('Vietnamese messages again', () => byRule(uri, 'repeated-word').every((d) => d.message === 'Từ “chứng” bị lặp lại liền nhau.'), 15000, () => summary(uri));
      assert.ok(byRule(fixtureUri(SEED_004), 'repeated-word').length > 0);
    });

    it('soattin.enable = false clears the diagnostics, true brings them back', async () => {
      const editor = await openFixture(SEED_004);
      const uri = editor.document.uri;
      await waitFor('a repeated-word diagnostic', () => byRule(uri, 'repeated-word').length > 0, 15000, () => summary(uri));
      const n = byRule(uri, 'repeated-word').length;
      const config = vscode.workspace.getConfiguration('soattin', uri);
      try {
        await config.update('enable', false, vscode.ConfigurationTarget.Workspace);
        await waitForRule(uri, 'repeated-word', 0);
      } finally {
        await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitForRule(uri, 'repeated-word', n);
    });
  });
}
