/**
 * A workbook's plain grids (values, number formats, formulas with cached results, merges, tables,
 * fonts), read from its package by src/hosts/xlsx/package-grids; chitieu's own choices sheet is not
 * one of them.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { WorkbookGrids } from '../../core/types';
import { CHOICES_SHEET } from './choices';
import { defaultFontOfStyles, readPackageGrids, type PackageGrids, type PackageParts } from './package-grids';

/** The grids chitieu reads: every sheet but the choices sheet, and the default font when the styles name one. */
export function workbookGridsOf(all: PackageGrids): WorkbookGrids {
  const sheets = all.sheets.filter((s) => s.name !== CHOICES_SHEET);
  return all.defaultFont ? { sheets, defaultFont: all.defaultFont } : { sheets };
}

export function readWorkbookGrids(parts: PackageParts): WorkbookGrids {
  return workbookGridsOf(readPackageGrids(parts));
}

/** The first font's family in the package's `xl/styles.xml`; null when there is none or the file cannot tell. */
export function defaultFontOf(bytes: Uint8Array): string | null {
  try {
    const part = unzipSync(bytes, { filter: (f) => f.name === 'xl/styles.xml' })['xl/styles.xml'];
    return part ? defaultFontOfStyles(strFromU8(part)) : null;
  } catch {
    return null;
  }
}
