/**
 * Reading the figure of one clause, one row per real-world form: what a person reading the
 * resolution understands the plan to be.
 */
import { clauseFigure } from '../../src/core/draft/values';

type Row = [
  clause: string,
  plan: number | string | null,
  unit: string | null,
  extra?: { change?: 'increase' | 'decrease' | null; level?: boolean; kind?: string },
];

const ROWS: Row[] = [
  ['Tổng diện tích gieo trồng 1.152,3 ha', 1152.3, 'ha'],
  ['Nuôi trồng thủy sản 48ha', 48, 'ha'],
  ['Giá trị sản xuất CN - TTCN đạt 420tỷđ', 420, 'tỷ đồng'],
  ['Thu nhập bình quân đầu người 72trđ/người/năm', 72, 'triệu đồng/người/năm'],
  ['năng suất 58tạ/ha', 58, 'tạ/ha'],
  ['Thu ngân sách xã 6.520trđ', 6520, 'triệu đồng'],
  ['Tổng thu ngân sách xã: 14.286.500.000 đồng', 14286500000, 'đồng'],
  ['Giá trị sản xuất tăng 6,5 - 7%', '6,5 - 7', '%', { change: 'increase', kind: 'range' }],
  ['Tỷ lệ gia đình văn hóa đạt từ 92% trở lên', 'từ 92 trở lên', '%', { kind: 'lower' }],
  ['Tỷ lệ thu gom rác trên 80%', 'trên 80', '%', { kind: 'lower' }],
  ['Số vụ tai nạn giao thông không quá 03 vụ', 'không quá 3', 'vụ', { kind: 'upper' }],
  ['Giải quyết việc làm cho ít nhất 8 lao động', 'từ 8 trở lên', 'lao động', { kind: 'lower' }],
  ['tiêm chủng đầy đủ ≥ 98%', 'từ 98 trở lên', '%', { kind: 'lower' }],
  ['Tỷ lệ hộ nghèo giảm 1,2%', 1.2, '%', { change: 'decrease', level: false }],
  ['Tỷ lệ hộ nghèo còn dưới 4,5%', 'dưới 4,5', '%', { change: null, level: true, kind: 'upper' }],
  ['giảm tỷ lệ suy dinh dưỡng xuống dưới 16%', 'dưới 16', '%', { change: null, level: true }],
  ['Thu ngân sách đạt 100% dự toán trở lên', 'từ 100 trở lên', '%', { kind: 'lower' }],
  ['Kết nạp từ 10 đảng viên mới trở lên', 'từ 10 trở lên', 'đảng viên', { kind: 'lower' }],
  ['Không còn hộ nghèo', 0, null, { kind: 'zero', level: true }],
  ['có 05/09 thôn đạt chuẩn nông thôn mới kiểu mẫu', 5, 'thôn'],
  ['Giữ vững 19/19 tiêu chí', 19, 'tiêu chí'],
  ['Quân sự địa phương đạt loại Giỏi', 'Giỏi', 'xếp loại', { kind: 'rating' }],
  ['Ban Chỉ huy Quân sự xã xếp loại Vững mạnh', 'Vững mạnh', 'xếp loại', { kind: 'rating' }],
  ['Đảng bộ xã hoàn thành tốt nhiệm vụ trở lên', 'Hoàn thành tốt', 'xếp loại', { kind: 'rating' }],
  ['chi bộ, Đảng bộ HTTNV trở lên', 'Hoàn thành tốt', 'xếp loại', { kind: 'rating' }],
  // The thing rated between `xếp loại` and its rating.
  ['Xếp loại Công an xã đạt Khá trở lên', 'Khá', 'xếp loại', { kind: 'rating' }],
  ['Xếp loại Quân sự xã: Giỏi', 'Giỏi', 'xếp loại', { kind: 'rating' }],
  // Numbers that qualify the words are not the plan.
  ['tỷ lệ sinh con thứ 3 trở lên dưới 10%', 'dưới 10', '%', { kind: 'upper' }],
  ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi 12,8%', 12.8, '%'],
  ['Trường đạt chuẩn quốc gia mức độ 1', null, null],
  ['Có thêm 02 sản phẩm đạt chuẩn OCOP 3 sao trở lên', 2, 'sản phẩm', { kind: 'number' }],
  ['gấp 1,6 lần so với năm 2015', null, null],
  ['Tổng giá trị sản xuất năm 2025 tăng 8,2% so với năm 2024', 8.2, '%', { change: 'increase' }],
  ['theo Nghị quyết số 03-NQ/HU ngày 15/02/2025', null, null],
  ['vận hành hiệu quả chính quyền địa phương 2 cấp', null, null],
  ['Cải tạo, nâng cấp 1,6km hè phố', 1.6, 'km'],
  ['duy trì đàn gia cầm trên 30 nghìn con', 'trên 30.000', 'con', { kind: 'lower' }],
  ['đạt 9,5 bác sỹ/vạn dân', 9.5, 'bác sỹ/vạn dân'],
  ['Tổng mức đầu tư 4,5 tỷ đồng', 4.5, 'tỷ đồng', { kind: 'number' }],
];

describe('the figure a clause sets', () => {
  // A rest parameter: jest takes a fourth declared parameter missing from a row for `done`.
  test.each(ROWS)('%s → %p %p', (...[clause, plan, unit, extra]: Row) => {
    const figure = clauseFigure(clause);
    if (plan === null) {
      expect(figure).toBeNull();
      return;
    }
    expect(figure && { plan: figure.plan, unit: figure.unit }).toEqual({ plan, unit });
    if (extra?.change !== undefined) expect(figure?.change).toBe(extra.change);
    if (extra?.level !== undefined) expect(figure?.level).toBe(extra.level);
    if (extra?.kind !== undefined) expect(figure?.kind).toBe(extra.kind);
  });
});
