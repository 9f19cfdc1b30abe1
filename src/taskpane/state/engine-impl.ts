/** Everything the task pane needs from the engine, in one chunk loaded on the first scan or draft. */
export { buildWritePlan, createEngine, summarize } from '../../core';
export { buildSummarySheet } from '../../core/summary-sheet';
export { draftSheet } from '../../core/draft';
export { documentToText } from '../../core/draft';
export { readResolution, DocumentError, documentErrorMessage } from '../../hosts/documents';
