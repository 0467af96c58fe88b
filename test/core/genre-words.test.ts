/**
 * dictionaries/genre.json: every example reads as its section says, through isTrainingNews on
 * a small draft of my own around it (headline, lead, byline).
 */
import { describe, expect, it } from 'vitest';
import words from '../../dictionaries/genre.json';
import { parseDraft } from '../../server/src/core/parse.js';
import { isTrainingNews } from '../../server/src/core/genre.js';

const LEAD = 'Sáng 4-5, các học viên có mặt đông đủ tại hội trường xã Tân Hòa để bắt đầu buổi học đầu tiên.';
const draft = (headline: string, lead = LEAD) => parseDraft(`${headline}\n\n${lead}\n\nHọ được phát tài liệu và sổ ghi chép.\n\nThu Hà\n`);

describe('dictionaries/genre.json examples', () => {
  it.each(words.trainingEvents.entries.flatMap((e) => e.examples))('a training event: %s', (x) => {
    expect(isTrainingNews(draft(x))).toBe(true);
  });
  it.each(words.otherEvents.entries.flatMap((e) => e.examples))('another kind of event, even with a class later: %s', (x) => {
    expect(isTrainingNews(draft(x, `${LEAD} Sau đó, ban tổ chức mở lớp tập huấn ngắn.`))).toBe(false);
  });
  it.each(words.weakEvents.entries.flatMap((e) => e.examples))('a weak event confirmed by a class: %s', (x) => {
    expect(isTrainingNews(draft(x))).toBe(true);
    expect(isTrainingNews(draft(x, 'Sáng 4-5, trời nắng đẹp trên toàn địa bàn xã Tân Hòa, đường sá khô ráo và thông thoáng.'))).toBe(false);
  });
  it.each(words.classSigns.entries.flatMap((e) => e.examples))('a sign of a class confirms a weak headline: %s', (x) => {
    const headline = 'Huấn luyện lực lượng dự bị động viên năm nay';
    expect(isTrainingNews(draft(headline, `Sáng 4-5, Ban Chỉ huy Quân sự xã khai mạc đợt huấn luyện. ${x}.`))).toBe(true);
    expect(isTrainingNews(draft(headline, 'Sáng 4-5, trời nắng đẹp trên toàn địa bàn xã Tân Hòa, đường sá khô ráo và thông thoáng.'))).toBe(false);
  });
  it.each(words.eventReferences.entries.flatMap((e) => e.examples))('a lead referring to an event, then a class: %s', (x) => {
    expect(isTrainingNews(parseDraft(`${x}\n\nTại lớp tập huấn, học viên được nghe ba chuyên đề về công tác dân vận.\n\nThu Hà\n`))).toBe(true);
    expect(isTrainingNews(parseDraft(`${x}\n\nBuổi chiều, đoàn đến thăm một số mô hình sản xuất của xã.\n\nThu Hà\n`))).toBe(false);
  });
  it.each(words.learningClauses.entries.flatMap((e) => e.examples))('a lead referring to an event, then what was taught: %s', (x) => {
    const lead = 'Dự và chỉ đạo hội nghị có đồng chí Lê Văn Bình, Phó Chủ tịch UBND huyện.';
    expect(isTrainingNews(parseDraft(`${lead}\n\nTại hội nghị, ${x[0].toLowerCase()}${x.slice(1)}\n\nThu Hà\n`))).toBe(true);
    // the same paragraph after a lead that names no event is not enough
    expect(isTrainingNews(parseDraft(`Chiều qua, trời mưa to trên địa bàn xã.\n\n${x}\n\nThu Hà\n`))).toBe(false);
  });
  it.each(words.announcements.entries.flatMap((e) => e.examples))('a document issued, under a headline naming a class: %s', (x) => {
    expect(isTrainingNews(draft('Bồi dưỡng tiếng dân tộc cho cán bộ cơ sở', x))).toBe(false);
    // the same headline over a lead that tells the class
    expect(isTrainingNews(draft('Bồi dưỡng tiếng dân tộc cho cán bộ cơ sở'))).toBe(true);
  });
  it.each(words.classOrders.entries.flatMap((e) => e.examples))('a document that orders the class: %s', (x) => {
    expect(isTrainingNews(draft('Tập huấn nghiệp vụ hòa giải', x))).toBe(true);
  });
  it.each(words.reportedClauses.entries.flatMap((e) => e.examples))('a weak event someone reports, under a headline naming none: %s', (x) => {
    expect(isTrainingNews(draft('An toàn cho học sinh', x))).toBe(false);
    // the same event told in the item's own words
    const own = x.replace(/ (?:cho biết|thông tin)/u, '');
    expect(isTrainingNews(draft('An toàn cho học sinh', own))).toBe(true);
  });
  it.each(words.topicNouns.entries.flatMap((e) => e.examples))('a weak word as a topic: %s', (x) => {
    const lead = 'Những năm qua, Ban Chỉ huy Quân sự huyện chú trọng xây dựng lực lượng dân quân vững mạnh, sẵn sàng nhận nhiệm vụ.';
    expect(isTrainingNews(draft(x, lead))).toBe(false);
    expect(isTrainingNews(draft('Huyện Tân Lạc huấn luyện dân quân năm thứ nhất', lead))).toBe(true);
  });
  it.each(words.legalLines.entries.flatMap((e) => e.examples))('a line of a legal text: %s', (x) => {
    expect(isTrainingNews(parseDraft(`Tập huấn nghiệp vụ hòa giải\n\n${LEAD}\n\n${x}\n\nThu Hà\n`))).toBe(false);
    expect(isTrainingNews(parseDraft(`Tập huấn nghiệp vụ hòa giải\n\n${LEAD}\n\nThu Hà\n`))).toBe(true);
  });
  it.each(words.otherGenreWords.entries.flatMap((e) => e.examples))('sports or weather words outweigh a weak event: %s', (x) => {
    expect(isTrainingNews(draft('Đội bóng huyện huấn luyện chiến thuật mới', `${x}. Các học viên của lớp năng khiếu theo dõi trên khán đài.`))).toBe(false);
  });
});

describe('where the event is read', () => {
  it('reads past a photo caption that stands before the lead', () => {
    expect(isTrainingNews(parseDraft('Quang cảnh buổi lễ\n\nNgày 9-4, Trung tâm Chính trị huyện khai giảng lớp bồi dưỡng đảng viên mới cho 60 học viên.\n\nThu Hà\n'))).toBe(true);
  });
  it('lets a training event in the lead outweigh a preamble naming another event', () => {
    expect(isTrainingNews(parseDraft('Hội Nông dân huyện với ngày pháp luật\n\nHưởng ứng ngày pháp luật, sáng 9-11, Hội Nông dân huyện tổ chức tập huấn pháp luật cho 80 hội viên.\n\nThu Hà\n'))).toBe(true);
  });
  it('reads a training event past a topic naming another event when the lead refers back', () => {
    expect(isTrainingNews(parseDraft('Tại hội nghị, cán bộ các xã được hướng dẫn tổng kết công tác thi đua năm. Các đại biểu trao đổi nhiều vướng mắc ở cơ sở.\n\nThông qua lớp bồi dưỡng, cán bộ nắm chắc quy trình khen thưởng.\n\nThu Hà\n'))).toBe(true);
    expect(isTrainingNews(parseDraft('Hội Nông dân xã tổng kết công tác thi đua năm. Các đại biểu trao đổi nhiều vướng mắc ở cơ sở.\n\nThông qua lớp bồi dưỡng, cán bộ nắm chắc quy trình khen thưởng.\n\nThu Hà\n'))).toBe(false);
  });
  it('reads the event in a later paragraph that opens with its date when the lead is a preamble', () => {
    const preamble = 'Cháy rừng mùa khô\n\nMùa khô năm nay nắng nóng kéo dài, nguy cơ cháy rừng ở các xã vùng núi luôn ở mức cao.\n\n';
    expect(isTrainingNews(parseDraft(`${preamble}Sáng 14-3, Hạt Kiểm lâm huyện tổ chức tập huấn phòng cháy, chữa cháy rừng cho 60 thành viên tổ bảo vệ rừng.\n\nThu Hà\n`))).toBe(true);
    // a summary of the year's work that names classes among other things is not a class's story
    expect(isTrainingNews(parseDraft(`${preamble}Trong năm, Hạt Kiểm lâm huyện đã tổ chức tập huấn phòng cháy, chữa cháy rừng cho 600 thành viên tổ bảo vệ rừng.\n\nThu Hà\n`))).toBe(false);
  });
  it('does not count a weak word inside a body’s name', () => {
    expect(isTrainingNews(parseDraft('Năm học mới ở vùng cao\n\nSở Giáo dục và Đào tạo cho biết các trường đã sẵn sàng đón học sinh, giáo viên đã nhận đủ sách giáo khoa.\n\nThu Hà\n'))).toBe(false);
  });
  it('reads “tập huấn viên” as a person, not a class', () => {
    expect(isTrainingNews(parseDraft('Điểm sơ cứu ở nhà ga\n\nMỗi điểm sơ cứu có một bác sĩ và hai tập huấn viên trực suốt ngày lễ.\n\nThu Hà\n'))).toBe(false);
  });
});
