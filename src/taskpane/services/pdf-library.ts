/**
 * pdf.js in the pane: its own chunk, loaded when a PDF is first opened, and its worker a file of the
 * add-in's own (copied by webpack beside the pane), so that parsing never blocks the pane.
 */
import type { PdfLibrary, PdfLibraryLoader } from '../../hosts/documents';

export const loadPdfLibraryInPane: PdfLibraryLoader = async () => {
  const pdfjs = await import(/* webpackChunkName: "pdf" */ 'pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', document.baseURI).href;
  return pdfjs as unknown as PdfLibrary;
};
