/**
 * `chitieu draft` on the Trung Sơn conclusion: every target of section 2 "Các chỉ tiêu chủ yếu",
 * none from the narrative of section I, and a drafted workbook the engine then treats like any other.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { draftFromText } from './helpers/engine';
import { cachedValues, hasLibreOffice, recalculate } from './helpers/libreoffice';
import { loadXlsx, runCli, SHARED, tempDir } from './helpers/samples';

const RESOLUTION = path.join(SHARED, 'resolutions', 'trung-son-ket-luan-04-2023.txt');
const text = fs.readFileSync(RESOLUTION, 'utf8');

const EXPECTED: [string, number | string, string, string][] = [
  ['production_value_growth', '9 - 9,5', '%', 'higher'],
  ['share_agriculture', 32.6, '%', 'info'],
  ['share_industry_construction', 26.9, '%', 'info'],
  ['share_trade_services', 40.5, '%', 'info'],
  ['annual_crop_area', 1152.3, 'ha', 'higher'],
  ['rice_area', 1076.3, 'ha', 'higher'],
  ['rice_output', 5919.6, 'tấn', 'higher'],
  ['tuber_output', 350, 'tấn', 'higher'],
  ['forest_planted', 91.3, 'ha', 'higher'],
  ['scattered_trees_planted', 5000, 'cây', 'higher'],
  ['rubber_area', 691.7, 'ha', 'higher'],
  ['rubber_area_renovated', 20, 'ha', 'higher'],
  ['pepper_area_restored', 10, 'ha', 'higher'],
  ['cattle_zebu_rate', 76, '%', 'higher'],
  ['poultry_flock', 'trên 30.000', 'con', 'higher'],
  ['freshwater_fish_output', 'trên 50', 'tấn', 'higher'],
  ['livestock_vaccination_rate', 90, '%', 'higher'],
  ['poultry_vaccination_rate', 100, '%', 'higher'],
  ['model_new_rural_villages', 1, 'thôn', 'higher'],
  ['income_per_capita', 55, 'triệu đồng/người/năm', 'higher'],
  ['fees_collection_rate', 100, '%', 'higher'],
  ['budget_revenue', 5222900, 'đồng', 'higher'],
  ['budget_expenditure', 5222900, 'đồng', 'ceiling'],
  ['cultural_family_rate', 'trên 92', '%', 'higher'],
  ['jobs_created', 'trên 100', 'lao động', 'higher'],
  ['labour_export', 20, 'lao động', 'higher'],
  ['natural_population_growth_rate', 'dưới 1', '%', 'lower'],
  ['third_child_birth_rate', 20, '%', 'lower'],
  ['poverty_reduction_rate', '1 - 1,2', '%', 'higher'],
  ['health_insurance_rate', 'trên 97', '%', 'higher'],
  ['forest_cover_rate', 50, '%', 'higher'],
  ['clean_water_rate', 100, '%', 'higher'],
  ['waste_collection_rate', 97, '%', 'higher'],
  ['propaganda_completion_rate', 100, '%', 'higher'],
  ['local_military_rating', 'Giỏi', 'xếp loại', 'rating'],
  ['police_targets_completion_rate', 'trên 90', '%', 'higher'],
  ['commune_police_rating', 'Giỏi', 'xếp loại', 'rating'],
];

describe('targets of section 2 of the Trung Sơn conclusion', () => {
  const draft = draftFromText(text);

  test('the plan year is the one section II names', () => {
    expect(draft.year).toBe(2024);
  });

  test.each(EXPECTED)('%s: plan %p %s, %s', (id, plan, unit, direction) => {
    const target = draft.targets.find((t) => t.indicatorId === id);
    expect(target && { plan: target.plan, unit: target.unit, direction: target.direction }).toEqual({
      plan,
      unit,
      direction,
    });
  });

  test('nothing else is placed: nothing from the narrative of section I', () => {
    expect(draft.targets.map((t) => t.indicatorId).sort()).toEqual(EXPECTED.map((e) => e[0]).sort());
    const flat = text.replace(/\s+/g, ' ');
    const sectionTwo = flat.slice(flat.indexOf('2. Các chỉ tiêu chủ yếu.'), flat.indexOf('3. Nhiệm vụ giải pháp.'));
    for (const t of draft.targets) expect(sectionTwo).toContain(t.source.split(/[,;]/)[0].trim());
  });

  test('what cannot be placed is listed for the user, not dropped', () => {
    const sources = draft.unplaced.map((u) => u.source);
    expect(sources).toEqual(
      expect.arrayContaining([
        'Phục hồi đàn lợn',
        'Hoàn thành các tiêu chí xã đạt NTM nâng cao',
        'Xây dựng xã đạt Bộ tiêu chí quốc gia về y tế',
      ]),
    );
    expect(draft.unplaced.find((u) => u.source === 'Phục hồi đàn lợn')).toMatchObject({
      reason: 'no-target',
      suggestion: 'pig_herd',
    });
  });
});

describe('the drafted workbook', () => {
  const dir = tempDir('draft');
  const drafted = path.join(dir, 'theo-doi-2024.xlsx');
  const filled = path.join(dir, 'filled.xlsx');
  const applied = path.join(dir, 'applied.xlsx');

  const ACTUALS: Record<string, [number | string, string]> = {
    'Sản lượng lúa': [6000, 'met'],
    'Tỷ lệ sinh con thứ 3 trở lên': [26, 'shortfall'],
    'Tỷ lệ gia đình đạt chuẩn văn hóa': [91.5, 'shortfall'],
    'Tỷ lệ giảm hộ nghèo': [1.1, 'met'],
    'Tổng chi ngân sách xã': [5300000, 'shortfall'],
    'Xếp loại Công an xã': ['Khá', 'shortfall'],
    'Xếp loại công tác quân sự địa phương': ['Tốt', 'met'],
    'Tỷ lệ tăng dân số tự nhiên': [0.8, 'met'],
  };

  test('drafting writes the sheet with the percent and status columns ready, and lists the unplaced', async () => {
    const result = await runCli(['draft', RESOLUTION, '-o', drafted]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Phục hồi đàn lợn');
    const ws = (await loadXlsx(drafted)).getWorksheet('Theo dõi chỉ tiêu') as ExcelJS.Worksheet;
    expect(ws.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'KH 2024',
      'TH 2024',
      'Căn cứ',
      'TH/KH (%)',
      'Đánh giá',
    ]);
  });

  test('once actuals are typed in, analyse and apply judge them like any other workbook', async () => {
    const wb = await loadXlsx(drafted);
    const ws = wb.getWorksheet('Theo dõi chỉ tiêu') as ExcelJS.Worksheet;
    const rows = new Map<string, number>();
    ws.eachRow((row, n) => {
      const label = row.getCell(2).value;
      if (typeof label === 'string' && label in ACTUALS) {
        row.getCell(5).value = ACTUALS[label][0];
        rows.set(label, n);
      }
    });
    expect([...rows.keys()].sort()).toEqual(Object.keys(ACTUALS).sort());
    await wb.xlsx.writeFile(filled);

    const result = await runCli(['apply', filled, '-o', applied, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      sheets: {
        tables: {
          written: { percent: string; status: string };
          rows: { row: number; label: string; status: string; percentOfPlan: number | null }[];
        }[];
      }[];
    };
    const table = report.sheets[0].tables[0];
    expect(table.written).toEqual({ percent: 'G', status: 'H' });
    for (const [label, [, status]] of Object.entries(ACTUALS)) {
      expect({ label, status: table.rows.find((r) => r.label === label)?.status }).toEqual({ label, status });
    }

    if (!hasLibreOffice()) return;
    const [recalculated] = recalculate([applied], path.join(dir, 'recalculated'));
    const values = await cachedValues(recalculated, 'Theo dõi chỉ tiêu');
    const text = { met: 'Đạt', shortfall: 'Không đạt', 'not-evaluable': 'Thiếu số liệu', info: '' } as Record<
      string,
      string
    >;
    for (const row of table.rows) {
      expect({ label: row.label, status: values.get(`H${row.row}`) ?? '' }).toEqual({
        label: row.label,
        status: text[row.status],
      });
      if (row.percentOfPlan !== null)
        expect(Math.abs(Number(values.get(`G${row.row}`)) - row.percentOfPlan)).toBeLessThanOrEqual(0.05);
    }
  });
});
