/**
 * Text files: UTF-8 (with or without a byte-order mark) or UTF-16. Documents typed in the old
 * Vietnamese 8-bit encodings (TCVN3/ABC, VNI) decode to mojibake here; recognising and converting
 * them is the job of a `LegacyDecoder` passed in (another issue), not of this reader.
 */

/** Converts text that was typed in a legacy Vietnamese encoding; null when the text is not such. */
export type LegacyDecoder = (text: string) => string | null;

export interface TextReadOptions {
  /** The seam for TCVN3/VNI conversion; none by default. */
  legacy?: LegacyDecoder;
}

export function decodeText(bytes: Uint8Array, options: TextReadOptions = {}): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else
    text = new TextDecoder('utf-8').decode(
      bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes,
    );
  const converted = options.legacy?.(text);
  return (converted ?? text).normalize('NFC');
}
