/**
 * The ExcelApi requirement set the add-in declares in manifest.xml. Code in this folder may
 * call newer APIs only behind `supportsExcelApi(version)`; test/excel-api-sets.test.ts checks that.
 */
export const DECLARED_EXCEL_API = '1.7';

export function supportsExcelApi(version: '1.8' | '1.9' | '1.10' | '1.11' | '1.12' | '1.13'): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}
