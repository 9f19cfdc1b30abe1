/** Everything the task pane needs from the engine, in one chunk loaded on the first scan or draft. */
export { analyzeWorkbook, buildWritePlan, getCatalog, searchCatalog, summarize } from '../../core';
export { buildSummarySheet } from '../../core/summary-sheet';
