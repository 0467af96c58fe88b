#!/usr/bin/env node
'use strict';
const path = require('node:path');
// The V8 flags of the CLI (server/src/cli/main.ts says why; it sets them too, for a run of
// dist/cli.js without this file): set here before the bundle is compiled, because a code cache
// is only accepted under the flags it was made with (code-cache.js).
const CLI_V8_FLAGS = ['--max-opt=2', '--no-regexp-tier-up', '--heap-growing-percent=30'];
require('./code-cache.js').load(path.join(__dirname, '..', 'dist', 'cli.js'), CLI_V8_FLAGS);
