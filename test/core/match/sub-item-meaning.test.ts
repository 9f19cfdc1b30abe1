/**
 * A sub-row completed by its heading's words (`Trong đó: Lúa` under the sown area is the rice area)
 * keeps what its own words change: a residual item (`… khác`, `Other …`, `Các khoản … khác`) is never
 * the total it sits under nor a named member of it, and a near-poor household is not the poor one.
 * Labels invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { catalog } from '../../helpers/engine';

const { matchSubItem } = createMatcher(catalog);
const mapped = (label: string, parent: string, unit: string | null = null): string | null =>
  matchSubItem(label, parent, unit, new Set()).best?.id ?? null;

test.each([
  ['Chi khác', 'TỔNG CHI NGÂN SÁCH XÃ'],
  ['Các khoản chi khác', 'Tổng chi ngân sách'],
  ['Thu khác', 'Tổng thu NSNN xã hưởng'],
  ['- Thu khác ngân sách', 'Tổng thu ngân sách xã'],
  ['Chi khac', 'TONG CHI NGAN SACH XA'],
  ['Other', 'Total expenditure'],
  ['Other expenditure', 'Total budget expenditure'],
  ['Cây khác', 'Tổng diện tích gieo trồng'],
])('a residual part is no indicator of its heading: %s under %s', (label, parent) => {
  expect(mapped(label, parent)).toBeNull();
});

test.each([
  ['Trong đó: Lúa', 'Tổng diện tích gieo trồng', 'ha', 'rice_area'],
  ['Chi thường xuyên', 'Tổng chi ngân sách xã', 'triệu đồng', 'expenditure_recurrent'],
  ['Chi đầu tư phát triển', 'Tổng chi ngân sách xã', 'triệu đồng', 'expenditure_development_investment'],
])(
  'a part that changes nothing still takes its meaning from its heading: %s under %s (%s) → %s',
  (label, parent, unit, id) => {
    expect(mapped(label, parent, unit)).toBe(id);
  },
);
