/**
 * The direction of a row the catalog cannot place: the label's words or the plan's trajectory, taken
 * when the row's best catalog candidate agrees; otherwise the samples' rule for rows outside the
 * catalog ("higher"), marked as a default the review asks about.
 */
import { directionEvidence, inferDirection } from '../../src/core/direction';
import type { Direction, Quantity } from '../../src/core/types';
import { analyzeWorkbook } from '../helpers/engine';

const none: Quantity = { kind: 'none' };
const num = (value: number): Quantity => ({ kind: 'number', value });

describe('what the words say', () => {
  it.each<[string, Direction | null]>([
    ['Tỷ lệ hộ nghèo còn lại', 'lower'],
    ['Ty le sinh con thu ba tro len', 'lower'],
    ['Trẻ em dưới 5 tuổi SDD thể thấp còi', 'lower'],
    ['Số vụ TNGT', 'lower'],
    ['Số vụ phạm pháp hình sự', 'lower'],
    ['Births of third or later child', 'lower'],
    ['Share of poor households', 'lower'],
    ['Chi thường xuyên khác', 'ceiling'],
    ['Expenditure on roads', 'ceiling'],
    // Counting a reduction is better higher.
    ['Số hộ thoát nghèo', null],
    ['Tỷ lệ giảm nghèo', null],
    ['Reduction of poor households', null],
    ['Sản lượng cà phê nhân', null],
  ])('%s → %s', (label, direction) => {
    expect(directionEvidence(label, null, none, none)?.direction ?? null).toBe(direction);
  });

  it('reads a rate planned below last year as a reduction target (trajectory)', () => {
    expect(directionEvidence('Tỷ lệ hộ dùng nước chưa hợp vệ sinh', '%', num(4), num(6))).toEqual({
      direction: 'lower',
      source: 'trajectory',
    });
    expect(directionEvidence('Tỷ lệ hộ dùng nước sạch', '%', num(96), num(94))).toBeNull();
  });
});

describe('when the words are taken', () => {
  it('takes them when the best catalog candidate has the same direction', () => {
    expect(inferDirection('Hộ nghèo còn lại %', null, none, none, 'lower')).toEqual({
      direction: 'lower',
      source: 'words',
    });
  });

  it('keeps the default when the catalog has nothing near, or a candidate that disagrees', () => {
    expect(inferDirection('Số vụ cháy rừng', null, none, none, null)).toEqual({
      direction: 'higher',
      source: 'default',
    });
    expect(inferDirection('Chi hỗ trợ hội người mù', null, none, none, 'higher')).toEqual({
      direction: 'higher',
      source: 'default',
    });
  });
});

describe('in a report', () => {
  const rows = analyzeWorkbook({
    sheets: [
      {
        name: 'S',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2025', 'TH 2025'],
          [1, 'Sản lượng lúa', 'tấn', 100, 90],
          [2, 'Số vụ cháy nổ trong khu dân cư', 'vụ', 2, 1],
        ],
      },
    ],
  }).sheets[0].tables[0].rows;

  it('judges a row outside the catalog as higher and asks about it', () => {
    expect(rows[1]).toMatchObject({ indicatorId: null, direction: 'higher', directionSource: 'default' });
    expect(rows[1].attention).toContain('direction');
  });
});
