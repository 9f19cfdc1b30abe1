/**
 * The views shown only after a scan (the review, the results) and what they alone use (the row
 * list, its virtualiser, the pickers): one chunk, loaded after the pane's first paint, so the
 * first script stays small.
 */
export { ResultsView } from './ResultsView';
export { ReviewView } from './ReviewView';
