/** The dictionary of wordings in core: keys, the TSV a person edits, the JSON chitieu keeps, merging. */
import {
  EMPTY_DICTIONARY,
  decodeTsv,
  importEntries,
  parseDictionary,
  parseTsv,
  serialiseDictionary,
  serialiseTsv,
  toDictionary,
  wordingKey,
  type Dictionary,
} from '../../../src/core/dictionary';
import { rowChoiceKey } from '../../../src/core/choice-keys';
import { catalog } from '../../helpers/engine';

const knows = (id: string): boolean => catalog.get(id) !== undefined;

const DICTIONARY: Dictionary = {
  wordings: [
    {
      key: 'thu bo sung can doi ngan sach',
      label: 'Thu bổ sung cân đối ngân sách',
      indicatorId: 'revenue_upper_level_transfers',
      source: 'learned',
    },
    {
      key: 'ty le ho tai ngheo',
      label: 'Tỷ lệ hộ tái nghèo',
      indicatorId: 'poverty_rate',
      direction: 'lower',
      unit: '%',
      source: 'imported',
    },
  ],
  columns: [{ key: 'du toan nam', header: 'Dự toán năm', role: 'plan', source: 'learned' }],
};

describe('wording keys', () => {
  test.each([
    ['1. Thu bổ sung cân đối ngân sách', 'thu bo sung can doi ngan sach'],
    ['- Thu bo sung can doi ngan sach (đồng)', 'thu bo sung can doi ngan sach'],
    ['Trong đó: Lúa', 'lua'],
    ['Diện tích gieo trồng › Lúa', 'dien tich gieo trong › lua'],
    ['Diện tích gieo trồng > Lúa', 'dien tich gieo trong › lua'],
  ])('%s → %s', (label, key) => {
    expect(wordingKey(label)).toBe(key);
  });

  test('a wording is keyed as the workbook keeps a choice for the same label', () => {
    const label = 'a) Thu bổ sung cân đối ngân sách (triệu đồng)';
    expect(`S!${wordingKey(label)}`).toBe(rowChoiceKey('S', label));
  });
});

describe('the TSV file', () => {
  test('round trip: what is exported reads back as the same entries, marked imported', () => {
    const read = parseTsv(serialiseTsv(DICTIONARY), knows);
    expect(read.problems).toEqual([]);
    expect(toDictionary(read)).toEqual({
      wordings: DICTIONARY.wordings.map((e) => ({ ...e, source: 'imported' })),
      columns: DICTIONARY.columns.map((e) => ({ ...e, source: 'imported' })),
    });
  });

  test('is UTF-8 with a byte-order mark, one header line, tab-separated, as Excel opens it', () => {
    const text = serialiseTsv(DICTIONARY);
    expect(text.startsWith('\uFEFFlabel\tindicator id\tdirection\tunit\r\n')).toBe(true);
    expect(text).toContain('Tỷ lệ hộ tái nghèo\tpoverty_rate\tlower\t%\r\n');
    expect(text).toContain('header\tcolumn role\r\nDự toán năm\tplan\r\n');
  });

  test("Excel's Unicode Text (UTF-16 with its mark) and its quoting read the same", () => {
    const text = 'label\tindicator id\tdirection\tunit\r\n"Tỷ lệ ""hộ"" nghèo"\tpoverty_rate\t\t\r\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const read = parseTsv(decodeTsv(utf16), knows);
    expect(read.problems).toEqual([]);
    expect(read.wordings.map((w) => [w.line, w.entry.label, w.entry.indicatorId])).toEqual([
      [2, 'Tỷ lệ "hộ" nghèo', 'poverty_rate'],
    ]);
  });

  test('a wording Excel would read as a formula is written after a space and read back as written', () => {
    const risky: Dictionary = {
      wordings: [{ key: 'x', label: '=HYPERLINK("x")', indicatorId: 'poverty_rate', source: 'learned' }],
      columns: [],
    };
    const text = serialiseTsv(risky);
    expect(text).toContain('\n" =HYPERLINK(""x"")"\tpoverty_rate');
    expect(parseTsv(text, knows).wordings[0].entry.label).toBe('=HYPERLINK("x")');
  });

  test('every refused line is named with its line number and why', () => {
    const text = [
      '# từ điển huyện',
      'label\tindicator id\tdirection\tunit',
      'Thu bổ sung cân đối ngân sách\trevenue_upper_level_transfers',
      'Số sản phẩm OCOP\tocop_products',
      'Tỷ lệ hộ tái nghèo\tpoverty_rate\tdown',
      '1. Thu bổ sung cân đối ngân sách\tbudget_revenue',
      'chỉ một ô',
      '\tpoverty_rate',
      'header\tcolumn role',
      'Dự toán năm\tbudget',
    ].join('\n');
    const read = parseTsv(text, knows);
    expect(read.wordings.map((w) => w.line)).toEqual([3]);
    expect(read.problems).toEqual([
      { line: 4, kind: 'unknown-indicator', value: 'ocop_products' },
      { line: 5, kind: 'bad-direction', value: 'down' },
      { line: 6, kind: 'duplicate', value: '1. Thu bổ sung cân đối ngân sách', first: 3 },
      { line: 7, kind: 'cells', count: 1 },
      { line: 8, kind: 'no-label' },
      { line: 10, kind: 'bad-role', value: 'budget' },
    ]);
  });
});

describe('importing', () => {
  const start: Dictionary = { wordings: [DICTIONARY.wordings[0]], columns: [] };

  test('reports added and changed entries with their lines', () => {
    const text = [
      'label\tindicator id\tdirection\tunit',
      'Thu bổ sung cân đối ngân sách\trevenue_upper_level_transfers\t\t',
      'Thu bổ sung có mục tiêu\trevenue_upper_level_transfers\t\t',
      'Thu bổ sung cân đối ngân sách › Ngân sách huyện\tbudget_revenue\tinfo\t',
    ].join('\n');
    const report = importEntries(start, parseTsv(text, knows));
    expect(report.imported).toBe(true);
    expect(report.added).toEqual([
      { line: 3, text: 'Thu bổ sung có mục tiêu' },
      { line: 4, text: 'Thu bổ sung cân đối ngân sách › Ngân sách huyện' },
    ]);
    // Same wording, same indicator: only its source would differ, which is no change.
    expect(report.changed).toEqual([]);
    expect(report.unchanged).toBe(1);
    expect(report.dictionary.wordings).toHaveLength(3);

    const changed = importEntries(report.dictionary, parseTsv('Thu bổ sung có mục tiêu\tbudget_revenue', knows));
    expect(changed.changed).toEqual([{ line: 1, text: 'Thu bổ sung có mục tiêu' }]);
    expect(changed.dictionary.wordings.find((e) => e.key === 'thu bo sung co muc tieu')?.indicatorId).toBe(
      'budget_revenue',
    );
  });

  test('is all or nothing: one refused line and no line is taken', () => {
    const text = 'Thu bổ sung có mục tiêu\trevenue_upper_level_transfers\nTỷ lệ hộ nghèo\tpoverty_rate\tdown\n';
    const report = importEntries(start, parseTsv(text, knows));
    expect(report.imported).toBe(false);
    expect(report.dictionary).toBe(start);
    expect(report.refused).toEqual([{ line: 2, kind: 'bad-direction', value: 'down' }]);
    // What would have come in is still said, so the person knows what the file holds.
    expect(report.added).toEqual([{ line: 1, text: 'Thu bổ sung có mục tiêu' }]);
  });
});

describe('the JSON chitieu keeps', () => {
  test('round trip, one entry a line', () => {
    const json = serialiseDictionary(DICTIONARY);
    expect(json.split('\n').filter((l) => l.includes('"label"'))).toHaveLength(2);
    const read = parseDictionary(json, knows);
    expect(read.problems).toEqual([]);
    expect(toDictionary(read)).toEqual(DICTIONARY);
    expect(toDictionary(parseDictionary(serialiseDictionary(EMPTY_DICTIONARY), knows))).toEqual(EMPTY_DICTIONARY);
  });

  test('a broken file is named by the line where it stops being JSON', () => {
    const lines = serialiseDictionary(DICTIONARY).split('\n');
    const at = lines.findIndex((l) => l.includes('Tỷ lệ hộ tái nghèo'));
    lines[at] = lines[at].replace('"indicatorId"', 'indicatorId');
    expect(parseDictionary(lines.join('\n'), knows).problems).toEqual([{ line: at + 1, kind: 'syntax' }]);
    expect(parseDictionary('{\n "wordings": [\n', knows).problems).toEqual([{ line: 3, kind: 'syntax' }]);
  });

  test('an entry the catalog does not know is named by its line', () => {
    const json = serialiseDictionary(DICTIONARY).replace('"poverty_rate"', '"poverty"');
    const line = json.split('\n').findIndex((l) => l.includes('"poverty"')) + 1;
    expect(parseDictionary(json, knows).problems).toEqual([{ line, kind: 'unknown-indicator', value: 'poverty' }]);
    expect(parseDictionary('[1, 2]', knows).problems).toEqual([{ line: 1, kind: 'shape' }]);
  });
});
