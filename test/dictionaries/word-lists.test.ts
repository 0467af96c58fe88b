/**
 * The word lists the rules read from dictionaries/ (not from code): every entry carries an
 * example of its own, and the example shows what the word does.
 */
import { describe, expect, it } from 'vitest';
import grammar from '../../dictionaries/organisation-grammar.json';
import commonNouns from '../../dictionaries/common-nouns.json';
import markers from '../../dictionaries/generic-markers.json';
import counts from '../../dictionaries/participant-counts.json';
import cues from '../../dictionaries/date-cues.json';
import numberWords from '../../dictionaries/number-format.json';
import provinces from '../../dictionaries/provinces.json';
import { check, config, findings, fixed } from '../helpers/lint.js';
import { lint } from '../../server/src/library.js';
import { matchOrganisations, matchTitles } from '../../server/src/core/lexicon.js';
import titles from '../../dictionaries/titles.json';

const CAP = ['organisation-case', 'title-case', 'admin-unit-case', 'common-noun-case', 'special-noun-case', 'consistent-capitalisation'];

/** The word is in the sentence as whole syllables, whatever its case. */
function holds(sentence: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'iu').test(sentence);
}

describe('organisation-grammar.json functionWords', () => {
  it.each(grammar.functionWords.map((f) => [f.word, f.example]))('%s: %s', (word, example) => {
    expect(word).toBe(word.normalize('NFC'));
    expect(holds(example, word)).toBe(true);
    expect(matchOrganisations(lint(example, config()).draft).some((m) => m.named)).toBe(true);
    expect(check(example, CAP)).toEqual([]);
  });
});

describe('organisation-grammar.json functionWords notBefore', () => {
  const entries = grammar.functionWords.flatMap((f) => (f.notBeforeExample ? [[f.word, f.notBeforeExample.from, f.notBeforeExample.to]] : []));
  it.each(entries)('%s: %s', (word, from, to) => {
    expect(holds(from, word)).toBe(true);
    expect(fixed(from, 'organisation-case')).toBe(to);
    expect(check(to, CAP)).toEqual([]);
  });
});

describe('organisation-grammar.json titleSuffixes', () => {
  const typeThenSuffix = new RegExp(`(?:${grammar.typeWords.map((t) => t.word).join('|')}) (?:${grammar.titleSuffixes.words.join('|')})(?![\\p{L}\\p{M}])`, 'u');
  it.each(grammar.titleSuffixes.examples)('%s', (example) => {
    expect(typeThenSuffix.test(example)).toBe(true);
    expect(check(example, CAP)).toEqual([]);
  });
});

describe('organisation-grammar.json commaCompounds', () => {
  it.each(grammar.commaCompounds.map((c) => [c.word, c.example]))('%s: %s', (word, example) => {
    expect(holds(example, word)).toBe(true);
    // one body from its type word through the phrase after "và", the comma inside it
    const body = matchOrganisations(lint(example, config()).draft).find((m) => m.text.toLowerCase().includes(word));
    expect(body?.named).toBe(true);
    expect(body!.text).toMatch(/ và \p{Lu}/u);
    expect(check(example, CAP)).toEqual([]);
  });
});

describe('organisation-grammar.json subjectVerbs', () => {
  it.each(grammar.subjectVerbs.map((v) => [v.word, v.from, v.to]))('%s: %s', (word, from, to) => {
    expect(holds(from, word)).toBe(true);
    expect(check(from, 'organisation-case')).toHaveLength(1);
    expect(fixed(from, 'organisation-case')).toBe(to);
    expect(check(to, 'organisation-case')).toEqual([]);
  });
});

describe('common-nouns.json topicOpeners', () => {
  it.each(commonNouns.topicOpeners.map((t) => [t.word, t.valid]))('%s: %s', (word, valid) => {
    expect(holds(valid, word)).toBe(true);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });
});

describe('common-nouns.json ownCapitals', () => {
  it.each(commonNouns.ownCapitals.map((h) => [h.name, h.valid]))('%s: %s', (name, valid) => {
    expect(valid.includes(name)).toBe(true);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });
});

describe('common-nouns.json evidence.awardRanks', () => {
  it.each(commonNouns.evidence.awardRanksValid)('%s', (valid) => {
    expect(commonNouns.evidence.awardRanks.some((r) => valid.includes(r))).toBe(true);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });

  it('reads a rank with no award before it as the common word (“xếp hạng Nhất” → “nhất”)', () => {
    expect(check('Xã xếp hạng Nhất toàn huyện về phong trào này.', 'common-noun-case').map((f) => f.text)).toEqual(['Nhất']);
  });
});

describe('common-nouns.json evidence.schoolSubjects', () => {
  const { openers, subjects, valid } = commonNouns.evidence.schoolSubjects;
  it.each(valid)('%s', (sentence) => {
    expect(openers.some((o) => subjects.some((s) => sentence.includes(`${o} ${s}`)))).toBe(true);
    expect(check(sentence, 'common-noun-case')).toEqual([]);
  });
});

describe('common-nouns.json evidence.placeNouns', () => {
  it.each(commonNouns.evidence.placeNounsValid)('%s', (valid) => {
    expect(commonNouns.evidence.placeNouns.some((n) => valid.includes(`${n} `))).toBe(true);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });

  it('takes no street for the noun of “con đường”: a capital after it is a slip (“Con đường Phát triển”)', () => {
    expect(check('Con đường Phát triển bền vững của hợp tác xã còn dài.', 'common-noun-case').map((f) => f.text)).toEqual(['Phát triển']);
  });

  it('takes no noun that ends a word with the syllable before it for a place noun (“lừa đảo”)', () => {
    expect(check('Các đối tượng lừa đảo Người dân qua mạng xã hội.', 'common-noun-case').map((f) => f.text)).toEqual(['Người dân']);
  });
});

describe('common-nouns.json evidence.awardHeads', () => {
  it.each(commonNouns.evidence.awardHeadsValid)('%s', (valid) => {
    expect(commonNouns.evidence.awardHeads.some((n) => valid.toLowerCase().includes(`${n} `))).toBe(true);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });

  it('takes an award head before a lowercase word for the common noun', () => {
    expect(check('Tỉnh đoàn trao Kỷ niệm chương cho 12 đoàn viên.', 'common-noun-case').map((f) => f.text)).toEqual(['Kỷ niệm']);
  });
});

describe('common-nouns.json evidence.eventHeads', () => {
  it.each(commonNouns.evidence.eventHeadsValid)('%s', (valid) => {
    expect(commonNouns.evidence.eventHeads.some((n) => valid.toLowerCase().includes(`${n} `))).toBe(true);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });

  it('takes an event head with no name after it for the common noun', () => {
    expect(check('Nhiều hợp tác xã tham gia Triển lãm tại Hà Nội.', 'common-noun-case').map((f) => f.text)).toEqual(['Triển lãm']);
  });
});

describe('common-nouns.json evidence.countries', () => {
  it.each(commonNouns.evidence.countriesValid)('%s', (valid) => {
    expect(commonNouns.evidence.countries.some((n) => valid.includes(n))).toBe(true);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });

  it('reads a country’s capital opening a word of its own as a slip (“tìm hiểu Pháp luật” → “pháp luật”)', () => {
    expect(check('Học viên tìm hiểu Pháp luật về đất đai.', 'common-noun-case').map((f) => f.text)).toEqual(['Pháp luật']);
  });
});

describe('common-nouns.json evidence.varietyNouns', () => {
  it.each(commonNouns.evidence.varietyNounsValid)('%s', (valid) => {
    expect(commonNouns.evidence.varietyNouns.some((n) => valid.includes(`${n} `))).toBe(true);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });

  it('reads a capital going on with a word of its own after a produce noun as a slip (“giá gạo Tăng mạnh”)', () => {
    expect(check('Giá gạo Tăng mạnh trong tháng qua.', 'common-noun-case').map((f) => f.text)).toEqual(['Tăng']);
  });
});

describe('common-nouns.json ethnicGroups', () => {
  it.each(commonNouns.ethnicGroups.valid)('%s', (valid) => {
    expect(commonNouns.ethnicGroups.names.some((n) => valid.includes(n))).toBe(true);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });
});

it('reads a group’s name anywhere in a draft that names it after an opener once', () => {
  expect(check('Đồng bào dân tộc Chăm trong xã dự lớp học. Thanh niên Chăm ở các thôn được hướng dẫn kỹ năng số.', 'common-noun-case')).toEqual([]);
  // without that, a group's name standing in no word with its neighbours is the group's too:
  // drafts write "chăm" lowercase only inside words ("chăm sóc"), never alone
  expect(check('Thanh niên Chăm ở các thôn được hướng dẫn kỹ năng số.', 'common-noun-case')).toEqual([]);
  // … and one that makes a word with the next syllable is that word
  expect(check('Thanh niên Chăm sóc người già ở các thôn.', 'common-noun-case').map((f) => f.text)).toEqual(['Chăm sóc']);
});

it('takes no ethnic group for the first half of a word drafts write lowercase ("người Chăm sóc")', () => {
  expect(check('Lớp học dành cho người Chăm sóc trẻ em ở thôn.', 'common-noun-case').map((f) => f.text)).toEqual(['Chăm sóc']);
});

// a head opens a name before the words that make one (a capitalised name for placeHeads, two
// words of description for systemHeads, a description running to its owner after “của” for
// ownedNameHeads, an issuer or a period for issuedDocumentHeads); with less after it, it is the
// common word again
describe.each([
  ['placeHeads', commonNouns.placeHeads],
  ['issuedDocumentHeads', commonNouns.issuedDocumentHeads],
  ['systemHeads', commonNouns.systemHeads],
  ['ownedNameHeads', commonNouns.ownedNameHeads],
])('common-nouns.json %s', (_list, heads) => {
  it.each(heads.map((h) => [h.word, h.valid, h.generic]))('%s: %s', (word, valid, generic) => {
    expect(holds(valid, word)).toBe(true);
    expect(check(valid, 'common-noun-case')).toEqual([]);
    expect(holds(generic, word)).toBe(true);
    const head = word.split(' ')[0];
    expect(check(generic, 'common-noun-case').map((f) => f.text.split(' ')[0])).toEqual([head[0].toUpperCase() + head.slice(1)]);
  });
});

// a document's title running to its period or to the verb of issuing, or the title a document's reference issues, names one document
it.each(commonNouns.documentMarks.valid)('common-nouns.json documentMarks: %s', (valid) => {
  expect(check(valid, 'common-noun-case')).toEqual([]);
});

// … and so does a document whose contents are studied ("nội dung cơ bản của Quy chế …"); a head
// with no title after it, or after "các", is the common word again
describe('common-nouns.json documentMarks.contents', () => {
  it.each(commonNouns.documentMarks.contentsExamples.valid)('leaves alone: %s', (valid) => {
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });
  it.each(commonNouns.documentMarks.contentsExamples.generic)('still reports: %s', (generic) => {
    expect(check(generic, 'common-noun-case').map((f) => f.text)).toEqual(['Quy chế']);
  });
});

describe('provinces.json', () => {
  it.each(provinces.examples.map((e) => [e.from, e.to]))('%s', (from, to) => {
    const found = check(from, 'admin-unit-case');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^Tên tỉnh, thành phố viết hoa mọi âm tiết: /u);
    expect(fixed(from, 'admin-unit-case')).toBe(to);
    expect(check(to, 'admin-unit-case')).toEqual([]);
  });
  it.each(provinces.valid)('leaves alone: %s', (valid) => {
    expect(check(valid, 'admin-unit-case')).toEqual([]);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });
  it('holds 63 names, each written in Title Case', () => {
    expect(provinces.names).toHaveLength(63);
    for (const n of provinces.names) expect(n.split(/[\s-]+/u).filter(Boolean).every((w) => /^\p{Lu}/u.test(w))).toBe(true);
  });
});

describe('generic-markers.json cityNicknames', () => {
  it.each(markers.cityNicknames.map((n) => [n.name, n.valid]))('%s: %s', (name, valid) => {
    expect(valid.includes(name)).toBe(true);
    expect(check(valid, 'admin-unit-case')).toEqual([]);
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });
});

describe('generic-markers.json specialUnits', () => {
  it.each(markers.specialUnits.map((u) => [u.canonical, u.from, u.to]))('%s: %s', (canonical, from, to) => {
    expect(holds(to, canonical)).toBe(true);
    expect(check(from, 'admin-unit-case')).toHaveLength(1);
    expect(fixed(from, 'admin-unit-case')).toBe(to);
    expect(check(to, 'admin-unit-case')).toEqual([]);
  });
  it.each(markers.specialUnits.map((u) => [u.canonical, u.bareExample, u.bareElsewhere]))('%s alone: %s', (_canonical, named, elsewhere) => {
    expect(check(named, 'admin-unit-case')).toEqual([]);
    expect(check(elsewhere, 'admin-unit-case')).toHaveLength(1);
    expect(fixed(elsewhere, 'admin-unit-case')).toBe(elsewhere.replace(/Thành phố(?= phát| đang)/u, 'thành phố'));
  });
});

describe('generic-markers.json specialUnits unitsWithin', () => {
  it.each(markers.specialUnits.filter((u) => 'unitsWithin' in u).map((u) => [u.canonical, u.withinExample!, u.withinElsewhere!]))('%s alone: %s', (_canonical, within, elsewhere) => {
    expect(check(within, 'admin-unit-case')).toEqual([]);
    expect(check(elsewhere, 'admin-unit-case').map((f) => f.text)).toEqual(['Thành phố']);
    expect(fixed(elsewhere, 'admin-unit-case')).toBe(elsewhere.replace('Thành phố', 'thành phố'));
  });
});

describe('generic-markers.json specialUnits alsoCapitalised', () => {
  it.each(markers.specialUnits.filter((u) => u.alsoCapitalised).map((u) => [u.canonical, u.alsoExample!, u.alsoElsewhere!]))('%s: %s', (_canonical, accepted, elsewhere) => {
    expect(check(accepted, 'admin-unit-case')).toEqual([]);
    expect(check(elsewhere, 'admin-unit-case').map((f) => f.text)).toEqual(['Thành phố']);
    expect(fixed(elsewhere, 'admin-unit-case')).toBe(elsewhere.replace('Thành phố', 'thành phố'));
  });
});

describe('participant-counts.json', () => {
  const RULE = 'participant-count-consistency';
  const groups = Object.entries(counts).filter(([k]) => !k.startsWith('$')) as Array<[string, Array<{ word: string; flagged?: string; valid?: string }>]>;
  for (const [group, entries] of groups) {
    it.each(entries.map((e) => [e.word, e.flagged ?? e.valid ?? '', e.flagged !== undefined]))(`${group} %s: %s`, (word, text, flagged) => {
      expect(holds(text as string, word as string)).toBe(true);
      expect(check(text as string, RULE)).toHaveLength(flagged ? 1 : 0);
    });
  }
});

describe('date-cues.json eventDay', () => {
  const entries = cues.dotDateCues.entries.filter((e): e is typeof e & { eventDay: string } => 'eventDay' in e);
  it.each(entries.map((e) => [e.word, e.eventDay]))('%s: %s', (word, example) => {
    expect(holds(example, word)).toBe(true);
    // a holiday's "2-9" keeps its hyphen in slash-style text; the day of an event does not
    expect(check(example, 'date-format', { dateStyle: 'slash' })).toHaveLength(1);
  });
});

describe('date-cues.json calendarDays', () => {
  it.each(cues.calendarDays.entries.map((e) => [e.word, e.example]))('%s: %s', (word, example) => {
    expect(holds(example, word)).toBe(true);
    // a holiday's "30-4" keeps its hyphen in slash-style text; a deadline or a bound does not
    expect(check(example, 'date-format', { dateStyle: 'slash' })).toHaveLength(1);
    expect(check(example.replace(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu'), 'mừng'), 'date-format', { dateStyle: 'slash' })).toEqual([]);
  });
});

describe('date-cues.json holidayCues', () => {
  it.each(cues.holidayCues.entries.map((e) => [e.word, e.example]))('%s: %s', (word, example) => {
    expect(holds(example, word)).toBe(true);
    // a celebrated holiday keeps its hyphen in slash-style text; after another word "ngày 20-11" is a day of the calendar
    expect(check(example, 'date-format', { dateStyle: 'slash' })).toEqual([]);
    expect(check(example.replace(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu'), 'qua'), 'date-format', { dateStyle: 'slash' })).toHaveLength(1);
  });
});

describe('date-cues.json dayRangeJoiners reversed', () => {
  const entries = cues.dayRangeJoiners.entries.filter((e): e is typeof e & { reversed: string } => 'reversed' in e);
  const reversed = (text: string): string[] => findings(text, 'date-format').filter((f) => f.messageId === 'reversed').map((f) => text.slice(f.start, f.end));
  it.each(entries.map((e) => [e.word, e.reversed]))('%s closes a range: %s', (word, example) => {
    expect(holds(example, word)).toBe(true);
    expect(reversed(example)).toHaveLength(1);
    expect(reversed(example.replace(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'), 'và'))).toEqual([]);
  });
});

describe('number-format.json', () => {
  it.each(numberWords.notACountBefore.entries.map((e) => [e.word, e.leadingZero]))('a leading zero after “%s” is no count: %s', (word, example) => {
    expect(holds(example, word)).toBe(true);
    expect(check(example, 'number-format')).toEqual([]);
    // the same zero after a word that is none of these is a count's
    expect(check(example.replace(new RegExp(`(?<![\\p{L}\\p{M}])${word}(?=\\s*:?\\s*0)`, 'iu'), 'là'), 'number-format')).toHaveLength(1);
  });

  it.each(numberWords.countIntroducers.entries.map((e) => [e.word, e.example]))('a count split by a space after “%s”: %s', (word, example) => {
    expect(holds(example, word)).toBe(true);
    expect(check(example, 'number-format')).toHaveLength(1);
    expect(check(example.replace(new RegExp(`(?<![\\p{L}\\p{M}])${word}(?=\\s+\\d)`, 'iu'), 'là'), 'number-format')).toEqual([]);
  });
});

describe('generic-markers.json listJoiners', () => {
  /** whether the body that ends the example is read as generic */
  const lastGeneric = (text: string): boolean | undefined => matchOrganisations(lint(text, config()).draft).at(-1)?.generic;
  it.each(markers.listJoiners.map((j) => [j.word, j.example]))('%s: %s', (word, example) => {
    expect(holds(example, word)).toBe(true);
    expect(lastGeneric(example)).toBe(true);
    expect(lastGeneric(example.replace(new RegExp(` ${word} `, 'u'), ' với '))).toBeFalsy();
  });
});

describe('titles.json listSyllables', () => {
  /** whether the title after the list's comma is read as one person's */
  const attachedAfterComma = (text: string): boolean | undefined => {
    const at = text.indexOf(', ') + 2;
    return matchTitles(lint(text, config()).draft).find((t) => t.start === at)?.attached;
  };
  it.each(titles.listSyllables.map((e) => [e.word, e.example]))('%s: %s', (word, example) => {
    expect(holds(example.slice(0, example.indexOf(',')), word)).toBe(true);
    expect(attachedAfterComma(example)).toBe(false);
    const listed = example.slice(0, example.indexOf(',')).replace(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'), 'xx');
    expect(attachedAfterComma(listed + example.slice(example.indexOf(',')))).toBe(true);
  });
});


describe('common-nouns.json evidence.languageHeads', () => {
  it.each(commonNouns.evidence.languageHeadsExamples.map((e) => [e.from, e.to]))('%s', (from, to) => {
    expect(check(from, 'common-noun-case')).toHaveLength(1);
    expect(fixed(from, 'common-noun-case')).toBe(to);
    expect(check(to, 'common-noun-case')).toEqual([]);
  });
  it.each(commonNouns.evidence.languageHeadsValid)('%s', (valid) => {
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });
});

describe('common-nouns.json loneNounMarkers', () => {
  it.each(commonNouns.loneNounMarkers.examples.map((e) => [e.from, e.to]))('%s', (from, to) => {
    expect(check(from, 'common-noun-case')).toHaveLength(1);
    expect(fixed(from, 'common-noun-case')).toBe(to);
    expect(check(to, 'common-noun-case')).toEqual([]);
  });
  it.each(commonNouns.loneNounMarkers.valid)('%s', (valid) => {
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });
});

describe('common-nouns.json documentReferences', () => {
  it.each(commonNouns.documentReferences.examples.map((e) => [e.from, e.to]))('%s', (from, to) => {
    expect(check(from, 'common-noun-case')).toHaveLength(1);
    expect(fixed(from, 'common-noun-case')).toBe(to);
    expect(check(to, 'common-noun-case')).toEqual([]);
  });
  it.each(commonNouns.documentReferences.valid)('%s', (valid) => {
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });
});

describe('common-nouns.json listItemEnds', () => {
  it.each(commonNouns.listItemEnds.examples.map((e) => [e.from, e.to]))('%s', (from, to) => {
    expect(check(from, 'common-noun-case')).toHaveLength(1);
    expect(fixed(from, 'common-noun-case')).toBe(to);
    expect(check(to, 'common-noun-case')).toEqual([]);
  });
  it.each(commonNouns.listItemEnds.valid)('%s', (valid) => {
    expect(check(valid, 'common-noun-case')).toEqual([]);
  });
});
