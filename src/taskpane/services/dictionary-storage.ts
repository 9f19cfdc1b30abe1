/**
 * Keeps the user's dictionary of wordings in the browser's storage for the add-in. Inside Office the
 * key is prefixed with `Office.context.partitionKey` where the platform gives one, as the Office docs
 * recommend ("Persist add-in state and settings": Excel on the web partitions storage per top-level
 * domain, and an add-in that ignores the key can read another context's data or lose its own).
 */
import { EMPTY_DICTIONARY, type Dictionary } from '../../core/dictionary/model';
import { parseDictionary, serialiseDictionary, toDictionary } from '../../core/dictionary/store';

const STORAGE_KEY = 'chitieu.dictionary';

export interface DictionaryStore {
  load(): Dictionary;
  save(dictionary: Dictionary): void;
}

export function dictionaryStorageKey(partitionKey?: string | null): string {
  return partitionKey ? `${partitionKey}${STORAGE_KEY}` : STORAGE_KEY;
}

/**
 * The store in `storage` (the browser's localStorage by default). Entries are trusted as chitieu wrote
 * them: an id the catalog no longer knows maps nothing (the engine checks), and is kept for the list.
 */
export function browserDictionaryStore(
  partitionKey?: string | null,
  storage: Storage | undefined = safeLocalStorage(),
): DictionaryStore {
  const key = dictionaryStorageKey(partitionKey);
  return {
    load() {
      const raw = storage?.getItem(key);
      if (!raw) return EMPTY_DICTIONARY;
      const read = parseDictionary(raw, () => true);
      // A damaged store loses what was learned, never the workbook's own choices.
      return read.problems.some((p) => p.kind === 'syntax' || p.kind === 'shape')
        ? EMPTY_DICTIONARY
        : toDictionary(read);
    },
    save(dictionary) {
      storage?.setItem(key, serialiseDictionary(dictionary));
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage can be blocked in sandboxed frames
  }
}
