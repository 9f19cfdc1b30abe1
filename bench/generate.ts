/**
 * Synthetic district workbooks for the benchmark: many communes stacked as separate tables on a
 * few sheets, in the layouts of the shared samples (clean, two-row merged header with an empty
 * column A, actual-before-plan with Vietnamese text numbers and units in labels, no diacritics
 * with several years, English), with text targets, ratings and bad cells. Deterministic.
 */
import ExcelJS from 'exceljs';

interface Indicator {
  vi: string[];
  ascii: string;
  en: string;
  unit: string;
  unitEn: string;
  base: number;
  /** Text targets this indicator may carry (written as the plan). */
  texts?: string[];
  rating?: boolean;
}

const INDICATORS: Indicator[] = [
  {
    vi: ['Tốc độ tăng trưởng GTSX', 'Tốc độ tăng giá trị sản xuất'],
    ascii: 'Toc do tang truong GTSX',
    en: 'Growth rate of production value',
    unit: '%',
    unitEn: '%',
    base: 8.5,
    texts: ['9 - 9,5', 'trên 8'],
  },
  {
    vi: ['Thu nhập bình quân đầu người', 'TNBQ đầu người'],
    ascii: 'Thu nhap binh quan dau nguoi',
    en: 'Average income per capita',
    unit: 'Triệu đồng',
    unitEn: 'VND million',
    base: 52.4,
  },
  {
    vi: ['Tổng diện tích gieo trồng', 'Tổng DT gieo trồng cây hàng năm'],
    ascii: 'DT gieo trong',
    en: 'Total sown area of annual crops',
    unit: 'ha',
    unitEn: 'ha',
    base: 1152.1,
  },
  {
    vi: ['Diện tích gieo trồng lúa', 'DT lúa'],
    ascii: 'DT lua',
    en: 'Rice sown area',
    unit: 'ha',
    unitEn: 'ha',
    base: 1071.4,
  },
  {
    vi: ['Năng suất lúa', 'NS lúa'],
    ascii: 'NS lua',
    en: 'Rice yield',
    unit: 'tạ/ha',
    unitEn: 'quintals/ha',
    base: 55.3,
  },
  { vi: ['Sản lượng lúa', 'SL lúa'], ascii: 'SL lua', en: 'Rice output', unit: 'tấn', unitEn: 'tonnes', base: 5534.1 },
  {
    vi: ['Tổng đàn gia cầm', 'Đàn gia cầm'],
    ascii: 'Tong dan gia cam',
    en: 'Poultry flock',
    unit: 'con',
    unitEn: 'head',
    base: 30000,
  },
  {
    vi: ['Đàn trâu, bò', 'Tổng đàn trâu bò'],
    ascii: 'Dan trau bo',
    en: 'Buffalo and cattle herd',
    unit: 'con',
    unitEn: 'head',
    base: 617,
  },
  {
    vi: ['Diện tích trồng rừng tập trung'],
    ascii: 'Dien tich trong rung tap trung',
    en: 'Concentrated forest planting area',
    unit: 'ha',
    unitEn: 'ha',
    base: 105.3,
  },
  {
    vi: ['Tỷ lệ che phủ rừng', 'Độ che phủ rừng'],
    ascii: 'Ty le che phu rung',
    en: 'Forest cover rate',
    unit: '%',
    unitEn: '%',
    base: 51,
  },
  {
    vi: ['Số tiêu chí nông thôn mới nâng cao đạt được'],
    ascii: 'So tieu chi NTM nang cao',
    en: 'Advanced new-rural criteria met',
    unit: 'tiêu chí',
    unitEn: 'criteria',
    base: 19,
  },
  {
    vi: ['Thu ngân sách trên địa bàn', 'Thu NSNN trên địa bàn'],
    ascii: 'Thu ngan sach',
    en: 'Budget revenue in the commune',
    unit: 'Triệu đồng',
    unitEn: 'VND million',
    base: 4807.9,
  },
  {
    vi: ['Tỷ lệ gia đình văn hóa', 'Gia đình văn hóa'],
    ascii: 'Ty le gia dinh van hoa',
    en: 'Cultured families',
    unit: '%',
    unitEn: '%',
    base: 92,
    texts: ['trên 92', '>= 90'],
  },
  {
    vi: ['Tỷ lệ trẻ trong độ tuổi đến trường'],
    ascii: 'Ty le tre den truong',
    en: 'School enrolment rate',
    unit: '%',
    unitEn: '%',
    base: 99,
  },
  {
    vi: ['Số trường đạt chuẩn quốc gia'],
    ascii: 'So truong dat chuan',
    en: 'Schools meeting national standards',
    unit: 'trường',
    unitEn: 'schools',
    base: 3,
  },
  {
    vi: ['Số lao động được giải quyết việc làm mới', 'Giải quyết việc làm'],
    ascii: 'Giai quyet viec lam',
    en: 'New jobs created',
    unit: 'lao động',
    unitEn: 'workers',
    base: 100,
  },
  {
    vi: ['Tỷ lệ tăng dân số tự nhiên'],
    ascii: 'Ty le tang dan so tu nhien',
    en: 'Natural population growth rate',
    unit: '%',
    unitEn: '%',
    base: 0.9,
    texts: ['dưới 1'],
  },
  { vi: ['Tỷ lệ hộ nghèo'], ascii: 'Ty le ho ngheo', en: 'Poverty rate', unit: '%', unitEn: '%', base: 4.27 },
  {
    vi: ['Tỷ lệ người dân tham gia BHYT', 'BHYT'],
    ascii: 'Ty le BHYT',
    en: 'Health insurance coverage',
    unit: '%',
    unitEn: '%',
    base: 95,
    texts: ['trên 97'],
  },
  {
    vi: ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân'],
    ascii: 'Ty le tre SDD nhe can',
    en: 'Underweight children under five',
    unit: '%',
    unitEn: '%',
    base: 5.9,
  },
  {
    vi: ['Tỷ lệ hộ sử dụng nước hợp vệ sinh'],
    ascii: 'Ty le ho dung nuoc hop ve sinh',
    en: 'Households with clean water',
    unit: '%',
    unitEn: '%',
    base: 98.6,
  },
  {
    vi: ['Tỷ lệ thu gom, xử lý rác thải'],
    ascii: 'Ty le thu gom rac thai',
    en: 'Waste collection rate',
    unit: '%',
    unitEn: '%',
    base: 90,
    texts: ['>= 90'],
  },
  {
    vi: ['Số sản phẩm OCOP'],
    ascii: 'So san pham OCOP',
    en: 'OCOP products',
    unit: 'sản phẩm',
    unitEn: 'products',
    base: 2,
  },
  {
    vi: ['Số thanh niên nhập ngũ', 'Giao quân'],
    ascii: 'So thanh nien nhap ngu',
    en: 'Young people enlisted',
    unit: 'người',
    unitEn: 'people',
    base: 9,
  },
  {
    vi: ['Xếp loại công tác quân sự địa phương'],
    ascii: 'Xep loai quan su dia phuong',
    en: 'Local military work rating',
    unit: '',
    unitEn: '',
    base: 0,
    rating: true,
  },
  {
    vi: ['Xếp loại Công an xã'],
    ascii: 'Xep loai Cong an xa',
    en: 'Commune police rating',
    unit: '',
    unitEn: '',
    base: 0,
    rating: true,
  },
  {
    vi: ['Số vụ tai nạn giao thông'],
    ascii: 'So vu tai nan giao thong',
    en: 'Traffic accidents',
    unit: 'vụ',
    unitEn: 'cases',
    base: 2,
  },
];

const GROUPS: { vi: string; ascii: string; en: string; from: number }[] = [
  { vi: 'KINH TẾ', ascii: 'KINH TE', en: 'ECONOMY', from: 0 },
  { vi: 'VĂN HÓA - XÃ HỘI', ascii: 'VAN HOA - XA HOI', en: 'CULTURE AND SOCIETY', from: 12 },
  { vi: 'MÔI TRƯỜNG', ascii: 'MOI TRUONG', en: 'ENVIRONMENT', from: 20 },
  { vi: 'QUỐC PHÒNG - AN NINH', ascii: 'QUOC PHONG - AN NINH', en: 'DEFENCE AND SECURITY', from: 23 },
];
const ROMAN = ['I', 'II', 'III', 'IV'];
const RATINGS = ['Xuất sắc', 'Tốt', 'Giỏi', 'Khá', 'Trung bình'];
const BAD = ['-', 'x', 'Chưa có số liệu'];
const COMMUNE_NAMES = [
  'Trung Sơn',
  'Xuân Lâm',
  'Phú Cường',
  'Tân Hòa',
  'Đông Tiến',
  'Sơn Thủy',
  'Hải Dương',
  'Quảng Phú',
  'Hòa Bình',
  'Thạch Lộc',
];

/** A small deterministic PRNG (mulberry32), so every run measures the same workbooks. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `1152.1` → `1.152,1`, as Vietnamese workbooks store numbers typed as text. */
function viText(n: number): string {
  const [int, frac] = n.toFixed(1).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac === '0' ? grouped : `${grouped},${frac}`;
}

type Layout = 'clean' | 'merged' | 'textNumbers' | 'ascii' | 'english';
const LAYOUTS: Layout[] = ['clean', 'merged', 'textNumbers', 'ascii', 'english'];

interface Cursor {
  ws: ExcelJS.Worksheet;
  /** Next free 1-based row. */
  row: number;
}

function setRow(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  values: (ExcelJS.CellValue | undefined)[],
  formats: (string | undefined)[] = [],
): void {
  values.forEach((v, i) => {
    if (v === undefined || v === null || v === '') return;
    const cell = ws.getCell(row, col + i);
    cell.value = v;
    const f = formats[i];
    if (f) cell.numFmt = f;
  });
}

const VILLAGE_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Writes one commune's table at the cursor; returns the number of indicator data rows written.
 * With `villages`, the indicators repeat under one heading per hamlet (`A | Thôn 1`) in one table,
 * as a commune reports its hamlets, until `maxRows` rows are written.
 */
function writeCommune(
  cur: Cursor,
  commune: number,
  layout: Layout,
  maxRows: number,
  random: () => number,
  villages = false,
): number {
  const ws = cur.ws;
  const name = `${COMMUNE_NAMES[commune % COMMUNE_NAMES.length]} ${Math.floor(commune / COMMUNE_NAMES.length) + 1}`;
  const col = layout === 'merged' ? 2 : 1;
  const en = layout === 'english';
  const ascii = layout === 'ascii';
  // Title rows, merged like the samples.
  setRow(ws, cur.row, col, [
    en
      ? `${name.toUpperCase()} COMMUNE PEOPLE'S COMMITTEE`
      : ascii
        ? `UBND XA ${name.toUpperCase()}`
        : `UBND XÃ ${name.toUpperCase()}`,
  ]);
  ws.mergeCells(cur.row, col, cur.row, col + 1);
  cur.row++;
  setRow(ws, cur.row, col, [
    en
      ? 'Socio-economic targets and results, 2023'
      : ascii
        ? 'KET QUA THUC HIEN CHI TIEU NAM 2023'
        : 'BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023',
  ]);
  ws.mergeCells(cur.row, col, cur.row, col + 4);
  cur.row += 2;
  // Header.
  switch (layout) {
    case 'clean':
      setRow(ws, cur.row, col, ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'Ước TH 2023', 'Ghi chú']);
      cur.row++;
      break;
    case 'merged':
      setRow(ws, cur.row, col, ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023', undefined, 'So sánh (%)', 'Ghi chú']);
      setRow(ws, cur.row + 1, col, [undefined, undefined, undefined, 'Kế hoạch', 'Thực hiện']);
      ws.mergeCells(cur.row, col + 3, cur.row, col + 4);
      for (const c of [0, 1, 2, 5, 6]) ws.mergeCells(cur.row, col + c, cur.row + 1, col + c);
      cur.row += 2;
      break;
    case 'textNumbers':
      setRow(ws, cur.row, col, ['STT', 'Chỉ tiêu', 'Thực hiện 2023', 'Kế hoạch 2023', 'Ghi chú']);
      cur.row++;
      break;
    case 'ascii':
      setRow(ws, cur.row, col, ['TT', 'Chi tieu', 'Don vi tinh', 'TH 2022', 'KH 2023', 'TH 2023', 'KH 2024']);
      cur.row++;
      break;
    case 'english':
      setRow(ws, cur.row, col, ['No.', 'Indicator', 'Unit', 'Plan 2023', 'Actual 2023', 'Notes']);
      cur.row++;
      break;
  }
  let written = 0;
  for (let village = 0; written < maxRows && (villages || village === 0); village++) {
    if (villages) {
      const hamlet = en ? `Hamlet ${village + 1}` : ascii ? `Thon ${village + 1}` : `Thôn ${village + 1}`;
      setRow(ws, cur.row, col, [VILLAGE_LETTERS[village % VILLAGE_LETTERS.length], hamlet]);
      cur.row++;
    }
    written += writeIndicators(cur, col, layout, maxRows - written, random);
  }
  cur.row += 2;
  return written;
}

/** The indicator rows of one commune (or hamlet) under their group headings; returns how many. */
function writeIndicators(cur: Cursor, col: number, layout: Layout, maxRows: number, random: () => number): number {
  const ws = cur.ws;
  const en = layout === 'english';
  const ascii = layout === 'ascii';
  let written = 0;
  let group = -1;
  for (let i = 0; i < INDICATORS.length && written < maxRows; i++) {
    const nextGroup = GROUPS.findIndex((g, k) => g.from <= i && (GROUPS[k + 1]?.from ?? Infinity) > i);
    if (nextGroup !== group) {
      group = nextGroup;
      const g = GROUPS[group];
      setRow(ws, cur.row, col, [ROMAN[group], en ? g.en : ascii ? g.ascii : g.vi]);
      cur.row++;
    }
    const ind = INDICATORS[i];
    const wording = ind.vi[Math.floor(random() * ind.vi.length)];
    const jitter = 0.9 + random() * 0.2;
    const plan = Math.round(ind.base * jitter * 10) / 10;
    const actual = Math.round(plan * (0.9 + random() * 0.2) * 10) / 10;
    const roll = random();
    let planCell: ExcelJS.CellValue = plan;
    let actualCell: ExcelJS.CellValue = actual;
    if (ind.rating) {
      planCell = RATINGS[Math.floor(random() * 3)];
      actualCell =
        layout === 'textNumbers' ? `Loại ${RATINGS[Math.floor(random() * 5)]}` : RATINGS[Math.floor(random() * 5)];
    } else if (ind.texts && roll < 0.5) {
      planCell = ind.texts[Math.floor(random() * ind.texts.length)];
    } else if (roll > 0.97) {
      planCell = BAD[Math.floor(random() * BAD.length)];
    }
    const num = i + 1;
    switch (layout) {
      case 'clean':
        setRow(
          ws,
          cur.row,
          col,
          [num, wording, ind.unit, planCell, actualCell],
          [undefined, undefined, undefined, '#,##0.0', '#,##0.0'],
        );
        break;
      case 'merged': {
        const ratio =
          typeof planCell === 'number' && typeof actualCell === 'number' && planCell !== 0
            ? Math.round((actualCell / planCell) * 1000) / 10
            : undefined;
        setRow(
          ws,
          cur.row,
          col,
          [num, wording, ind.unit, planCell, actualCell, ratio],
          [undefined, undefined, undefined, '#,##0.0', '#,##0.0', '0.0'],
        );
        break;
      }
      case 'textNumbers': {
        const label =
          ind.unit && ind.unit !== '%' ? `${wording} (${ind.unit})` : ind.unit === '%' ? `${wording} (%)` : wording;
        const t = (v: ExcelJS.CellValue): ExcelJS.CellValue => (typeof v === 'number' ? viText(v) : v);
        setRow(ws, cur.row, col, [num, label, t(actualCell), t(planCell)], [undefined, undefined, '@', '@']);
        break;
      }
      case 'ascii': {
        const prev = typeof planCell === 'number' ? Math.round(planCell * 0.95 * 10) / 10 : undefined;
        const next = typeof planCell === 'number' ? Math.round(planCell * 1.05 * 10) / 10 : planCell;
        setRow(
          ws,
          cur.row,
          col,
          [num, ind.ascii, ind.unit, prev, planCell, actualCell, next],
          [undefined, undefined, undefined, '#,##0.0', '#,##0.0', '#,##0.0', '#,##0.0'],
        );
        break;
      }
      case 'english':
        setRow(
          ws,
          cur.row,
          col,
          [
            num,
            ind.en,
            ind.unitEn,
            ind.rating ? 'Good' : typeof planCell === 'string' && !ind.rating ? plan : planCell,
            ind.rating ? 'Fair' : actualCell,
          ],
          [undefined, undefined, undefined, '#,##0.0', '#,##0.0'],
        );
        break;
    }
    cur.row++;
    written++;
  }
  return written;
}

export interface GeneratedWorkbook {
  buffer: Buffer;
  /** Indicator data rows written (the `rows` of rows per second). */
  rows: number;
  communes: number;
  sheets: number;
  cells: number;
}

/** A workbook of `rows` indicator rows: communes stacked on four district sheets, plus a staff list. */
export async function generateWorkbook(rows: number, seed = 2023): Promise<GeneratedWorkbook> {
  const random = rng(seed + rows);
  const wb = new ExcelJS.Workbook();
  const sheetCount = 4;
  const cursors: Cursor[] = Array.from({ length: sheetCount }, (_, i) => ({
    ws: wb.addWorksheet(`Cụm ${i + 1}`),
    row: 1,
  }));
  let written = 0;
  let commune = 0;
  while (written < rows) {
    const cur = cursors[commune % sheetCount];
    const layout = LAYOUTS[Math.floor(commune / sheetCount) % LAYOUTS.length];
    written += writeCommune(cur, commune, layout, rows - written, random);
    commune++;
  }
  const staff = wb.addWorksheet('Danh sách cán bộ');
  staff.addRow(['DANH SÁCH CÁN BỘ, CÔNG CHỨC']);
  staff.addRow([]);
  staff.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Năm sinh', 'Trình độ']);
  for (let i = 1; i <= 12; i++) staff.addRow([i, `Cán bộ ${i}`, 'Công chức', 1975 + i, 'Đại học']);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  let cells = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => cells++)));
  return { buffer, rows: written, communes: commune, sheets: sheetCount + 1, cells };
}

/**
 * A district's workbook as its communes send it: one sheet per commune (`Xã Trung Sơn`), each one
 * table of `rowsPerSheet` indicator rows broken down by hamlet, the five layouts in turn.
 * The task pane's benchmark and end-to-end test run on 10 sheets × 300 rows.
 */
export async function generateDistrictWorkbook(
  sheets = 10,
  rowsPerSheet = 300,
  seed = 2023,
): Promise<GeneratedWorkbook> {
  const random = rng(seed + sheets * rowsPerSheet);
  const wb = new ExcelJS.Workbook();
  let written = 0;
  for (let s = 0; s < sheets; s++) {
    const cur: Cursor = { ws: wb.addWorksheet(`Xã ${COMMUNE_NAMES[s % COMMUNE_NAMES.length]}`), row: 1 };
    written += writeCommune(cur, s, LAYOUTS[s % LAYOUTS.length], rowsPerSheet, random, true);
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  let cells = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => cells++)));
  return { buffer, rows: written, communes: sheets, sheets, cells };
}
