import type { Indicator } from '../../src/core/types';

/** A few catalog indicators, enough to search and pick from. */
export const CATALOG: Indicator[] = [
  { id: 'rice_area', group: 'economy', nameVi: 'Diện tích lúa', nameEn: 'Rice area', unit: 'ha', direction: 'higher' },
  {
    id: 'tuber_area',
    group: 'economy',
    nameVi: 'Diện tích cây có củ',
    nameEn: 'Tuber crop area',
    unit: 'ha',
    direction: 'higher',
  },
  {
    id: 'budget_expenditure',
    group: 'budget',
    nameVi: 'Chi ngân sách',
    nameEn: 'Budget expenditure',
    unit: 'đồng',
    direction: 'ceiling',
  },
  {
    id: 'poverty_rate',
    group: 'social',
    nameVi: 'Tỷ lệ hộ nghèo',
    nameEn: 'Poor household rate',
    unit: '%',
    direction: 'lower',
  },
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

/** Stands in for the engine's catalog search: accent-insensitive, Vietnamese and English names. */
export function searchFixture(query: string, limit = 20): Indicator[] {
  const q = fold(query.trim());
  return CATALOG.filter((i) => fold(i.nameVi).includes(q) || fold(i.nameEn).includes(q)).slice(0, limit);
}
