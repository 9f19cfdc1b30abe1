/**
 * A figure in brackets after a target is decided by what the bracket says. A figure to compare with
 * (`(dự toán huyện giao 12 tỷ)`, `(bằng 118% kế hoạch)`) is no target of its own; a level the target
 * comes to (`tăng 9% (đạt khoảng 640 tỷ đồng)`, `hoàn thành 100% chỉ tiêu … (năm 2026 là 31 thanh
 * niên)`) is the plan, in place of the percent before it.
 */
import { engine } from '../helpers/engine';

const draftOf = (item: string) => engine.draftFromText(`KẾ HOẠCH năm 2026\nCác chỉ tiêu chủ yếu:\n- ${item}`);

/** [form, item, plans drafted] */
const FORMS: [string, string, (number | string)[]][] = [
  ['a plan handed down', 'Thu ngân sách xã 14,8 tỷ đồng (dự toán huyện giao 12 tỷ đồng)', [14.8]],
  ['the province’s estimate', 'Thu tiền sử dụng đất 40 tỷ đồng (kế hoạch tỉnh giao 35 tỷ)', [40]],
  ['a share of the estimate', 'Tổng thu ngân sách 52 tỷ đồng (bằng 118% dự toán)', [52]],
  ['a growth and the level it reaches', 'Giá trị sản xuất công nghiệp tăng 9% (đạt khoảng 640 tỷ đồng)', [640]],
  ['a growth and its level, `tương đương`', 'Sản lượng lương thực tăng 3% (tương đương 5.150 tấn)', [5150]],
  ['a full share and the count for the year', 'Hoàn thành 100% chỉ tiêu giao quân (năm 2026 là 31 thanh niên)', [31]],
  [
    'a bracket with words of its own stays a target',
    'Tổng đàn gia súc 4.000 con (trong đó đàn bò 1.500 con)',
    [4000, 1500],
  ],
];

test.each(FORMS)('a figure in brackets: %s', (_, item, plans) => {
  expect(draftOf(item).targets.map((t) => t.plan)).toEqual(plans);
});
