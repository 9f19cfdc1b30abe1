/** The one ownership rule every host and the engine use before overwriting a column. */
import { holdsOnlyOwnFormulas, isOwnColumn, isOwnFormula, isOwnHeader } from '../../src/core/own-output';

const own = { formula: 'IFERROR(IF(AND(ISNUMBER(D5),ISNUMBER(C5)),D5/C5*100,""),"")', empty: false };
const empty = { formula: null, empty: true };

test.each([
  ['TH/KH (%)', 'percent', true],
  ['th/kh  (%)', 'percent', true],
  ['% of plan', 'percent', true],
  ['Đánh giá', 'status', true],
  ['Danh gia', 'status', true],
  ['Status', 'status', true],
  ['TH/CK (%)', 'previousPercent', true],
  ['TH/KH (%)', 'status', false],
  ['% TH/KH', 'percent', false],
  ['Đánh giá kết quả', 'status', false],
] as const)('header %p is chitieu’s %s header: %p', (text, kind, expected) => {
  expect(isOwnHeader(text, kind)).toBe(expected);
});

test.each([
  ['=IF(ISNUMBER(E5),IF(E5>=100,"Đạt","Không đạt"),"Thiếu số liệu")', true],
  ['IFERROR(SUMPRODUCT(MAX(ISNUMBER(SEARCH({"Kém"},D5))*{1})),0)', true],
  ['="Thiếu số liệu"', true],
  ['"No data"', true],
  ['=D5/C5*100', false],
  ['=IF(D5>=C5,"Đạt","Không đạt")', false],
])('formula %p is chitieu’s: %p', (formula, expected) => {
  expect(isOwnFormula(formula)).toBe(expected);
});

test('a column with chitieu’s header is still the user’s when a cell holds a typed value or their own formula', () => {
  expect(isOwnColumn('TH/KH (%)', 'percent', [own, empty, own])).toBe(true);
  expect(isOwnColumn('TH/KH (%)', 'percent', [own, { formula: null, empty: false }])).toBe(false);
  expect(isOwnColumn('TH/KH (%)', 'percent', [own, { formula: '=D6/C6*100', empty: false }])).toBe(false);
  expect(isOwnColumn('Ghi chú', 'percent', [own])).toBe(false);
  expect(holdsOnlyOwnFormulas([])).toBe(true);
});
