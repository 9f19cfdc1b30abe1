/**
 * Rows pasted from a spreadsheet without their header row: which column names the target, which is
 * its unit and which figure is the plan are read from the cells. A column that compares two others
 * (their ratio in percent, their difference) is never the plan; of two figures the later is (a sheet
 * of targets gives the year's result, then its plan); with more, no cell says which is the plan, and
 * the rows are listed as unplaced with that reason instead of a guess.
 */
import { engine } from '../helpers/engine';

const tab = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');

/** [form, pasted rows, plans drafted in order] */
const FORMS: [string, string, (number | string)[]][] = [
  [
    'row number, name, unit, result, plan',
    tab([
      ['1', 'Diện tích lúa cả năm', 'ha', '1.210', '1.250'],
      ['2', 'Tỷ lệ hộ nghèo', '%', '4,2', '3,6'],
      ['3', 'Tổng đàn lợn', 'con', '12.000', '12.800'],
    ]),
    [1250, 3.6, 12800],
  ],
  [
    'no row numbers, unit after the name',
    tab([
      ['Tỷ lệ tham gia BHYT', '%', '91', '93,5'],
      ['Trồng rừng tập trung', 'ha', '70', '85'],
      ['Thu nhập bình quân đầu người', 'triệu đồng', '52', '57'],
    ]),
    [93.5, 85, 57],
  ],
  [
    'a comparison column after the plan',
    tab([
      ['1', 'Sản lượng lương thực', 'tấn', '8.000', '8.400', '105'],
      ['2', 'Đàn trâu bò', 'con', '2.000', '2.100', '105'],
      ['3', 'Tỷ lệ che phủ rừng', '%', '40', '42', '105'],
    ]),
    [8400, 2100, 42],
  ],
  [
    'a rating among the figures',
    tab([
      ['1', 'Tỷ lệ trường đạt chuẩn quốc gia', '%', '80', '90'],
      ['2', 'Kết nạp đảng viên mới', 'người', '10', '12'],
      ['3', 'Xếp loại Công an xã', '', 'Khá', 'Tốt'],
    ]),
    [90, 12, 'Tốt'],
  ],
];

describe.each(FORMS)('a paste with no header: %s', (_, text, plans) => {
  const draft = engine.draftFromText(text);
  test('the plan column is read', () => {
    expect(draft.targets.map((t) => t.plan)).toEqual(plans);
  });
});

test('three figures and no header: listed as unplaced, not guessed', () => {
  const draft = engine.draftFromText(
    tab([
      ['1', 'Diện tích lúa cả năm', 'ha', '1.180', '1.210', '1.250'],
      ['2', 'Tổng đàn lợn', 'con', '11.000', '12.000', '12.800'],
      ['3', 'Trồng rừng tập trung', 'ha', '60', '70', '85'],
    ]),
  );
  expect(draft.targets).toEqual([]);
  expect(draft.unplaced.map((u) => u.reason)).toEqual(['plan-column', 'plan-column', 'plan-column']);
});
