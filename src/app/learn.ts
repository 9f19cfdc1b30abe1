/**
 * Learn: the corrections a person confirmed in the review (indicator, direction, column role), taken
 * from the choices saved in the workbook, into their dictionary of wordings. The same for the command
 * line (`chitieu learn`, from an applied workbook) and the task pane (after a successful apply); each
 * shell keeps the dictionary where it belongs.
 */
import { rowChoiceKey, tableChoiceKey } from '../core/choice-keys';
import {
  headerKey,
  learnEntries,
  rowWordingKey,
  wordingOf,
  type Change,
  type ColumnEntry,
  type Dictionary,
  type Lesson,
  type WordingEntry,
} from '../core/dictionary';
import type { Engine } from '../core/engine';
import type { Analysis, RoleName, Settings, UserChoices } from '../core/types';
import type { WorkbookHost } from '../hosts/host';
import { scan } from './scan';

export interface Learned {
  dictionary: Dictionary;
  added: Change[];
  changed: Change[];
  forgotten: Change[];
  /** How many saved choices the lesson was drawn from. */
  choices: number;
}

/** What the choices saved for an analysed workbook teach: each corrected row's wording, each chosen column's header. */
export function lessonOf(analysis: Analysis, choices: UserChoices): Lesson {
  const wordings: WordingEntry[] = [];
  const columns: ColumnEntry[] = [];
  const forget: string[] = [];
  for (const sheet of analysis.sheets) {
    for (const table of sheet.tables) {
      const chosenColumns = choices.columns?.[tableChoiceKey(sheet.name, table.headerBottom + 1)] ?? {};
      for (const [role, col] of Object.entries(chosenColumns) as [RoleName, number | null | undefined][]) {
        const header = typeof col === 'number' ? (table.headers[col] ?? '').trim() : '';
        if (header && headerKey(header)) columns.push({ key: headerKey(header), header, role, source: 'learned' });
      }
      for (const row of table.rows) {
        const choice = choices.rows?.[rowChoiceKey(sheet.name, row.label)];
        if (!choice) continue;
        const key = rowWordingKey(row.label, row.heading);
        if (!key) continue;
        // "Not in the catalog": whatever was learned of the wording was wrong.
        if (choice.indicatorId === null) forget.push(key);
        else if (row.indicatorId !== null && (choice.indicatorId !== undefined || choice.direction)) {
          wordings.push({
            key,
            label: wordingOf(row.label, row.heading),
            indicatorId: row.indicatorId,
            ...(choice.direction && { direction: choice.direction }),
            ...(row.unit && { unit: row.unit }),
            source: 'learned',
          });
        }
      }
    }
  }
  return { wordings, columns, forget };
}

function countChoices(choices: UserChoices): number {
  return Object.keys(choices.rows ?? {}).length + Object.keys(choices.columns ?? {}).length;
}

/** The dictionary after learning what the reviewed analysis and its saved choices teach. */
export function learnFromReview(dictionary: Dictionary, analysis: Analysis, choices: UserChoices): Learned {
  const { dictionary: next, added, changed, forgotten } = learnEntries(dictionary, lessonOf(analysis, choices));
  return { dictionary: next, added, changed, forgotten, choices: countChoices(choices) };
}

export interface LearnOptions {
  /** The analysis the user reviewed; when absent, the workbook is scanned with the choices kept in it. */
  analysis?: Analysis;
  /** The choices the user confirmed; when absent, those kept in the workbook. */
  choices?: UserChoices;
  settings?: Partial<Settings>;
}

/** Learns from a workbook's saved choices into the engine's dictionary; the engine itself is unchanged. */
export async function learn(engine: Engine, host: WorkbookHost, options: LearnOptions = {}): Promise<Learned> {
  const choices = options.choices ?? (await host.loadChoices());
  const analysis = options.analysis ?? (await scan(engine, host, { choices, settings: options.settings })).analysis;
  return learnFromReview(engine.dictionary, analysis, choices);
}
