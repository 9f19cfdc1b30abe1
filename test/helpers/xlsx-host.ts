/**
 * Tests that build their workbook with ExcelJS write it through the xlsx host as the CLI does:
 * ExcelJS workbook → bytes → FileHost (the package writer) → bytes → ExcelJS again to look at it.
 */
import ExcelJS from 'exceljs';
import { buildWritePlan } from '../../src/core';
import type { WritePlan } from '../../src/core/types';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { analyzeWorkbook } from './engine';

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function fromBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export async function openHost(wb: ExcelJS.Workbook, name = 'test.xlsx'): Promise<FileHost> {
  return FileHost.open(await toBytes(wb), name);
}

/** The plan the engine makes for the workbook, as the CLI reads it. */
export async function planOf(wb: ExcelJS.Workbook): Promise<WritePlan> {
  const host = await openHost(wb);
  return buildWritePlan(analyzeWorkbook(await host.read('workbook')));
}

/** Applies the plan (the engine's when none is given) and returns the written workbook, read back. */
export async function applyPlan(wb: ExcelJS.Workbook, plan?: WritePlan): Promise<ExcelJS.Workbook> {
  const host = await openHost(wb);
  await host.apply(plan ?? buildWritePlan(analyzeWorkbook(await host.read('workbook'))));
  return fromBytes(host.toBytes());
}
