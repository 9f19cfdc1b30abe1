import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

export const SHARED = path.resolve(__dirname, '../../../shared');
export const SAMPLES = path.join(SHARED, 'samples');

export function sampleFiles(): string[] {
  return fs
    .readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(SAMPLES, f));
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the chitieu CLI in-process and captures what it prints. */
export async function runCli(argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export function tempDir(name: string): string {
  const dir = path.resolve(__dirname, '../../test-output', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell the user wrote: value (formula included), number format, and the merges, per sheet. */
export function userCells(wb: ExcelJS.Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  wb.eachSheet((ws) => {
    for (const merge of (ws.model as { merges?: string[] }).merges ?? []) cells.set(`${ws.name}!merge ${merge}`, merge);
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${ws.name}!${cell.address}`, JSON.stringify({ v: cell.value, f: cell.numFmt ?? null }));
      });
    });
  });
  return cells;
}
