/** Validate a user config against the schema; errors name the key and what was expected. */
import type AjvClass from 'ajv';
import type { ErrorObject } from 'ajv';
import { configSchema, type RuleList } from './schema.js';
import { coreMessage, type CoreMessageId } from '../messages.js';
import type { LocalizedText, MessageArgs } from '../types.js';
import { didYouMean } from '../did-you-mean.js';

type Validator = ReturnType<AjvClass['compile']>;
/** one compiled schema per rule list (a linter's) */
const compiled = new WeakMap<RuleList, Validator>();

function validator(rules: RuleList): Validator {
  let validate = compiled.get(rules);
  if (!validate) {
    // loaded on first use: ajv alone costs ~40 ms of start-up, and a draft without a config
    // file never needs it
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    validate = ajv.compile(configSchema(rules));
    compiled.set(rules, validate);
  }
  return validate;
}

export interface ConfigProblem {
  key: string;
  /** the same place as a path into the config (for line:column, see locate.ts) */
  path: Array<string | number>;
  /** the key itself is at fault (an unknown key), not its value */
  onKey?: boolean;
  problem: { vi: string; en: string };
}

/** ajv's instancePath ("/rules/spacing/1") as path segments (JSON Pointer escapes undone). */
function segments(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function both(id: CoreMessageId, args: MessageArgs = {}): LocalizedText {
  return { vi: coreMessage(id, args, 'vi'), en: coreMessage(id, args, 'en') };
}

const SEVERITIES = ['off', 'info', 'warning', 'error'];

const quoted = (values: unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

/** What is wrong, in the reader's words; `suggestion` is the closest allowed name or value. */
function describe(e: ErrorObject): LocalizedText {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum': {
      const allowed = p.allowedValues as unknown[];
      const close = typeof e.data === 'string' ? didYouMean(e.data, allowed.filter((v): v is string => typeof v === 'string')) : undefined;
      return withSuggestion(both('config.enum', { values: quoted(allowed) }), close);
    }
    case 'type':
      return both('config.type', { type: String(p.type) });
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const known = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      return withSuggestion(both('config.unknownKey', { key: extra }), didYouMean(extra, known));
    }
    case 'oneOf':
      // a rule's setting: a mistyped severity gets the severity it was meant to be
      return withSuggestion(both('config.severity'), typeof e.data === 'string' ? didYouMean(e.data, SEVERITIES) : undefined);
    case 'required':
      return both('config.required', { key: String(p.missingProperty) });
    case 'minLength':
      return both('config.empty');
    case 'minItems':
      return both('config.minItems', { limit: Number(p.limit) });
    case 'maxItems':
      return both('config.maxItems', { limit: Number(p.limit) });
    case 'minimum':
    case 'maximum':
      return both(e.keyword === 'minimum' ? 'config.minimum' : 'config.maximum', { limit: Number(p.limit) });
    default:
      return both('config.invalidValue');
  }
}

function withSuggestion(problem: LocalizedText, suggestion: string | undefined): LocalizedText {
  if (suggestion === undefined) return problem;
  return {
    vi: coreMessage('config.didYouMean', { problem: problem.vi, suggestion }, 'vi'),
    en: coreMessage('config.didYouMean', { problem: problem.en, suggestion }, 'en'),
  };
}

/** `warn` (ESLint's spelling) is accepted for `warning`, in `rules` and in each override's `rules`. */
export function withSeverityAliases(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const fix = (rules: unknown): unknown => {
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) return rules;
    const out: Record<string, unknown> = {};
    for (const [id, s] of Object.entries(rules)) {
      out[id] = s === 'warn' ? 'warning' : Array.isArray(s) && s[0] === 'warn' ? ['warning', ...s.slice(1)] : s;
    }
    return out;
  };
  const v = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...v };
  if ('rules' in v) out.rules = fix(v.rules);
  if (Array.isArray(v.overrides)) out.overrides = v.overrides.map((o: unknown) => (o && typeof o === 'object' && !Array.isArray(o) && 'rules' in o ? { ...o, rules: fix((o as { rules: unknown }).rules) } : o));
  return out;
}

/** Every problem of a user config (after `withSeverityAliases`), the most precise one per key. */
export function validateConfig(value: unknown, rules: RuleList): ConfigProblem[] {
  // no config file (the common case) validates `{}`: the schema requires no key, and compiling
  // it costs about half a second of a server's or a CLI worker's start
  if (isEmptyObject(value)) return [];
  const validate = validator(rules);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  // oneOf failures also list each branch's error: keep the most useful one per key
  const byKey = new Map<string, ConfigProblem>();
  for (const e of errors) {
    let key = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const at = segments(e.instancePath);
    if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as Record<string, unknown>).additionalProperty);
      key = key ? `${key}.${extra}` : extra;
      at.push(extra);
      if (/^(overrides\.\d+\.)?rules\.[^.]+$/.test(key)) {
        const close = didYouMean(extra, rules.map((r) => r.meta.id));
        byKey.set(key, { key, path: at, onKey: true, problem: withSuggestion(both('config.unknownRule'), close) });
        continue;
      }
    }
    if (!key) key = '(gốc)';
    const existing = byKey.get(key);
    if (existing && e.keyword !== 'oneOf') continue;
    byKey.set(key, { key, path: at, ...(e.keyword === 'additionalProperties' ? { onKey: true } : {}), problem: describe(e) });
  }
  // a problem inside a value says more than "this value is wrong" about the value
  const keys = [...byKey.keys()];
  return [...byKey.values()].filter((p) => !keys.some((k) => k.startsWith(`${p.key}.`)));
}

function isEmptyObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const _ in value) return false;
  return Object.getOwnPropertyNames(value).length === 0;
}
