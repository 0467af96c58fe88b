import type { FormatName } from '../args.js';
import type { Formatter } from './types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { junit } from './junit.js';
import { html } from './html.js';
import { gitlab } from './gitlab.js';
import { stats } from './stats.js';

export type { Formatter, FormatContext } from './types.js';

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, gitlab, junit, html, stats };
