/**
 * A chat transcript pasted or saved as text: headers (sender, time) in the forms chat apps copy, lines
 * that stand alone, a figure a later message corrects, times of day that are no figures, and a
 * department's lead before a target that names its own thing.
 */
import { documentFromText, isMessageHeader } from '../../src/core/draft/document';
import { draftFromText } from '../helpers/engine';

describe('message headers', () => {
  test.each([
    'Trần Thị Mỹ Dung - VP  07:52',
    '07:52 Dung',
    '[16/12/2025 08:05] Nguyễn Văn Hậu',
    'Hậu, [16.12.25 08:05]',
    '16/12/2025, 08:05 - Hậu KT',
    '8:05 AM Lê Phúc',
    '16/12/2025',
  ])('%s is a header', (line) => expect(isMessageHeader(line)).toBe(true));

  test.each([
    'Sản lượng lúa 8.316 tấn',
    'Tỷ lệ tiêm phòng 85%, họp lúc 14:30 tại hội trường UBND xã',
    'Phòng KT gửi chị:',
    'Tỷ số 3:1',
  ])('%s is not', (line) => expect(isMessageHeader(line)).toBe(false));
});

const CHAT = [
  'Dung - VP  07:52',
  'Các phòng gửi chỉ tiêu KH năm 2026 trước 10h sáng nay nha',
  'Hậu - P.Kinh tế  08:05',
  'Đàn bò 9.800 con, đàn heo 14.500 con, gia cầm 120.000 con',
  'thu nhập bq đầu người 64 tr',
  'Phúc - VHXH  08:21',
  '- Hộ nghèo giảm 1,5% (năm nay còn 3,9%)',
  '- BHYT 95%',
  'Phúc - VHXH  08:31',
  'Sửa lại giúp em: BHYT 94,5% chứ k phải 95, TTYT mới gửi số giao',
  'Khoa - Quân sự  09:02',
  'QS xã: giao quân 2026 đủ 100% chỉ tiêu',
].join('\n');

describe('a chat transcript', () => {
  test('its lines stand as typed: a line starting in lower case is no continuation', () => {
    const doc = documentFromText(CHAT);
    expect(doc.transcript).toBe(true);
    const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' && !b.chatMeta ? [b.text] : []));
    expect(texts).toContain('thu nhập bq đầu người 64 tr');
  });

  test('the later message corrects a figure; times of day, headers and this year’s state are no targets', () => {
    const draft = draftFromText(CHAT);
    expect(draft.year).toBe(2026);
    const byId = new Map(draft.targets.map((t) => [t.indicatorId, t]));
    expect(byId.get('health_insurance_rate')?.plan).toBe(94.5);
    expect(draft.unplaced).toContainEqual(expect.objectContaining({ source: 'BHYT 95%', reason: 'corrected' }));
    expect(byId.get('poverty_reduction_rate')?.plan).toBe(1.5);
    expect(byId.get('poultry_flock')?.plan).toBe(120000);
    const plans = draft.targets.map((t) => t.plan);
    expect(plans).not.toContain(10);
    expect(plans).not.toContain(3.9);
    expect(plans).not.toContain(52);
    expect(draft.targets.map((t) => t.label).join(' | ')).not.toMatch(/QS xã|Sửa lại|VP|08/);
  });

  test('outside a chat, the same indicator given twice keeps the better-named clause', () => {
    const draft = draftFromText(
      'Các chỉ tiêu chủ yếu năm 2026:\n- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.\n- BHYT 94,5%.',
    );
    expect(draft.targets.find((t) => t.indicatorId === 'health_insurance_rate')?.plan).toBe(95);
  });
});

describe('a lead before a target that names its own thing', () => {
  test('the lead is the clause’s context, not part of its name', () => {
    const draft = draftFromText('Chỉ tiêu năm 2026:\n- Chăn nuôi: đàn trâu 1.200 con.\n- Tỷ lệ hộ nghèo: giảm còn 3%.');
    // Buffaloes alone are a part of the catalog's cattle-and-buffalo herd: a target in its own words.
    expect(draft.targets.map((t) => [t.label, t.plan])).toContainEqual(['Đàn trâu', 1200]);
    expect(draft.targets.find((t) => t.indicatorId === 'poverty_rate')?.label).toMatch(/^Tỷ lệ hộ nghèo/);
  });
});

describe('a chat exported with each message on its stamp’s line', () => {
  const exported = [
    '16/12/2025, 07:58 - Tin nhắn và cuộc gọi được mã hóa đầu cuối.',
    '16/12/2025, 07:58 - Hùng PCT đã tạo nhóm "Tổ soạn thảo 2026"',
    '16/12/2025, 08:05 - Hùng PCT: Các bộ phận chốt chỉ tiêu năm 2026, chiều mai 17/12 họp, nộp trước 10/1 nhé',
    '16/12/2025, 08:07 - Oanh KT: Bên em: thu nhập bình quân đầu người 58 triệu đồng, sản lượng lúa 12.400 tấn',
    '16/12/2025, 08:09 - Hùng PCT: Thu nhập năm nay ước được bao nhiêu em?',
    '16/12/2025, 08:10 - Oanh KT: Ước 53,6 triệu anh ạ',
    '16/12/2025, 08:31 - Oanh KT: Em sửa lại: sản lượng lúa 10.700 tấn nha, không phải 12.400',
    '16/12/2025, 08:44 - Oanh KT: còn năm 2025 đạt (thu nhập 53,6 tr, hộ nghèo 0,94%) thì đưa vô báo cáo, ko phải chỉ tiêu đâu',
    '16/12/2025, 09:05 - Hùng PCT: <Media omitted>',
  ].join('\n');

  test('stamps and senders, the app’s notices and omitted media are no words; the message is read', () => {
    const doc = documentFromText(exported);
    expect(doc.transcript).toBe(true);
    const said = doc.blocks.flatMap((b) => (b.kind === 'paragraph' && !b.chatMeta ? [b.text] : []));
    expect(said[0]).toMatch(/^Các bộ phận chốt/);
    expect(said.join(' ')).not.toMatch(/Media omitted|mã hóa|đã tạo nhóm/);
  });

  test('the corrected figure, not last year’s, not what the writer calls no target, not dates', () => {
    const draft = draftFromText(exported);
    const byId = new Map(draft.targets.map((t) => [t.indicatorId, t.plan]));
    expect(byId.get('income_per_capita')).toBe(58);
    expect(byId.get('rice_output')).toBe(10700);
    expect(byId.has('poverty_rate')).toBe(false);
    const plans = draft.targets.map((t) => t.plan);
    for (const notATarget of [17, 10, 53.6, 0.94, 12400]) expect(plans).not.toContain(notATarget);
  });
});
