/**
 * A long sentence announcing the targets (`Điều 1. Thông qua các chỉ tiêu … như sau:`), classed by its
 * last sentence; a chat copied with each message's time at its end; an aligned text table ruled with
 * dashes; notes under a table; a draft's figure mentioned in passing.
 */
import { documentFromText } from '../../src/core/draft/document';
import { draftFromText } from '../helpers/engine';

const plans = (text: string): (number | string)[] => draftFromText(text).targets.map((t) => t.plan);

test.each([
  'Ban Chấp hành yêu cầu các chi bộ và đoàn thể tập trung lãnh đạo, phấn đấu hoàn thành vượt mức các chỉ tiêu Nghị quyết năm 2026, cụ thể:',
  'Sau khi nghe báo cáo dự kiến kế hoạch phát triển kinh tế - xã hội năm 2026, Ban Thường vụ kết luận như sau:',
  'Điều 1. Thông qua các chỉ tiêu chủ yếu về phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026 của xã Hưng Phú, tỉnh Hưng Yên, đã được Hội đồng nhân dân xã thảo luận và thống nhất tại kỳ họp thứ tư, như sau:',
  'Năm 2026, Ban Thường vụ yêu cầu tập trung phát triển du lịch cộng đồng, nâng cao chất lượng giáo dục, y tế; giữ vững an ninh trật tự. Ban Thường vụ thống nhất 18 chỉ tiêu như sau:',
])('a long sentence announcing the targets opens them: %s', (announcement) => {
  const text = [
    'NGHỊ QUYẾT năm 2026',
    'QUYẾT NGHỊ:',
    announcement,
    '1.1. Thu nhập bình quân đầu người đạt 82 triệu đồng.',
    '1.2. Tỷ lệ hộ nghèo còn dưới 1,2%.',
  ].join('\n');
  expect(plans(text)).toEqual([82, 'dưới 1,2']);
});

test('a chat copied with the sender above each message and its time at its end', () => {
  const chat = [
    'Thứ Sáu, 19/12/2025',
    '',
    'Lò Văn Thành - VP HĐND&UBND',
    'VP gửi trước các chỉ tiêu chính năm 2026 07:42',
    '',
    'Lò Văn Thành - VP HĐND&UBND',
    '- Đàn trâu bò 5.600 con, đàn lợn 11.000 con',
    '- Thu nhập BQ đầu người 32 tr đ/người/năm 07:46',
    '',
    'Tráng A Dình - ĐC-NN-XD-MT',
    'Đã nhận ạ 07:48',
    '',
    'Lò Văn Thành - VP HĐND&UBND',
    'BHYT 97%, bản anh gửi ở trên vẫn là số dự thảo 96% 07:55',
  ].join('\n');
  expect(documentFromText(chat).transcript).toBe(true);
  const found = plans(chat);
  expect(found).toEqual(expect.arrayContaining([5600, 11000, 32, 97]));
  for (const notATarget of [42, 46, 48, 55, 7, 96]) expect(found).not.toContain(notATarget);
});

test('an aligned table ruled with dashes is one table; the notes under it are no targets', () => {
  const table = [
    'DỰ TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2026',
    'Đơn vị tính: triệu đồng',
    '--------------------------------------------------------------------------------',
    'TT   Nội dung                          Dự toán 2025   Ước TH 2025   Dự toán 2026',
    '                                                (1)           (2)            (3)',
    '--------------------------------------------------------------------------------',
    'A    TỔNG THU NGÂN SÁCH XÃ                   67.800        78.313         72.830',
    'B    TỔNG CHI NGÂN SÁCH XÃ                   67.800        72.370         72.830',
    '--------------------------------------------------------------------------------',
    '',
    'Ghi chú:',
    '- Dự phòng ngân sách bố trí 2,0% tổng chi cân đối ngân sách xã theo quy định.',
  ].join('\n');
  const draft = draftFromText(table);
  expect(draft.targets.map((t) => [t.indicatorId, t.plan])).toEqual([
    ['budget_revenue', 72830],
    ['budget_expenditure', 72830],
  ]);
});
