/**
 * A tracking sheet drafted from a resolution: its targets, wherever and however the text states
 * them, become rows `STT | Chỉ tiêu | ĐVT | KH <year> | TH <year> | Căn cứ`, each mapped to the
 * catalog (or kept in its own words) with its plan value or expression. What cannot be placed is
 * listed, never dropped.
 */
import { documentFromText, type ResolutionDocument } from './document';
import { draftFromDocument, type Draft, type DrafterParts } from './targets';

export type { DocumentBlock, ResolutionDocument } from './document';
export { documentFromText, documentLines, documentToText } from './document';
export type { Draft, DraftTarget, DrafterParts, UnplacedReason, UnplacedTarget } from './targets';
export { draftFromDocument } from './targets';
export { draftSheet } from './sheet';

/** Reads the targets of a resolution given as plain text (a .txt file or a paste). */
export function draftFromText(parts: DrafterParts, text: string): Draft {
  return draftFromDocument(parts, documentFromText(text));
}

export function isResolutionDocument(value: unknown): value is ResolutionDocument {
  return typeof value === 'object' && value !== null && Array.isArray((value as ResolutionDocument).blocks);
}
