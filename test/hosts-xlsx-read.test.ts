import ExcelJS from 'exceljs';
import { zipParts } from '../src/hosts/xlsx/package-grids';
import { readWorkbookGrids } from '../src/hosts/xlsx/read';

/** The workbook as a file, read by the package grid reader. */
async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ReturnType<typeof zipParts>> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Kinh tế (2023)'));
  return zipParts(new Uint8Array(await wb.xlsx.writeBuffer()));
}

test('a formula whose cached result is 0 reads as 0, not as an empty cell', async () => {
  const wb = await roundTrip((ws) => {
    ws.getCell('B2').value = { formula: 'A2-A2', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = 5;
  });
  const grid = readWorkbookGrids(wb).sheets[0];
  expect(grid.values[1][1]).toBe(0);
  expect(grid.formulas?.[1][1]).toBe('A2-A2');
});

test('merged cells keep their value in the top-left cell only; errors and rich text are read', async () => {
  const wb = await roundTrip((ws) => {
    ws.getCell('A1').value = 'BIỂU TỔNG HỢP';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('B2').value = { richText: [{ text: 'Sản lượng ' }, { text: 'lúa' }] };
    ws.getCell('C2').value = '1.152,1';
    ws.getCell('C2').numFmt = '@';
  });
  const grid = readWorkbookGrids(wb).sheets[0];
  expect(grid.name).toBe('Kinh tế (2023)');
  expect(grid.values[0][0]).toBe('BIỂU TỔNG HỢP');
  expect(grid.values[0][1] ?? null).toBeNull();
  expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  expect(grid.values[1][0]).toEqual({ error: '#DIV/0!' });
  expect(grid.values[1][1]).toBe('Sản lượng lúa');
  expect(grid.values[1][2]).toBe('1.152,1');
  expect(grid.numberFormats?.[1][2]).toBe('@');
});

test('choices saved in a workbook survive a save and steer the next analysis from the command line', async () => {
  const { readChoices, CHOICES_SHEET } = await import('../src/hosts/xlsx/choices');
  const { readPackageGrids } = await import('../src/hosts/xlsx/package-grids');
  const { openHost } = await import('./helpers/xlsx-host');
  const fs = await import('fs');
  const { runCli, tempDir } = await import('./helpers/samples');
  const path = await import('path');
  const dir = tempDir('choices');
  const file = path.join(dir, 'reviewed.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu');
  ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023']);
  ws.addRow([1, 'Số sản phẩm OCOP', 'sản phẩm', 3, 2]);
  const host = await openHost(wb);
  await host.saveChoices({
    rows: { 'Chỉ tiêu!so san pham ocop': { indicatorId: 'traffic_accidents', direction: 'lower' } },
  });
  fs.writeFileSync(file, host.toBytes());

  const again = new ExcelJS.Workbook();
  await again.xlsx.readFile(file);
  expect(again.getWorksheet(CHOICES_SHEET)?.state).toBe('veryHidden');
  const parts = zipParts(fs.readFileSync(file));
  const stored = readPackageGrids(parts).sheets.find((s) => s.name === CHOICES_SHEET);
  expect(stored?.hidden).toBe(true);
  expect(readChoices(stored).rows?.['Chỉ tiêu!so san pham ocop']?.indicatorId).toBe('traffic_accidents');
  expect(readWorkbookGrids(parts).sheets.map((s) => s.name)).toEqual(['Chỉ tiêu']);

  const result = await runCli(['analyze', file, '--json']);
  const row = (
    JSON.parse(result.stdout) as { sheets: { tables: { rows: { indicatorId: string; status: string }[] }[] }[] }
  ).sheets[0].tables[0].rows[0];
  expect(row).toMatchObject({ indicatorId: 'traffic_accidents', status: 'met' });
});
