/**
 * Targets inside prose or a speech: the figure stands in a sentence whose words before it are the
 * speaker's (`tôi đề nghị`, `các trường phải bảo đảm`, `cả xã phải phấn đấu đưa … lên`) and whose words
 * after the thing place it (`ở vùng đầu nguồn`, `bị nhiễm bệnh`). The target is named by the words
 * after the directive, without the place, or by the subject before it (`giao quân phải đạt …`). Words
 * that fold like a clause separator are no separator (`đề nghị` is not `để`, `trong độ tuổi` not
 * `trong đó`), and an anniversary (`kỷ niệm 80 năm`) is no figure. Invented forms.
 */
import { engine } from '../helpers/engine';

const HEAD = 'PHÁT BIỂU\ntại hội nghị triển khai nhiệm vụ năm 2027\n\n';

/** [form, paragraph, [indicator id, plan][]] */
const FORMS: [string, string, [string, number | string][]][] = [
  [
    '`đề nghị`, a place after the thing, `nâng … lên`',
    'Về môi trường, tôi đề nghị trồng mới 25 ha rừng ở vùng đầu nguồn và nâng tỷ lệ hộ dùng nước hợp vệ sinh lên 98%.',
    [
      ['forest_planted', 25],
      ['clean_water_rate', 98],
    ],
  ],
  [
    '`phải bảo đảm`, `trong độ tuổi`, `giữ vững`',
    'Các trường học phải bảo đảm 100% trẻ em trong độ tuổi đến trường; ngành y tế phải giữ vững tỷ lệ tham gia bảo hiểm y tế trên 95%.',
    [
      ['school_enrollment_rate', 100],
      ['health_insurance_rate', 'trên 95'],
    ],
  ],
  [
    'the subject before `phải đạt`',
    'Về quân sự, giao quân phải đạt 100% chỉ tiêu, và Công an xã phải đạt loại Khá.',
    [
      ['military_recruitment', 100],
      ['commune_police_rating', 'Khá'],
    ],
  ],
  [
    '`phấn đấu đưa … lên`, `làm cho được việc`, a state after the thing',
    'Cả xã phải phấn đấu đưa thu nhập bình quân đầu người lên 70 triệu đồng, ngành nông nghiệp phải làm cho được việc phục hồi 35 ha hồ tiêu bị nhiễm bệnh.',
    [
      ['income_per_capita', 70],
      ['pepper_area_restored', 35],
    ],
  ],
  [
    '`yêu cầu bảo đảm`, a place at the end',
    'Tôi yêu cầu bảo đảm tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98% tại tất cả các thôn.',
    [['immunization_rate', 98]],
  ],
];

describe.each(FORMS)('a target in a speech: %s', (_, paragraph, want) => {
  const draft = engine.draftFromText(HEAD + paragraph);
  test('each figure is named by the thing it measures', () => {
    const got = draft.targets.map((t) => [t.indicatorId, t.plan]);
    for (const w of want) expect(got).toContainEqual(w);
    expect(draft.targets).toHaveLength(want.length);
  });
});

test('a target outside the catalog is named without the speaker’s words', () => {
  const draft = engine.draftFromText(
    HEAD + 'Ngành nông nghiệp phải làm cho được việc ghép cải tạo 120 ha điều của bà con.',
  );
  expect(draft.targets).toHaveLength(1);
  expect(draft.targets[0].label.toLocaleLowerCase('vi')).not.toMatch(/ngành|phải/);
});

test('an anniversary is no figure', () => {
  const draft = engine.draftFromText(
    HEAD +
      'Chúng ta quyết tâm hoàn thành thắng lợi nhiệm vụ năm 2027, chào mừng kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam.',
  );
  expect(draft.targets).toEqual([]);
});
