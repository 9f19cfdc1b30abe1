/** Remembers the task pane's settings in the browser's storage, per machine. */
import type { PaneSettings } from '../state/state';

const STORAGE_KEY = 'chitieu.settings';

export function loadSettings(defaults: PaneSettings, storage: Storage | undefined = safeLocalStorage()): PaneSettings {
  const raw = storage?.getItem(STORAGE_KEY);
  if (!raw) return defaults;
  try {
    const saved = JSON.parse(raw) as Partial<PaneSettings>;
    return {
      nearMissPercent: typeof saved.nearMissPercent === 'number' ? saved.nearMissPercent : defaults.nearMissPercent,
      outputLanguage: saved.outputLanguage === 'vi' || saved.outputLanguage === 'en' ? saved.outputLanguage : undefined,
      uiLanguage: saved.uiLanguage === 'vi' || saved.uiLanguage === 'en' ? saved.uiLanguage : defaults.uiLanguage,
    };
  } catch {
    return defaults; // unreadable settings are replaced on the next save
  }
}

export function saveSettings(settings: PaneSettings, storage: Storage | undefined = safeLocalStorage()): void {
  storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage can be blocked in sandboxed frames
  }
}
