export * from './types';
export { analyzeWorkbook, rowChoiceKey, tableChoiceKey, DEFAULT_SETTINGS } from './analyze';
export { toReport } from './report';
export type { Report, ReportRow, ReportTable } from './report';
export { getCatalog, getIndicator, searchCatalog } from './catalog';
export { columnLetter, cellAddress } from './sheet-view';
export { parseNumberText, formatNumber } from './numbers';
export { parseTargetText } from './quantity';
