/** The drafted tracking sheet as a grid: title, header, group rows, one row per target, the unplaced listed below. */
import type { CellValue, SheetGrid } from '../types';
import type { Draft, UnplacedReason } from './targets';

const ROMAN: readonly string[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const REASONS: Readonly<Record<UnplacedReason, string>> = {
  'no-indicator': 'không rõ chỉ tiêu nào',
  'no-target': 'không có số liệu kế hoạch',
  duplicate: 'trùng với một chỉ tiêu đã có',
  'no-plan': 'không có số liệu cho năm kế hoạch',
  total: 'tổng của cơ cấu, không phải chỉ tiêu',
  'plan-column': 'bảng không có dòng tiêu đề, không rõ cột nào là kế hoạch',
  corrected: 'tin nhắn sau đã sửa lại số này',
};

export function draftSheet(draft: Draft, name = 'Theo dõi chỉ tiêu', source = ''): SheetGrid {
  const year = draft.year ?? new Date().getFullYear();
  const values: CellValue[][] = [
    [`BẢNG THEO DÕI CHỈ TIÊU NĂM ${year}`],
    [source ? `(Lập từ ${source})` : null],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', `KH ${year}`, `TH ${year}`, 'Căn cứ'],
  ];
  const groups = [...new Set(draft.targets.map((t) => t.group))];
  groups.forEach((group, g) => {
    if (group) values.push([ROMAN[g] ?? String(g + 1), group.toLocaleUpperCase('vi')]);
    draft.targets
      .filter((t) => t.group === group)
      .forEach((t, i) => values.push([i + 1, t.name, t.unit, t.plan, null, t.source]));
  });
  if (draft.unplaced.length) {
    values.push([]);
    values.push([null, 'Ghi chú: các nội dung có số liệu chưa xếp được vào bảng, cần xem và nhập tay:']);
    for (const u of draft.unplaced) values.push([null, `- ${u.source}`, null, null, null, REASONS[u.reason]]);
  }
  return { name, values };
}
