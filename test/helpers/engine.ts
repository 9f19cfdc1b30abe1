/** One engine shared by a test file, as a shell keeps one; tests that need their own make one. */
import { toReport } from '../../src/core';
import { createEngine } from '../../src/core/engine';
import type { CellValue } from '../../src/core/types';

export const engine = createEngine();
export const analyzeWorkbook = engine.analyzeWorkbook;
export const draftFromText = engine.draftFromText;
export const catalog = engine.catalog;

/** The indicators the engine reads in one table under `STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện`, row by row. */
export function tableIds(rows: CellValue[][]): (string | null)[] {
  const grid = { name: 'S', values: [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ...rows] };
  return toReport(analyzeWorkbook({ sheets: [grid] })).sheets[0].tables[0].rows.map((r) => r.indicatorId);
}
