#!/usr/bin/env node
/**
 * Fifth round of variant workbooks (names ending `-r5`): English and mixed-language reports
 * (English headers over Vietnamese labels and the reverse; `2023 Plan | 2023 Actual | 2022 Actual |
 * % Plan`; `Target | Estimate | Same period last year`), previous-period columns in their many
 * wordings (`Cùng kỳ năm trước`, `TH cùng kỳ`, `Năm trước`, `TH 2022`, `Thực hiện năm 2022`, a bare
 * `2022`), percent columns mixing whole numbers and `%`-formatted fractions, and headers where the
 * year alone (`2023`, text or a number) sits under a merged `Kế hoạch` / `Thực hiện`.
 *
 *   node test/generalisation/make-variants-5.js   → <name>-r5.xlsx + .expected.json
 *
 * Same cell DSL (book.js) as make-variants-4.js (p = plan, a = actual, pv = previous).
 * Workbooks listed in PENDING (the engine still misreads them) go to test/generalisation/pending/.
 */
'use strict';
const { books, title } = require('./book');

/** Workbooks the engine does not yet read right: kept out of the jest-checked folder until it does. */
const PENDING = new Set([]);
const book = books({ pending: PENDING });

const AGRI = [
  { n: 1, l: 'Thu nhập bình quân đầu người', u: 'triệu đồng', pv: 48, p: 52, a: 53.1, id: 'income_per_capita' },
  { n: 2, l: 'Tổng diện tích gieo trồng cây hàng năm', u: 'ha', pv: 1240, p: 1250, a: 1262, id: 'annual_crop_area' },
  { n: 3, l: 'Năng suất lúa bình quân', u: 'tạ/ha', pv: 61, p: 62, a: 61.5, id: 'rice_yield' },
  { n: 4, l: 'Tổng đàn lợn', u: 'con', pv: 3100, p: 3200, a: 3050, id: 'pig_herd' },
  { n: 5, l: 'Tỷ lệ hộ nghèo', u: '%', pv: 3.1, p: 2.5, a: 2.31, id: 'poverty_rate' },
  { n: 6, l: 'Tỷ lệ người dân tham gia BHYT', u: '%', pv: 92.5, p: 94, a: 94.6, id: 'health_insurance_rate' },
];

// 1. Thường Xuân: English header row over Vietnamese labels:
//    `No. | Indicator | Unit | 2023 Plan | 2023 Actual | 2022 Actual | % Plan`.
async function thuongXuan() {
  const b = book('thuong-xuan-en-vi-r5');
  const ws = b.sheet('Indicators');
  b.lines(ws, [
    title(1, "THUONG XUAN COMMUNE PEOPLE'S COMMITTEE"),
    title(2, 'SOCIO-ECONOMIC INDICATORS 2023', 'A2:G2'),
  ]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: { A: 'No.', B: 'Indicator', C: 'Unit', D: '2023 Plan', E: '2023 Actual', F: '2022 Actual', G: '% Plan' },
      },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E', prev: 'F' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: 'F' },
    start: 5,
    rows: AGRI.map((r, i) => ({
      ...r,
      x: { G: { f: `E${5 + i}/D${5 + i}`, res: r.a / r.p, fmt: '0.0%' } },
    })),
  });
  await b.save();
}

// 2. Bá Thước: `Item | Unit | Same period last year | Target | Estimate` (Vietnamese labels; the
//    estimate is the 2023 actual), and a second sheet with Vietnamese headers over English labels
//    `Chỉ tiêu | ĐVT | Cùng kỳ năm trước | KH 2023 | Ước TH 2023`.
async function baThuoc() {
  const b = book('ba-thuoc-target-estimate-r5');
  const ws = b.sheet('Report');
  b.lines(ws, [title(1, 'BA THUOC COMMUNE - 2023 REPORT', 'A1:F1')]);
  b.table(ws, {
    header: [
      { r: 3, cells: { A: 'No.', B: 'Item', C: 'Unit', D: 'Same period last year', E: 'Target', F: 'Estimate' } },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 3, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 4,
    rows: AGRI,
  });
  const ws2 = b.sheet('Chỉ tiêu (EN)');
  b.lines(ws2, [title(1, 'CÁC CHỈ TIÊU NĂM 2023', 'A1:F1')]);
  b.table(ws2, {
    header: [
      { r: 3, cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Cùng kỳ năm trước', E: 'KH 2023', F: 'Ước TH 2023' } },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
    expect: { headerRow: 3, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
    start: 4,
    rows: [
      { n: 1, l: 'Average income per capita', u: 'million VND', pv: 48, p: 52, a: 53.1, id: 'income_per_capita' },
      { n: 2, l: 'Rice yield', u: 'quintal/ha', pv: 61, p: 62, a: 63.5, id: 'rice_yield' },
      { n: 3, l: 'Poor household rate', u: '%', pv: 3.1, p: 2.5, a: 2.31, id: 'poverty_rate' },
      { n: 4, l: 'Health insurance coverage', u: '%', pv: 92.5, p: 94, a: 94.6, id: 'health_insurance_rate' },
      { n: 5, l: 'Forest cover rate', u: '%', pv: 61, p: 62, a: 62.3, id: 'forest_cover_rate' },
    ],
  });
  await b.save();
}

// 3. Cẩm Thủy: one sheet per wording of the previous-period actual; each table
//    `STT | Chỉ tiêu | ĐVT | <previous> | KH 2023 | TH 2023`.
async function camThuy() {
  const b = book('cam-thuy-cung-ky-r5');
  const wordings = ['Cùng kỳ năm trước', 'TH cùng kỳ', 'Năm trước', 'TH 2022', 'Thực hiện năm 2022', '2022'];
  wordings.forEach((w, k) => {
    const ws = b.sheet(`Biểu ${k + 1}`);
    b.lines(ws, [title(1, `BIỂU ${k + 1} - KẾT QUẢ NĂM 2023`, 'A1:F1')]);
    b.table(ws, {
      header: [{ r: 3, cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: w, E: 'KH 2023', F: 'TH 2023' } }],
      cols: { stt: 'A', label: 'B', unit: 'C', prev: 'D', plan: 'E', actual: 'F' },
      expect: { headerRow: 3, label: 'B', unit: 'C', plan: 'E', actual: 'F', previous: 'D' },
      start: 4,
      rows: AGRI.slice(0, 4),
    });
  });
  await b.save();
}

// 4. Như Thanh: percent rows where the same column holds whole numbers (94.6) in one row and
//    `%`-formatted fractions (0.946 → 94.6) in another, also within one row (plan 94, actual 0.946).
async function nhuThanh() {
  const b = book('nhu-thanh-phan-tram-tron-r5');
  const ws = b.sheet('Chỉ tiêu');
  b.lines(ws, [title(1, 'UBND XÃ NHƯ THANH'), title(2, 'KẾT QUẢ CHỈ TIÊU NĂM 2023', 'A2:F2')]);
  b.table(ws, {
    header: [
      { r: 4, cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Kế hoạch 2023', E: 'Thực hiện 2023', F: 'Ghi chú' } },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'E' },
    expect: { headerRow: 4, label: 'B', unit: 'C', plan: 'D', actual: 'E', previous: null },
    start: 5,
    rows: [
      { n: 1, l: 'Tỷ lệ người dân tham gia BHYT', u: '%', p: 94, a: { pct: 0.946 }, id: 'health_insurance_rate' },
      { n: 2, l: 'Tỷ lệ hộ nghèo', u: '%', p: { pct: 0.025 }, a: 2.31, id: 'poverty_rate' },
      {
        n: 3,
        l: 'Tỷ lệ che phủ rừng',
        u: '%',
        p: { pct: 0.62, fmt: '0%' },
        a: { pct: 0.623, fmt: '0.00%' },
        id: 'forest_cover_rate',
      },
      { n: 4, l: 'Tỷ lệ hộ dân sử dụng nước sạch', u: '%', p: 98, a: 98.5, id: 'clean_water_rate' },
      { n: 5, l: 'Tỷ lệ thu gom rác thải', u: '%', p: { pct: 0.85 }, a: { pct: 0.87 }, id: 'waste_collection_rate' },
      {
        n: 6,
        l: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi',
        u: '%',
        p: 12,
        a: { pct: 0.118 },
        id: 'child_stunting_rate',
      },
      { n: 7, l: 'Tổng đàn gia cầm', u: 'con', p: 45000, a: 47200, id: 'poultry_flock' },
      { n: 8, l: 'Tỷ lệ gia đình văn hóa', u: '%', p: { pct: 0.9 }, a: 91.5, id: 'cultural_family_rate' },
    ],
  });
  await b.save();
}

// 5. Ngọc Lặc: two-row header, `Kế hoạch` merged over D:E and `Thực hiện` over F:G; the second row
//    holds only the years, as text `2022`/`2023` (sheet 1) or as numbers 2022/2023 (sheet 2).
async function ngocLac() {
  const b = book('ngoc-lac-nam-duoi-kh-r5');
  for (const [name, yr] of [
    ['Năm dạng chữ', (y) => String(y)],
    ['Năm dạng số', (y) => y],
  ]) {
    const ws = b.sheet(name);
    b.lines(ws, [title(1, 'UBND XÃ NGỌC LẶC'), title(2, 'CHỈ TIÊU KT-XH NĂM 2023', 'A2:G2')]);
    b.table(ws, {
      header: [
        {
          r: 4,
          cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Kế hoạch', F: 'Thực hiện' },
          merge: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4'],
        },
        { r: 5, cells: { D: yr(2022), E: yr(2023), F: yr(2022), G: yr(2023) } },
      ],
      cols: { stt: 'A', label: 'B', unit: 'C', plan: 'E', actual: 'G', prev: 'F' },
      expect: { headerRow: 5, label: 'B', unit: 'C', plan: 'E', actual: 'G', previous: 'F' },
      start: 6,
      rows: AGRI.map((r) => ({ ...r, x: { D: r.pv } })),
    });
  }
  await b.save();
}

// 6. Lang Chánh: `Kế hoạch` merged over the plans of 2023 and 2024, `Thực hiện` over the actuals of
//    2022 and 2023 (years as numbers): plan D, actual G, previous F; 2024 plan E has no role.
async function langChanh() {
  const b = book('lang-chanh-kh-th-nam-r5');
  const ws = b.sheet('Biểu số 1');
  b.lines(ws, [title(1, 'UBND XÃ LANG CHÁNH'), title(2, 'CHỈ TIÊU KT-XH NĂM 2023 VÀ KẾ HOẠCH 2024', 'A2:H2')]);
  b.table(ws, {
    header: [
      {
        r: 4,
        cells: { A: 'STT', B: 'Chỉ tiêu', C: 'ĐVT', D: 'Kế hoạch', F: 'Thực hiện', H: 'Ghi chú' },
        merge: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4', 'H4:H5'],
      },
      { r: 5, cells: { D: 2023, E: 2024, F: 2022, G: 2023 } },
    ],
    cols: { stt: 'A', label: 'B', unit: 'C', plan: 'D', actual: 'G', prev: 'F' },
    expect: { headerRow: 5, label: 'B', unit: 'C', plan: 'D', actual: 'G', previous: 'F' },
    start: 6,
    rows: AGRI.map((r) => ({ ...r, x: { E: r.p * 1.02 } })),
  });
  await b.save();
}

async function run() {
  const makers = [thuongXuan, baThuoc, camThuy, nhuThanh, ngocLac, langChanh];
  for (const make of makers) await make();
  console.log(`wrote ${makers.length} workbooks (pending: ${[...PENDING].join(', ') || 'none'})`);
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
