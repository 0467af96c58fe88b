// The 'spacing-broken' class: spaces a hurried typist drops or misplaces around marks that
// the drafts of the genre write spaced (issue 13): the space before "(" ("Chính trị (TTCT)" →
// "Chính trị(TTCT)"), the space after an ellipsis ("… Sau đó" → "…Sau đó"), the spaces around
// the dash between a person's name and what follows ("Lê Văn Hà - Trưởng phòng" →
// "Hà-Trưởng phòng"), and the closing mark "./." broken by a space ("./ .", ". /.").

const LETTER = /\p{L}/u;

function* bracketGlued(text, from, to) {
  for (let k = from + 2; k < to - 1; k++) {
    // "Chính trị (TTCT)", "2 ngày (5-6/3)", "năm 2024 (ảnh)": a word or a number, a space, the bracket, a word or a number inside
    if (text[k] !== '(' || text[k - 1] !== ' ' || !/[\p{L}\p{N}]/u.test(text[k - 2]) || !/[\p{L}\p{N}]/u.test(text[k + 1])) continue;
    yield { start: k - 2, end: k + 1, text: `${text[k - 2]}(`, span: [0, 2], key: 'spacing:bracket' };
  }
}

function* ellipsisGlued(text, from, to) {
  for (const m of text.slice(from, to).matchAll(/(…|\.\.\.) (?=\p{L})/gu)) {
    const k = from + (m.index ?? 0);
    // a word or a closing quote before it: the ellipsis ends a list or a quotation, a word follows
    if (!/[\p{L}\p{N}”)]/u.test(text[k - 1] ?? '')) continue;
    yield { start: k, end: k + m[0].length + 1, text: m[1] + text[k + m[0].length], span: [0, m[1].length + 1], key: 'spacing:ellipsis' };
  }
}

function* nameDashGlued(ws, stats) {
  for (let i = 1; i + 1 < ws.length; i++) {
    // a personal name of 2-4 title words opening with a surname, then " - " or " – ", then a capital
    if (!stats.isSurnameShape(ws[i].norm)) continue;
    let j = i;
    while (j + 1 < ws.length && j - i < 3 && ws[j + 1].joined && /^\p{Lu}\p{Ll}+$/u.test(ws[j + 1].norm)) j++;
    if (j === i) continue;
    const next = ws[j + 1];
    if (!next) continue;
    yield { ws: [ws[j], next] };
  }
}

function* endMarkBroken(text, from, to) {
  const at = text.slice(from, to + 3).indexOf('./.');
  if (at < 0) return;
  const k = from + at;
  for (const broken of ['./ .', '. /.']) yield { start: k, end: k + 3, text: broken, span: [0, 4], key: 'spacing:endmark' };
}

export function* spacingBroken({ ws, text, sentence, stats }) {
  const [from, to] = [sentence.start, sentence.end];
  yield* bracketGlued(text, from, to);
  yield* ellipsisGlued(text, from, to);
  for (const { ws: [a, b] } of nameDashGlued(ws, stats)) {
    const gap = text.slice(a.end, b.start);
    const m = /^ ([-–]) $/u.exec(gap);
    if (!m || !LETTER.test(b.text[0])) continue;
    yield { start: a.end - 1, end: b.start + 1, text: `${a.text.at(-1)}${m[1]}${b.text[0]}`, span: [0, 3], key: 'spacing:dash' };
  }
  yield* endMarkBroken(text, from, to);
}
