/**
 * PDF. A scanned PDF (pages that are images, no font anywhere) has no text to read: that is said
 * plainly. Reading the text layer of a typed PDF needs a PDF text library that this build does not
 * carry yet; such a file is refused with a pointer to the Word file or a paste, never guessed at.
 */
import type { ResolutionDocument } from '../../core/draft/document';
import { DocumentError } from './errors';

/** Whether any page resource names a font: a PDF without one has no text layer. */
export function pdfHasFonts(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes);
  return /\/Font\b/.test(text) || /\/Type\s*\/Font\b/.test(text) || /\/ObjStm\b/.test(text);
}

export async function readPdf(bytes: Uint8Array): Promise<ResolutionDocument> {
  if (!pdfHasFonts(bytes)) throw new DocumentError('pdf-no-text');
  throw new DocumentError('pdf-text-unsupported');
}
