// The 'debris-inserted' class: what a copy from a news page brings into a draft, made here
// from templates with random numbers, names, file stems and titles (written for the bench,
// never copied from a corpus), and where it lands in the line: glued into the text as an
// HTML entity, between two words, before a sentence, before a sentence's full stop, after the
// last sentence of a line, or on a line of its own between two paragraphs.

const GIVEN = ['Hà', 'Lan', 'Minh', 'Tuấn', 'Hương', 'Nam', 'Bình', 'Hải', 'Thảo', 'Trang', 'Long', 'Khánh', 'Phương', 'Dũng', 'Quân', 'Nga', 'Thu', 'Hoa', 'Sơn', 'Việt', 'Linh', 'Huy', 'Yến', 'Đức', 'Anh', 'Ngọc'];
const CMS_FIELDS = ['title', 'caption', 'image_alt', 'alt', 'img_title', 'description', 'author', 'photo_caption', 'image_caption', 'summary', 'content', 'thumb', 'post_title'];

/** "huyện Tân Phú" → "huyen-tan-phu": a file stem or a web address made of a draft's words */
const unaccent = (w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const number = (rng) => {
  const n = rng.int(3) === 0 ? 1000 + rng.int(20000) : 1 + rng.int(999);
  if (n < 1000) return String(n);
  const s = String(n);
  return rng.pick([s, s.slice(0, -3) + '.' + s.slice(-3), s.slice(0, -3) + ',' + s.slice(-3)]);
};
const small = (rng) => String(rng.int(30));
const label = (rng) => String(1 + rng.int(9));
const two = (n) => String(n).padStart(2, '0');

function credit(rng) {
  const g = () => rng.pick(GIVEN);
  switch (rng.int(4)) {
    case 0:
      return `${g()} ${g()}`;
    case 1:
      return `${unaccent(g())[0]}.${unaccent(g())[0]}.`;
    case 2:
      return `${unaccent(g())[0]}.${g()}`;
    default:
      return rng.pick(['CTV', 'PV', 'TL', 'BTC']);
  }
}

/** a few words of the sentence as a slug: "tap-huan-dan-van" */
function slug(rng, ws) {
  const plain = ws.filter((w) => /^\p{L}+$/u.test(w.text)).map((w) => unaccent(w.lower));
  if (plain.length < 2) return 'anh-hoat-dong';
  const n = 2 + rng.int(Math.min(3, plain.length - 1));
  const at = rng.int(plain.length - n + 1);
  return plain.slice(at, at + n).join(rng.pick(['-', '-', '_']));
}

function imageFile(rng, ws) {
  const y = 2019 + rng.int(7);
  const [mo, d, h, mi, s] = [1 + rng.int(12), 1 + rng.int(28), rng.int(24), rng.int(60), rng.int(60)];
  const ext = rng.pick(['jpg', 'jpg', 'JPG', 'jpeg', 'png', 'webp']);
  switch (rng.int(6)) {
    case 0:
      return `IMG_${y}${two(mo)}${two(d)}_${two(h)}${two(mi)}${two(s)}.${ext}`;
    case 1:
      return `DSC_${String(rng.int(10000)).padStart(4, '0')}.${ext}`;
    case 2:
      return `${slug(rng, ws)}-${label(rng)}.${ext}`;
    case 3:
      return `anh-${slug(rng, ws)}.${ext}`;
    case 4:
      return `z${String(4e12 + rng.int(1e9))}_${rng.int(1 << 30).toString(16)}.${ext}`;
    default:
      return `${y}${two(mo)}${two(d)}-${slug(rng, ws)}.${ext}`;
  }
}

/** the title of a linked article: some words of the sentence, capitalised, no end mark */
function linkedTitle(rng, ws) {
  const words = ws.filter((w) => /^[\p{L}\p{N}]+$/u.test(w.text));
  if (words.length < 4) return 'Tập huấn nghiệp vụ cho cán bộ cơ sở';
  const n = Math.min(words.length, 4 + rng.int(5));
  const at = rng.int(words.length - n + 1);
  const t = words.slice(at, at + n).map((w) => w.text).join(' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * The templates: where each kind of debris may land, and its text. `inline`: between two words;
 * `start`: before a sentence; `end`: before a sentence's full stop; `lineEnd`: after the last
 * sentence of a line; `alone`: a line of its own.
 */
const TEMPLATES = [
  {
    name: 'photoLabel',
    make: (rng, ws, at) => {
      const n = label(rng);
      if (at === 'start') return rng.pick([`Ảnh ${n}:`, `Ảnh ${n}.`, `ẢNH ${n}:`, `Ảnh ${n} -`]);
      if (at === 'end') return rng.pick([`- Ảnh ${n}`, `– ảnh ${n}`, `(Ảnh: ${credit(rng)})`, `(ảnh ${n})`, '(Ảnh minh họa)', `- Ảnh: ${credit(rng)}`]);
      return rng.pick([`Ảnh ${n}`, `- Ảnh ${n}.`, `(Ảnh: ${credit(rng)})`, `Ảnh ${n}:`]);
    },
    at: ['start', 'end', 'lineEnd', 'alone'],
  },
  {
    name: 'counter',
    make: (rng) =>
      rng.pick([`Lượt xem: ${number(rng)}`, `Lượt xem ${number(rng)}`, `${number(rng)} lượt xem`, `Số lượt xem: ${number(rng)}`, `Lượt đọc: ${number(rng)}`, `Bình luận (${small(rng)})`, `${small(rng)} bình luận`, `Ý kiến bạn đọc (${small(rng)})`, `| Lượt xem: ${number(rng)}`]),
    at: ['start', 'lineEnd', 'alone'],
  },
  {
    name: 'button',
    make: (rng) => rng.pick(['Bản in', 'In bài', 'In bài viết', 'Chia sẻ', 'Chia sẻ:', 'Chia sẻ bài viết', 'Gửi email', 'Lưu bài viết', 'In bài | Chia sẻ', '| Bản in', 'Bản in | Gửi email']),
    at: ['start', 'lineEnd', 'alone'],
  },
  {
    name: 'placeholder',
    make: (rng) => {
      const f = rng.pick(CMS_FIELDS);
      return rng.pick([`{${f}}`, `{{${f}}}`, `%${f}%`, `[caption id="attachment_${1 + rng.int(9999)}" align="align${rng.pick(['center', 'none', 'left'])}" width="${rng.pick([500, 600, 800])}"]`, '[/caption]']);
    },
    at: ['inline', 'start', 'lineEnd', 'alone'],
  },
  {
    name: 'layout',
    make: (rng) => rng.pick(['leftcenterrightdel', 'leftcenterrightdel', 'Responsive image', 'responsive image']),
    at: ['inline', 'start', 'lineEnd', 'alone'],
  },
  { name: 'imageFile', make: (rng, ws) => imageFile(rng, ws), at: ['inline', 'start', 'lineEnd', 'alone'] },
  {
    name: 'readMore',
    make: (rng, ws) => `${rng.pick(['Xem thêm:', 'Tin liên quan:', 'Đọc thêm:', 'Xem thêm >>', 'Bài liên quan:'])} ${linkedTitle(rng, ws)}`,
    at: ['lineEnd', 'alone'],
  },
];

/** the line break after position `i` when only blanks stand between ("\n", "\r\n\r\n"), else null */
function lineBreakAfter(text, i) {
  const m = /^[ \t]*((?:\r?\n)+)(?=\S)/u.exec(text.slice(i, i + 40));
  return m ? { at: i + m[0].length, run: m[1] } : null;
}

/** where the sentence lets debris land: position → the insertion (offset, text before and after the debris) */
function landings(text, sentence, ws) {
  const out = {};
  const first = ws[0];
  // a sentence that opens with its first word (not a quotation mark or a bracket)
  if (first && first.start === sentence.start && /^\p{Lu}/u.test(first.text)) out.start = { at: first.start, before: '', after: ' ' };
  const inner = ws.map((w, i) => i).filter((i) => i >= 2 && i < ws.length - 1 && ws[i].joined && /^\p{L}/u.test(ws[i].text));
  if (inner.length) out.inline = (rng) => ({ at: ws[rng.pick(inner)].start, before: '', after: ' ' });
  const last = text[sentence.end - 1];
  const lineEnds = /^[ \t]*(?:\r?\n|$)/u.test(text.slice(sentence.end, sentence.end + 40));
  if (last === '.' && /[\p{L}\p{N}]/u.test(text[sentence.end - 2] ?? '')) out.end = { at: sentence.end - 1, before: ' ', after: '' };
  if (lineEnds && /[.!?…]/u.test(last)) out.lineEnd = { at: sentence.end, before: ' ', after: '' };
  const br = lineEnds ? lineBreakAfter(text, sentence.end) : null;
  if (br) out.alone = { at: br.at, before: '', after: br.run };
  return out;
}

/** HTML entities in place of the characters they stand for: a space between two words, a quotation mark, a dash, an ampersand */
function entitySites(text, ws, rng) {
  const out = [];
  for (let i = 1; i < ws.length; i++) {
    const [a, b] = [ws[i - 1], ws[i]];
    if (!b.joined || !/\p{L}$/u.test(a.text) || !/^\p{L}/u.test(b.text)) continue;
    const e = rng.pick(['&nbsp;', '&nbsp;', 'nbsp;', '&#160;', '&nbsp']);
    out.push({ start: a.end, end: b.start, text: e, span: [0, e.length], key: 'debris:entity' });
  }
  const from = ws[0]?.start ?? 0;
  const to = ws.at(-1)?.end ?? 0;
  const ENTITY_OF = { '“': ['&ldquo;', '&#8220;', '&quot;'], '”': ['&rdquo;', '&#8221;', '&quot;'], '"': ['&quot;', '&#34;'], '–': ['&ndash;', '&#8211;'], '&': ['&amp;'], '…': ['&hellip;'] };
  for (let k = from; k < to; k++) {
    const options = ENTITY_OF[text[k]];
    if (!options) continue;
    const e = rng.pick(options);
    out.push({ start: k, end: k + 1, text: e, span: [0, e.length], key: 'debris:entity' });
  }
  return out;
}

export function* debrisInserted({ ws, text, sentence, rng }) {
  if (ws.length < 4) return;
  const land = landings(text, sentence, ws);
  const entities = entitySites(text, ws, rng);
  // one candidate per template (a random landing it allows), so each kind is picked about as often
  if (entities.length) yield rng.pick(entities);
  for (const t of TEMPLATES) {
    const where = t.at.filter((w) => land[w]);
    if (!where.length) continue;
    const w = rng.pick(where);
    const spot = typeof land[w] === 'function' ? land[w](rng) : land[w];
    const debris = t.make(rng, ws, w);
    const inserted = spot.before + debris + spot.after;
    yield { start: spot.at, end: spot.at, text: inserted, span: [spot.before.length, spot.before.length + debris.length], key: `debris:${t.name}`, landing: w, template: t.name };
  }
}
