/** Everything the task pane needs from the engine and the application, in one chunk loaded on the first scan or draft. */
export { createEngine } from '../../core/engine';
export { apply, draft, learnFromReview, review, reviewInSteps, scan } from '../../app';
export { documentToText } from '../../core/draft';
export { decodeTsv, importEntries, parseTsv, serialiseTsv } from '../../core/dictionary';
export { readResolution, DocumentError, documentErrorMessage } from '../../hosts/documents';
