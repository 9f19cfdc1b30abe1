/** The user's corrections, added to `UserChoices` without touching the rest. */
import type { Direction, RoleName, UserChoices } from '../../core/types';

export function withRowIndicator(choices: UserChoices, key: string, indicatorId: string | null): UserChoices {
  const row = { ...choices.rows?.[key], indicatorId };
  // A new indicator brings its own direction from the catalog, unless the user sets one after.
  delete row.direction;
  return { ...choices, rows: { ...choices.rows, [key]: row } };
}

export function withRowDirection(choices: UserChoices, key: string, direction: Direction): UserChoices {
  return { ...choices, rows: { ...choices.rows, [key]: { ...choices.rows?.[key], direction } } };
}

export function withColumnRole(choices: UserChoices, key: string, role: RoleName, column: number | null): UserChoices {
  return { ...choices, columns: { ...choices.columns, [key]: { ...choices.columns?.[key], [role]: column } } };
}
