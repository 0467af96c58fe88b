/**
 * JSON Schema of `.soattinrc.json`. The build writes it to `schemas/soattinrc.schema.json`
 * for VS Code (`contributes.jsonValidation`); the CLI and server validate with the same object.
 */
import type { RuleMeta } from '../types.js';

/** What the config needs to know of the rules a linter runs: their ids, descriptions and option schemas. */
export type RuleList = readonly { meta: RuleMeta }[];

// `warn` is ESLint's spelling of `warning`, accepted as such (validate.ts, withSeverityAliases)
const severity = { enum: ['off', 'info', 'warning', 'error', 'warn'] };

export function configSchema(rules: RuleList): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const r of rules) {
    // a rule without options takes none: a key given to it is a mistake to report, not to ignore
    const options = r.meta.optionsSchema ?? { type: 'object', additionalProperties: false, properties: {} };
    ruleProps[r.meta.id] = {
      description: `${r.meta.description.vi} — ${r.meta.description.en}`,
      oneOf: [
        severity,
        { type: 'array', items: [severity], minItems: 1, maxItems: 1 },
        { type: 'array', items: [severity, options], minItems: 2, maxItems: 2 },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://soattin.dev/schemas/soattinrc.schema.json',
    title: 'Soát Tin configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: {
        type: 'boolean',
        description: 'true: không ghép các tệp cấu hình ở thư mục cha vào tệp này. — true: the configs of the folders above are not merged under this one.',
      },
      extends: {
        type: 'string',
        minLength: 1,
        description: 'Tệp cấu hình (đường dẫn tương đối với tệp này, hoặc tên gói npm) được đọc trước; tệp này ghi đè lên nó. — A config file (a path relative to this one, or an npm package) read first; this one is merged over it.',
      },
      profile: {
        enum: ['gov', 'party', 'press-lower'],
        description: 'Quy ước trình bày: gov (Nghị định 30, mặc định), party (văn bản Đảng), press-lower ("Trưởng ban Dân vận").',
      },
      toneStyle: { enum: ['auto', 'old', 'new'], description: 'Kiểu bỏ dấu: auto (theo đa số trong bài), old (hòa, ủy), new (hoà, uỷ).' },
      dateStyle: { enum: ['auto', 'hyphen', 'slash'], description: 'Kiểu viết ngày: auto, hyphen (12-9), slash (12/9).' },
      endMark: { enum: ['any', 'required', 'forbidden'], description: 'Dấu kết thúc "./.": any, required, forbidden.' },
      genre: { enum: ['auto', 'training', 'none'], description: 'Thể loại: auto (tự nhận tin tập huấn), training, none.' },
      rules: { type: 'object', additionalProperties: false, properties: ruleProps, description: 'Mức độ (và tùy chọn) của từng quy tắc.' },
      words: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Từ riêng của dự án, không bị coi là lỗi chính tả.' },
      dictionaries: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Tệp danh sách từ (mỗi dòng một từ), đường dẫn tương đối với tệp cấu hình.' },
      lexicons: {
        type: 'object',
        additionalProperties: false,
        properties: {
          titles: { type: 'array', items: { type: 'string' } },
          organisations: { type: 'array', items: { type: 'string' } },
        },
        description: 'Tệp từ điển chức danh / tên cơ quan bổ sung (JSON).',
      },
      ignore: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Mẫu glob các tệp bỏ qua.' },
      author: { type: 'string', description: 'Tên tác giả mặc định cho dòng ký tên.' },
      maxFindings: { type: 'integer', minimum: 1, maximum: 900, description: 'Số vấn đề tối đa mỗi tệp.' },
      overrides: {
        type: 'array',
        description: 'Thiết lập riêng cho một số tệp (glob tương đối với tệp cấu hình): tắt quy tắc, bỏ qua từng lỗi. — Settings for some files only.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Mẫu glob các tệp áp dụng, ví dụ "tin/2024/*.txt".' },
            rules: { type: 'object', additionalProperties: false, properties: ruleProps, description: 'Mức độ của từng quy tắc cho các tệp này.' },
            ignore: {
              type: 'array',
              description: 'Các lỗi được bỏ qua: cùng quy tắc và cùng đoạn văn bản gốc.',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['rule', 'text'],
                properties: { rule: { type: 'string', minLength: 1 }, text: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}
