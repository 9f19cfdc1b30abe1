/**
 * Ratings written after their subject without `xếp loại` (`… đạt Khá trở lên`, `…: hoàn thành tốt NV`);
 * a `trở lên` after a rating phrase bounds the rating, not the share before it; labels are matched as
 * written, with their diacritics (`CA xã`, `ấp`, `buôn`), fillers blanked only where written as fillers.
 */
import { engine } from '../helpers/engine';

const draft = (line: string) => engine.draftFromText(`Các chỉ tiêu chủ yếu năm 2026:\n- ${line}`).targets;

const SUBJECT_RATED: [string, string, string][] = [
  ['after đạt', 'Ban Chỉ huy quân sự xã đạt vững mạnh toàn diện.', 'local_military_rating'],
  ['after đạt with trở lên', 'Công an xã hằng năm đạt Giỏi trở lên', 'commune_police_rating'],
  ['after a colon', 'Công an xã: Tốt.', 'commune_police_rating'],
  ['initials and NV', 'BCHQS xã: hoàn thành xuất sắc NV', 'local_military_rating'],
  ['after đạt mức', 'Công tác quân sự địa phương đạt mức Khá', 'local_military_rating'],
];

describe.each(SUBJECT_RATED)('a rating written after its subject: %s', (_, line, id) => {
  test(`is ${id}, a rating`, () => {
    const [t] = draft(line);
    expect(t).toMatchObject({ indicatorId: id, direction: 'rating' });
    expect(typeof t.plan).toBe('string');
  });
});

const SHARE_RATED: [string, number][] = [
  ['85% chi bộ hoàn thành tốt nhiệm vụ trở lên.', 85],
  ['Có 95% đảng viên hoàn thành nhiệm vụ trở lên', 95],
  ['70% hội viên được xếp loại khá trở lên', 70],
  ['100% tổ chức đoàn thể đạt vững mạnh trở lên', 100],
  ['90% cán bộ, công chức xếp loại hoàn thành tốt nhiệm vụ trở lên', 90],
];

describe.each(SHARE_RATED)('trở lên after a rating: %s', (line, share) => {
  test('the share is a plain number', () => {
    expect(draft(line)[0]).toMatchObject({ plan: share, direction: 'higher' });
  });
});

const AS_WRITTEN: [string, string][] = [
  ['CA xã: Khá trở lên', 'commune_police_rating'],
  ['Ấp văn hóa 90%', 'cultural_village_rate'],
  ['Tỷ lệ buôn văn hóa đạt 75%', 'cultural_village_rate'],
  ['Cơ cấu: nông nghiệp 40%, dịch vụ 35%, công nghiệp - xây dựng 25%', 'share_agriculture'],
  ['Tổ dân phố văn hóa 92%', 'cultural_village_rate'],
];

describe.each(AS_WRITTEN)('matched as written: %s', (line, id) => {
  test(`names ${id}`, () => {
    expect(draft(line).map((t) => t.indicatorId)).toContain(id);
  });
});
