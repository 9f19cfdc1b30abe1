/**
 * The lossless .xlsx writer: a workbook package patched part by part (see package.ts). The browser
 * preview and the CLI both write through it, by way of FileHost (src/hosts/xlsx/file-host.ts).
 */
export { Book } from './book';
export { PackageError, XlsxPackage } from './package';
export { newPackage } from './new-package';
export { applyWritePlan, checkWritePlan } from './write-plan';
export { addGridSheet, addGridSheetAsNew, CHOICES_SHEET, writeChoices, writeSummarySheet } from './sheets';
export { activeTab, isMacroEnabled, sheets, structureLocked } from './workbook';
export { toFileFormula } from './formulas';
export { XmlError } from './xml';
