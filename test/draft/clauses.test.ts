/** Cutting an item into clauses, one target each, by the structures resolutions use. */
import { splitItem } from '../../src/core/draft/clauses';

const never = (): boolean => false;

const ROWS: [string, string, string[]][] = [
  [
    'several targets separated by ;',
    'Tổng đàn trâu, bò 1.250 con; đàn lợn 6.800 con; đàn gia cầm 95.000 con.',
    ['Tổng đàn trâu, bò 1.250 con', 'đàn lợn 6.800 con', 'đàn gia cầm 95.000 con'],
  ],
  [
    'a comma inside a name does not split',
    'Thu phạt, tịch thu, thu khác 50 triệu đồng',
    ['Thu phạt, tịch thu, thu khác 50 triệu đồng'],
  ],
  [
    'commas between targets',
    'Diện tích lúa cả năm 612ha, năng suất 58tạ/ha, sản lượng 3.550 tấn',
    ['Diện tích lúa cả năm 612ha', 'năng suất 58tạ/ha', 'sản lượng 3.550 tấn'],
  ],
  [
    'trong đó opens a part',
    'Giải quyết việc làm mới cho 180 lao động, trong đó xuất khẩu lao động 45 người.',
    ['Giải quyết việc làm mới cho 180 lao động', 'xuất khẩu lao động 45 người'],
  ],
  [
    'a bracketed (trong đó …) is a clause',
    'Tổng thu ngân sách xã 18,6 tỷ đồng (trong đó thu tiền sử dụng đất 9,5 tỷ đồng)',
    ['Tổng thu ngân sách xã 18,6 tỷ đồng', 'thu tiền sử dụng đất 9,5 tỷ đồng'],
  ],
  [
    'a past aside is not',
    'Thu nhập bình quân đầu người đạt 62trđ/người/năm (năm 2024: 57,3trđ)',
    ['Thu nhập bình quân đầu người đạt 62trđ/người/năm'],
  ],
  [
    'shares joined by " - " after a lead',
    'cơ cấu kinh tế: nông, lâm nghiệp, thủy sản 30,2% - công nghiệp, xây dựng 38,5% - thương mại, dịch vụ 31,3%',
    ['nông, lâm nghiệp, thủy sản 30,2%', 'công nghiệp, xây dựng 38,5%', 'thương mại, dịch vụ 31,3%'],
  ],
  [
    '"và" between two figures',
    'trồng mới 350 ha rừng tập trung và 20.000 cây phân tán',
    ['trồng mới 350 ha rừng tập trung', '20.000 cây phân tán'],
  ],
  [
    'words after a figure with none following stay with it',
    'Giao 12 công dân nhập ngũ, đảm bảo chỉ tiêu và chất lượng.',
    ['Giao 12 công dân nhập ngũ, đảm bảo chỉ tiêu và chất lượng'],
  ],
  [
    'a percent of units rated X is one target',
    'có từ 90% trở lên tổ chức đảng được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên',
    ['có từ 90% trở lên tổ chức đảng được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên'],
  ],
  [
    'a reduction and the level reached',
    'Tỷ lệ hộ nghèo giảm 1,2%, còn 3,15%',
    ['Tỷ lệ hộ nghèo giảm 1,2%', 'còn 3,15%'],
  ],
  ['a decimal comma is no separator', 'Tốc độ tăng giá trị sản xuất 9,5%', ['Tốc độ tăng giá trị sản xuất 9,5%']],
  [
    'sentences of a prose paragraph',
    'Năm 2025 phấn đấu tổng đàn trâu, bò đạt 5.000 con. Đồng thời tỷ lệ che phủ rừng lên 78%.',
    ['Năm 2025 phấn đấu tổng đàn trâu, bò đạt 5.000 con', 'Đồng thời tỷ lệ che phủ rừng lên 78%'],
  ],
];

describe('clauses of an item', () => {
  test.each(ROWS)('%s', (_, text, clauses) => {
    expect(splitItem(text, 2025, never).clauses.map((c) => c.source)).toEqual(clauses);
  });

  test('a piece with few words of its own is read with the clause before', () => {
    const item = splitItem('lúa cả năm 620 ha, NS 56 tạ/ha, SL 3.472 tấn', 2026, never);
    expect(item.clauses.map((c) => c.context)).toEqual([null, 'lúa cả năm', 'lúa cả năm']);
  });

  test('a group lead names the group', () => {
    expect(splitItem('Về kinh tế: Tốc độ tăng giá trị sản xuất đạt 8,5% trở lên', 2026, never).group).toBe(
      'Về kinh tế',
    );
  });
});
