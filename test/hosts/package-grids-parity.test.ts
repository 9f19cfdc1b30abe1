/**
 * The package grid reader against the ExcelJS reading it replaced: every .xlsx of the tests and of
 * the shared samples read both ways gives the same grids (values, formats, formulas, merges, tables,
 * fonts, protection, visibility, default font) and the same stored choices.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { readChoices } from '../../src/hosts/xlsx/choices';
import { CHOICES_SHEET } from '../../src/hosts/xlsx/choices';
import { readPackageGrids, zipParts } from '../../src/hosts/xlsx/package-grids';
import { readWorkbookGrids } from '../../src/hosts/xlsx/read';
import { loadExcelJs, readChoicesExcelJs, readWorkbookGrids as readWithExcelJs } from '../helpers/exceljs-grids';

const ROOT = path.resolve(__dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared/samples');

function workbooks(): string[] {
  const roots = [path.join(ROOT, 'test'), SHARED].filter((d) => fs.existsSync(d));
  const out = execFileSync('find', [...roots, '-name', '*.xlsx', '-type', 'f'], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter(Boolean)
    .sort()
    .map((f) => path.relative(ROOT, f));
}

const FILES = workbooks();

test('there are workbooks to compare', () => {
  expect(FILES.length).toBeGreaterThan(100);
});

test.each(FILES)('%s reads the same as with ExcelJS', async (file) => {
  const bytes = new Uint8Array(fs.readFileSync(path.resolve(ROOT, file)));
  let old: Awaited<ReturnType<typeof loadExcelJs>>;
  try {
    old = await loadExcelJs(bytes);
  } catch (e) {
    // ExcelJS could not read it: none of these workbooks is such a one.
    throw new Error(`ExcelJS cannot read ${file}`, { cause: e });
  }
  const parts = zipParts(bytes);
  expect(readWorkbookGrids(parts)).toEqual(readWithExcelJs(old));
  const choices = readPackageGrids(parts).sheets.find((s) => s.name === CHOICES_SHEET);
  expect(readChoices(choices)).toEqual(readChoicesExcelJs(old));
});
