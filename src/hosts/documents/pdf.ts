/** PDF: not read yet. */
import type { ResolutionDocument } from '../../core/draft/document';
import { DocumentError } from './errors';

export async function readPdf(bytes: Uint8Array): Promise<ResolutionDocument> {
  void bytes;
  throw new DocumentError('unsupported', 'pdf');
}
