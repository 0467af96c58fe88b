// Part 1a, the element table: does "missing X" fire on drafts that lack X (recall), and stay
// quiet on drafts that have it (false-alarm share)? Other-genre drafts must get no required-*.
import { ELEMENTS } from './families.mjs';

const blank = () => ({
  elements: Object.fromEntries(ELEMENTS.map((e) => [e, { lacking: 0, firedLacking: 0, having: 0, firedHaving: 0 }])),
  otherGenre: 0,
  otherGenreFired: 0,
});

export function scoreElements(docs) {
  const by = { tune: blank(), check: blank(), all: blank() };
  const listing = [];
  for (const d of docs) {
    const missing = new Set(d.findings.filter((f) => f.messageId === 'missing').map((f) => f.ruleId));
    const targets = [by[d.split], by.all];
    if (d.genre !== 'training') {
      const req = [...new Set(d.findings.filter((f) => f.ruleId.startsWith('required-')).map((f) => f.ruleId))];
      for (const t of targets) {
        t.otherGenre++;
        if (req.length) t.otherGenreFired++;
      }
      if (req.length) listing.push({ split: d.split, text: `${d.file}: other genre got ${req.join(', ')}` });
    }
    for (const [id, e] of Object.entries(d.ann.elements ?? {})) {
      if (!ELEMENTS.includes(id)) continue;
      const fired = missing.has(id);
      for (const t of targets) {
        const s = t.elements[id];
        if (e.present) {
          s.having++;
          if (fired) s.firedHaving++;
        } else {
          s.lacking++;
          if (fired) s.firedLacking++;
        }
      }
      if (e.present && fired) listing.push({ split: d.split, text: `${d.file}: FALSE ${id} (evidence: ${e.evidence})` });
      if (!e.present && !fired) listing.push({ split: d.split, text: `${d.file}: MISSED ${id}` });
    }
  }
  return { ...by, listing };
}
