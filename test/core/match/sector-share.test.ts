/**
 * A share (`tỷ trọng`, `cơ cấu`, `share of`) naming part of one sector's words, or their initials, is
 * that sector's share; what follows `trong` / `in` is the whole it is a share of. A share naming words
 * of two sectors, or of none, is no sector's. Labels invented for the kind, not taken from any round.
 */
import { createMatcher } from '../../../src/core/match';
import { catalog } from '../../helpers/engine';

const { match } = createMatcher(catalog);
const mapped = (label: string, unit: string | null = '%'): string | null => match(label, unit).best?.id ?? null;

test.each([
  ['Tỷ trọng nông nghiệp, thủy sản', 'share_agriculture'],
  ['Ty trong lam, ngu nghiep', 'share_agriculture'],
  ['Cơ cấu NLTS trong tổng giá trị', 'share_agriculture'],
  ['Share of farming in total output', 'share_agriculture'],
  ['Tỷ trọng xây dựng trong GTSX', 'share_industry_construction'],
  ['Share of building and industry in the economy', 'share_industry_construction'],
  ['Co cau dich vu trong gia tri san xuat', 'share_trade_services'],
])('%s → %s', (label, id) => {
  expect(mapped(label)).toBe(id);
});

test.each([['Cơ cấu cây trồng'], ['Tỷ trọng hộ, khẩu'], ['Share of households in the village']])(
  'a share of no one sector is none: %s',
  (label) => {
    expect(['share_agriculture', 'share_industry_construction', 'share_trade_services']).not.toContain(mapped(label));
  },
);
