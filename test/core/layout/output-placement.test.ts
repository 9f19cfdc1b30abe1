/** Where chitieu writes: its own columns from before, else the first free ones right of the table. */
import { freeColumns, occupiedColumns, ownOutputColumns } from '../../../src/core/layout/output-placement';
import { SheetView } from '../../../src/core/sheet-view';

const OWN_PERCENT = 'IFERROR(IF(AND(ISNUMBER(D2),ISNUMBER(C2)),D2/C2*100,""),"")';
const OWN_STATUS = 'IF(ISNUMBER(E2),IF(D2>=C2,"Đạt","Không đạt"),"Thiếu số liệu")';

test('chitieu’s pair of columns from an earlier run is found and updated in place', () => {
  const sheet = new SheetView({
    name: 'S',
    values: [
      ['Chỉ tiêu', 'KH', 'TH', 'TH/KH (%)', 'Đánh giá'],
      ['Lúa', 10, 9, 90, 'Không đạt'],
    ],
    formulas: [[], [null, null, null, OWN_PERCENT, OWN_STATUS]],
  });
  expect(ownOutputColumns(sheet, ['Chỉ tiêu', 'KH', 'TH', 'TH/KH (%)', 'Đánh giá'], 0, { top: 1, bottom: 1 })).toEqual({
    percent: 3,
    status: 4,
    previousPercent: null,
  });
});

test('a user’s own TH/KH (%) column with typed numbers is not chitieu’s', () => {
  const sheet = new SheetView({
    name: 'S',
    values: [
      ['Chỉ tiêu', 'KH', 'TH', 'TH/KH (%)', 'Đánh giá'],
      ['Lúa', 10, 9, 90, 'Không đạt'],
    ],
  });
  expect(
    ownOutputColumns(sheet, ['Chỉ tiêu', 'KH', 'TH', 'TH/KH (%)', 'Đánh giá'], 0, { top: 1, bottom: 1 }).percent,
  ).toBeNull();
});

test('occupied columns count merges; free columns skip anything in the way', () => {
  const sheet = new SheetView({
    name: 'S',
    values: [
      ['Chỉ tiêu', 'KH', 'TH', null, null, 'ghi chú'],
      ['Lúa', 10, 9, null, null, null],
    ],
    merges: [{ top: 0, left: 2, bottom: 0, right: 3 }],
  });
  expect(occupiedColumns(sheet, 0, 1, new Set())).toEqual({ firstCol: 0, lastCol: 5 });
  expect(freeColumns(sheet, 3, 0, 1, 2)).toBe(6);
  expect(freeColumns(sheet, 4, 0, 1, 1)).toBe(4);
});
