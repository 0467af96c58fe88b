// What the real drafts themselves say about their words, gathered once from every draft of
// both corpora (dev and unlabelled): which syllables exist, which lower-case word pairs are
// compounds, how often a word is capitalised in mid-sentence, which syllables open personal
// names. Injection sites are chosen from these figures, never from the linter's word lists.
import { isLowerWord, isTitleWord, syllableShape } from './syllables.mjs';

/** words of a sentence with whether each follows the previous one after a single space */
export function chain(text, sentence) {
  // (the fields named: a parsed word's forms are getters, which a spread leaves behind)
  return sentence.words.map((w, i) => ({ start: w.start, end: w.end, text: w.text, norm: w.norm, lower: w.lower, joined: i > 0 && text.slice(sentence.words[i - 1].end, w.start) === ' ' }));
}

export function gatherStats(docs) {
  const vocab = new Set();
  const lowerPairs = new Map();
  const lowerFirsts = new Map(); // lower-case word → how often another lower-case word follows it
  const caps = new Map(); // lower form → [mid-sentence lower, mid-sentence capitalised]
  const nameStarts = new Map(); // syllable → set of syllables following it in 3-4 word capitalised runs
  const seenRepeats = new Set();
  const shapes = { rhymes: new Set(), tonedRhymes: new Set() };
  const add = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const d of docs) {
    for (const s of d.draft.sentences) {
      const ws = chain(d.text, s);
      ws.forEach((w, i) => {
        for (const syl of w.lower.split(/[^\p{L}\p{M}]+/u)) {
          if (!syl || vocab.has(syl)) continue;
          vocab.add(syl);
          const shape = syllableShape(syl);
          if (shape) {
            shapes.rhymes.add(shape.rhyme);
            shapes.tonedRhymes.add(shape.rhyme + shape.tone);
          }
        }
        if (i === 0) return;
        const prev = ws[i - 1];
        if (w.joined && isLowerWord(prev.norm) && isLowerWord(w.norm)) {
          add(lowerPairs, `${prev.norm} ${w.norm}`);
          add(lowerFirsts, prev.norm);
        }
        if (w.joined && prev.lower === w.lower) seenRepeats.add(w.lower);
        if (w.joined && isLowerWord(prev.norm)) {
          const c = caps.get(w.lower) ?? [0, 0];
          if (isLowerWord(w.norm)) c[0]++;
          else if (isTitleWord(w.norm)) c[1]++;
          caps.set(w.lower, c);
        }
      });
      // capitalised runs of 3-4 syllables after a lower-case word: mostly personal names
      for (let i = 1; i < ws.length; i++) {
        if (!ws[i].joined || !isLowerWord(ws[i - 1].norm) || !isTitleWord(ws[i].norm)) continue;
        let j = i;
        while (j + 1 < ws.length && ws[j + 1].joined && isTitleWord(ws[j + 1].norm)) j++;
        const n = j - i + 1;
        if (n >= 3 && n <= 4) {
          const set = nameStarts.get(ws[i].norm) ?? new Set();
          set.add(ws[i + 1].norm);
          nameStarts.set(ws[i].norm, set);
        }
        i = j;
      }
    }
  }
  return { vocab, lowerPairs, lowerFirsts, caps, nameStarts, seenRepeats, shapes };
}

/** the questions the injection classes ask of the figures (a plain object crosses to workers) */
export function statsApi({ vocab, lowerPairs, lowerFirsts, caps, nameStarts, seenRepeats, shapes }) {
  return {
    isWord: (w) => w.toLowerCase().split(/[^\p{L}\p{M}]+/u).every((x) => !x || vocab.has(x)),
    pairCount: (a, b) => lowerPairs.get(`${a} ${b}`) ?? 0,
    /**
     * a compound: seen ≥ 3 times in lower case, and ≥ 15 % of what follows `a` ("xã hội", "dân
     * vận"), not a chance neighbour ("hội đã")
     */
    isCompound: (a, b) => {
      const n = lowerPairs.get(`${a} ${b}`) ?? 0;
      return n >= 3 && n / lowerFirsts.get(a) >= 0.15;
    },
    /** the figures of syllable shapes (rhymes and their tones) the drafts attest */
    shapes,
    /** a word written in lower case in mid-sentence nearly always (≥ 98 % of ≥ 8 uses) */
    alwaysLower: (lower) => {
      const c = caps.get(lower);
      return !!c && c[0] + c[1] >= 8 && c[1] / (c[0] + c[1]) <= 0.02;
    },
    /** a syllable opening capitalised 3-4 syllable runs with at least 4 different second syllables */
    isSurnameShape: (w) => (nameStarts.get(w)?.size ?? 0) >= 4,
    repeatSeen: (lower) => seenRepeats.has(lower),
  };
}
