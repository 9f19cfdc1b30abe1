/**
 * Text files: UTF-8 (with or without a byte-order mark) or UTF-16. Documents typed in the old
 * Vietnamese 8-bit encodings (TCVN3/ABC, VNI) are not valid UTF-8: they are read as the Windows-1252
 * bytes they were saved as, and the drafter converts them (src/core/draft/legacy.ts).
 */

/** Converts text that was typed in a legacy Vietnamese encoding; null when the text is not such. */
export type LegacyDecoder = (text: string) => string | null;

export interface TextReadOptions {
  /** The seam for TCVN3/VNI conversion; none by default. */
  legacy?: LegacyDecoder;
}

/** Windows-1252's characters for 0x80–0x9F (the five undefined codes kept as the C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * The bytes a legacy editor saved (a resolution typed in `.VnTime` or `VNI-Times`): by hand, since
 * Node built without full ICU decodes `windows-1252` as Latin-1 (0x93 stays U+0093, not “).
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
}

export function decodeText(bytes: Uint8Array, options: TextReadOptions = {}): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = decodeWindows1252(body);
    }
  }
  const converted = options.legacy?.(text);
  return (converted ?? text).normalize('NFC');
}
