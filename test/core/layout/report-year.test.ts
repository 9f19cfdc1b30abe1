/** The report year, from the years of the plan and actual columns and the title. */
import { reportYear, titleYear } from '../../../src/core/layout/report-year';
import { view } from './grid';

const years = (...ys: number[]): Set<number> => new Set(ys);

test.each([
  [
    'plan and actual meet in one year',
    { planYears: years(2023), actualYears: years(2023), reportedYears: years(2023), titleYear: null },
    2023,
  ],
  [
    'TH 2022 | KH 2023 | TH 2023 | KH 2024: where both meet',
    { planYears: years(2023, 2024), actualYears: years(2022, 2023), reportedYears: years(2022, 2023), titleYear: null },
    2023,
  ],
  [
    'both meet twice: the title picks',
    { planYears: years(2023, 2024), actualYears: years(2023, 2024), reportedYears: years(2023, 2024), titleYear: 2023 },
    2023,
  ],
  [
    'both meet twice, no title: the latest year filled in',
    { planYears: years(2023, 2024), actualYears: years(2023, 2024), reportedYears: years(2023), titleYear: null },
    2023,
  ],
  [
    'years only in the title',
    { planYears: years(), actualYears: years(), reportedYears: years(), titleYear: 2024 },
    2024,
  ],
  [
    'title agrees with a plan year',
    { planYears: years(2025), actualYears: years(2024), reportedYears: years(2024), titleYear: 2025 },
    2025,
  ],
  [
    'title contradicted by the columns: the latest actual',
    { planYears: years(2025), actualYears: years(2024), reportedYears: years(2024), titleYear: 2019 },
    2024,
  ],
  [
    'only plan years: the earliest',
    { planYears: years(2024, 2025), actualYears: years(), reportedYears: years(), titleYear: null },
    2024,
  ],
  ['nothing says', { planYears: years(), actualYears: years(), reportedYears: years(), titleYear: null }, null],
] as const)('%s', (_, evidence, expected) => {
  expect(reportYear(evidence)).toBe(expected);
});

test('the title year is a year named above the header, not the year of a date', () => {
  const sheet = view([
    ['UBND XÃ A', null, 'Ngày 28/12/2023'],
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2023 VÀ KẾ HOẠCH NĂM 2024'],
    ['STT', 'Chỉ tiêu', 'KH', 'TH'],
  ]);
  expect(titleYear(sheet, 2)).toBe(2023);
  expect(titleYear(view([['Ngày 28/12/2023'], ['STT', 'Chỉ tiêu', 'KH', 'TH']]), 1)).toBeNull();
});
