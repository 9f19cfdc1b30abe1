/**
 * A row that only names a place: a village, hamlet or residential group (`- Bản Nà Lốc`, `Thôn 3`,
 * `Tổ dân phố số 2`, `Ap Binh Minh`, `Hamlet 4`) by a settlement noun and a proper name or a number.
 * Under a row that is an indicator it is that indicator for that place (a breakdown by place), read by
 * structure; a row whose words name a thing of their own (`Thôn văn hóa`, `Bản Nà Lốc: hộ nghèo`) is not
 * one.
 */
import { fold } from '../text';
import { labelAnatomy } from './anatomy';
import { splitWords, toneKey, type Vocabulary } from './words';

/**
 * Settlement nouns of the vocabulary's village group (read as its first word) and nouns that name a
 * place only before a name or number (`Tổ 5`, `Khu A`, `Đội 3`, `Group 2`): a `tổ` or `khu` alone is not one.
 */
const VILLAGE_WORDS: readonly string[] = ['thôn', 'village'];
const NUMBERED_PLACE_NOUNS: readonly string[] = ['tổ', 'khu', 'cụm', 'đội', 'group', 'zone', 'block', 'cluster'];

/** A proper name's word (capitalised), a number (`3`, `12A`, `IV`), or `số` before a number. */
function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\d+\p{L}?$/u.test(word);
}

export interface PlaceReader {
  /** Whether a label only names a place (its settlement noun and its name or number). */
  namesOnlyAPlace(label: string): boolean;
}

/** `knows` says whether the catalog uses a word: in a label all in capitals, a name must be no catalog word. */
export function createPlaceReader(vocabulary: Vocabulary, knows: (word: string) => boolean): PlaceReader {
  // Place nouns as written (tone mark last) and folded, by their number of words.
  const accented = new Set<string>();
  const folded = new Set<string>();
  let longest = 1;
  for (const noun of [...VILLAGE_WORDS.flatMap((w) => vocabulary.synonymGroup(w)), ...NUMBERED_PLACE_NOUNS]) {
    const words = splitWords(noun);
    if (!words.length) continue;
    longest = Math.max(longest, words.length);
    accented.add(words.map((w) => w.text).join(' '));
    folded.add(words.map((w) => w.folded).join(' '));
  }
  const isPlaceNoun = (words: readonly string[]): boolean => {
    const text = words.map((w) => toneKey(w.toLocaleLowerCase('vi'))).join(' ');
    const plain = fold(text);
    // Typed with diacritics, a noun is compared as written (`bàn` is no `bản`); without, folded.
    return plain !== text ? accented.has(text) : folded.has(plain);
  };
  const cache = new Map<string, boolean>();
  const read = (label: string): boolean => {
    const anatomy = labelAnatomy(label);
    if (anatomy.detail) return false;
    const words = anatomy.name.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    const allCaps = !/\p{Ll}/u.test(anatomy.name);
    for (let n = Math.min(longest, words.length - 1); n >= 1; n--) {
      if (!isPlaceNoun(words.slice(0, n))) continue;
      const rest = words.slice(n);
      if (fold(rest[0]) === 'so' && rest.length > 1) rest.shift();
      // The name: capitalised words or a number; in capitals, words the catalog never uses.
      return rest.every(
        (w) =>
          isNameWord(w) &&
          (/^\d/.test(w) || !allCaps || !splitWords(w).some((x) => knows(x.text) || knows(x.folded))) &&
          // An initialism the vocabulary spells out (`Khu CN`) names a thing, not a place.
          !(w.length >= 2 && w === w.toLocaleUpperCase('vi') && vocabulary.expansions(w).length > 0),
      );
    }
    return false;
  };
  return {
    namesOnlyAPlace(label: string): boolean {
      let result = cache.get(label);
      if (result === undefined) {
        result = read(label);
        if (cache.size > 20000) cache.clear();
        cache.set(label, result);
      }
      return result;
    },
  };
}
