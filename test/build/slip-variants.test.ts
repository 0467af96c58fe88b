/**
 * Every valid syllable's slip variants, searched by the build and shipped beside the dictionary
 * they derive from (dist/dictionary-vi/slip-variants.txt, core/spell/slips.ts slipVariantsText),
 * read back as the search finds them; a table made from another dictionary is not read.
 * dist/ is the build's (npm test builds first).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syllableList } from '../../server/src/core/spell/dictionary.js';
import { computeSlipVariants, readSlipTable, SLIP_VARIANTS_FILE, slipVariants, slipVariantsText, variantsOfLine } from '../../server/src/core/spell/slips.js';

const root = path.resolve(__dirname, '../..');

describe('the slip variants table', () => {
  it('is what the search finds for every syllable, and what the build shipped', { timeout: 300_000 }, () => {
    const text = slipVariantsText();
    expect(fs.readFileSync(path.join(root, 'dist/dictionary-vi', SLIP_VARIANTS_FILE), 'latin1')).toBe(text);
    const table = readSlipTable(text);
    expect(table).toBeDefined();
    for (const key of syllableList()) expect(variantsOfLine(table!, key), key).toEqual(computeSlipVariants(key));
    // one slip away: a tone, a letter struck by its neighbour, a letter and a mark both changed
    const huyen = variantsOfLine(table!, 'huyện')!;
    expect(huyen).toContainEqual({ key: 'huyền', double: false, struck: false });
    expect(variantsOfLine(table!, 'phần')).toContainEqual({ key: 'phầm', double: false, struck: true });
    expect(variantsOfLine(table!, 'hoặc')).toContainEqual({ key: 'hoạch', double: true, struck: false });
    // no line for a token that is no syllable: it is searched
    expect(variantsOfLine(table!, 'trog')).toBeUndefined();
    expect(slipVariants('trog')).toEqual(computeSlipVariants('trog'));
  });

  it('made from another dictionary (another stamp), is not read', () => {
    const text = 'slip-variants 1 1\n"#!\n';
    expect(readSlipTable(text)).toBeUndefined();
  });
});
