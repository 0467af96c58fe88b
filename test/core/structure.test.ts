/**
 * The structure detectors on the examples of dictionaries/structure.json (every entry's
 * examples must be found), on number words, and the paragraph classification they rely on.
 */
import { describe, expect, it } from 'vitest';
import data from '../../dictionaries/structure.json';
import surnames from '../../dictionaries/surnames.json';
import numberWords from '../../dictionaries/number-format.json';
import markers from '../../dictionaries/generic-markers.json';
import { parseDraft, isMetadataLine } from '../../server/src/core/parse.js';
import { findParticipantCount } from '../../server/src/core/structure/participants.js';
import { findAgenda, findDuration } from '../../server/src/core/structure/agenda.js';
import { findOrganiser } from '../../server/src/core/structure/organiser.js';
import { findPeople } from '../../server/src/core/structure/people.js';
import { findDateline } from '../../server/src/core/structure/dateline.js';
import { bylineAuthor, isBylineText, isLonePenName } from '../../server/src/core/structure/byline.js';
import { numberValue } from '../../server/src/core/structure/numbers.js';
import { PARTICIPANT_NOUNS } from '../../server/src/core/structure/data.js';
import { normKey, normText, origRange } from '../../server/src/core/structure/normtext.js';
import { trainingSkeleton } from '../../server/src/core/skeleton.js';

const one = (sentence: string) => parseDraft(sentence);
const found = (text: string, span: { start: number; end: number } | undefined) => (span ? text.slice(span.start, span.end) : undefined);

describe('dictionaries/structure.json examples', () => {
  it.each(data.participantNouns.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('participant noun “%s”: %s', (word, x) => {
    // the count and its noun (or the classifier before it): "45 công chức", "92 vị"
    expect(found(x, findParticipantCount(one(x)))).toMatch(new RegExp(`\\d ${(word as string).split(' ')[0]}(?![\\p{L}])`, 'iu'));
  });
  it.each(data.participantNouns.notExamples)('no participant count in: %s', (x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
  });
  it.each(data.notParticipantNouns.entries.flatMap((e) => e.examples))('no participant count in what is not people: %s', (x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
  });
  it.each([...data.numberWords.units, ...data.numberWords.scales, ...data.numberWords.joiners].flatMap((e) => e.examples))('number words “%s” = %d', (words, value) => {
    expect(numberValue(words as string)).toBe(value);
  });
  it.each(data.notPeople.entries.flatMap((e) => e.examples.map((x) => [e.name, x])))('“%s” is no person in: %s', (name, x) => {
    const d = one(x);
    expect(findPeople(d).map((p) => d.text.slice(p.start, p.end))).not.toContain(name);
  });
  it.each(data.projectMemberships.entries.flatMap((e) => e.examples))('no participant count for a project’s members: %s', (x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
  });
  it('still reads the class’s count before what its learners go on to do', () => {
    const x = 'Lớp học có 30 học viên, sau khóa học các học viên sẽ tham gia mô hình trồng nấm.';
    expect(found(x, findParticipantCount(one(x)))).toBe('30 học viên');
    const y = 'Lớp tập huấn có 40 học viên là cán bộ tham gia dự án nước sạch.';
    expect(found(y, findParticipantCount(one(y)))).toBe('40 học viên');
  });
  it.each(data.countHeads.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” names a head-count: %s', (word, x) => {
    expect(findParticipantCount(one(x))).toBeDefined();
    expect(findParticipantCount(one(x.replace(word, 'số')))).toBeUndefined();
  });
  it('counts “hàng chục” people as a head-count, like “hàng trăm”, where they attend', () => {
    const x = 'Lớp học thu hút hàng chục hội viên tham gia.';
    expect(found(x, findParticipantCount(one(x)))).toBe('thu hút hàng chục hội viên');
  });
  it.each(data.vagueCounts.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” before a count makes it no figure: %s', (word, x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
    expect(findParticipantCount(one(swap(x, word, 'có')))).toBeDefined();
  });
  it.each(data.vagueCounts.entries.flatMap((e) => e.attendedExamples.map((x) => [e.word, x])))('“%s” before a count of people who attend: %s', (word, x) => {
    expect(findParticipantCount(one(x))).toBeDefined();
  });
  it.each(data.givingVerbs.entries.flatMap((e) => e.examples))('no participant count after a giving verb: %s', (x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
  });
  it.each(data.statisticCues.entries.flatMap((e) => e.examples))('no participant count in a statistic: %s', (x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
  });
  it('reads a statistic whose cue ends in the count’s opener “có”, after a verb of attending', () => {
    expect(findParticipantCount(one('Phát biểu tại hội nghị, ông Lê Văn An cho biết toàn huyện hiện có hơn 3.000 hội viên nông dân.'))).toBeUndefined();
    expect(findParticipantCount(one('Phát biểu tại hội nghị, ông Lê Văn An cho biết toàn huyện có gần 2.000 ha chè.'))).toBeUndefined();
    const x = 'Dự hội nghị có ông Lê Văn An và 90 cán bộ cơ sở.';
    expect(found(x, findParticipantCount(one(x)))).toBe('90 cán bộ');
  });
  it('still reads the class’s own count next to a statistic', () => {
    const x = 'Toàn huyện có 96 tổ hòa giải. Lớp tập huấn có 48 thành viên tổ hòa giải tham dự.';
    expect(found(x, findParticipantCount(one(x)))).toBe('48 thành viên');
    const y = 'Hội nghị có sự tham gia của các xã trên toàn tỉnh với 300 đại biểu.';
    expect(found(y, findParticipantCount(one(y)))).toBe('300 đại biểu');
  });
  it.each(data.agendaCues.entries.flatMap((e) => e.examples.map((x) => [e.pattern, x])))('agenda cue %s in: %s', (pattern, x) => {
    // the first cue of the list the paragraph holds, which may be another entry's
    const span = found(x, findAgenda(one(x)));
    expect(data.agendaCues.entries.some((e) => new RegExp(`^(?:${e.pattern.replaceAll('{participant}', PARTICIPANT_NOUNS)})$`, 'iu').test(span ?? '')), `${pattern}: ${span}`).toBe(true);
  });
  it.each([...data.agendaCues.notExamples, ...data.agendaCues.entries.flatMap((e) => ('notExamples' in e ? (e.notExamples as string[]) : []))])('no agenda in: %s', (x) => {
    expect(findAgenda(one(x))).toBeUndefined();
  });
  it.each(data.agendaTopics.examples)('agenda named as the topic after a verb of training: %s', (x) => {
    expect(findAgenda(one(x))).toBeDefined();
  });
  it.each([...data.agendaTopics.notExamples, 'Sau khi tập huấn, các học viên trở lại cơ sở.'])('no topic after a verb of training in: %s', (x) => {
    expect(findAgenda(one(x))).toBeUndefined();
  });
  it.each(data.durationCues.entries.flatMap((e) => e.examples.map((x) => [e.pattern, x])))('duration cue %s in: %s', (pattern, x) => {
    const span = found(x, findDuration(one(x)));
    expect(data.durationCues.entries.some((e) => new RegExp(`^(?:${e.pattern})$`, 'iu').test(span ?? '')), `${pattern}: ${span}`).toBe(true);
  });
  it.each(data.durationCues.notExamples)('no duration in: %s', (x) => {
    expect(findDuration(one(x))).toBeUndefined();
  });
  it.each([...data.bylinePrefixes.entries, ...data.bylineLabelWords.entries, ...data.bylineWords.entries, ...data.bylineSuffixes.entries, ...data.authorHonorifics.entries].flatMap((e) => e.examples))('byline: %s', (x) => {
    expect(isBylineText(x)).toBe(true);
  });
  it.each([...surnames.entries, ...surnames.middleNames].flatMap((e) => e.examples))('person $name in: $text', ({ text, name }) => {
    const d = one(text);
    expect(findPeople(d).map((p) => d.text.slice(p.start, p.end))).toContain(name);
  });
  it.each(data.militaryRanks.entries.flatMap((e) => e.byline))('byline with a rank: %s', (x) => {
    expect(isBylineText(x)).toBe(true);
  });
  it.each(data.titleQualifiers.entries.flatMap((e) => e.examples))('titled person after a qualifier in: %s', (x) => {
    const people = findPeople(one(x));
    expect(people.map((p) => [p.name, p.titled])).toEqual([[people[0].name, true]]);
  });
  it.each([...data.titleHeads.entries.flatMap((e) => e.examples), ...data.militaryRanks.entries.flatMap((e) => e.official)])('titled person in: %s', (x) => {
    const people = findPeople(one(`Dự có ${x} phát biểu.`));
    expect(people.length).toBeGreaterThan(0);
    expect(people[0].titled).toBe(true);
  });
  it.each(data.documentTypes.entries.flatMap((e) => e.examples))('a dated document, no dateline, in: %s', (x) => {
    expect(findDateline(one(x))).toBeUndefined();
  });
  it.each(data.eventVerbs.entries.flatMap((e) => e.examples))('dateline timing the event after a summary lead: %s', (x) => {
    const text = `Tập huấn cho cơ sở\n\nCác đơn vị vừa mở lớp tập huấn cho cán bộ cơ sở.\n\n${x}\n`;
    expect(found(text, findDateline(parseDraft(text)))).toBe(x.slice(0, x.indexOf(',')));
  });
  it('reads a span opening the lead’s second sentence as the dateline once the lead has told the class', () => {
    const text = 'Bồi dưỡng kiến thức quốc phòng\n\nLớp bồi dưỡng lần này có 60 học viên là cán bộ các sở. Từ ngày 4 đến ngày 9-10, học viên sẽ được nghe sáu chuyên đề.\n';
    expect(found(text, findDateline(parseDraft(text)))).toBe('Từ ngày 4 đến ngày 9-10');
  });
  it.each([...data.eventVerbs.notExamples, ...data.reportingVerbs.entries.flatMap((e) => e.examples)])('no dateline in the lead: %s', (x) => {
    expect(findDateline(parseDraft(`Tập huấn cho cơ sở\n\n${x}\n`))).toBeUndefined();
  });
  it.each([...data.organisationTypes.entries, ...markers.levels.flatMap((m) => ('organiser' in m && m.organiser ? [{ word: m.word, examples: m.organiser }] : []))].flatMap((e) => e.examples.map((x) => [e.word, x])))('organiser “%s” in: %s', (word, x) => {
    const text = `Sáng 3-4, ${x}.`;
    expect(found(text, findOrganiser(one(text)))).toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu'));
  });
  it.each(
    [
      ...data.organisedEvents.entries,
      ...data.organisingVerbs.entries,
      ...data.organisingManners.entries,
      ...data.eventQuantifiers.approximators,
      ...data.eventQuantifiers.determiners,
      ...data.organiserPredicates.entries,
      ...data.organiserAdverbs.entries,
    ].flatMap((e) => e.examples),
  )('organiser named in: %s', (x) => {
    // the organiser starts at a body's capitalised name
    expect(found(x, findOrganiser(one(x)))).toMatch(/^\p{Lu}/u);
  });
  it.each([...data.organiserPredicates.notExamples, ...[...data.peopleOfBodies.entries, ...data.notInBodyNames.entries].flatMap((e) => e.examples)])('no organiser in: %s', (x) => {
    expect(findOrganiser(one(x))).toBeUndefined();
  });
  /** the example with the word (as a whole syllable run, first occurrence, any case) replaced by `other` */
  const swap = (x: string, word: string, other: string): string => {
    const at = new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'iu').exec(x);
    if (!at) throw new Error(`“${word}” is not in “${x}”`);
    return x.slice(0, at.index) + other + x.slice(at.index + word.length);
  };
  it.each(data.datelineTimes.entries.flatMap((e) => e.examples.map((x, i) => [e.word, x, i === 0])))('“%s” opens the dateline: %s', (word, x, first) => {
    const text = `Tập huấn cho cơ sở\n\n${x}\n`;
    expect(found(text, findDateline(parseDraft(text)))).toMatch(new RegExp(`^${word}(?![\\p{L}])`, 'iu'));
    if (first) expect(findDateline(parseDraft(`Tập huấn cho cơ sở\n\n${swap(x as string, word as string, 'Xx')}\n`))).toBeUndefined();
  });
  it.each(data.agentMarkers.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” names the agent of a bare “tổ chức”: %s', (word, x) => {
    expect(findOrganiser(one(x))).toBeDefined();
    expect(findOrganiser(one(swap(x, word, 'của')))).toBeUndefined();
  });
  it.each(data.agentMarkers.entries.flatMap((e) => ('afterPassive' in e && e.afterPassive ? e.examples.map((x) => [e.word, x]) : [])))('“%s” after a passive “tổ chức” names its agent: %s', (word, x) => {
    expect(found(x, findOrganiser(one(x)))).toMatch(new RegExp(`^tổ chức ${word} \\p{Lu}`, 'u'));
  });
  it('names no agent after an active “tổ chức … bởi”, nor a place after a passive one', () => {
    expect(findOrganiser(one('Lớp học được tổ chức bởi vì nhu cầu của hội viên rất lớn.'))).toBeUndefined();
    expect(findOrganiser(one('Lớp học được tổ chức tại Hội trường UBND xã Tân Lập.'))).toBeUndefined();
  });
  it.each(data.bareOrganisingVerbs.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” bare after its agent names the organiser: %s', (word, x) => {
    expect(found(x, findOrganiser(one(x)))).toMatch(new RegExp(` ${word}$`, 'u'));
    expect(findOrganiser(one(swap(x, word, 'giới thiệu')))).toBeUndefined();
  });
  it.each(data.bareVerbAdverbs.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” before a bare “tổ chức”: %s', (word, x) => {
    expect(found(x, findOrganiser(one(x)))).toMatch(new RegExp(` ${word} tổ chức$`, 'u'));
  });
  it.each(data.countApproximators.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” before the count of whom a class is for: %s', (word, x) => {
    expect(findParticipantCount(one(x))).toBeDefined();
    expect(findParticipantCount(one(swap(x, word, 'xx')))).toBeUndefined();
  });
  const lead = (x: string) => parseDraft(`Tập huấn cho cơ sở\n\n${x}\n`);
  it.each(data.endPoints.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” makes the date an end point: %s', (word, x) => {
    expect(findDateline(lead(x))).toBeUndefined();
    expect(findDateline(lead(swap(x, word, 'vào')))).toBeDefined();
  });
  it.each([...data.passiveMarkers.entries, ...data.receivingMarkers.entries].flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” keeps the date from timing the event: %s', (word, x) => {
    expect(findDateline(lead(x))).toBeUndefined();
    expect(findDateline(lead(swap(x, word, 'đã')))).toBeDefined();
  });
  it.each(data.passiveMarkers.entries.flatMap((e) => (('eventExamples' in e && e.eventExamples) || []).map((x) => [e.word, x])))('“%s” right before an event verb tells the event: %s', (word, x) => {
    const text = `Tập huấn cho cơ sở\n\n${x}\n`;
    expect(found(text, findDateline(parseDraft(text)))).toMatch(/^(?:Sáng|Ngày) \d/u);
    expect(findDateline(lead(swap(x, word, `sẽ ${word}`)))).toBeUndefined();
  });
  it.each(data.countClassifiers.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” between a number and its noun: %s', (word, x) => {
    const count = found(x, findParticipantCount(one(x)));
    expect(count).toMatch(new RegExp(`^\\d+ ${word} \\p{L}+`, 'u'));
  });
  it.each(numberWords.notACountBefore.entries.map((e) => [e.word, e.notAHeadCount]))('“%s” before a number makes it no head-count: %s', (word, x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
    expect(findParticipantCount(one(swap(x, word, 'có')))).toBeDefined();
  });
  it.each(data.attendingVerbs.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s”: whoever attends is no organiser: %s', (word, x) => {
    expect(findOrganiser(one(x))).toBeUndefined();
    expect(findOrganiser(one(swap(x, word, 'đã')))).toBeDefined();
  });
  it.each(data.notSubjectBefore.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” before a body: no subject: %s', (word, x) => {
    expect(findOrganiser(one(x))).toBeUndefined();
    expect(findOrganiser(one(swap(x, word, 'và')))).toBeDefined();
  });
  it.each(data.bylineRoles.entries.flatMap((e) => e.examples.map((x) => [e.word, x.text, x.author])))('“%s” before the author: %s', (word, text, author) => {
    expect(isBylineText(text)).toBe(true);
    expect(bylineAuthor(text)).toBe(author);
    expect(bylineAuthor(swap(text, word, 'Xx'))).not.toBe(author);
  });
  it.each(data.bylineRoleGroups.entries.flatMap((e) => e.examples.map((x) => [e.word, x.text, x.author])))('“%s” before a role: the team credits: %s', (word, text, author) => {
    expect(isBylineText(text)).toBe(true);
    expect(bylineAuthor(text)).toBe(author);
    expect(bylineAuthor(`Xx ${text.slice(word.length + 1)}`)).not.toBe(author);
  });
  it.each(data.lonePenNameNot.entries.flatMap((e) => e.examples.map((x) => [e.head, x])))('“%s…” alone on the last line is a site label, no pen name: %s', (head, x) => {
    expect(isLonePenName(x)).toBe(false);
    expect(isLonePenName(`Kơ${x.slice(head.length)}`)).toBe(true);
  });
  it.each(['Langbiang', 'Hoài', 'Yaly'])('a pen name of one word: %s', (x) => expect(isLonePenName(x)).toBe(true));
  it.each(['Hết', 'Ảnh', 'Tin', 'Thời sự', 'PV Thu'])('no pen name of one word: %s', (x) => expect(isLonePenName(x)).toBe(false));
  it.each(['Ảnh: Quốc Bảo', 'Video: Quốc Bảo', 'Hình ảnh: Lê Hà'])('a photo credit alone credits no text: %s', (x) => {
    expect(isBylineText(x)).toBe(false);
  });
  it('reads two roles joined as the credit, not a role before a name', () => {
    expect(isBylineText('PV - CTV')).toBe(true);
    expect(bylineAuthor('PV - CTV')).toBe('PV - CTV');
    expect(bylineAuthor('PV Thu Hà')).toBe('Thu Hà');
  });
  it.each(data.titleBreaks.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” ends the reach of the title before the name: %s', (word, x) => {
    expect(findPeople(one(x)).map((p) => p.titled)[0]).toBe(false);
    expect(findPeople(one(swap(x, word, 'xã'))).map((p) => p.titled)[0]).toBe(true);
  });
  const datelineOf = (x: string): string | undefined => {
    const text = `Tập huấn cho cơ sở\n\n${x}\n`;
    return found(text, findDateline(parseDraft(text)));
  };
  it.each(data.weekdays.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” opens the dateline: %s', (word, x) => {
    expect(datelineOf(x)).toMatch(new RegExp(`^(?:\\p{L}+ )?${word} \\(\\d`, 'iu'));
    expect(datelineOf(swap(x, word, 'Xx'))).toBeUndefined();
  });
  it.each(data.lastingVerbs.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('a date after “%s” spans the event: %s', (word, x) => {
    expect(datelineOf(x)).toBeUndefined();
    expect(datelineOf(swap(x, word, 'xong'))).toMatch(/^từ ngày \d/u);
  });
  it.each(data.lastingVerbs.entries.flatMap((e) => e.eventExamples.map((x) => [e.word, x])))('the event as the subject, a date after “%s” is its dateline: %s', (word, x) => {
    const after = x.slice(x.indexOf(word) + word.length + 1);
    expect(datelineOf(x)).toBe(after.slice(0, after.indexOf(' tại')));
  });
  it.each(data.organisedEvents.entries.flatMap((e): Array<[string, string]> => ('leadSubject' in e && typeof e.leadSubject === 'string' ? [[e.word, e.leadSubject]] : [])))('“%s” as the lead’s subject tells the event: %s', (word, x) => {
    const next = x.slice(x.indexOf('. ') + 2);
    expect(datelineOf(x)).toBe(next.slice(0, next.indexOf(',')));
    expect(datelineOf(swap(x, word, 'Việc'))).toBeUndefined();
  });
  it.each(data.forCountOpeners.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” opens the count of whom a class is for: %s', (word, x) => {
    expect(found(x, findParticipantCount(one(x)))).toMatch(new RegExp(`^${word} \\d+ \\p{L}+`, 'u'));
    expect(findParticipantCount(one(swap(x, word, 'về')))).toBeUndefined();
  });
  it.each(data.forCountOpeners.entries.flatMap((e) => ('notExamples' in e ? (e.notExamples as string[]) : [])))('no participant count without a verb of attending before it: %s', (x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
  });
  it.each(data.countAttendingVerbs.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” before “có” makes the count the attendance: %s', (word, x) => {
    expect(found(x, findParticipantCount(one(x)))).toMatch(/^có \d+ \p{L}+/u);
    expect(findParticipantCount(one(swap(x, word, 'về')))).toBeUndefined();
  });
  it('reads no attending verb in “dự án” before “cùng”', () => {
    expect(findParticipantCount(one('Dự án phối hợp cùng 12 hợp tác xã trong vùng.'))).toBeUndefined();
  });
  it.each(data.learnerVerbs.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” after a count makes it the learners: %s', (word, x) => {
    expect(found(x, findParticipantCount(one(x)))).toMatch(/^\d+ \p{L}+/u);
    expect(findParticipantCount(one(swap(x, word, 'có')))).toBeUndefined();
  });
  it.each(data.memberNounEnds.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” makes a member of a place or a body: %s', (word, x) => {
    expect(found(x, findParticipantCount(one(x)))).toMatch(new RegExp(`^cho \\d+ \\p{L}+ ${word}$`, 'u'));
    expect(findParticipantCount(one(x.replace(` ${word}`, '')))).toBeUndefined();
  });
  it.each(data.memberNounEnds.entries.flatMap((e) => (('agentExamples' in e && e.agentExamples) || []).map((x) => [e.word, x])))('“%s” after two words makes an agent noun: %s', (word, x) => {
    expect(found(x, findParticipantCount(one(x)))).toMatch(new RegExp(`^\\d+ \\p{L}+ \\p{L}+ ${word}$`, 'u'));
    expect(findParticipantCount(one(x.replace(` ${word}`, '')))).toBeUndefined();
  });
  it.each(data.memberNounEnds.entries.flatMap((e) => (('functionWordExamples' in e && e.functionWordExamples) || []).map((x) => [e.word, x])))('a function word opens no agent noun before “%s”: %s', (word, x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
    // without the function word the label's number counts the members after it
    const bare = x.replace(/ (?:trong|với) /u, ' ');
    expect(found(bare, findParticipantCount(one(bare)))).toMatch(new RegExp(`^\\d+ \\p{L}+ ${word}$`, 'u'));
  });
  it.each(data.perUnitCues.entries.flatMap((e) => e.examples.map((x) => [e.word, x])))('“%s” counts a share per unit, not the class: %s', (word, x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
    expect(findParticipantCount(one(swap(x, word, 'các')))).toBeDefined();
  });
  it.each(data.memberNounEnds.entries.flatMap((e) => (('notExamples' in e && e.notExamples) || []).map((x) => [e.word, x])))('“%s” before a word it forms a word with is no member’s ending: %s', (word, x) => {
    expect(findParticipantCount(one(x))).toBeUndefined();
  });
  it('counts who attended, described at length, when the verb of attending closes the sentence', () => {
    const x = 'Có 64 thợ lặn, thợ máy và chủ ghe của 11 tổ đoàn kết trên biển tham dự.';
    expect(found(x, findParticipantCount(one(x)))).toMatch(/^64 thợ lặn, thợ máy/u);
    const y = 'Hội nghị có 120 hộ kinh doanh tạp hóa, ăn uống, dịch vụ cầm đồ trên địa bàn tham dự.';
    expect(found(y, findParticipantCount(one(y)))).toMatch(/^120 hộ kinh doanh/u);
    // the verb goes on: a long phrase is no count's noun
    expect(findParticipantCount(one(x.replace('tham dự.', 'tham dự lớp học.')))).toBeUndefined();
    // days are no people however long the phrase
    expect(findParticipantCount(one('Trong 12 ngày học, các nội dung về phòng cháy, chữa cháy và cứu nạn, cứu hộ được giới thiệu và học viên tham gia.'))).toBeUndefined();
  });

  it('counts people before a two-word noun ending in a member’s ending', () => {
    const x = 'Hôm qua, 25 phóng viên của các đài huyện đã hoàn thành khóa học.';
    expect(found(x, findParticipantCount(one(x)))).toBe('25 phóng viên');
    expect(findParticipantCount(one('Hôm qua, 25 phòng của các trường đã hoàn thành việc sửa chữa.'))).toBeUndefined();
  });
  it('counts no days as people before a noun of their own', () => {
    expect(findParticipantCount(one('Trong 10 ngày học viên được nghe giới thiệu nhiều chuyên đề.'))).toBeUndefined();
  });
  it('reads a body’s name through a dash between two capitalised fields, up to its predicate', () => {
    const x = 'Sáng 4-3, Hội đồng Thi đua - Khen thưởng huyện tập huấn nghiệp vụ cho cán bộ các xã.';
    expect(found(x, findOrganiser(one(x)))).toBe('Hội đồng Thi đua - Khen thưởng huyện tập huấn');
    const y = 'Sáng 4-3, Trung tâm Văn hóa–Thể thao huyện bồi dưỡng nghiệp vụ cho hướng dẫn viên.';
    expect(found(y, findOrganiser(one(y)))).toBe('Trung tâm Văn hóa–Thể thao huyện bồi dưỡng');
    // a dash before a lower-case word ends the name: what follows is no field of it
    expect(findOrganiser(one('Sáng 4-3, Trung tâm Văn hóa - nhiều người tập huấn nghiệp vụ cho hướng dẫn viên.'))).toBeUndefined();
  });
  it('reads a long lower-case field in a body’s name at the head of a clause, and a name the lexicon knows', () => {
    const x = 'Sáng 4-3, Ban Quản lý dự án đầu tư xây dựng huyện tập huấn nghiệp vụ cho cán bộ các xã.';
    expect(found(x, findOrganiser(one(x)))).toBe('Ban Quản lý dự án đầu tư xây dựng huyện tập huấn');
    const y = 'Sáng 4-3, tại hội trường, Viện Kiểm sát nhân dân huyện bồi dưỡng kỹ năng cho kiểm sát viên.';
    expect(found(y, findOrganiser(one(y)))).toBe('Viện Kiểm sát nhân dân huyện bồi dưỡng');
    // away from the head of the clause, a name runs two lower-case syllables at most
    expect(findOrganiser(one('Sáng 4-3, học viên và Ban Quản lý dự án đầu tư xây dựng huyện tập huấn nghiệp vụ.'))).toBeUndefined();
  });
  it('reads the agent of a passive training verb as the organiser', () => {
    const x = 'Sáng 4-3, hơn 80 hội viên nông dân được Trạm Khuyến nông huyện tập huấn kỹ thuật trồng nấm.';
    expect(found(x, findOrganiser(one(x)))).toBe('Trạm Khuyến nông huyện tập huấn');
  });
  it('reads a body credited as the author with two lower-case syllables after a capitalised word, not a caption', () => {
    expect(isBylineText('Hội Chữ thập đỏ huyện')).toBe(true);
    expect(isBylineText('Cổng Thông tin điện tử huyện Yên Thành')).toBe(true);
    expect(isBylineText('Ban tổ chức trao giấy khen cho học viên')).toBe(false);
  });
  it('reads the days opening the paragraph after a lead that told the event as the dateline', () => {
    const told = 'Tập huấn cho cơ sở\n\nHội Nông dân xã Tân Lập phối hợp với Trạm Khuyến nông huyện tổ chức tập huấn kỹ thuật trồng nấm rơm cho 40 hội viên.\n\nTrong 3 ngày (5 - 7/3), các học viên được nghe ba chuyên đề.\n';
    expect(found(told, findDateline(parseDraft(told)))).toBe('Trong 3 ngày (5 - 7/3');
    // a lead that tells no event (a general preamble) does not open the class's days
    const preamble = 'Tập huấn cho cơ sở\n\nNhững năm gần đây, nghề trồng nấm rơm mang lại thu nhập ổn định cho nhiều hộ nông dân ở các xã vùng bãi ven sông.\n\nTrong 3 ngày (5 - 7/3), các học viên được nghe ba chuyên đề.\n';
    expect(findDateline(parseDraft(preamble))).toBeUndefined();
  });
  it('reads “cho” after the class’s verb as whom the class was for, a giving verb in a body’s name before it', () => {
    const x = 'Trung tâm Hỗ trợ nông dân tỉnh tập huấn kỹ thuật trồng nấm cho 40 hội viên.';
    expect(found(x, findParticipantCount(one(x)))).toBe('cho 40 hội viên');
    expect(findParticipantCount(one('Trung tâm Hỗ trợ nông dân tỉnh trao giống nấm cho 40 hộ.'))).toBeUndefined();
  });
  it.each(data.notAuthorOpeners.entries.flatMap((e) => e.examples))('a line about someone the item writes of, no credit: %s', (x) => {
    expect(isBylineText(x)).toBe(false);
  });
  it.each([...data.bodyNameJoiners.entries.flatMap((e) => e.examples), ...data.creditOwners.entries.flatMap((e) => e.examples), ...markers.levels.flatMap((m) => ('body' in m && m.body ? [m.body] : []))])('a body credited as the author: %s', (x) => {
    expect(isBylineText(x)).toBe(true);
  });
});

describe('number words', () => {
  it.each([
    ['166', 166],
    ['1.200', 1200],
    ['03', 3],
    ['hai mươi', 20],
    ['mười lăm', 15],
    ['một trăm hai mươi', 120],
    ['hai trăm', 200],
    ['ba trăm linh năm', 305],
    ['hai nghìn năm trăm', 2500],
    ['bốn mươi mốt', 41],
  ])('%s = %d', (raw, value) => {
    expect(numberValue(raw)).toBe(value);
  });
  it.each(['hai ba', 'mươi', 'học viên'])('“%s” is not a number', (raw) => {
    expect(numberValue(raw)).toBeNaN();
  });
});

describe('matching view', () => {
  it('maps a decomposed (NFD), new-style draft back to original offsets', () => {
    const original = 'Ban Dân vận Huyện uỷ tổ chức'.normalize('NFD');
    const n = normText(original);
    expect(n.text).toBe('ban dân vận huyện ủy tổ chức');
    const at = n.text.indexOf('huyện ủy');
    const r = origRange(n, at, at + 'huyện ủy'.length);
    expect(original.slice(r.start, r.end).normalize('NFC')).toBe('Huyện uỷ');
  });

  it("a dictionary word's key is the text of its matching view, made without the view's map", () => {
    for (const w of ['Huyện uỷ', 'Huyện uỷ'.normalize('NFD'), 'HOÀ BÌNH', 'hòa bình', 'Đắk Lắk', 'Thuỷ lợi', 'ﬁ', 'İstanbul', '']) {
      expect(normKey(w), w).toBe(normText(w).text);
    }
    expect(normKey('Ban Dân vận Huyện uỷ'.normalize('NFD'))).toBe('ban dân vận huyện ủy');
  });

  it('finds a dateline in an NFD draft and reports its original span', () => {
    const text = 'Tập huấn\n\nChiều ngày 19-8, Huyện ủy tổ chức.'.normalize('NFD');
    expect(found(text, findDateline(parseDraft(text)))?.normalize('NFC')).toBe('Chiều ngày 19-8');
  });
});

describe('paragraph classification', () => {
  it.each(['12-09-2023 255', '19/08/2022 - 17:59', 'Thứ tư, 21/04/2021 10:00', 'PV 14/12/2023 13:39', '13:40 - 24/11/2017', 'Cập nhật lúc09:15, Thứ Ba, 14/05/2019 (GMT+7)', '08:20, Chủ nhật, 3/3/2024'])(
    'metadata line: %s',
    (line) => expect(isMetadataLine(line)).toBe(true),
  );
  it.each(['Ngày 20-4, Ban Dân vận tổ chức hội nghị.', 'Sáng 12-9', 'Hoàng Yến', 'Thứ Ba, 14/5, Huyện ủy khai giảng lớp học.'])('not metadata: %s', (line) => {
    expect(isMetadataLine(line)).toBe(false);
  });

  it('reads a short first line with a stray period as the headline', () => {
    const d = parseDraft('Huyện tổ chức hội nghị quán triệt nghị quyết.\n\nSáng 30-3, Huyện ủy tổ chức hội nghị.\n\nHữu Nam.\n');
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['headline', 'lead', 'byline']);
  });

  it('reads a short first sentence followed by more story as the lead, not a headline', () => {
    const d = parseDraft('Huyện ủy Yên Định vừa tổ chức hội nghị quán triệt nghị quyết.\n\nHội nghị có 200 đảng viên tham dự, được nghe ba chuyên đề.\n\nHữu Nam\n');
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['lead', 'body', 'byline']);
  });

  it('reads a first line that opens with the time as the lead', () => {
    const d = parseDraft('Ngày 27-1, Học viện tổ chức bế giảng lớp học.\n\nCó 120 học viên tốt nghiệp.\n');
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['lead', 'body']);
  });

  it('reads an author name under the headline as the byline when none ends the page', () => {
    const d = parseDraft('Tập huấn dân vận cho người có uy tín\n\nHoài Thương\n\n(Baothanhhoa.vn) - Sáng 24/9, Ban Dân vận Tỉnh ủy tổ chức tập huấn.\n\nToàn cảnh hội nghị.\n\nCác đại biểu được nghe ba chuyên đề.\n');
    expect(d.byline?.text).toBe('Hoài Thương');
    expect(d.lead?.text.startsWith('(Baothanhhoa.vn)')).toBe(true);
  });

  it('reads a pen name typed with a small syllable on the last line as the byline, not a caption', () => {
    expect(parseDraft('Tập huấn dân vận\n\nSáng 2-4, Ban Dân vận tổ chức tập huấn.\n\nDiệu thanh\n').byline?.text).toBe('Diệu thanh');
    expect(parseDraft('Tập huấn dân vận\n\nSáng 2-4, Ban Dân vận tổ chức tập huấn.\n\nToàn cảnh\n').byline).toBeUndefined();
  });

  it('keeps the credit as byline when a short caption follows it', () => {
    const d = parseDraft('Tập huấn dân vận\n\nSáng 2-4, Ban Dân vận tổ chức tập huấn.\n\nThu Hà\n\nẢnh minh họa\n');
    expect(d.byline?.text).toBe('Thu Hà');
  });
});

describe('training skeleton', () => {
  it('is a snippet with every element, the byline placeholder last', () => {
    const s = trainingSkeleton();
    expect(s.startsWith('${1:Tên cơ quan} tổ chức')).toBe(true);
    for (const part of ['${6:dd-mm}', 'đồng chí ${10:Họ và tên}', 'chuyên đề', 'trong ${13:số} ngày', '${17:Tên tác giả}']) expect(s).toContain(part);
  });

  it('uses the author setting as escaped plain text', () => {
    const s = trainingSkeleton('Tin, ảnh: $Hà}');
    expect(s.trimEnd().split('\n').pop()).toBe('Tin, ảnh: \\$Hà\\}');
    expect(s).not.toContain('Tên tác giả');
  });

  it('reads as a complete training-news item once the placeholders are filled', async () => {
    const { check } = await import('../helpers/lint.js');
    const choices = /\$\{5\|([^|}]*)\|\}/.exec(trainingSkeleton())?.[1].split(',') ?? [];
    // every choice of the time placeholder reads right: "Ngày 12-9", never "Ngày ngày 12-9"
    expect(choices).toEqual(['Sáng ngày', 'Chiều ngày', 'Ngày']);
    for (const choice of choices) {
      const filled = trainingSkeleton('Ngọc Anh')
        .replace(/\$\{5\|[^}]*\|\}/g, choice)
        .replace(/\$\{\d+:([^}]*)\}/g, (_, d: string) => ({ 'dd-mm': '12-9', 'số người': '120', số: '2', 'Họ và tên': 'Trần Văn Tuấn', 'chức vụ, cơ quan': 'Phó Bí thư Huyện ủy', 'Tên cơ quan': 'Huyện ủy An Lão' } as Record<string, string>)[d] ?? d);
      expect(filled, choice).toContain(`) ${choice} 12-9, Huyện ủy An Lão tổ chức`);
      const rules = ['required-headline', 'required-dateline', 'required-organiser', 'required-official-titles', 'required-agenda', 'required-participant-count', 'required-byline', 'required-duration', 'repeated-word', 'date-format'];
      expect(check(filled, rules), choice).toEqual([]);
    }
  });
});

describe('organiser constructions', () => {
  it('reads the body before its predicate, not the one a comma closes', () => {
    const x = 'Sáng 6-5, Phòng Văn hóa huyện, Sở Văn hóa tỉnh Hòa Bình tập huấn nghiệp vụ thư viện cho cán bộ xã.';
    expect(found(x, findOrganiser(one(x)))).toBe('Sở Văn hóa tỉnh Hòa Bình tập huấn');
  });
  it('goes on through a colon that opens a list of names', () => {
    const x = 'Sáng 2-3, Trường Chính trị tỉnh phối hợp với Đảng ủy các xã: Tân Phú, Hòa Bình và Yên Lạc tổ chức lớp bồi dưỡng đảng viên mới.';
    expect(found(x, findOrganiser(one(x)))?.startsWith('Trường Chính trị tỉnh')).toBe(true);
  });
  it('stops at a colon that opens a clause', () => {
    const x = 'Ông Lê Văn Tâm, Phó Giám đốc Sở Y tế cho biết: năm nay sẽ tổ chức lớp tập huấn cho cán bộ y tế thôn bản.';
    expect(findOrganiser(one(x))).toBeUndefined();
  });
});

describe('organiser names and predicates', () => {
  it('reads a capitalised training word as part of the name, not as its predicate', () => {
    const x = 'Dự lớp có lãnh đạo Văn phòng Huyện ủy, Trung tâm Bồi dưỡng chính trị huyện.';
    expect(findOrganiser(one(x))).toBeUndefined();
  });
  it('does not read carrying out a study programme as organising a class', () => {
    const x = 'Cũng trong đợt này, Huyện ủy Kim Sơn triển khai học tập và làm theo gương Bác.';
    expect(findOrganiser(one(x))).toBeUndefined();
  });
});

describe('dateline after a preamble', () => {
  it('reads the event date in a later paragraph when a photo caption stands between', () => {
    const text = 'Bồi dưỡng kỹ năng cho cán bộ mặt trận\n\nNhằm nâng cao kỹ năng nắm bắt tình hình nhân dân cho đội ngũ cán bộ mặt trận và các đoàn thể ở cơ sở trong toàn huyện.\n\nĐây là hoạt động thường niên của Ủy ban Mặt trận Tổ quốc huyện, giúp cán bộ cơ sở nắm vững cách tiếp nhận và phản ánh ý kiến của nhân dân.\n\nQuang cảnh buổi tập huấn\n\nNgày 14 tháng 10 năm 2022, Ủy ban Mặt trận Tổ quốc huyện tổ chức tập huấn cho 120 cán bộ.\n\nThu Trang\n';
    expect(found(text, findDateline(parseDraft(text)))).toBe('Ngày 14 tháng 10 năm 2022');
  });
});
