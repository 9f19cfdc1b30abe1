/** A resolution typed in an old Vietnamese 8-bit encoding (TCVN3/ABC, VNI), read as the Unicode it stands for. */
import { decodeLegacy, decodeLegacyText } from '../legacy-encoding';
import type { LegacyEncoding } from '../types';
import type { DocumentBlock, ResolutionDocument } from './document';

/** The encoding is judged on the whole text (one cell's evidence is too little), then every block converted. */
export function decodeLegacyDocument(doc: ResolutionDocument): {
  doc: ResolutionDocument;
  encoding: LegacyEncoding | null;
} {
  const whole = doc.blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.join(' ')).join('\n')))
    .join('\n');
  const { encoding } = decodeLegacyText(whole);
  if (!encoding) return { doc, encoding: null };
  const convert = (text: string): string => decodeLegacy(text, encoding).normalize('NFC');
  const blocks = doc.blocks.map((b): DocumentBlock =>
    b.kind === 'paragraph'
      ? { ...b, text: convert(b.text) }
      : { kind: 'table', rows: b.rows.map((r) => r.map(convert)) },
  );
  return { doc: { ...doc, blocks }, encoding };
}
