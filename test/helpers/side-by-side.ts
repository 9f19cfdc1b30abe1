/** Two tables set side by side on one sheet, each with its own header on its own row (`A. GIÁO DỤC` beside `B. Y TẾ`). */
import type { CellValue } from '../../src/core/types';

export const SIDE_BY_SIDE_ROWS: CellValue[][] = [
  [null, 'MỘT SỐ CHỈ TIÊU NĂM 2023'],
  [],
  [null, 'A. GIÁO DỤC'],
  [null, 'TT', 'Chỉ tiêu', 'ĐVT', 'KH', 'TH', null, 'B. Y TẾ'],
  [null, '1', 'Tỷ lệ trẻ đến trường', '%', 99.5, 99.7, null, 'TT', 'Chỉ tiêu', 'KH 2023', 'TH 2023'],
  [null, '2', 'Trường đạt chuẩn', 'trường', 3, 3, null, '1', 'Số lượt khám bệnh', 8500, 9120],
  [null, '3', 'Phòng học kiên cố', 'phòng', 4, 4, null, '2', 'Tỷ lệ tăng dân số', 0.95, 0.91],
  [null, null, null, null, null, null, null, '3', 'Tỷ lệ tiêm chủng', 98, 97],
];
