import type { UserChoices } from '../../core/types';
import { HostError } from '../host';
import type { Messages } from '../../core/messages';

/** The one workbook setting chitieu keeps: the user's review choices, as JSON. */
export const CHOICES_KEY = 'chitieu.choices';

/** Document settings are in memory once Office is ready: reading them needs no request to Excel. */
export function loadChoices(): UserChoices {
  const raw: unknown = Office.context.document.settings.get(CHOICES_KEY);
  if (typeof raw !== 'string') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // A setting that is not JSON was not written by chitieu; the next save replaces it.
    return {};
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as UserChoices) : {};
}

export function saveChoices(choices: UserChoices, m: Messages): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(CHOICES_KEY, JSON.stringify(choices));
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else
        reject(new HostError(m.office(m.actionSettings, result.error?.message ?? String(result.error), ''), undefined));
    });
  });
}
