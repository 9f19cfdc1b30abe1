import type { SummarySheet } from '../core/summary-sheet';
import type { SheetGrid, UserChoices, WorkbookGrids, WritePlan } from '../core/types';

export type ScanScope = 'workbook' | 'activeSheet';

export interface Progress {
  done: number;
  total: number;
  /** What is being done, for screen readers and the progress bar's label. */
  step: string;
}

export interface ApplyResult {
  /** Cells written (formulas and headers). */
  cellsWritten: number;
  tables: number;
}

/**
 * What the task pane needs from a workbook, whatever holds it: Excel through Office.js,
 * or an .xlsx file opened in the browser. The task pane never talks to Office directly.
 */
export interface WorkbookHost {
  readonly kind: 'excel' | 'file';
  /** Reads the sheets in scope as plain grids. */
  read(scope: ScanScope, onProgress?: (p: Progress) => void): Promise<WorkbookGrids>;
  /** Writes the plan's columns; throws a HostError naming sheet and cell, having written nothing, when it cannot. */
  apply(plan: WritePlan, onProgress?: (p: Progress) => void): Promise<ApplyResult>;
  /** Writes chitieu's summary sheet, replacing its earlier one and never a user's sheet; returns its name. */
  writeSummary?(sheet: SummarySheet): Promise<string>;
  /**
   * Adds a new sheet from a grid (a drafted tracking sheet), its texts as values, never formulas;
   * never replaces a sheet: when the grid's name is taken it becomes `name (2)`, `(3)`…, which it returns.
   */
  addSheet?(grid: SheetGrid): Promise<{ name: string }>;
  /** Selects a cell (0-based row and column) and brings its sheet to front. */
  select(sheet: string, row: number, col: number): Promise<void>;
  loadChoices(): Promise<UserChoices>;
  saveChoices(choices: UserChoices): Promise<void>;
}

/** An error a person can act on: which sheet, which cell, what to do. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
