/**
 * Numbers that are no figure of a target: a percent in a lead that qualifies the name before the
 * colon (`Thu xã hưởng 100%: 3.960 triệu đồng`), the numbers of the appendices a resolution sends to
 * (`Chi tiết theo các biểu số 01, 02, 03 kèm theo`), and the seats an election fills (`Đại hội bầu Ban
 * Chấp hành gồm 33 đồng chí`).
 */
import { engine } from '../helpers/engine';

const draftOf = (lines: string) =>
  engine.draftFromText(`NGHỊ QUYẾT\nvề dự toán năm 2026\nCác chỉ tiêu chủ yếu:\n${lines}`);

/** [form, lines, plans drafted] */
const FORMS: [string, string, (number | string)[]][] = [
  ['a sharing rate in the lead', '- Các khoản thu xã hưởng 100%: 2.140 triệu đồng', [2140]],
  ['a sharing rate, other words', '- Thu phân chia xã hưởng 70%: 860 triệu đồng', [860]],
  [
    'appendix numbers in brackets',
    '- Tổng chi ngân sách xã 9.400 triệu đồng.\n(Chi tiết theo các biểu số 01, 02 và 03 kèm theo)',
    [9400],
  ],
  ['an appendix named in a sentence', '- Tổng thu ngân sách 12 tỷ đồng, chi tiết tại phụ lục 2 kèm theo', [12]],
  [
    'an election after the targets',
    '- Kết nạp 20 đảng viên mới.\n5. Đại hội bầu Ban Chấp hành Đảng bộ xã gồm 33 đồng chí; bầu đoàn đại biểu dự Đại hội cấp trên gồm 7 đồng chí.',
    [20],
  ],
  [
    'an election by a conference',
    '- Trồng rừng 45 ha.\n6. Hội nghị đã bầu bổ sung 2 đồng chí vào Ban Thường vụ.',
    [45],
  ],
];

test.each(FORMS)('no figure of a target: %s', (_, lines, plans) => {
  expect(draftOf(lines).targets.map((t) => t.plan)).toEqual(plans);
});
