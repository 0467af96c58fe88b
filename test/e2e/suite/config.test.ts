/**
 * A broken .soattinrc.json must not break the editor: it becomes one `config` diagnostic on the
 * drafts it governs and turns the status to warning (DESIGN.md: handlers never throw).
 * Runs last among the stateful tests: the status stays in warning afterwards.
 */
import Mocha from 'mocha';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, openFixture, ours, ruleOf, summary, waitFor } from './helpers.js';

export function registerConfig(): void {
  const { describe, it } = Mocha;
  describe('configuration', () => {
    it('a broken .soattinrc.json gives a `config` diagnostic and a warning status', async () => {
      const api = await activated();
      const editor = await openFixture('broken-config/draft.txt');
      const uri = editor.document.uri;
      const d = await waitFor('a `config` diagnostic on broken-config/draft.txt', () => ours(uri).find((x) => ruleOf(x) === 'config'), 15000, () => summary(uri));
      assert.ok(d.message.includes('.soattinrc.json'), `the message should name the file: ${d.message}`);
      await waitFor('the status to turn to warning', () => api.status().severity === 'warning', 10000, () => JSON.stringify(api.status()));
    });
  });
}
