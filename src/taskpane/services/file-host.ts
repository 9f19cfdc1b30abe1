/**
 * The workbook host of the browser preview: an .xlsx file held in memory with ExcelJS.
 * Loaded lazily (it brings ExcelJS), so the task pane in Excel never downloads it.
 */
import ExcelJS from 'exceljs';
import type { SummarySheet } from '../../core/summary-sheet';
import type { SheetGrid, UserChoices, WorkbookGrids, WritePlan } from '../../core/types';
// The modules, not the xlsx host's entry: that also opens files from disk, which a browser cannot.
import { readChoices, writeChoices } from '../../hosts/xlsx/choices';
import { addGridSheetAsNew } from '../../hosts/xlsx/new-sheet';
import { readWorkbookGrids } from '../../hosts/xlsx/read';
import { writeSummarySheet } from '../../hosts/xlsx/summary';
import { applyWritePlan } from '../../hosts/xlsx/write';
import { HostError, type ApplyResult, type Progress, type ScanScope, type WorkbookHost } from '../../hosts/host';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class FileHost implements WorkbookHost {
  readonly kind = 'file' as const;
  /** The cell last selected from the results; the preview shows it instead of moving a cursor. */
  selection: { sheet: string; row: number; col: number } | null = null;

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
  ) {}

  /** An empty workbook, for a sheet drafted before any file was opened. */
  static create(fileName: string): FileHost {
    return new FileHost(new ExcelJS.Workbook(), fileName);
  }

  static async open(data: ArrayBuffer, fileName: string): Promise<FileHost> {
    return new FileHost(await loadWorkbook(data), fileName);
  }

  async read(scope: ScanScope, onProgress?: (p: Progress) => void): Promise<WorkbookGrids> {
    const grids = readWorkbookGrids(this.workbook);
    const active = this.activeSheetName();
    const sheets = scope === 'activeSheet' ? grids.sheets.filter((s) => s.name === active) : grids.sheets;
    sheets.forEach((sheet, i) => onProgress?.({ done: i + 1, total: sheets.length, step: sheet.name }));
    return { sheets };
  }

  async apply(plan: WritePlan, onProgress?: (p: Progress) => void): Promise<ApplyResult> {
    onProgress?.({ done: 0, total: plan.tables.length, step: plan.tables[0]?.sheet ?? '' });
    // applyWritePlan checks every target cell before writing, and throws having written nothing.
    const cellsWritten = applyWritePlan(this.workbook, plan);
    onProgress?.({ done: plan.tables.length, total: plan.tables.length, step: '' });
    return { cellsWritten, tables: plan.tables.length };
  }

  async writeSummary(sheet: SummarySheet): Promise<string> {
    return writeSummarySheet(this.workbook, sheet);
  }

  async addSheet(grid: SheetGrid): Promise<{ name: string }> {
    return { name: addGridSheetAsNew(this.workbook, grid) };
  }

  async select(sheet: string, row: number, col: number): Promise<void> {
    this.selection = { sheet, row, col };
  }

  async loadChoices(): Promise<UserChoices> {
    return readChoices(this.workbook);
  }

  /** Kept in the workbook, so the downloaded file remembers them. */
  async saveChoices(choices: UserChoices): Promise<void> {
    writeChoices(this.workbook, choices);
  }

  async toBlob(): Promise<Blob> {
    return new Blob([await this.workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
  }

  /** `ke-hoach.xlsx` → `ke-hoach.chitieu.xlsx`. */
  downloadName(): string {
    return this.fileName.replace(/(\.chitieu)?\.xlsx$/i, '') + '.chitieu.xlsx';
  }

  private activeSheetName(): string | undefined {
    const sheets = this.workbook.worksheets;
    const activeTab = this.workbook.views?.[0]?.activeTab ?? 0;
    return (sheets[activeTab] ?? sheets[0])?.name;
  }
}

async function loadWorkbook(data: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new HostError(`Không đọc được tệp .xlsx (${error instanceof Error ? error.message : String(error)})`);
  }
  return workbook;
}
