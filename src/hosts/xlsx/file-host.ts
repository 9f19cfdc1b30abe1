/**
 * The workbook host for an .xlsx or .xlsm file held in memory, shared by the browser preview and the
 * CLI: load from bytes, read grids, apply a write plan, write the summary, add a sheet, keep choices,
 * save to bytes. Writing patches the file's package (src/hosts/xlsx-package), so charts, pivots,
 * macros and everything else chitieu does not write survive. The grids are read from the same
 * package (src/hosts/xlsx/package-grids), without parsing it into an object model.
 * No file-system access here: the CLI reads and writes the bytes (src/hosts/xlsx/open.ts).
 */
import { messages, type MessageLanguage, type Messages } from '../../core/messages';
import type { SummarySheet } from '../../core/summary-sheet';
import type { SheetGrid, UserChoices, WorkbookGrids, WritePlan } from '../../core/types';
import { HostError, type ApplyResult, type Progress, type ScanScope, type WorkbookHost } from '../host';
import {
  activeTab,
  addGridSheet,
  addGridSheetAsNew,
  applyWritePlan,
  Book,
  isMacroEnabled,
  newPackage,
  PackageError,
  sheets,
  writeChoices,
  writeSummarySheet,
  XlsxPackage,
  XmlError,
} from '../xlsx-package';
import { CHOICES_SHEET, readChoices } from './choices';
import { PackageReadError, readPackageGrids, type PackageGrids } from './package-grids';
import { workbookGridsOf } from './read';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Encrypted (password-protected) Office files are OLE compound documents, not zip. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Throws a HostError naming the file when the bytes are not an .xlsx package. */
export function checkWorkbookBytes(bytes: Uint8Array, name: string, m: Messages): void {
  if (bytes.length === 0) throw new HostError(m.fileEmpty(name));
  if (startsWith(bytes, OLE_MAGIC)) throw new HostError(m.filePasswordOrXls(name));
  if (!startsWith(bytes, ZIP_MAGIC)) throw new HostError(m.notXlsx(name));
}

function corrupt(name: string, e: unknown, m: Messages): HostError {
  return new HostError(m.corrupt(name, e instanceof Error ? e.message : String(e)));
}

/** The package's grids, every sheet; a part that cannot be read names the file. */
function readGrids(pkg: XlsxPackage, name: string, m: Messages): PackageGrids {
  try {
    return readPackageGrids(pkg);
  } catch (e) {
    if (e instanceof PackageReadError || e instanceof PackageError || e instanceof XmlError) throw corrupt(name, e, m);
    throw e;
  }
}

export interface FileHostOptions {
  /** Language of the error messages; the command line shows both. */
  language?: MessageLanguage | 'both';
}

export class FileHost implements WorkbookHost {
  readonly kind = 'file' as const;
  /** The cell last selected from the results; the preview shows it instead of moving a cursor. */
  selection: { sheet: string; row: number; col: number } | null = null;
  private readonly book: Book;
  /** The grids of the package as it is now; null once a write has made them stale. */
  private grids: PackageGrids | null;

  private constructor(
    pkg: XlsxPackage,
    readonly fileName: string,
    grids: PackageGrids | null,
    private readonly m: Messages,
  ) {
    this.book = new Book(pkg);
    this.grids = grids;
  }

  /** An empty workbook, for a sheet drafted before any file was opened. */
  static create(fileName: string, options: FileHostOptions = {}): FileHost {
    return new FileHost(newPackage(), fileName, null, messages(options.language ?? 'vi'));
  }

  /** Opens a workbook from its bytes; `fileName` is used in messages and for the download name. */
  static async open(
    data: ArrayBuffer | Uint8Array,
    fileName: string,
    options: FileHostOptions = {},
  ): Promise<FileHost> {
    const m = messages(options.language ?? 'vi');
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    checkWorkbookBytes(bytes, fileName, m);
    let pkg: XlsxPackage;
    try {
      pkg = XlsxPackage.fromBytes(bytes);
    } catch (e) {
      throw corrupt(fileName, e, m);
    }
    // Read at once, so a file that cannot be read is refused when it is opened.
    return new FileHost(pkg, fileName, readGrids(pkg, fileName, m), m);
  }

  /** Whether the workbook carries macros (an .xlsm): it must be saved as .xlsm again. */
  get macroEnabled(): boolean {
    return isMacroEnabled(this.book.pkg);
  }

  async read(scope: ScanScope, onProgress?: (p: Progress) => void): Promise<WorkbookGrids> {
    const grids = workbookGridsOf(this.readModel());
    // The caller owns these grids from now on: a later read reads the package again.
    this.grids = null;
    const active = this.activeSheetName();
    const found = scope === 'activeSheet' ? grids.sheets.filter((s) => s.name === active) : grids.sheets;
    found.forEach((sheet, i) => onProgress?.({ done: i + 1, total: found.length, step: sheet.name }));
    // The default font tells the encoding of cells that name none (`.VnTime`: all TCVN3).
    return grids.defaultFont ? { sheets: found, defaultFont: grids.defaultFont } : { sheets: found };
  }

  async apply(plan: WritePlan, onProgress?: (p: Progress) => void): Promise<ApplyResult> {
    onProgress?.({ done: 0, total: plan.tables.length, step: plan.tables[0]?.sheet ?? '' });
    // applyWritePlan checks every target cell before writing, and throws having written nothing.
    const cellsWritten = this.write(() => applyWritePlan(this.book, plan, this.m));
    onProgress?.({ done: plan.tables.length, total: plan.tables.length, step: '' });
    return { cellsWritten, tables: plan.tables.length };
  }

  async writeSummary(sheet: SummarySheet): Promise<string> {
    return this.write(() => writeSummarySheet(this.book, sheet));
  }

  async addSheet(grid: SheetGrid): Promise<{ name: string }> {
    return { name: this.write(() => addGridSheetAsNew(this.book, grid)) };
  }

  /** Adds the grid under its own name; refuses when a sheet has it. */
  async addSheetNamed(grid: SheetGrid): Promise<{ name: string }> {
    return { name: this.write(() => addGridSheet(this.book, grid, this.m)) };
  }

  async select(sheet: string, row: number, col: number): Promise<void> {
    this.selection = { sheet, row, col };
  }

  async loadChoices(): Promise<UserChoices> {
    return readChoices(this.readModel().sheets.find((s) => s.name === CHOICES_SHEET));
  }

  /** Kept in the workbook, so the downloaded file remembers them. */
  async saveChoices(choices: UserChoices): Promise<void> {
    this.write(() => writeChoices(this.book, choices));
  }

  /** The workbook as a file. */
  toBytes(): Uint8Array {
    return this.book.pkg.toBytes();
  }

  async toBlob(): Promise<Blob> {
    return new Blob([this.toBytes() as Uint8Array<ArrayBuffer>], { type: this.macroEnabled ? XLSM_TYPE : XLSX_TYPE });
  }

  /** `ke-hoach.xlsx` → `ke-hoach.chitieu.xlsx`; a workbook with macros stays `.xlsm`. */
  downloadName(): string {
    const base = this.fileName.replace(/(\.chitieu)?\.xls[xm]$/i, '');
    return `${base}.chitieu.${this.macroEnabled ? 'xlsm' : 'xlsx'}`;
  }

  private write<T>(change: () => T): T {
    // The grids are stale from here on; dropping them first frees their memory for the writing.
    this.grids = null;
    try {
      return change();
    } catch (e) {
      if (e instanceof PackageError || e instanceof XmlError) throw corrupt(this.fileName, e, this.m);
      // A refusal names sheet and cell; the file is named here, where it is known.
      if (e instanceof HostError) throw new HostError(this.m.inFile(this.fileName, e.message), e.sheet, e.cell);
      throw e;
    }
  }

  private readModel(): PackageGrids {
    this.grids ??= readGrids(this.book.pkg, this.fileName, this.m);
    return this.grids;
  }

  private activeSheetName(): string | undefined {
    const all = sheets(this.book.pkg);
    const active = activeTab(this.book.pkg);
    return (all[active] ?? all[0])?.name;
  }
}
