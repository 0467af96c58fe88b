/** Validate a user config against the schema; errors name the key and what was expected. */
import type AjvClass from 'ajv';
import type { ErrorObject } from 'ajv';
import { configSchema, type RuleList } from './schema.js';
import { coreMessage } from '../messages.js';

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
    const ajv = new Ajv({ allErrors: true, strict: false });
    validate = ajv.compile(configSchema(rules));
    compiled.set(rules, validate);
  }
  return validate;
}

export interface ConfigProblem {
  key: string;
  problem: { vi: string; en: string };
}

function describe(e: ErrorObject): ConfigProblem['problem'] {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum':
      return { vi: `phải là một trong: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, en: `must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'type':
      return { vi: `phải có kiểu ${String(p.type)}`, en: `must be of type ${String(p.type)}` };
    case 'additionalProperties':
      return { vi: `không được hỗ trợ (khóa lạ “${String(p.additionalProperty)}”)`, en: `is not supported (unknown key “${String(p.additionalProperty)}”)` };
    case 'oneOf':
      return { vi: 'phải là "off" | "info" | "warning" | "error" hoặc [mức, {tùy chọn}]', en: 'must be "off" | "info" | "warning" | "error" or [severity, {options}]' };
    default:
      return { vi: e.message ?? 'không hợp lệ', en: e.message ?? 'is invalid' };
  }
}

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
    if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as Record<string, unknown>).additionalProperty);
      key = key ? `${key}.${extra}` : extra;
      if (/^(overrides\.\d+\.)?rules\./.test(key)) {
        byKey.set(key, { key, problem: { vi: coreMessage('config.unknownRule', {}, 'vi'), en: coreMessage('config.unknownRule', {}, 'en') } });
        continue;
      }
    }
    if (!key) key = '(gốc)';
    const existing = byKey.get(key);
    if (existing && e.keyword !== 'oneOf') continue;
    byKey.set(key, { key, problem: describe(e) });
  }
  return [...byKey.values()];
}

function isEmptyObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const _ in value) return false;
  return Object.getOwnPropertyNames(value).length === 0;
}
