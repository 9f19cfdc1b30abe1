/**
 * A donor project's results framework (logframe) writes each indicator after its level and code
 * (`Outcome indicator 2.1:`, `Output 3.4 -`, `KPI 5:`, `Chỉ số đầu ra 1.2:`) and says where it is
 * measured (`in project communes`, `across participating districts`): neither changes what is
 * measured. Labels invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { labelAnatomy, withoutFrameworkLead, withoutQualifiers } from '../../../src/core/match/anatomy';
import { catalog } from '../../helpers/engine';

const { match } = createMatcher(catalog);
const mapped = (label: string, unit: string | null): string | null => match(label, unit).best?.id ?? null;
const name = (label: string): string => withoutQualifiers(labelAnatomy(label).name);

describe("a framework's level and code before the name are no words of it", () => {
  test.each([
    ['Outcome indicator 2.1: Rice yield', 'Rice yield'],
    ['Impact indicator 1 - Poverty rate', 'Poverty rate'],
    ['Output 3.4: Farmers trained', 'Farmers trained'],
    ['Output Indicator 2b: Farmers trained', 'Farmers trained'],
    ['Goal-level indicator G2: Income per capita', 'Income per capita'],
    ['PDO indicator 3: Income per capita', 'Income per capita'],
    ['KPI 5: Households with clean water', 'Households with clean water'],
    ['Intermediate result 1.3 – Roads upgraded', 'Roads upgraded'],
    ['Chỉ số đầu ra 1.2: Diện tích rừng trồng mới', 'Diện tích rừng trồng mới'],
    ['Chỉ tiêu 4: Tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo'],
    ['O.2: Forest cover rate', 'Forest cover rate'],
    ['OP-1.3: Aquaculture area', 'Aquaculture area'],
  ])('%s', (label, rest) => {
    expect(withoutFrameworkLead(label)).toBe(rest);
  });

  test.each([
    ['Output value of agriculture'],
    ['Outcome of the harvest'],
    ['Chỉ tiêu 2025: Tỷ lệ hộ nghèo'],
    ['Kết quả thực hiện'],
    ['Indicator 3:'],
  ])('kept when it is no reference: %s', (label) => {
    expect(withoutFrameworkLead(label)).toBe(label);
  });
});

test.each([
  ['Poor household rate in project communes', 'Poor household rate'],
  ['Rice yield in the target coastal villages', 'Rice yield'],
  ['Forest cover across participating districts', 'Forest cover'],
  ['Clean water use within programme areas', 'Clean water use'],
])('where the project works is no word of the name: %s', (label, rest) => {
  expect(name(label)).toBe(rest);
});

test.each([
  ['Outcome indicator 1.1: Average paddy yield in project communes', 't/ha', 'rice_yield'],
  ['Impact indicator 2 – Share of poor households in the project area', '%', 'poverty_rate'],
  ['Output 2.2: Jobs newly created across participating communes', 'jobs', 'jobs_created'],
  ['KPI 7: Health insurance coverage in target communes', '%', 'health_insurance_rate'],
  ['Chỉ số kết quả 3.1: Tỷ lệ hộ sử dụng nước hợp vệ sinh', '%', 'clean_water_rate'],
])('%s (%s) → %s', (label, unit, id) => {
  expect(mapped(label, unit)).toBe(id);
});

test('a framework row outside the catalog stays outside it', () => {
  expect(mapped('Outcome indicator 2.4: Households adopting drought-tolerant maize', 'households')).toBeNull();
  expect(mapped('Output 1.6: Irrigation canals dredged in project communes', 'km')).toBeNull();
});
