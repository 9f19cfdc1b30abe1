/**
 * The place a document is about. A district's notice, or a note forwarding it, may set targets for
 * several communes (`2.1. Xã Đăk Mar: …; 2.2. Xã Đăk Hring: …`): only the subject's are its targets.
 * The subject is the commune or ward its first lines are issued by or addressed to (`ĐẢNG ỦY XÃ ĐĂK
 * HRING`, `UBND PHƯỜNG …`); with none named there, every place's targets are read.
 */
import { fold } from '../text';
import type { ResolutionDocument } from './document';

const LEVEL = String.raw`(?:xã|phường|thị trấn|thị xã)`;
/** Words that end a place's name in a title line: what follows it (`NHIỆM KỲ`, `LẦN THỨ`, `KHÓA`, `NĂM`). */
const AFTER_NAME = /^(?:nhiem ky|lan thu|lan|khoa|nam|ve|tai|giai doan|ky hop|so|va|de|tren)$/;

/** The place's name after its level, folded: at most four words, up to a mark or the words after a name. */
function nameAfter(text: string): string | null {
  const words: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const bare = word.replace(/[,.:;()"“”]+$/u, '');
    if (!bare || /^[-–—(]/.test(word) || AFTER_NAME.test(fold(bare)) || /\d/.test(bare)) break;
    // In a sentence, a name is written in capitals: `xã Đăk Hring nghiên cứu` ends before `nghiên`.
    if (!/^\p{Lu}/u.test(bare)) break;
    words.push(fold(bare));
    if (bare !== word || words.length === 4) break;
  }
  return words.length ? words.join(' ') : null;
}

const ISSUER = new RegExp(
  String.raw`(?:đảng ủy|đảng bộ|ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|ban chấp hành|văn phòng)[^\n]{0,20}?${LEVEL}\s+(.+)$`,
  'iu',
);

function issuerIn(text: string): string | null {
  const m = ISSUER.exec(text.split(/\s{3,}/)[0]);
  return m ? nameAfter(m[1]) : null;
}

/**
 * The subject place, folded (`dak hring`): the commune or ward the first lines are issued by or
 * addressed to, else the one whose certified copy (`SAO Y BẢN CHÍNH`, `SAO LỤC`) the document is; null
 * when neither names one.
 */
export function subjectPlace(doc: ResolutionDocument): string | null {
  const paragraphs = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  for (const text of paragraphs.slice(0, 12)) {
    const name = issuerIn(text);
    if (name) return name;
  }
  const stamp = paragraphs.findIndex((t) => /^\s*(?:sao y(?: bản chính)?|sao lục|trích sao)\b/iu.test(t));
  for (const text of stamp < 0 ? [] : paragraphs.slice(stamp, stamp + 3)) {
    const name = issuerIn(text);
    if (name) return name;
  }
  return null;
}

const PLACE_LEAD = new RegExp(String.raw`^${LEVEL}\s+([^:]{2,40}?)\s*:\s*`, 'iu');

/** A heading that is a place alone (`2.1. Xã Đăk Mar`), folded, or null. */
export function placeHeading(text: string): string | null {
  const m = new RegExp(String.raw`^${LEVEL}\s+(.{2,40}?)\s*:?\s*$`, 'iu').exec(text.trim());
  return m ? nameAfter(m[1]) : null;
}

/** An item's lead naming a place (`Xã Đăk Mar: …`): the place, folded, and where the lead ends. */
export function placeLead(text: string): { place: string; end: number } | null {
  const m = PLACE_LEAD.exec(text.trim());
  const place = m ? nameAfter(m[1]) : null;
  return m && place ? { place, end: text.length - text.trimStart().length + m[0].length } : null;
}
