#!/usr/bin/env node
'use strict';
const path = require('node:path');
const { load, CLI_V8_FLAGS } = require('./code-cache.js');
// the flags are set before the bundle is compiled: a code cache is only accepted under the
// flags it was made with (code-cache.js)
load(path.join(__dirname, '..', 'dist', 'cli.js'), CLI_V8_FLAGS);
