import fs from 'fs';
import path from 'path';
import { createMatcher } from '../../src/core/match';
import { catalog } from '../helpers/engine';
import { SHARED } from '../helpers/samples';

const getCatalog = () => catalog.entries;
const searchCatalog = catalog.search;
const { match: matchLabel } = createMatcher(catalog);

const shared = fs
  .readFileSync(path.join(SHARED, 'indicators.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [id, group, nameVi, nameEn, unit, direction] = line.split('\t');
    return { id, group, nameVi, nameEn, unit, direction };
  });

test('the catalog covers every standard indicator with its names, unit and direction', () => {
  const ours = new Map(getCatalog().map((e) => [e.id, e]));
  for (const s of shared) {
    const e = ours.get(s.id);
    expect(
      e && { id: e.id, group: e.group, nameVi: e.nameVi, nameEn: e.nameEn, unit: e.unit, direction: e.direction },
    ).toEqual(s);
  }
  expect(ours.size).toBe(shared.length);
});

test.each(shared.map((s) => [s.id, s.nameVi, s.nameEn]))('%s is found by its own names', (id, vi, en) => {
  expect(matchLabel(vi, null).best?.id).toBe(id);
  expect(matchLabel(en, null).best?.id).toBe(id);
});

describe('labels as commune sheets write them', () => {
  test.each([
    ['SL lúa', 'rice_output'],
    ['NS lúa', 'rice_yield'],
    ['DT lúa', 'rice_area'],
    ['Tốc độ tăng trưởng GTSX', 'production_value_growth'],
    ['TNBQ đầu người', 'income_per_capita'],
    ['Tỷ lệ tham gia BHYT', 'health_insurance_rate'],
    ['TL hộ nghèo', 'poverty_rate'],
    ['Ty le ho ngheo', 'poverty_rate'],
    ['Giá trị SX CN-TTCN', 'industry_handicraft_output_value'],
    ['TM-DV', 'share_trade_services'],
    ['Tỷ lệ GĐVH', 'cultural_family_rate'],
    ['Số tiêu chí NTM nâng cao', 'new_rural_criteria_met'],
    ['Tổng đàn heo', 'pig_herd'],
    ['Tỉ lệ che phủ rừng', 'forest_cover_rate'],
    ['- Tiêm phòng GS', 'livestock_vaccination_rate'],
    ['2.3. Sản lượng lúa (tấn)', 'rice_output'],
    ['Thu NS xã', 'budget_revenue'],
    ['Chi NS xã', 'budget_expenditure'],
  ])('%s → %s', (label, id) => {
    expect(matchLabel(label, null).best?.id).toBe(id);
  });

  test.each([
    'Thu khác',
    'Số sản phẩm OCOP',
    'Maize area',
    'Số hồ sơ chứng thực',
    'New enterprises registered',
    'Thuế sử dụng đất nông nghiệp',
    'Tổng đàn gia súc, gia cầm',
    'Tỷ lệ hộ cận nghèo',
    'Giá trị sản xuất nông nghiệp',
  ])('%s is not in the catalog', (label) => {
    expect(matchLabel(label, null).best).toBeNull();
  });
});

test('the catalog is searchable with or without diacritics, in both languages', () => {
  expect(searchCatalog('san luong lua')[0].id).toBe('rice_output');
  expect(searchCatalog('Sản lượng lúa')[0].id).toBe('rice_output');
  expect(searchCatalog('rice output')[0].id).toBe('rice_output');
  expect(searchCatalog('ho ngheo').map((e) => e.id)).toContain('poverty_rate');
});
