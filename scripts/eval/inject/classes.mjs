// The injected mistakes, one class each. A class lists candidate sites in one sentence of a
// correct stretch (words with `joined`: a single space before them); a site says which range
// of the original to replace, with what, and where the mistake lies in the replacement.
// Sites come from the shape of the text: capitalised runs, syllable shapes, sentence
// positions, and the corpus figures of stats.mjs.
import { debrisInserted } from './debris.mjs';
import { spacingBroken } from './spacing.mjs';
import { letters, spell, isLowerWord, isTitleWord, titleCase, flipTonePlacement, keyboardNeighbours, couldBeSyllable, TONES, VOWELS } from './syllables.mjs';

const site = (w0, w1, text, key) => ({ start: w0.start, end: w1.end, text, span: [0, text.length], key });
/** word i sits in mid-sentence: a lower-case word before it, a single space between */
const afterLower = (ws, i) => i > 0 && ws[i].joined && isLowerWord(ws[i - 1].norm);

function* orgFieldLower({ ws, stats }) {
  for (let i = 1; i + 2 < ws.length; i++) {
    const [w0, w1, w2] = [ws[i], ws[i + 1], ws[i + 2]];
    if (!afterLower(ws, i) || !w1.joined || !w2.joined) continue;
    if (!isTitleWord(w0.norm) || !isTitleWord(w1.norm) || !isLowerWord(w2.norm)) continue;
    // "Dân vận", "Giáo dục": the field is a compound the drafts also write in lower case
    if (!stats.isCompound(w1.lower, w2.norm)) continue;
    yield site(w1, w1, w1.text.toLowerCase(), w0.lower + ' ' + w1.lower);
  }
}

function* nameTitleCased({ ws, stats, text }) {
  for (let i = 1; i + 1 < ws.length; i++) {
    if (!afterLower(ws, i) || !isTitleWord(ws[i].norm)) continue;
    let j = i;
    let lower = 0;
    while (j + 1 < ws.length && j - i < 5 && ws[j + 1].joined) {
      const next = ws[j + 1];
      if (isTitleWord(next.norm)) j++;
      else if (isLowerWord(next.norm) && stats.isCompound(ws[j].lower, next.norm)) {
        j++;
        lower++;
      } else break;
    }
    if (!lower) continue;
    const name = ws.slice(i, j + 1);
    const out = name.map((w, k) => (k ? text.slice(name[k - 1].end, w.start) : '') + (isLowerWord(w.norm) ? titleCase(w.text) : w.text)).join('');
    yield site(ws[i], ws[j], out, ws[i].lower + ' ' + ws[i + 1].lower);
    i = j;
  }
}

function* commonNounCapitalised({ ws, stats }) {
  for (let i = 1; i + 1 < ws.length; i++) {
    const w = ws[i];
    if (!afterLower(ws, i) || !ws[i + 1].joined || !isLowerWord(ws[i + 1].norm) || !isLowerWord(w.norm) || w.norm.length < 2) continue;
    // the first syllable of a compound ("các Hoạt động"), a word the drafts never capitalise there
    if (!stats.alwaysLower(w.lower) || !stats.isCompound(w.norm, ws[i + 1].norm) || stats.isCompound(ws[i - 1].norm, w.norm)) continue;
    yield site(w, w, titleCase(w.text), w.lower);
  }
}

function* surnameLower({ ws, stats }) {
  for (let i = 1; i < ws.length; i++) {
    if (!afterLower(ws, i) || !isTitleWord(ws[i].norm)) continue;
    let j = i;
    while (j + 1 < ws.length && ws[j + 1].joined && isTitleWord(ws[j + 1].norm)) j++;
    const n = j - i + 1;
    if (n >= 3 && n <= 4 && stats.isSurnameShape(ws[i].norm)) {
      const w = ws[i];
      const s = site(w, ws[j], w.text.toLowerCase() + ws.slice(i + 1, j + 1).map((x) => ' ' + x.text).join(''), ws.slice(i, j + 1).map((x) => x.lower).join(' '));
      yield s;
    }
    i = j;
  }
}

function* toneFlipped({ ws, toneVotes }) {
  for (const w of ws) {
    const f = flipTonePlacement(w.text);
    // flip only where the draft keeps at least two other syllables of the same style, so the
    // flipped one is a minority (a draft may use either style throughout)
    if (f && toneVotes[f.style] >= 3) yield site(w, w, f.text, 'tone');
  }
}

/** a lower-case mid-sentence word, as letters, for the typing mistakes */
function* typable(ws) {
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    if (!w.joined || !isLowerWord(w.norm)) continue;
    const ls = letters(w.text);
    if (ls && ls.length >= 2) yield { w, ls };
  }
}

/** a typo result that no draft writes and that cannot be a syllable at all */
const nonWord = (stats, w, out) => (out && out !== w.text && !stats.isWord(out) && !couldBeSyllable(out, stats.shapes) ? site(w, w, out, w.lower) : null);

function* letterDropped({ ws, stats, rng }) {
  for (const { w, ls } of typable(ws)) {
    const k = rng.int(ls.length);
    const s = nonWord(stats, w, spell(ls.filter((_, i) => i !== k)));
    if (s) yield s;
  }
}

function* letterDoubled({ ws, stats, rng }) {
  for (const { w, ls } of typable(ws)) {
    const k = rng.int(ls.length);
    const s = nonWord(stats, w, spell([...ls.slice(0, k + 1), { ...ls[k], tone: '' }, ...ls.slice(k + 1)]));
    if (s) yield s;
  }
}

function* keyboardNeighbour({ ws, stats, rng }) {
  for (const { w, ls } of typable(ws)) {
    const plain = ls.map((l, i) => i).filter((i) => !ls[i].shapes && !ls[i].tone && keyboardNeighbours(ls[i].base).length);
    if (!plain.length) continue;
    const k = rng.pick(plain);
    const out = ls.map((l, i) => (i === k ? { ...l, base: rng.pick(keyboardNeighbours(l.base)) } : l));
    const s = nonWord(stats, w, spell(out));
    if (s) yield s;
  }
}

function* toneSwapped({ ws, stats, rng }) {
  for (const { w, ls } of typable(ws)) {
    const k = ls.findIndex((l) => l.tone);
    if (k < 0) continue;
    const tone = rng.pick(TONES.filter((t) => t !== ls[k].tone));
    const s = nonWord(stats, w, spell(ls.map((l, i) => (i === k ? { ...l, tone } : l))));
    if (s) yield s;
  }
}

function* toneMoved({ ws, stats, rng }) {
  for (const { w, ls } of typable(ws)) {
    const k = ls.findIndex((l) => l.tone);
    const others = ls.map((l, i) => i).filter((i) => i !== k && VOWELS.has(ls[i].base));
    if (k < 0 || !others.length) continue;
    const to = rng.pick(others);
    const out = spell(ls.map((l, i) => (i === k ? { ...l, tone: '' } : i === to ? { ...l, tone: ls[k].tone } : l)));
    // the other oa / oe / uy placement is a style, not a typo: tone-flipped covers it
    if (flipTonePlacement(w.text)?.text === out) continue;
    // the same letters and tone on the wrong vowel: wrong by construction unless a draft writes it
    if (out !== w.text && !stats.isWord(out)) yield site(w, w, out, w.lower);
  }
}

function* wordsGlued({ ws }) {
  for (let i = 1; i + 1 < ws.length; i++) {
    const [a, b] = [ws[i], ws[i + 1]];
    if (a.joined && b.joined && isLowerWord(a.norm) && isLowerWord(b.norm)) yield site(a, b, a.text + b.text, a.lower + b.lower);
  }
}

function* spaceDoubled({ ws }) {
  for (let i = 1; i + 1 < ws.length; i++) {
    const [a, b] = [ws[i], ws[i + 1]];
    if (a.joined && b.joined) yield site(a, b, `${a.text}  ${b.text}`, a.lower + b.lower);
  }
}

function* wordRepeated({ ws, stats }) {
  for (let i = 1; i + 1 < ws.length; i++) {
    const w = ws[i];
    // a word the drafts never write twice in a row (Vietnamese doubles some on purpose)
    if (w.joined && ws[i + 1].joined && isLowerWord(w.norm) && !stats.repeatSeen(w.lower)) yield site(w, w, `${w.text} ${w.text}`, w.lower);
  }
}

const DATE = /(?<![\p{L}\d/.-])(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}))?(?![\p{L}\d]|[/.-]\d)/gu;
/** "số 33-NQ/TW ngày 9/6/2014": a document number's date keeps the document's own form */
const CITATION = /\d+[-/]\p{Lu}[\p{Lu}\d/-]*\s+(?:ngày\s+)?$/u;

export function datesIn(text, from, to) {
  const out = [];
  for (const m of text.slice(from, to).matchAll(DATE)) {
    const [day, month] = [Number(m[1]), Number(m[3])];
    if (day < 1 || day > 31 || month < 1 || month > 12 || /^0/.test(m[1]) || /^0/.test(m[3])) continue;
    const start = from + m.index;
    if (CITATION.test(text.slice(Math.max(0, start - 30), start))) continue;
    out.push({ start, end: start + m[0].length, day: m[1], sep: m[2], month: m[3], year: m[4] });
  }
  return out;
}

function* dateRestyled({ sentence, text, dateSeps, rng }) {
  for (const d of datesIn(text, sentence.start, sentence.end)) {
    const join = (day, sep, month) => day + sep + month + (d.year ? sep + d.year : '');
    const options = [join(d.day, '.', d.month)];
    if (d.day.length === 1 || d.month.length === 1) options.push(join(d.day.padStart(2, '0'), d.sep, d.month.padStart(2, '0')));
    // the other separator is a mistake only against the draft's own style (≥ 2 other dates)
    if (dateSeps[d.sep] >= 3) options.push(join(d.day, d.sep === '/' ? '-' : '/', d.month));
    const text2 = rng.pick(options);
    yield { start: d.start, end: d.end, text: text2, span: [0, text2.length], key: 'date' };
  }
}

/**
 * id, what the report calls it, the rule families whose finding on the span is a catch, and
 * how many sites one copy of a draft may take (each on a different word or name; one tone
 * flip and one date only, since those are judged against the draft's own majority style);
 * `ownDraw`: drawn after the others with a generator of its own (injected.mjs pickSites)
 */
export const CLASSES = [
  { id: 'org-field-lower', perCopy: 3, label: 'organisation field word lower-cased', families: ['capitalisation'], sites: orgFieldLower },
  { id: 'name-title-cased', perCopy: 3, label: 'whole name Title-Cased', families: ['capitalisation'], sites: nameTitleCased },
  { id: 'common-noun-capitalised', perCopy: 3, label: 'common noun capitalised mid-sentence', families: ['capitalisation'], sites: commonNounCapitalised },
  { id: 'surname-lower', perCopy: 3, label: 'surname lower-cased', families: ['capitalisation'], sites: surnameLower },
  { id: 'tone-flipped', label: 'tone placement flipped (hòa↔hoà)', families: ['spelling'], sites: toneFlipped },
  { id: 'letter-dropped', perCopy: 2, label: 'letter dropped', families: ['spelling'], sites: letterDropped },
  { id: 'letter-doubled', perCopy: 2, label: 'letter doubled', families: ['spelling'], sites: letterDoubled },
  { id: 'keyboard-neighbour', perCopy: 2, label: 'letter swapped for a keyboard neighbour', families: ['spelling'], sites: keyboardNeighbour },
  { id: 'tone-moved', perCopy: 2, label: 'tone mark moved to another vowel', families: ['spelling'], sites: toneMoved },
  { id: 'tone-swapped', perCopy: 2, label: 'tone mark swapped', families: ['spelling'], sites: toneSwapped },
  { id: 'words-glued', perCopy: 2, label: 'two words glued', families: ['spacing', 'spelling'], sites: wordsGlued },
  { id: 'space-doubled', perCopy: 2, label: 'space doubled', families: ['spacing'], sites: spaceDoubled },
  { id: 'word-repeated', perCopy: 2, label: 'word repeated', families: ['repetition'], sites: wordRepeated },
  { id: 'date-restyled', label: 'date restyled (12.9, 12/09, other separator)', families: ['date'], sites: dateRestyled },
  { id: 'spacing-broken', perCopy: 2, ownDraw: true, label: 'space dropped before “(”, after “…”, around a name’s dash; “./.” broken', families: ['spacing'], sites: spacingBroken },
  { id: 'debris-inserted', perCopy: 2, ownDraw: true, label: 'web debris inserted (entity, photo label, counter, placeholder, file name, link)', families: ['web debris'], sites: debrisInserted },
];

export const REMOVALS = [
  { id: 'byline-removed', label: 'byline removed', element: 'required-byline' },
  { id: 'dateline-removed', label: 'dateline sentence removed', element: 'required-dateline' },
  { id: 'organiser-removed', label: 'organiser sentence removed', element: 'required-organiser' },
  { id: 'participants-removed', label: 'participant-count sentence removed', element: 'required-participant-count' },
];
