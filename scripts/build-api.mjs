// The `soattin` package's programmatic entry points, after dist/api.js is bundled:
// ESM wrappers around the one CommonJS bundle (so `import` and `require` share one engine),
// the CommonJS `soattin/retext` entry, and the declarations, emitted by TypeScript from the
// annotated sources of server/src/api (isolated declarations: what the functions are declared
// to take and return is what the compiler checked them against).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const SOURCES = 'server/src/api';
/** source file → declaration file names (CommonJS view, ESM view) */
const DECLARATIONS = { 'types.ts': ['types.d.ts'], 'index.ts': ['index.d.ts', 'index.d.mts'], 'retext.ts': ['retext.d.ts', 'retext.d.mts'] };

export function writeDeclarations(outDir = 'dist/types') {
  const ts = require('typescript');
  mkdirSync(outDir, { recursive: true });
  for (const [source, outputs] of Object.entries(DECLARATIONS)) {
    const fileName = join(SOURCES, source);
    const r = ts.transpileDeclaration(readFileSync(fileName, 'utf8'), {
      fileName,
      reportDiagnostics: true,
      compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, isolatedDeclarations: true },
    });
    if (r.diagnostics?.length) {
      const text = r.diagnostics.map((d) => `${fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`).join('\n');
      throw new Error(`declarations of the public API:\n${text}`);
    }
    // the declarations may only refer to each other: nothing of the engine is public
    for (const { fileName: spec } of ts.preProcessFile(r.outputText).importedFiles) {
      if (!Object.keys(DECLARATIONS).includes(spec.replace(/^\.\//, '').replace(/\.js$/, '.ts'))) {
        throw new Error(`${fileName}: its declarations import ${spec}; public types belong in ${SOURCES}/types.ts`);
      }
    }
    for (const out of outputs) writeFileSync(join(outDir, out), r.outputText.replace(/\n\/\/# sourceMappingURL=.*$/m, ''));
  }
}

export function writeEntries(dist = 'dist') {
  const api = require(join(process.cwd(), dist, 'api.js'));
  const names = Object.keys(api).filter((n) => n !== 'default' && n !== '__esModule').sort();
  writeFileSync(join(dist, 'api.mjs'), `import api from './api.js';\n\nexport const { ${names.join(', ')} } = api;\n`);
  writeFileSync(
    join(dist, 'retext.js'),
    `'use strict';\nconst { retextSoattin } = require('./api.js');\n\nObject.defineProperty(exports, '__esModule', { value: true });\nexports.default = retextSoattin;\nexports.retextSoattin = retextSoattin;\n`,
  );
  writeFileSync(join(dist, 'retext.mjs'), `import api from './api.js';\n\nexport const retextSoattin = api.retextSoattin;\nexport default retextSoattin;\n`);
}
