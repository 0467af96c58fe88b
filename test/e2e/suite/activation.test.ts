/** The extension is there, activates, and hands its test API over. */
import Mocha from 'mocha';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activated } from './helpers.js';

export function registerActivation(): void {
  const { describe, it } = Mocha;
  describe('activation', () => {
    it(`${EXTENSION_ID} is installed in the workbench`, () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `extension ${EXTENSION_ID} not found; installed: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
      assert.equal(ext.packageJSON.main, './dist/client.js');
    });

    it('activates and its language server becomes ready', async () => {
      const api = await activated();
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension is not active');
      const s = api.status();
      assert.equal(typeof s.text, 'string');
      assert.ok(['ok', 'warning', 'error'].includes(s.severity), `status severity is ${s.severity}`);
      assert.equal(typeof s.findings, 'number');
    });
  });
}
