/**
 * What a document says that sets no target though it has figures, and whose targets they are: the
 * subject place among several a notice assigns targets to; questions, talk addressed to someone,
 * estimates of results, acts reported done, a draft's figure set aside; times of day, anniversaries,
 * the criteria a target holds on; a speaker's address before last year's results.
 */
import { draftFromText } from '../helpers/engine';

const plans = (text: string): (number | string)[] => draftFromText(text).targets.map((t) => t.plan);

describe('a notice setting targets for several communes', () => {
  const notice = (issuer: string): string =>
    [
      issuer,
      'THÔNG BÁO về chỉ tiêu nhiệm kỳ 2025 - 2030',
      '2. Chỉ tiêu riêng của từng xã:',
      '2.1. Xã Hòa Bắc: thu nhập bình quân đầu người đạt 75 triệu đồng; tỷ lệ hộ nghèo dưới 2%.',
      '2.2. Xã Hòa Nam: thu nhập bình quân đầu người đạt 68 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 2%/năm, đến cuối nhiệm kỳ còn dưới 3%.',
      '2.3. Phường Tân An',
      '- Thu nhập bình quân đầu người 90 triệu đồng.',
    ].join('\n');

  test.each([
    'ĐẢNG ỦY XÃ HÒA NAM - VĂN PHÒNG',
    'UBND xã Hòa Nam',
    'Ủy ban nhân dân XÃ HÒA NAM   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  ])('issued by or for %s: only that commune’s targets, read without its name', (issuer) => {
    const draft = draftFromText(notice(issuer));
    const byId = new Map(draft.targets.map((t) => [t.indicatorId, t]));
    expect(byId.get('income_per_capita')?.plan).toBe(68);
    expect(draft.targets.map((t) => t.plan)).not.toContain(75);
    expect(draft.targets.map((t) => t.plan)).not.toContain(90);
    // `còn dưới 3%` goes on the clause before it, not on the commune's name.
    expect(draft.targets.map((t) => t.label).join(' | ')).not.toMatch(/Hòa Nam/);
  });

  test('with no subject in its first lines, every commune’s targets are read', () => {
    expect(plans(notice('HUYỆN ỦY HÒA VANG'))).toEqual(expect.arrayContaining([75, 68, 90]));
  });
});

describe('a table with a column per commune', () => {
  const table = (issuer: string): string =>
    [
      issuer,
      'PHỤ LỤC: CHỈ TIÊU KẾ HOẠCH NĂM 2026 GIAO CÁC XÃ',
      'STT\tChỉ tiêu\tĐVT\tXã Hòa Lộc\tXã Long Mỹ\tXã Tân Phú',
      '1\tThu nhập bình quân đầu người\ttriệu đồng\t68\t72\t65',
      '2\tTỷ lệ hộ nghèo\t%\t< 2,0\t< 1,5\t< 2,5',
    ].join('\n');

  test('the subject’s column is the plan', () => {
    const draft = draftFromText(table('ỦY BAN NHÂN DÂN XÃ LONG MỸ'));
    expect(draft.targets.map((t) => [t.indicatorId, t.plan])).toEqual([
      ['income_per_capita', 72],
      ['poverty_rate', 'dưới 1,5'],
    ]);
  });

  test('with no subject, no column is taken: the rows are listed as unplaced, not guessed', () => {
    const draft = draftFromText(table('ỦY BAN NHÂN DÂN TỈNH VĨNH LONG'));
    expect(draft.targets).toEqual([]);
    expect(draft.unplaced.map((u) => u.reason)).toEqual(['plan-column', 'plan-column']);
  });
});

describe('figures that are no targets', () => {
  const head = 'Các chỉ tiêu chủ yếu năm 2026:\n';

  test.each([
    ['a question', '- Hộ nghèo năm nay còn 10,6% mà giảm 2,5% thì còn 8,1% chứ chị?', [8.1, 10.6, 2.5]],
    [
      'talk addressed to someone',
      '- Sản lượng cà phê 13.000 tấn hơi cao em ơi, mới được 12.100 tấn thôi',
      [13000, 12100],
    ],
    ['an estimate of a result', '- Sản lượng lúa năm nay ước đạt 12.100 tấn', [12100]],
    ['an act reported done', '- Em đã tổng hợp, đã sửa tỷ lệ hộ nghèo còn 8,1% theo ý kiến chị Thương', [8.1]],
    ['a draft’s figure set aside', '- Tỷ lệ bò lai đạt 45% (không để 40% như dự thảo)', [40]],
    ['times of day', '- Các phòng gửi số liệu trước 16h chiều nay, 14h30 họp, chốt lúc 9:15', [16, 14, 30, 9, 15]],
    ['an anniversary', '- Tổ chức kỷ niệm 96 năm Ngày thành lập Đảng và 80 năm Ngày Tổng tuyển cử đầu tiên', [96, 80]],
    ['the criteria a target holds on', '- Kéo giảm tai nạn giao thông trên cả 3 tiêu chí', [3]],
  ])('%s', (_kind, line, absent) => {
    const found = plans(head + line);
    for (const figure of absent) expect(found).not.toContain(figure);
  });

  test('the figures meant stay: a share of the quota restates the target beside it', () => {
    const draft = draftFromText(
      `${head}- Giao quân đủ 28 thanh niên (100% chỉ tiêu)\n- Tỷ lệ bò lai đạt 45% (không để 40% như dự thảo)`,
    );
    expect(draft.targets.map((t) => t.plan)).toEqual([28, 45]);
  });

  test('a speaker’s address before last year’s results does not make them targets', () => {
    const speech = [
      'Phát biểu tại Hội nghị triển khai nhiệm vụ năm 2026',
      'Thưa các đồng chí, năm 2025 là một năm đặc biệt. Tốc độ tăng giá trị sản xuất vẫn đạt 9,1%, thu nhập bình quân đầu người đạt 78 triệu đồng.',
      'Năm 2026, chúng ta phấn đấu thu nhập bình quân đầu người đạt 85 triệu đồng.',
    ].join('\n');
    const found = plans(speech);
    expect(found).toContain(85);
    expect(found).not.toContain(78);
    expect(found).not.toContain(9.1);
  });
});

describe('a chat’s own lines', () => {
  test('the group’s title, attachments and reactions are no targets', () => {
    const chat = [
      'UBND XÃ IA HRUNG - ĐIỀU HÀNH (47 thành viên)',
      '18/12/2025',
      'Hạnh VP   08:41',
      'Chỉ tiêu KH năm 2026:',
      'Đàn bò 3.100 con',
      '👍 3',
      'Hồng KT   13:47',
      '[Hình ảnh]',
      'Hạnh VP   14:31',
      '[File] Chi tieu KH 2026.xlsx  (28 KB)',
      '❤️ 2',
    ].join('\n');
    expect(plans(chat)).toEqual([3100]);
  });
});
