/**
 * The ExcelApi requirement set the add-in declares in manifest.xml. Code in this folder may
 * call newer APIs only behind `supportsExcelApi(version)`; test/excel/api-sets.test.ts checks that.
 *
 * Why 1.13 (review A.7, A.12): the requirement-set table (excel-api-requirement-sets) lists
 * ExcelApi 1.7 for volume-licensed Office 2019, whose add-ins run in Internet Explorer 11
 * (browsers-used-by-office-web-add-ins: "Office 2019 | Volume-licensed | Trident+"), where this
 * ES2020 + React 19 bundle shows a blank pane; 1.8 and later list only Office 2021 and later
 * among perpetual versions. 1.13 is also the set of Range.getMergedAreasOrNullObject, so the
 * merged-cell guard before every write runs on every Excel the manifest admits, and of
 * Table.resize; Range.copyFrom (1.9) and ConditionalFormat.getRanges (1.9) come with it.
 */
export const DECLARED_EXCEL_API = '1.13';

export function supportsExcelApi(version: '1.14' | '1.15' | '1.16' | '1.17' | '1.18' | '1.19' | '1.20'): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}
