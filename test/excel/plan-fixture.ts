import type { WritePlan } from '../../src/core/types';
import { FakeWorkbook, type FakeSheet } from '../fakes/excel-fake';

export const SHEET = 'Xã Trung Sơn';
/** Header on rows 3–4 (0-based 2–3), data from row 5; columns A–D are the user's, E–F chitieu's. */
export const HEADER_TOP = 2;
export const FIRST_DATA = 4;

export function userSheet(book: FakeWorkbook, rows: number): FakeSheet {
  const sheet = book.addSheet(SHEET);
  sheet.fill([['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023']]);
  sheet.fill(
    [
      ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
      [null, null, '2023', '2023'],
    ],
    HEADER_TOP,
  );
  sheet.setCell(HEADER_TOP, 2, { style: 'header-bold' });
  for (let i = 0; i < rows; i++) {
    sheet.fill([[i + 1, `Chỉ tiêu số ${i + 1}`, 100 + i, 95 + i]], FIRST_DATA + i);
  }
  return sheet;
}

export function planFor(rows: number, options: { updatesInPlace?: boolean } = {}): WritePlan {
  const last = FIRST_DATA + rows - 1;
  const cells = (f: (excelRow: number) => string, numberFormat?: string) =>
    Array.from({ length: rows }, (_, i) => ({
      row: FIRST_DATA + i,
      formula: f(FIRST_DATA + i + 1),
      ...(numberFormat ? { numberFormat } : {}),
    }));
  return {
    language: 'vi',
    tables: [
      {
        sheet: SHEET,
        // 1-based, the bottom header row, as the engine gives it.
        headerRow: HEADER_TOP + 2,
        updatesInPlace: options.updatesInPlace ?? false,
        columns: [
          {
            kind: 'percent',
            col: 4,
            header: 'TH/KH (%)',
            headerTop: HEADER_TOP,
            headerBottom: HEADER_TOP + 1,
            headerStyleFrom: { row: HEADER_TOP, col: 2 },
            cells: cells((r) => `IF(AND(ISNUMBER(C${r}),C${r}<>0),D${r}/C${r},"")`, '0.0%'),
          },
          {
            kind: 'status',
            col: 5,
            header: 'Đánh giá',
            headerTop: HEADER_TOP,
            headerBottom: HEADER_TOP + 1,
            headerStyleFrom: { row: HEADER_TOP, col: 2 },
            cells: cells((r) => `IF(ISNUMBER(E${r}),IF(E${r}>=1,"Đạt","Chưa đạt"),"")`),
          },
        ],
        rules: [
          {
            range: { top: FIRST_DATA, left: 5, bottom: last, right: 5 },
            formula: `$F${FIRST_DATA + 1}="Chưa đạt"`,
            style: 'shortfall',
            priority: 1,
          },
          {
            range: { top: FIRST_DATA, left: 5, bottom: last, right: 5 },
            formula: `$F${FIRST_DATA + 1}="Đạt"`,
            style: 'met',
            priority: 2,
          },
        ],
      },
    ],
  };
}
