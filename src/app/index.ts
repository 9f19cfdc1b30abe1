/**
 * The application's operations over an engine and a workbook host, the same for the command line
 * and the task pane: the shells only gather input and show results.
 */
export { apply, hasTables, type Applied, type ApplyOptions } from './apply';
export { review, reviewInSteps, scan, yieldToHost, type Reviewed, type Scanned, type ScanOptions } from './scan';
export { draft, type DraftOptions, type Drafted } from './draft';
export { learn, learnFromReview, lessonOf, type Learned, type LearnOptions } from './learn';
