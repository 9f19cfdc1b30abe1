/** The user's corrections, added to `UserChoices` without touching the rest. */
import type { Direction, RoleName, UserChoices } from '../../core/types';
import type { ReviewTable } from './models';

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

/**
 * A table accepted as it is: each row the review asked about keeps its indicator and direction as
 * the user's own choice, and the column roles as they are; rows the user decided already are kept.
 */
export function withTableAccepted(choices: UserChoices, table: ReviewTable): UserChoices {
  const rows = { ...choices.rows };
  for (const row of table.attention) {
    if (row.chosenByUser) continue;
    rows[row.key] = { ...rows[row.key], indicatorId: row.indicatorId, direction: row.direction };
  }
  const next: UserChoices = { ...choices, rows };
  if (table.roleDoubts.length > 0) {
    const chosen: Partial<Record<RoleName, number | null>> = { ...choices.columns?.[table.key] };
    for (const role of table.roleDoubts) chosen[role] = table.columns[role];
    next.columns = { ...choices.columns, [table.key]: chosen };
  }
  return next;
}
