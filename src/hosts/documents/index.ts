/**
 * Resolution files → the drafter's document (paragraphs and tables in reading order). Runs in Node
 * and in the browser alike: bytes in, no file system. `.txt`/`.md` (UTF-8 or UTF-16), `.docx`, `.pdf`
 * with a text layer.
 */
import { documentFromText, type ResolutionDocument } from '../../core/draft/document';
import { readDocx } from './docx';
import { DocumentError } from './errors';
import { readPdf, type PdfLibraryLoader } from './pdf';
import { decodeText, type TextReadOptions } from './text';

export { DocumentError, documentErrorMessage, type DocumentErrorCode } from './errors';
export type { LegacyDecoder, TextReadOptions } from './text';
export type { PdfLibrary, PdfLibraryLoader } from './pdf';

export interface DocumentReadOptions extends TextReadOptions {
  /** How pdf.js is loaded: the browser gives it a worker of its own; Node loads it as it is. */
  pdfLibrary?: PdfLibraryLoader;
}

export type DocumentKind = 'text' | 'docx' | 'pdf';

/** The kind of a file, by its contents first (a zip, a PDF), then by its name. */
export function documentKind(bytes: Uint8Array, fileName: string): DocumentKind | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'docx') return 'docx';
  if (ext === 'pdf') return 'pdf';
  if (!ext || ext === 'txt' || ext === 'md' || ext === 'text') return 'text';
  return null;
}

export async function readResolution(
  bytes: Uint8Array,
  fileName: string,
  options: DocumentReadOptions = {},
): Promise<ResolutionDocument> {
  switch (documentKind(bytes, fileName)) {
    case 'text':
      return documentFromText(decodeText(bytes, options));
    case 'docx':
      return readDocx(bytes);
    case 'pdf':
      return readPdf(bytes, options.pdfLibrary);
    default:
      throw new DocumentError('unsupported', fileName);
  }
}
