/**
 * The Excel host: the only code that talks to Excel through Office.js (`Excel.run`).
 * The task pane sees it through the WorkbookHost interface only.
 */
import type { SummarySheet } from '../../core/summary-sheet';
import type { SheetGrid, UserChoices, WorkbookGrids, WritePlan } from '../../core/types';
import { HostError, type ApplyResult, type Progress, type ScanScope, type WorkbookHost } from '../host';
import { addSheet } from './add-sheet';
import { cellAddress } from './addresses';
import { applyPlan } from './apply';
import { WRITE_BUDGET_BYTES } from './chunks';
import { toHostError, type ErrorContext } from './errors';
import { messages, type MessageLanguage, type Messages } from '../../core/messages';
import { READ_BUDGET_BYTES, readGrids } from './read';
import { loadChoices, saveChoices } from './settings';
import { writeSummary } from './summary';

export interface ExcelHostOptions {
  /** Language of the error messages; default: Office's display language, Vietnamese unless it is another one. */
  language?: MessageLanguage;
  /** Request size budget for writing; tests lower it to force several requests. */
  writeBudgetBytes?: number;
  /** Answer size budget for reading in row blocks. */
  readBudgetBytes?: number;
  /**
   * Read hidden and very hidden sheets too (default: no). A person cannot see them, and no doc says
   * what activating one to show a shortfall does, so by default they are left out (review A.13).
   */
  includeHiddenSheets?: boolean;
}

function defaultLanguage(): MessageLanguage {
  const display = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  return !display || display.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  private readonly m: Messages;
  private readonly writeBudgetBytes: number;
  private readonly readBudgetBytes: number;
  private readonly includeHiddenSheets: boolean;

  constructor(options: ExcelHostOptions = {}) {
    this.m = messages(options.language ?? defaultLanguage());
    this.writeBudgetBytes = options.writeBudgetBytes ?? WRITE_BUDGET_BYTES;
    this.readBudgetBytes = options.readBudgetBytes ?? READ_BUDGET_BYTES;
    this.includeHiddenSheets = options.includeHiddenSheets ?? false;
  }

  read(scope: ScanScope, onProgress?: (p: Progress) => void): Promise<WorkbookGrids> {
    const options = {
      budgetBytes: this.readBudgetBytes,
      includeHidden: this.includeHiddenSheets,
      messages: this.m,
      onProgress,
    };
    return this.run({ action: this.m.actionRead }, (context) => readGrids(context, scope, options));
  }

  apply(plan: WritePlan, onProgress?: (p: Progress) => void): Promise<ApplyResult> {
    const options = { messages: this.m, budgetBytes: this.writeBudgetBytes, onProgress };
    return this.run({ action: this.m.actionApply }, (context) => applyPlan(context, plan, options));
  }

  /** Writes chitieu's summary sheet, replacing its earlier one; returns the sheet's name. */
  writeSummary(sheet: SummarySheet): Promise<string> {
    return this.run({ action: this.m.actionApply }, (context) => writeSummary(context, sheet, this.m));
  }

  /** Adds a new sheet from the grid, under a free name (`Theo dõi chỉ tiêu (2)`…) that it returns. */
  async addSheet(grid: SheetGrid): Promise<{ name: string }> {
    const name = await this.run({ action: this.m.actionApply, sheet: grid.name }, (context) =>
      addSheet(context, grid, this.m),
    );
    return { name };
  }

  select(sheet: string, row: number, col: number): Promise<void> {
    return this.run({ action: this.m.actionSelect, sheet, cell: cellAddress(row, col) }, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      // A sheet hidden since the scan (or read with includeHiddenSheets) is not activated: the
      // docs do not say what activate() does to a hidden sheet (review A.13).
      worksheet.load('visibility');
      await context.sync();
      if (worksheet.visibility !== Excel.SheetVisibility.visible) throw new HostError(this.m.sheetHidden(sheet), sheet);
      worksheet.activate();
      worksheet.getRangeByIndexes(row, col, 1, 1).select();
      await context.sync();
    });
  }

  async loadChoices(): Promise<UserChoices> {
    return loadChoices();
  }

  saveChoices(choices: UserChoices): Promise<void> {
    return saveChoices(choices, this.m);
  }

  private async run<T>(where: ErrorContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await Excel.run(batch);
    } catch (error) {
      throw toHostError(error, this.m, where);
    }
  }
}
