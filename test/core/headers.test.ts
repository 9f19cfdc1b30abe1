/** What header cells say, written compactly: years glued to role words, roles written as their initials. */
import { classifyHeader, headerWords, isItemListHeader } from '../../src/core/headers';

test.each([
  ['KH2024', 'plan', 2024],
  ['Kh 2024', 'plan', 2024],
  ['2024KH', 'plan', 2024],
  ['DT2025', 'plan', 2025],
  ['Dự toán 2025', 'plan', 2025],
  ['Chỉ tiêu NQ', 'plan', null],
  ['NQ giao', 'plan', null],
  ['Chỉ tiêu KH 2023', 'plan', 2023],
  ['KHĐC 2024', 'plan', 2024],
  ['2023 Estimate', 'plan', 2023],
  ['Target 2024', 'plan', 2024],
  ['TH2023', 'actual', 2023],
  ['UTH2024', 'actual', 2024],
  ['ƯTH 2024', 'actual', 2024],
  ['Ước TH cả năm', 'actual', null],
  // an estimate's initials followed by the whole year's; other roles' initials with it are other words
  ['ƯTHCN 2026', 'actual', 2026],
  ['UTHCN', 'actual', null],
  ['KHCN', 'unknown', null],
  ['THCN', 'unknown', null],
  ['ĐTN', 'unknown', null],
  // last year's total so far is the previous period's; a term's total is no role of the year
  ['Lũy kế cùng kỳ', 'previous', null],
  ['Cumulative same period last year', 'previous', null],
  ['Cộng dồn 2021-2025', 'unknown', 2021],
  ['QT2024', 'actual', 2024],
  ['Quyết toán năm 2024', 'actual', 2024],
  ['Kết quả', 'actual', null],
  ['Final accounts 2023', 'actual', 2023],
  // what the periods of the year add up to is the year's actual, not a term's cumulative total
  ['Lũy kế năm 2025', 'actual', 2025],
  ['Luy ke tu dau nam', 'actual', null],
  ['Cộng dồn cả năm', 'actual', null],
  ['Year to date 2024', 'actual', 2024],
  // what was paid out of a budget
  ['Disbursed 2025 (USD)', 'actual', 2025],
  ['Amount spent', 'actual', null],
  ['Completed 2025', 'actual', 2025],
  ['Funds utilised 2024', 'actual', 2024],
  ['Disbursement rate', 'ratio', null],
  ['Budget execution rate (%)', 'ratio', null],
  // the lines of a budget are its labels
  ['Component / budget line', 'label', null],
  ['Budget line items', 'label', null],
  // the office that leads a row is no unit and no role
  ['Đơn vị thực hiện', 'note', null],
  ['Cơ quan chủ trì, theo dõi', 'note', null],
  ['Don vi chu tri', 'note', null],
  ['Responsible agency', 'note', null],
  ['Đơn vị', 'unit', null],
  ['Estimated outturn', 'actual', null],
  ['CK 2024', 'previous', 2024],
  ['TH CK', 'previous', null],
  ['Cùng kỳ năm trước', 'previous', null],
  ['QT/DT (%)', 'ratio', null],
  ['UTH/KH (%)', 'ratio', null],
  ['Chỉ tiêu', 'label', null],
  ['Indicators', 'label', null],
  // two names for one column: the labels, whatever else the header names
  ['Đơn vị / Chỉ tiêu', 'label', null],
  ['Xã, thị trấn / Chỉ tiêu', 'label', null],
  ['Targets / Indicators', 'label', null],
  ['Chỉ tiêu/KH', 'plan', null],
  // one column named in two languages, the year said on one side only
  ['KH 2026 / Plan', 'plan', 2026],
  ['TH 2026 / Actual', 'actual', 2026],
  ['Kế hoạch / Plan 2026', 'plan', 2026],
  ['TH 2026 / KH 2026', 'ratio', 2026],
  ['TH 2026 / TH 2025', 'ratio', 2026],
  ['Đơn vị tính', 'unit', null],
  ['UoM', 'unit', null],
  ['Ươm giống', 'unknown', null],
  ['Đ.vị', 'unit', null],
  ['Đ. vị tính', 'unit', null],
  // guard: the unit's long English name was read before UoM was
  ['Unit of measurement', 'unit', null],
  // English role words in their other forms
  ['Implemented in 2022', 'actual', 2022],
  ['Implementation 2023', 'actual', 2023],
  ['Achievements', 'actual', null],
  ['Performed', 'actual', null],
  ['TT', 'stt', null],
  ['Ghi chu', 'note', null],
] as const)('%p is %s of %p', (text, kind, year) => {
  expect(classifyHeader(text)).toMatchObject({ kind, year });
});

test('a revised plan, part of a year, and another period than the report year', () => {
  expect(classifyHeader('KH điều chỉnh')).toMatchObject({ kind: 'plan', revised: true });
  expect(classifyHeader('TH 9 tháng')).toMatchObject({ kind: 'actual', partial: true });
  expect(classifyHeader('LoP target')).toMatchObject({ kind: 'plan', otherPeriod: true });
  expect(classifyHeader('Kế hoạch năm sau')).toMatchObject({ kind: 'plan', otherPeriod: true });
  expect(classifyHeader('Chỉ tiêu NQ nhiệm kỳ 2020-2025')).toMatchObject({ kind: 'plan', otherPeriod: true });
  expect(classifyHeader('Lũy kế 2021-2025')).toMatchObject({ otherPeriod: true, cumulative: false });
  expect(classifyHeader('Cộng dồn giai đoạn 2021-2025')).toMatchObject({ otherPeriod: true, cumulative: false });
  expect(classifyHeader('Lũy kế 9 tháng')).toMatchObject({ kind: 'actual', otherPeriod: false, cumulative: true });
});

test('the language of a header, compact Vietnamese role words included', () => {
  expect(classifyHeader('UTH2024').language).toBe('vi');
  expect(classifyHeader('Thực hiện').language).toBe('vi');
  expect(classifyHeader('Actual 2023').language).toBe('en');
});

test('glued years are split from their role word, other numbers are left alone', () => {
  expect(headerWords('ƯTH2024/KH2024')).toBe('uth 2024/kh 2024');
  expect(headerWords('5=4/3')).toBe('5=4/3');
  expect(headerWords('Q3')).toBe('q3');
});

test.each([
  ['Họ và tên', true],
  ['Tên công trình', true],
  ['Chủ đầu tư', true],
  ['Project name', true],
  ['Chỉ tiêu', false],
  ['Kế hoạch', false],
])('%p heads a list of people or works: %p', (text, expected) => {
  expect(isItemListHeader(text)).toBe(expected);
});

describe('one value over another is a ratio; one thing said in two languages is not', () => {
  test.each([
    ['Actual / estimate', 'ratio'],
    ['Outturn/Budget', 'ratio'],
    ['Results / target (%)', 'ratio'],
    ['Ước thực hiện / Dự toán', 'ratio'],
    ['QT 2024 / QT 2023', 'ratio'],
    ['Target / Kế hoạch', 'plan'],
    ['Achieved / Thực hiện', 'actual'],
    ['Budget / Dự toán', 'plan'],
    ['Same period / Cùng kỳ', 'previous'],
  ])('%s → %s', (text, kind) => {
    expect(classifyHeader(text).kind).toBe(kind);
  });
});

describe('a syllable that only folds to a one-syllable role word is not that word', () => {
  test.each([
    ['Giáo dục - đào tạo', 'unknown'],
    ['VĂN HÓA, GIÁO DỤC, Y TẾ', 'unknown'],
    ['Số giáo viên đạt chuẩn', 'unknown'],
    ['Chỉ tiêu huyện giao', 'plan'],
    ['KH giao 2024', 'plan'],
    ['giao 2024', 'plan'],
    ['Ước cả năm', 'actual'],
    ['uoc ca nam', 'actual'],
  ])('%s → %s', (text, kind) => {
    expect(classifyHeader(text).kind).toBe(kind);
  });
});
