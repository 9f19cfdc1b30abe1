/**
 * Scan analyses a workbook one sheet at a time, yielding to the host's event loop between sheets
 * and reporting each, so a task pane repaints its progress on a district's workbook: the analysis
 * is the one the engine gives for the whole workbook at once.
 */
import { reviewInSteps, scan } from '../../src/app';
import { createEngine } from '../../src/core/engine';
import type { WorkbookGrids } from '../../src/core/types';
import type { Progress } from '../../src/hosts/host';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { generateDistrictWorkbook } from '../../bench/generate';

const engine = createEngine();

function commune(name: string, label: string): WorkbookGrids['sheets'][number] {
  return {
    name,
    values: [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'],
      [1, 'Sản lượng lúa', 'tấn', 100, 95],
      [2, label, 'cái', 3, 4],
    ],
  };
}

const GRIDS: WorkbookGrids = {
  sheets: [commune('Xã A', 'Số liệu lạ'), commune('Xã B', 'Năng suất lúa'), commune('Xã C', 'Tỷ lệ hộ nghèo')],
};

test('sheet by sheet gives the same analysis as the whole workbook at once', async () => {
  const whole = engine.analyzeWorkbook(GRIDS, { choices: {} });
  const steps = await reviewInSteps(engine, GRIDS, {});
  expect(steps.analysis).toEqual(whole);
});

test('each sheet is reported before it is analysed, after a yield to the event loop', async () => {
  const seen: string[] = [];
  let timersRun = 0;
  const progress: Progress[] = [];
  // Every macrotask that runs while the scan is under way is one chance for the pane to repaint.
  const ticker = setInterval(() => timersRun++, 0);
  await reviewInSteps(engine, GRIDS, {}, undefined, (p) => {
    progress.push(p);
    seen.push(`${p.step}:${timersRun}`);
  });
  clearInterval(ticker);
  expect(progress.map((p) => `${p.done}/${p.total} ${p.step}`)).toEqual(['0/3 Xã A', '1/3 Xã B', '2/3 Xã C', '3/3 ']);
  // Other tasks ran between one sheet's analysis and the next.
  const ticks = seen.slice(0, 3).map((s) => Number(s.split(':')[1]));
  expect(ticks[1]).toBeGreaterThan(ticks[0]);
  expect(ticks[2]).toBeGreaterThan(ticks[1]);
});

test('the district workbook scans through the file host with progress that only moves forward', async () => {
  const { buffer } = await generateDistrictWorkbook(3, 60);
  const host = await FileHost.open(buffer, 'huyen.xlsx');
  const fractions: number[] = [];
  const scanned = await scan(engine, host, { onProgress: (p) => fractions.push(p.done / p.total) });
  expect(scanned.analysis.sheets.map((s) => s.tables.length)).toEqual([1, 1, 1]);
  expect(scanned.analysis.sheets.flatMap((s) => s.tables.map((t) => t.rows.length))).toEqual([60, 60, 60]);
  expect(fractions[fractions.length - 1]).toBe(1);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  expect(scanned.analysis).toEqual(engine.analyzeWorkbook(scanned.grids, { choices: scanned.choices }));
});
