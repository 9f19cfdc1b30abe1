/** The engine reading with a dictionary of wordings: an entry beats the catalog, never a saved choice. */
import { learnFromReview } from '../../../src/app/learn';
import { rowChoiceKey, tableChoiceKey } from '../../../src/core/choice-keys';
import type { Dictionary } from '../../../src/core/dictionary';
import type { RowAnalysis, UserChoices, WorkbookGrids } from '../../../src/core/types';
import { toReport } from '../../../src/core/report';
import { engine } from '../../helpers/engine';

const SHEET = 'Thu ngân sách';

function grids(): WorkbookGrids {
  return {
    sheets: [
      {
        name: SHEET,
        values: [
          ['STT', 'Nội dung', 'ĐVT', 'Dự toán 2024', 'Thực hiện 2024', 'Số liệu huyện giao'],
          [1, 'Tổng thu ngân sách xã', 'triệu đồng', 5000, 5200, 4800],
          [2, 'Thu bổ sung cân đối ngân sách', 'triệu đồng', 3000, 3100, 2900],
          [3, 'Thu phí, lệ phí', 'triệu đồng', 100, 90, 80],
        ],
      },
    ],
  };
}

const LEARNED: Dictionary = {
  wordings: [
    {
      key: 'thu bo sung can doi ngan sach',
      label: 'Thu bổ sung cân đối ngân sách',
      indicatorId: 'revenue_upper_level_transfers',
      source: 'learned',
    },
    // The catalog reads this one as the fees indicator; the district says it is to keep down.
    {
      key: 'thu phi le phi',
      label: 'Thu phí, lệ phí',
      indicatorId: 'revenue_fees_charges',
      direction: 'ceiling',
      source: 'imported',
    },
  ],
  columns: [],
};

function row(label: string, choices?: UserChoices, dictionary = LEARNED): RowAnalysis {
  const analysis = engine.withDictionary(dictionary).analyzeWorkbook(grids(), { choices });
  const found = analysis.sheets[0].tables[0].rows.find((r) => r.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

test('without a dictionary the engine leaves the wording unmapped (what the dictionary is for)', () => {
  const plain = engine.analyzeWorkbook(grids()).sheets[0].tables[0].rows[1];
  expect([plain.indicatorId, plain.band]).toEqual([null, 'none']);
});

test('an entry maps its wording: band learned, source dictionary, in the JSON report too', () => {
  const r = row('Thu bổ sung cân đối ngân sách');
  expect([r.indicatorId, r.band, r.source, r.confidence]).toEqual([
    'revenue_upper_level_transfers',
    'learned',
    'dictionary',
    1,
  ]);
  const report = toReport(engine.withDictionary(LEARNED).analyzeWorkbook(grids()));
  expect(report.sheets[0].tables[0].rows[1]).toMatchObject({ band: 'learned', confidence: 1 });
});

test("an entry beats the catalog's own match, and its direction the catalog's", () => {
  const plain = engine.analyzeWorkbook(grids()).sheets[0].tables[0].rows[2];
  expect([plain.indicatorId, plain.direction, plain.band]).toEqual(['revenue_fees_charges', 'higher', 'sure']);
  const r = row('Thu phí, lệ phí');
  expect([r.indicatorId, r.direction, r.directionSource, r.band]).toEqual([
    'revenue_fees_charges',
    'ceiling',
    'learned',
    'learned',
  ]);
});

describe('never overrides a choice saved in the workbook', () => {
  const key = rowChoiceKey(SHEET, 'Thu bổ sung cân đối ngân sách');

  test('an indicator chosen in the workbook stays', () => {
    const r = row('Thu bổ sung cân đối ngân sách', { rows: { [key]: { indicatorId: 'budget_revenue' } } });
    expect([r.indicatorId, r.source, r.band]).toEqual(['budget_revenue', 'user', 'sure']);
  });

  test('"not in the catalog" chosen in the workbook stays', () => {
    const r = row('Thu bổ sung cân đối ngân sách', { rows: { [key]: { indicatorId: null } } });
    expect([r.indicatorId, r.source, r.band]).toEqual([null, 'user', 'none']);
  });

  test('a direction chosen in the workbook stays over the learned one', () => {
    const fees = rowChoiceKey(SHEET, 'Thu phí, lệ phí');
    const r = row('Thu phí, lệ phí', { rows: { [fees]: { direction: 'higher' } } });
    expect([r.indicatorId, r.direction, r.directionSource]).toEqual(['revenue_fees_charges', 'higher', 'user']);
  });
});

test('an entry seen with another unit does not map a row in a different unit', () => {
  const withUnit: Dictionary = { ...LEARNED, wordings: [{ ...LEARNED.wordings[0], unit: '%' }] };
  expect(row('Thu bổ sung cân đối ngân sách', undefined, withUnit).indicatorId).toBeNull();
  const sameUnit: Dictionary = { ...LEARNED, wordings: [{ ...LEARNED.wordings[0], unit: 'Triệu đồng' }] };
  expect(row('Thu bổ sung cân đối ngân sách', undefined, sameUnit).band).toBe('learned');
});

test('a part learned under its heading maps only under that heading', () => {
  const parts = (heading: string): WorkbookGrids => ({
    sheets: [
      {
        name: 'S',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2024', 'TH 2024'],
          ['1', heading, 'ha', 500, 510],
          ['', 'Trong đó: Khoai lang', 'ha', 20, 25],
        ],
      },
    ],
  });
  const dictionary: Dictionary = {
    wordings: [
      {
        key: 'dien tich cay co cu › khoai lang',
        label: 'Diện tích cây có củ › Khoai lang',
        indicatorId: 'tuber_area',
        source: 'learned',
      },
    ],
    columns: [],
  };
  const reading = engine.withDictionary(dictionary);
  const under = reading.analyzeWorkbook(parts('Diện tích cây có củ')).sheets[0].tables[0].rows[1];
  expect([under.heading, under.band]).toEqual(['Diện tích cây có củ', 'learned']);
  const elsewhere = reading.analyzeWorkbook(parts('Sản lượng lương thực')).sheets[0].tables[0].rows[1];
  expect(elsewhere.band).not.toBe('learned');
});

test('a header taught as a role gives the table that column', () => {
  const plain = engine.analyzeWorkbook(grids()).sheets[0].tables[0];
  expect(plain.columns.previous).toBeNull();
  const taught: Dictionary = {
    wordings: [],
    columns: [{ key: 'so lieu huyen giao', header: 'Số liệu huyện giao', role: 'previous', source: 'learned' }],
  };
  const table = engine.withDictionary(taught).analyzeWorkbook(grids()).sheets[0].tables[0];
  expect(table.columns.previous).toBe(5);
  // A column chosen in the workbook still wins.
  const chosen = engine
    .withDictionary(taught)
    .analyzeWorkbook(grids(), { choices: { columns: { [tableChoiceKey(SHEET, 1)]: { previous: null } } } });
  expect(chosen.sheets[0].tables[0].columns.previous).toBeNull();
});

test('learning from a review: corrected rows and chosen columns, nothing else', () => {
  const choices: UserChoices = {
    rows: {
      [rowChoiceKey(SHEET, 'Thu bổ sung cân đối ngân sách')]: { indicatorId: 'revenue_upper_level_transfers' },
      [rowChoiceKey(SHEET, 'Thu phí, lệ phí')]: { direction: 'ceiling' },
    },
    columns: { [tableChoiceKey(SHEET, 1)]: { previous: 5 } },
  };
  const analysis = engine.analyzeWorkbook(grids(), { choices });
  const learned = learnFromReview({ wordings: [], columns: [] }, analysis, choices);
  expect(learned.dictionary.wordings).toEqual([
    {
      key: 'thu bo sung can doi ngan sach',
      label: 'Thu bổ sung cân đối ngân sách',
      indicatorId: 'revenue_upper_level_transfers',
      unit: 'triệu đồng',
      source: 'learned',
    },
    {
      key: 'thu phi le phi',
      label: 'Thu phí, lệ phí',
      indicatorId: 'revenue_fees_charges',
      direction: 'ceiling',
      unit: 'triệu đồng',
      source: 'learned',
    },
  ]);
  expect(learned.dictionary.columns).toEqual([
    { key: 'so lieu huyen giao', header: 'Số liệu huyện giao', role: 'previous', source: 'learned' },
  ]);
  expect(learned.added.map((c) => c.text)).toEqual([
    'Thu bổ sung cân đối ngân sách',
    'Thu phí, lệ phí',
    'Số liệu huyện giao',
  ]);

  // "Not in the catalog" confirmed later forgets what was learned of the wording.
  const unmapped: UserChoices = {
    rows: { [rowChoiceKey(SHEET, 'Thu bổ sung cân đối ngân sách')]: { indicatorId: null } },
  };
  const again = learnFromReview(learned.dictionary, engine.analyzeWorkbook(grids(), { choices: unmapped }), unmapped);
  expect(again.forgotten.map((c) => c.text)).toEqual(['Thu bổ sung cân đối ngân sách']);
  expect(again.dictionary.wordings.map((e) => e.key)).toEqual(['thu phi le phi']);
});
