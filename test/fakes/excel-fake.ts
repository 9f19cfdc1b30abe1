/**
 * An in-memory stand-in for the part of Office.js (Excel + Office.context) that src/hosts/excel uses.
 * It keeps Office.js's batching: loads and writes are queued on proxies and happen at
 * `context.sync()`, reading a property that was not loaded and synced throws, and a request over
 * the payload limit is refused whole. Each sync is recorded with its request and response size.
 */
import { rangeAddress } from '../../src/core/a1';
import type { CellRange } from '../../src/core/types';

/** See RangeAreasProxy. */
const MERGED_AREAS_LIMIT = 512;
/** Excel's last column (XFD), 0-based. */
const MAX_COLUMN = 16383;

export interface FakeCell {
  value?: number | string | boolean;
  error?: string;
  /** With the leading `=`, as Office.js gives it. */
  formula?: string;
  numberFormat?: string;
  /** Stands for every cell format that copyFrom(…, formats) carries. */
  style?: string;
  /** Font family (issue 17); a cell that names none shows the workbook's default, Calibri. */
  font?: string;
}

export interface FakeConditionalFormat {
  range: CellRange;
  /** Further areas when a rule applies to several ranges (a user inserted rows into it, say). */
  moreRanges?: CellRange[];
  type: 'Custom';
  formula: string;
  fill?: string;
  font?: string;
  priority: number;
  stopIfTrue?: boolean;
}

/** An Excel table (ListObject); its range includes the header row and, when shown, the totals row. */
export interface FakeTable {
  name: string;
  range: CellRange;
  /** Default true. */
  showHeaders?: boolean;
  showTotals?: boolean;
  /** Body rows a filter hides (0-based sheet rows); a table with any is filtered. */
  hiddenRows?: number[];
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
}

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

export interface FakeChart {
  type: string;
  title?: string;
  position?: CellRange;
  series: { name?: string; chartType?: string; values: CellRange | null; xValues?: CellRange }[];
}

export class FakeSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  charts: FakeChart[] = [];
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  /** Cell formats other than the number format, as `row,col` → property path → value. */
  readonly formats = new Map<string, Record<string, unknown>>();
  protected = false;
  readonly cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  /** The sheet's own AutoFilter (not a table's): the rows it hides. */
  autoFilter: { range: CellRange; hiddenRows: number[] } | null = null;
  conditionalFormats: FakeConditionalFormat[] = [];
  tables: FakeTable[] = [];

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The font a cell shows: set through `format.font.name`, else its own, else the default Calibri. */
  fontAt(row: number, col: number): string {
    const set = this.formats.get(`${row},${col}`)?.['format.font.name'];
    return typeof set === 'string' ? set : (this.cell(row, col)?.font ?? 'Calibri');
  }

  setCell(row: number, col: number, cell: FakeCell): this {
    this.cells.set(`${row},${col}`, { ...this.cell(row, col), ...cell });
    return this;
  }

  /** Fills values from a grid anchored at A1; strings starting with `=` become formulas. */
  fill(rows: (number | string | boolean | null)[][], top = 0, left = 0): this {
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        if (typeof v === 'string' && v.startsWith('=')) this.setCell(top + r, left + c, { formula: v, value: 0 });
        else this.setCell(top + r, left + c, { value: v });
      }),
    );
    return this;
  }

  isEmpty(cell: FakeCell | undefined): boolean {
    return !cell || (cell.value === undefined && cell.error === undefined && cell.formula === undefined);
  }

  usedRange(within: (row: number, col: number) => boolean = () => true): CellRange | null {
    let box: CellRange | null = null;
    for (const [key, cell] of this.cells) {
      if (this.isEmpty(cell)) continue;
      const [row, col] = key.split(',').map(Number);
      if (!within(row, col)) continue;
      box = box
        ? {
            top: Math.min(box.top, row),
            left: Math.min(box.left, col),
            bottom: Math.max(box.bottom, row),
            right: Math.max(box.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return box;
  }
}

export interface FakeWorkbookOptions {
  /** Highest ExcelApi 1.x the fake claims to support. */
  excelApiMinor?: number;
  /** How getMergedAreasOrNullObject fails above 512 merged areas; the docs do not say. */
  mergedAreasOverLimit?: 'throw' | 'null';
  /** Excel's AutoCorrect "Fill formulas in tables to create calculated columns": on unless set false. */
  fillFormulasInTables?: boolean;
  /** AutoCorrect "Include new rows and columns in table" for API writes: undocumented, off unless set. */
  autoExpandTables?: boolean;
  /** Cells one range may read (5,000,000 in Excel); tests lower it. */
  cellReadLimit?: number;
  /** What reading values over that limit does: null values (default) or a RangeExceedsLimit error. */
  overCellLimit?: 'throw' | 'null';
  requestLimitBytes?: number;
  responseLimitBytes?: number;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly settings = new Map<string, unknown>();
  settingsSaves = 0;
  activeSheet = 0;
  /** A chart sheet is the active sheet: getActiveWorksheet fails (office-js #2444). */
  activeChartSheet = false;
  /** Review › Protect Workbook (structure): sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  /** Names of sheets added in the sync under way (office-js #930). */
  addedThisSync = new Set<string>();
  selection: { sheet: string; range: CellRange } | null = null;
  excelApiMinor: number;
  mergedAreasOverLimit: 'throw' | 'null';
  cellReadLimit: number;
  overCellLimit: 'throw' | 'null';
  fillFormulasInTables: boolean;
  autoExpandTables: boolean;
  requestLimitBytes: number;
  responseLimitBytes: number;

  constructor(options: FakeWorkbookOptions = {}) {
    this.excelApiMinor = options.excelApiMinor ?? 13;
    this.mergedAreasOverLimit = options.mergedAreasOverLimit ?? 'throw';
    this.cellReadLimit = options.cellReadLimit ?? 5_000_000;
    this.fillFormulasInTables = options.fillFormulasInTables ?? true;
    this.autoExpandTables = options.autoExpandTables ?? false;
    this.overCellLimit = options.overCellLimit ?? 'null';
    this.requestLimitBytes = options.requestLimitBytes ?? 5 * 1024 * 1024;
    this.responseLimitBytes = options.responseLimitBytes ?? 5 * 1024 * 1024;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet)
      throw new FakeOfficeError(
        'ItemNotFound',
        'The requested resource doesn\u2019t exist.',
        'WorksheetCollection.getItem',
      );
    return sheet;
  }

  /** A deep copy of every sheet's state, to show that a refused apply changed nothing. */
  snapshot(): string {
    return JSON.stringify(this.sheets.map((s) => ({ ...s, cells: [...s.cells.entries()].sort() })));
  }
}

// ---------------------------------------------------------------- batching

interface Action {
  bytes: number;
  run(): number;
}

class Context {
  readonly workbook: WorkbookProxy;
  readonly queue: Action[] = [];
  /** Every conditional-format proxy made in this context; see ConditionalFormatProxy.position. */
  readonly conditionalFormats = new Set<ConditionalFormatProxy>();
  /** Loaded values of the sync under way, handed to the proxies only when the whole sync succeeds. */
  private answers: (() => void)[] = [];

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(args: unknown, run: () => number | void): void {
    this.queue.push({
      bytes: 100 + (args === undefined ? 0 : Buffer.byteLength(JSON.stringify(args))),
      // Only reads answer with bytes; a setter written as an arrow returns what it assigned.
      run: () => {
        const answered = run();
        return typeof answered === 'number' ? answered : 0;
      },
    });
  }

  /** Queues what a load answers; it reaches the proxy only if the sync succeeds. */
  answer(apply: () => void): void {
    this.answers.push(apply);
  }

  /**
   * Runs the queued actions in order. Office.js applies loaded values only from a successful
   * response (ClientRequestContext.processRequestExecutorResponseMessage in excel-web-16.00.debug.js):
   * when Excel refuses the request or an action fails, no proxy gets any value from this sync,
   * while the writes that ran before the failing action stay done (a batch is not a transaction).
   */
  async sync(): Promise<void> {
    const actions = this.queue.splice(0);
    const requestBytes = actions.reduce((n, a) => n + a.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, actions: actions.length };
    this.book.syncs.push(record);
    this.answers = [];
    this.book.addedThisSync.clear();
    if (requestBytes > this.book.requestLimitBytes) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    for (const action of actions) record.responseBytes += action.run();
    if (record.responseBytes > this.book.responseLimitBytes) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    }
    for (const apply of this.answers.splice(0)) apply();
  }
}

abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(protected readonly ctx: Context) {}

  /** Resolves what this proxy stands for, at sync time; null for a null object. */
  protected abstract snapshot(prop: string): unknown;
  protected abstract exists(): boolean;

  load(names: string | string[] = []): this {
    const props = (Array.isArray(names) ? names : names.split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(props, () => {
      const exists = this.exists();
      const values = exists ? props.map((prop) => [prop, this.snapshot(prop)] as const) : [];
      this.ctx.answer(() => {
        this.nullObject = !exists;
        for (const [prop, value] of values) this.loaded.set(prop, value);
      });
      return values.reduce((n, [, value]) => n + Buffer.byteLength(JSON.stringify(value) ?? ''), 0);
    });
    return this;
  }

  /** What loading `items/prop` on a collection does for each item. */
  preload(prop: string, value: unknown): this {
    this.nullObject = false;
    this.loaded.set(prop, value);
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined)
      throw new Error(`fake: isNullObject read before load and sync on ${this.constructor.name}`);
    return this.nullObject;
  }

  protected get<T>(prop: string): T {
    if (this.nullObject) throw new Error(`fake: ${prop} read on a null object`);
    if (!this.loaded.has(prop))
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Load and sync first.`);
    return this.loaded.get(prop) as T;
  }

  protected set(prop: string, value: unknown, apply: () => void): void {
    this.ctx.enqueue(value, apply);
    this.loaded.delete(prop);
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  constructor(ctx: Context) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx, () => ctx.book.sheets);
    this.protection = new WorkbookProtectionProxy(ctx);
  }
}

/** Workbook.protection (ExcelApi 1.7): structure protection. */
class WorkbookProtectionProxy extends ClientObject {
  protected exists(): boolean {
    return true;
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'protected') throw new Error(`fake: WorkbookProtection.${prop}`);
    return this.ctx.book.structureProtected;
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

function refuseIfStructureProtected(book: FakeWorkbook, where: string): void {
  if (book.structureProtected)
    throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.', where);
}

class WorksheetCollectionProxy extends ClientObject {
  private list: WorksheetProxy[] | undefined;

  protected exists(): boolean {
    return true;
  }
  protected snapshot(prop: string): unknown {
    if (prop.startsWith('items')) {
      this.list = this.ctx.book.sheets.map((s) => new WorksheetProxy(this.ctx, () => s, s.name, s.visibility));
      return this.list.map((w) => w.name);
    }
    throw new Error(`fake: WorksheetCollection.${prop}`);
  }
  get items(): WorksheetProxy[] {
    this.get('items/name');
    if (!this.list) throw new Error('fake: items not loaded');
    return this.list;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(name));
  }
  add(name: string): WorksheetProxy {
    this.ctx.enqueue(name, () => {
      refuseIfStructureProtected(this.ctx.book, 'WorksheetCollection.add');
      this.ctx.book.addedThisSync.add(name);
      if (this.ctx.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError(
          'ItemAlreadyExists',
          'A resource with the same name or identifier already exists.',
          'WorksheetCollection.add',
        );
      }
      this.ctx.book.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(name));
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      if (this.ctx.book.activeChartSheet)
        throw new FakeOfficeError(
          'GeneralException',
          'There was an internal error while processing the request.',
          'WorksheetCollection.getActiveWorksheet',
        );
      return this.ctx.book.sheets[this.ctx.book.activeSheet];
    });
  }
  getFirst(): WorksheetProxy {
    const first = (): FakeSheet | null => this.ctx.book.sheets[0] ?? null;
    return WorksheetProxy.nullable(this.ctx, first);
  }
}

class WorksheetProxy extends ClientObject {
  readonly protection: ProtectionProxy;
  readonly tables: TableCollectionProxy;
  private preName: string | undefined;
  private preVisibility: string | undefined;

  /** Resolves the sheet, or null for a null object (a sheet past the last one). */
  private find: () => FakeSheet | null;

  constructor(
    ctx: Context,
    readonly resolve: () => FakeSheet,
    name?: string,
    visibility?: string,
  ) {
    super(ctx);
    this.find = resolve;
    this.protection = new ProtectionProxy(ctx, () => this.member('protection'));
    this.tables = new TableCollectionProxy(ctx, () => [resolve()]);
    this.preName = name;
    this.preVisibility = visibility;
  }

  /** A worksheet proxy that may stand for no sheet, as `getNextOrNullObject()` returns. */
  static nullable(ctx: Context, find: () => FakeSheet | null): WorksheetProxy {
    const proxy = new WorksheetProxy(ctx, () => {
      const sheet = find();
      if (!sheet) throw new Error('fake: a null worksheet was used');
      return sheet;
    });
    proxy.find = find;
    return proxy;
  }

  protected exists(): boolean {
    return this.find() !== null;
  }

  /**
   * The sheet a member call acts on. The docs describe *OrNullObject only for the object returned
   * (application-specific-api-model#ornullobject-methods-and-properties) and show isNullObject
   * checked after a sync before the object is used: what a member of a null object does is
   * undocumented, so the fake refuses it (review A.5). Only load() and isNullObject are safe.
   */
  private member(name: string): FakeSheet {
    const sheet = this.find();
    if (!sheet) throw new Error(`fake: Worksheet.${name} used on a null worksheet, which the docs do not define`);
    return sheet;
  }

  getNextOrNullObject(): WorksheetProxy {
    return WorksheetProxy.nullable(this.ctx, () => {
      const sheet = this.member('getNextOrNullObject');
      return this.ctx.book.sheets[this.ctx.book.sheets.indexOf(sheet) + 1] ?? null;
    });
  }
  protected snapshot(prop: string): unknown {
    const s = this.resolve();
    if (prop === 'name') return s.name;
    if (prop === 'visibility') return s.visibility;
    throw new Error(`fake: Worksheet.${prop}`);
  }
  get name(): string {
    return this.preName ?? this.get<string>('name');
  }
  get visibility(): string {
    return this.preVisibility ?? this.get<string>('visibility');
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error('fake: only getUsedRangeOrNullObject(true) is modelled');
    return new RangeProxy(this.ctx, this.resolve, () => this.member('getUsedRangeOrNullObject').usedRange());
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1) throw new Error('fake: empty range');
    const area = { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    return new RangeProxy(this.ctx, this.resolve, () => area);
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, this.resolve, () => {
      this.member('getRange');
      return { top: 0, left: 0, bottom: 1048575, right: 16383 };
    });
  }
  /** No doc says what activating a hidden sheet does (review A.13): the fake refuses it. */
  activate(): void {
    this.ctx.enqueue(undefined, () => {
      const sheet = this.resolve();
      if (sheet.visibility !== 'Visible')
        throw new Error(`fake: activate() on a ${sheet.visibility} sheet, which the docs do not define`);
      // office-js #930: on Excel on the web a sheet added and activated in one batch is not activated.
      if (this.ctx.book.addedThisSync.has(sheet.name)) return;
      this.ctx.book.activeSheet = this.ctx.book.sheets.indexOf(sheet);
    });
  }
  /** office-js #365 ("by design"): deleting a very hidden sheet fails with GeneralException. */
  delete(): void {
    this.ctx.enqueue(undefined, () => {
      refuseIfStructureProtected(this.ctx.book, 'Worksheet.delete');
      const sheet = this.resolve();
      if (sheet.visibility === 'VeryHidden')
        throw new FakeOfficeError(
          'GeneralException',
          'There was an internal error while processing the request.',
          'Worksheet.delete',
        );
      const sheets = this.ctx.book.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
    });
  }
  get autoFilter(): AutoFilterProxy {
    return new AutoFilterProxy(this.ctx, () => this.resolve().autoFilter?.hiddenRows ?? null);
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.ctx, this.resolve);
  }
}

class ChartCollectionProxy {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: () => FakeSheet,
  ) {}
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    if (seriesBy !== 'Columns') throw new Error('fake: only charts with series by columns are modelled');
    const chart: FakeChart = { type, series: [] };
    this.ctx.enqueue(type, () => {
      const a = source.area();
      if (!a) throw new Error('fake: null range');
      for (let c = a.left; c <= a.right; c++) chart.series.push({ values: { ...a, left: c, right: c } });
      this.sheet().charts.push(chart);
    });
    return new ChartProxy(this.ctx, chart);
  }
}

class ChartProxy {
  readonly title: { text: string };
  readonly series: { getItemAt(i: number): ChartSeriesProxy; add(name?: string): ChartSeriesProxy };
  constructor(
    private readonly ctx: Context,
    private readonly chart: FakeChart,
  ) {
    const title = {};
    Object.defineProperty(title, 'text', {
      set: (v: string) =>
        ctx.enqueue(v, () => {
          chart.title = v;
        }),
    });
    this.title = title as { text: string };
    this.series = {
      getItemAt: (i: number) =>
        new ChartSeriesProxy(ctx, () => {
          const s = chart.series[i];
          if (!s)
            throw new FakeOfficeError(
              'ItemNotFound',
              'The requested resource doesn\u2019t exist.',
              'ChartSeriesCollection.getItemAt',
            );
          return s;
        }),
      add: (name?: string) => {
        const created: FakeChart['series'][number] = { name, values: null };
        ctx.enqueue(name, () => chart.series.push(created));
        return new ChartSeriesProxy(ctx, () => created);
      },
    };
  }
  setPosition(start: RangeProxy): void {
    this.ctx.enqueue(undefined, () => {
      this.chart.position = start.area() ?? undefined;
    });
  }
}

class ChartSeriesProxy {
  constructor(
    private readonly ctx: Context,
    private readonly resolve: () => FakeChart['series'][number],
  ) {}
  set name(v: string) {
    this.ctx.enqueue(v, () => {
      this.resolve().name = v;
    });
  }
  set chartType(v: string) {
    this.ctx.enqueue(v, () => {
      this.resolve().chartType = v;
    });
  }
  setValues(range: RangeProxy): void {
    this.ctx.enqueue(undefined, () => {
      this.resolve().values = range.area();
    });
  }
  setXAxisValues(range: RangeProxy): void {
    this.ctx.enqueue(undefined, () => {
      this.resolve().xValues = range.area() ?? undefined;
    });
  }
}

/** `range.format` and its font and fill: every property set is recorded per cell under its path. */
function formatProxy(ctx: Context, range: RangeProxy, path = 'format'): Record<string, unknown> {
  const record = (prop: string, value: unknown): void =>
    ctx.enqueue(value, () => {
      const a = range.area();
      if (!a) throw new Error('fake: null range');
      const s = range.sheet();
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const key = `${r},${c}`;
          s.formats.set(key, { ...s.formats.get(key), [`${path}.${prop}`]: value });
        }
        if (prop === 'columnWidth') for (let c = a.left; c <= a.right; c++) s.columnWidths.set(c, value as number);
      }
    });
  return new Proxy(
    {},
    {
      get: (_target, prop) =>
        prop === 'font' || prop === 'fill' ? formatProxy(ctx, range, `${path}.${String(prop)}`) : undefined,
      set: (_target, prop, value) => {
        record(String(prop), value);
        return true;
      },
    },
  );
}

class ProtectionProxy extends ClientObject {
  constructor(
    ctx: Context,
    private readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    this.resolve();
    return true;
  }
  protected snapshot(): unknown {
    return this.resolve().protected;
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

class TableCollectionProxy extends ClientObject {
  private list: TableProxy[] | undefined;
  private readonly props = new Set<string>();
  constructor(
    ctx: Context,
    private readonly sheets: () => FakeSheet[],
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return true;
  }
  protected snapshot(prop: string): unknown {
    if (!prop.startsWith('items/')) throw new Error(`fake: TableCollection.${prop}`);
    this.props.add(prop.slice('items/'.length));
    this.list = this.sheets().flatMap((s) => s.tables.map((t) => new TableProxy(this.ctx, s, t, this.props)));
    return this.list.map((t) => t.name);
  }
  get items(): TableProxy[] {
    this.get('items/name');
    if (!this.list) throw new Error('fake: items not loaded');
    return this.list;
  }
}

/** Worksheet.autoFilter and Table.autoFilter (ExcelApi 1.9): whether a filter hides rows now. */
class AutoFilterProxy extends ClientObject {
  constructor(
    ctx: Context,
    private readonly hiddenRows: () => number[] | null,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return true;
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'isDataFiltered') return (this.hiddenRows() ?? []).length > 0;
    if (prop === 'enabled') return this.hiddenRows() !== null;
    throw new Error(`fake: AutoFilter.${prop}`);
  }
  get isDataFiltered(): boolean {
    return this.get('isDataFiltered');
  }
  get enabled(): boolean {
    return this.get('enabled');
  }
}

class TableProxy {
  readonly worksheet: WorksheetProxy;
  readonly columns: TableColumnCollectionProxy;
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
    private readonly table: FakeTable,
    private readonly loaded: ReadonlySet<string> = new Set(['name']),
  ) {
    this.worksheet = new WorksheetProxy(ctx, () => sheet);
    this.columns = new TableColumnCollectionProxy(ctx, sheet, table);
  }
  private loadedProp<T>(prop: string, value: T): T {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Load and sync first.`);
    return value;
  }
  get name(): string {
    return this.table.name;
  }
  get autoFilter(): AutoFilterProxy {
    return new AutoFilterProxy(this.ctx, () => this.table.hiddenRows ?? []);
  }
  get showHeaders(): boolean {
    return this.loadedProp('showHeaders', this.table.showHeaders ?? true);
  }
  get showTotals(): boolean {
    return this.loadedProp('showTotals', this.table.showTotals ?? false);
  }
  getRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => this.sheet,
      () => this.table.range,
    );
  }
  /**
   * Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and
   * the headers (or the top of the table) must be in the same row." No cells move.
   */
  resize(newRange: RangeProxy): void {
    if (this.ctx.book.excelApiMinor < 13) throw new Error('fake: Table.resize needs ExcelApi 1.13');
    this.ctx.enqueue(undefined, () => {
      const r = newRange.area();
      if (!r || r.top !== this.table.range.top || !overlaps(r, this.table.range))
        throw new FakeOfficeError(
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format.',
          'Table.resize',
        );
      this.table.range = r;
    });
  }
}

/**
 * `table.columns.add`: only appending at the right edge is modelled. The values hold one row per
 * row of the table (header and totals included); `=…` strings become formulas, as in `Range.values`.
 */
class TableColumnCollectionProxy extends ClientObject {
  private list: { name: string }[] | undefined;
  constructor(
    ctx: Context,
    private readonly sheet: FakeSheet,
    private readonly table: FakeTable,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return true;
  }
  /** A column's name is its header cell's text, or Excel's `ColumnN` when the header row is hidden. */
  protected snapshot(prop: string): unknown {
    if (prop !== 'items/name') throw new Error(`fake: TableColumnCollection.${prop}`);
    const r = this.table.range;
    this.list = [];
    for (let col = r.left; col <= r.right; col++) {
      const header = this.table.showHeaders === false ? undefined : this.sheet.cell(r.top, col)?.value;
      this.list.push({ name: header === undefined ? `Column${col - r.left + 1}` : String(header) });
    }
    return this.list.map((c) => c.name);
  }
  get items(): { name: string }[] {
    this.get('items/name');
    if (!this.list) throw new Error('fake: items not loaded');
    return this.list;
  }
  add(index?: number | null, values?: (string | number | boolean)[][], name?: string): void {
    if (name !== undefined && this.ctx.book.excelApiMinor < 4)
      throw new Error('fake: the name of TableColumnCollection.add needs ExcelApi 1.4');
    this.ctx.enqueue([index, values, name], () => {
      const s = this.sheet;
      const r = this.table.range;
      const count = r.right - r.left + 1;
      if (s.protected)
        throw new FakeOfficeError('AccessDenied', 'The cell or chart is protected.', 'TableColumnCollection.add');
      // "ExcelApi 1.1 requires an index smaller than the total column count; 1.4 allows index to be
      // optional (null or -1) and will append a column at the end" (TableColumnCollection.add).
      if (index !== undefined && index !== null && index !== -1) {
        if (!Number.isInteger(index) || index < 0 || index >= count)
          throw new FakeOfficeError(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
            'TableColumnCollection.add',
          );
        throw new Error('fake: inserting a column inside a table is not modelled');
      }
      const rows = r.bottom - r.top + 1;
      if (values && (values.length !== rows || values.some((row) => row.length !== 1))) {
        throw new FakeOfficeError(
          'InvalidArgument',
          'The number of rows or columns does not match the table.',
          'TableColumnCollection.add',
        );
      }
      const col = r.right + 1;
      shiftRight(s, { top: r.top, left: col, bottom: r.bottom, right: MAX_COLUMN });
      const header = name ?? String(values?.[0][0] ?? `Column${count + 1}`);
      for (let c = r.left; c <= r.right && this.table.showHeaders !== false; c++) {
        if (String(s.cell(r.top, c)?.value ?? '').toLowerCase() === header.toLowerCase())
          throw new FakeOfficeError(
            'InvalidArgument',
            'A table column with this name already exists.',
            'TableColumnCollection.add',
          );
      }
      const hasHeader = this.table.showHeaders !== false;
      const body = { top: hasHeader ? r.top + 1 : r.top, bottom: this.table.showTotals ? r.bottom - 1 : r.bottom };
      if (hasHeader) s.setCell(r.top, col, { value: header });
      for (let row = body.top; row <= body.bottom; row++) {
        const x = values?.[row - r.top][0];
        if (typeof x === 'string' && x.startsWith('=')) s.setCell(row, col, { formula: x, value: 0 });
        else if (x !== undefined && x !== '') s.setCell(row, col, { value: x });
      }
      this.table.range = { ...r, right: col };
      if (this.ctx.book.fillFormulasInTables)
        fillCalculatedColumn(
          s,
          { table: this.table, col, ...body, formulasBefore: 0 },
          { ...body, left: col, right: col },
        );
    });
  }
}

// ---------------------------------------------------------------- strings as Excel reads them

const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA'];
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function serial(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return (t - EXCEL_EPOCH) / 86_400_000;
}

/**
 * What Excel makes of a string written through `values` (or `formulas`), as if typed in an en-US
 * Excel. Range.values remark: "If the returned value starts with a plus ("+"), minus ("-"), or
 * equal sign ("="), Excel interprets this value as a formula. Locale-shaped strings … are stored
 * as text … use a locale-neutral format like ISO (YYYY-MM-DD)": so strings are parsed, with
 * invariant rules. The forms here are Excel's typed-entry rules: numbers with thousands
 * separators, percents, (negatives), currency, ISO and m/d dates, times, TRUE/FALSE, error
 * literals. A leading apostrophe, or the Text number format "@", keeps a string as it is.
 */
export function typedEntry(text: string, numberFormat?: string): Partial<FakeCell> {
  if (text.startsWith('=')) return { formula: text, value: 0 };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (numberFormat === '@') return { value: text };
  const t = text.trim();
  const number = /^(\(?)([+-]?)(\$?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(?:[eE]([+-]?\d+))?(%?)(\)?)$/.exec(t);
  if (number && (number[4] || number[5]) && (number[1] === '(') === (number[8] === ')')) {
    const [, paren, sign, dollar, whole, frac = '', exp, percent] = number;
    let n = Number(`${whole.replace(/,/g, '') || '0'}${frac}${exp ? `e${exp}` : ''}`);
    if (sign === '-' || paren) n = -n;
    if (percent) return { value: n / 100, numberFormat: '0%' };
    return dollar ? { value: n, numberFormat: '$#,##0' } : { value: n };
  }
  if (/^[+-]/.test(t)) return { formula: `=${t}`, value: 0 };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const v = serial(Number(m[1]), Number(m[2]), Number(m[3]));
    if (v !== null) return { value: v, numberFormat: 'yyyy-mm-dd' };
  }
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(t);
  if (m) {
    const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : new Date().getUTCFullYear();
    const v = serial(year, Number(m[1]), Number(m[2]));
    if (v !== null) return { value: v, numberFormat: 'm/d/yyyy' };
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60)
    return { value: (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86_400, numberFormat: 'h:mm' };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  if (ERROR_VALUES.includes(t.toUpperCase())) return { error: t.toUpperCase() };
  return { value: text };
}

/** A value written into a cell through `values` or `formulas`. */
function enter(cell: FakeCell, x: unknown): void {
  // Excel stores an empty string as an empty cell.
  const blank = x === '' || x === null || x === undefined;
  const typed = blank
    ? {}
    : typeof x === 'string'
      ? typedEntry(x, cell.numberFormat)
      : { value: x as FakeCell['value'] };
  const { numberFormat, ...content } = typed;
  for (const key of ['formula', 'error', 'value'] as const) if (!(key in content)) delete cell[key];
  Object.assign(cell, content);
  if (numberFormat && (cell.numberFormat === undefined || cell.numberFormat === 'General'))
    cell.numberFormat = numberFormat;
}

/**
 * A write over rows a filter hides: the error-code table names FilteredRangeConflict ("The
 * attempted operation causes a conflict with a filtered range"), and office-js #224 reports data
 * misplaced on a filtered range. The fake refuses a write that spans a hidden row.
 */
function refuseAcrossFilteredRows(s: FakeSheet, a: CellRange, prop: string): void {
  if (a.top === a.bottom) return;
  const hidden = [...(s.autoFilter?.hiddenRows ?? []), ...s.tables.flatMap((t) => t.hiddenRows ?? [])];
  if (hidden.some((row) => row >= a.top && row <= a.bottom))
    throw new FakeOfficeError(
      'FilteredRangeConflict',
      'The attempted operation causes a conflict with a filtered range.',
      `Range.${prop}`,
    );
}

// ---------------------------------------------------------------- tables as Excel fills them

/** A1 references outside string literals: `C5`, `$F$5`; not function names such as LOG10(. */
const A1_REFERENCE = /(?<![A-Za-z0-9_.$!])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function mapOutsideStrings(formula: string, f: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join('');
}

/** The formula as R1C1 relative to its cell, to tell whether two cells hold "the same" formula. */
export function relativeFormula(formula: string, row: number, col: number): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(A1_REFERENCE, (_, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const c = letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const r = Number(digits) - 1;
      return `R${rowAbs ? r : `[${r - row}]`}C${colAbs ? c : `[${c - col}]`}`;
    }),
  );
}

/** The formula of `fromRow` copied to `toRow`, as filling down moves its relative rows. */
function copyFormula(formula: string, fromRow: number, toRow: number): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(
      A1_REFERENCE,
      (_, colAbs: string, letters: string, rowAbs: string, digits: string) =>
        `${colAbs}${letters}${rowAbs}${rowAbs ? digits : Number(digits) + toRow - fromRow}`,
    ),
  );
}

interface TableColumnBody {
  table: FakeTable;
  col: number;
  top: number;
  bottom: number;
  /** Different R1C1 formulas in the body before the write. */
  formulasBefore: number;
}

function bodyOf(table: FakeTable): { top: number; bottom: number } {
  const r = table.range;
  return { top: table.showHeaders === false ? r.top : r.top + 1, bottom: table.showTotals ? r.bottom - 1 : r.bottom };
}

function distinctFormulas(s: FakeSheet, col: number, top: number, bottom: number): number {
  const found = new Set<string>();
  for (let row = top; row <= bottom; row++) {
    const f = s.cell(row, col)?.formula;
    if (f) found.add(relativeFormula(f, row, col));
  }
  return found.size;
}

/** The table columns whose body the area touches, with how many different formulas each holds now. */
function tableColumnsIn(s: FakeSheet, a: CellRange): TableColumnBody[] {
  const out: TableColumnBody[] = [];
  for (const table of s.tables) {
    const { top, bottom } = bodyOf(table);
    if (a.bottom < top || a.top > bottom) continue;
    for (let col = Math.max(a.left, table.range.left); col <= Math.min(a.right, table.range.right); col++)
      out.push({ table, col, top, bottom, formulasBefore: distinctFormulas(s, col, top, bottom) });
  }
  return out;
}

/**
 * Excel's AutoCorrect option "Fill formulas in tables to create calculated columns", on by
 * default, applies to writes through the API: office-js #2093 (closed "by design": "Excel copies
 * the formula to the row where it should not be. And it also replaces formulas with different
 * (wrong) formulas"), #5909 (2025, web and Mac: "the formula set in the first or last row is used
 * for every cell in the column"), #6745 (2026, rows.add). The Document.setSelectedDataAsync
 * reference remark names the one documented exception: a column that already holds "at least two
 * different formulas". So: formulas written into the body of a table column that held fewer than
 * two different ones become a calculated column of the first written formula, every body row.
 */
function fillCalculatedColumn(s: FakeSheet, column: TableColumnBody, written: CellRange): void {
  if (column.formulasBefore >= 2) return;
  let source: { row: number; formula: string } | null = null;
  for (let row = Math.max(written.top, column.top); row <= Math.min(written.bottom, column.bottom) && !source; row++) {
    const f = s.cell(row, column.col)?.formula;
    if (f) source = { row, formula: f };
  }
  if (!source || (distinctFormulas(s, column.col, column.top, column.bottom) < 2 && !hasBlankRow(s, column))) return;
  for (let row = column.top; row <= column.bottom; row++)
    s.setCell(row, column.col, { formula: copyFormula(source.formula, source.row, row), value: 0 });
}

function hasBlankRow(s: FakeSheet, column: TableColumnBody): boolean {
  for (let row = column.top; row <= column.bottom; row++) if (s.isEmpty(s.cell(row, column.col))) return true;
  return false;
}

/**
 * "Include new rows and columns in table" (AutoCorrect, on by default) when a write lands in the
 * column just right of a table, in its rows. No doc says whether API writes do this: the fake
 * does it only when the book's `autoExpandTables` is set (docs/excel-smoke-test.md checks).
 */
function autoExpand(s: FakeSheet, a: CellRange): void {
  for (const table of s.tables) {
    const r = table.range;
    if (a.left > r.right + 1 || a.right < r.right + 1 || a.bottom < r.top || a.top > r.bottom) continue;
    const col = r.right + 1;
    if (table.showHeaders !== false && s.isEmpty(s.cell(r.top, col)))
      s.setCell(r.top, col, { value: `Column${col - r.left + 1}` });
    table.range = { ...r, right: col };
  }
}

/**
 * Inserts one column of cells at `area.left` in `area`'s rows, moving everything right of it one
 * column right, as TableColumnCollection.add does: the error-code table
 * (application-specific-api-error-handling) says of OperationCellsExceedLimit "If the
 * TableColumnCollection.add API triggers this error, confirm that there is no unintentional data
 * … outside of the table … check for data in the right-most columns". A merged area only partly in
 * those rows cannot move: InsertDeleteConflict, from the same table.
 */
function shiftRight(s: FakeSheet, area: CellRange): void {
  const inRows = (m: CellRange) => m.top >= area.top && m.bottom <= area.bottom;
  for (const m of s.merges) {
    if (m.right < area.left || m.bottom < area.top || m.top > area.bottom) continue;
    if (!inRows(m))
      throw new FakeOfficeError(
        'InsertDeleteConflict',
        'The insert or delete operation attempted resulted in a conflict.',
        'TableColumnCollection.add',
      );
  }
  s.merges = s.merges.map((m) =>
    inRows(m) && m.left >= area.left ? { ...m, left: m.left + 1, right: m.right + 1 } : m,
  );
  for (const map of [s.cells, s.formats] as Map<string, unknown>[]) {
    const moved = [...map.entries()]
      .map(([key, value]) => [key.split(',').map(Number), value] as const)
      .filter(([[row, col]]) => row >= area.top && row <= area.bottom && col >= area.left)
      .sort(([[, a]], [[, b]]) => b - a);
    for (const [[row, col], value] of moved) {
      map.delete(`${row},${col}`);
      map.set(`${row},${col + 1}`, value);
    }
  }
}

class RangeProxy extends ClientObject {
  readonly conditionalFormats: ConditionalFormatCollectionProxy;
  constructor(
    ctx: Context,
    readonly sheet: () => FakeSheet,
    readonly area: () => CellRange | null,
  ) {
    super(ctx);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(ctx, this);
  }
  protected exists(): boolean {
    return this.area() !== null;
  }
  private box(): CellRange {
    const a = this.area();
    if (!a) throw new Error('fake: null range');
    return a;
  }
  private grid<T>(f: (cell: FakeCell | undefined) => T): T[][] {
    const a = this.box();
    const s = this.sheet();
    const rows: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: T[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(f(s.cell(r, c)));
      rows.push(row);
    }
    return rows;
  }
  /**
   * performance#payload-size-limit-best-practices: "When a get operation using Range.values exceeds
   * the five-million-cell limit, the API doesn't always throw an error. In some cases, Range.values
   * returns null." The book's `cellReadLimit` (5,000,000 unless a test lowers it) and
   * `overCellLimit` pick which; the error-code table names the error RangeExceedsLimit.
   */
  private overCellLimit(a: CellRange): boolean {
    const book = this.ctx.book;
    if ((a.bottom - a.top + 1) * (a.right - a.left + 1) <= book.cellReadLimit) return false;
    if (book.overCellLimit === 'null') return true;
    throw new FakeOfficeError(
      'RangeExceedsLimit',
      'The cell count in the range has exceeded the maximum supported number.',
    );
  }
  protected snapshot(prop: string): unknown {
    const a = this.box();
    if (['valueTypes', 'numberFormat', 'formulas'].includes(prop)) this.overCellLimit(a);
    switch (prop) {
      case 'rowIndex':
        return a.top;
      case 'columnIndex':
        return a.left;
      case 'rowCount':
        return a.bottom - a.top + 1;
      case 'columnCount':
        return a.right - a.left + 1;
      case 'values':
        if (this.overCellLimit(a)) return null;
        return this.grid((c) => c?.error ?? c?.value ?? '');
      case 'valueTypes':
        return this.grid((c) =>
          c?.error !== undefined
            ? 'Error'
            : c?.value === undefined || c.value === ''
              ? 'Empty'
              : typeof c.value === 'number'
                ? 'Double'
                : typeof c.value === 'boolean'
                  ? 'Boolean'
                  : 'String',
        );
      case 'numberFormat':
        return this.grid((c) => c?.numberFormat ?? 'General');
      case 'formulas':
        return this.grid((c) => c?.formula ?? c?.error ?? c?.value ?? '');
    }
    throw new Error(`fake: Range.${prop}`);
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set values(v: unknown[][]) {
    this.write('values', v, (cell, x) => enter(cell, x));
  }
  get format(): Record<string, unknown> {
    return formatProxy(this.ctx, this);
  }
  set columnHidden(v: boolean) {
    this.ctx.enqueue(v, () => {
      const a = this.box();
      for (let c = a.left; c <= a.right; c++) {
        if (v) this.sheet().hiddenColumns.add(c);
        else this.sheet().hiddenColumns.delete(c);
      }
    });
  }
  set formulas(v: unknown[][]) {
    this.write('formulas', v, (cell, x) => enter(cell, x));
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', v, (cell, x) => {
      cell.numberFormat = String(x);
    });
  }
  private write(prop: string, v: unknown[][], apply: (cell: FakeCell, x: unknown) => void): void {
    this.set(prop, v, () => {
      const a = this.box();
      const s = this.sheet();
      if (s.protected) throw new FakeOfficeError('AccessDenied', 'The cell or chart is protected.', `Range.${prop}`);
      if (v.length !== a.bottom - a.top + 1 || v.some((row) => row.length !== a.right - a.left + 1)) {
        throw new FakeOfficeError(
          'InvalidArgument',
          'The number of rows or columns does not match the range.',
          `Range.${prop}`,
        );
      }
      const content = prop !== 'numberFormat';
      if (content) refuseAcrossFilteredRows(s, a, prop);
      if (content && this.ctx.book.autoExpandTables) autoExpand(s, a);
      const columns = content ? tableColumnsIn(s, a) : [];
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const inMerge = s.merges.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
          if (content && inMerge && (inMerge.top !== r || inMerge.left !== c)) {
            throw new FakeOfficeError('InvalidOperation', 'Cannot change part of a merged cell.', `Range.${prop}`);
          }
          const cell = { ...s.cell(r, c) };
          apply(cell, v[r - a.top][c - a.left]);
          s.cells.set(`${r},${c}`, cell);
        }
      }
      if (this.ctx.book.fillFormulasInTables) for (const column of columns) fillCalculatedColumn(s, column, a);
    });
  }
  /** The smallest range holding every non-empty cell of this one; a null object when there is none. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error('fake: only getUsedRangeOrNullObject(true) is modelled');
    return new RangeProxy(this.ctx, this.sheet, () => {
      const a = this.box();
      const used = this.sheet().usedRange(
        (row, col) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right,
      );
      return used;
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    if (this.ctx.book.excelApiMinor < 13) throw new Error('fake: getMergedAreasOrNullObject needs ExcelApi 1.13');
    return new RangeAreasProxy(this.ctx, this);
  }
  merge(across: boolean): void {
    if (across) throw new Error('fake: merge(true) not modelled');
    this.ctx.enqueue(undefined, () => {
      const a = this.box();
      const s = this.sheet();
      s.merges = s.merges.filter(
        (m) => !(m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right),
      );
      if (s.merges.some((m) => m.top <= a.bottom && a.top <= m.bottom && m.left <= a.right && a.left <= m.right)) {
        throw new FakeOfficeError('InvalidOperation', 'Cannot merge cells that overlap a merged area.', 'Range.merge');
      }
      s.merges.push(a);
    });
  }
  copyFrom(source: RangeProxy, copyType: string): void {
    if (this.ctx.book.excelApiMinor < 9) throw new Error('fake: copyFrom needs ExcelApi 1.9');
    if (copyType !== 'Formats') throw new Error('fake: only copyFrom(…, formats) is modelled');
    this.ctx.enqueue(undefined, () => {
      const a = this.box();
      const from = source.box();
      const src = source.sheet().cell(from.top, from.left);
      const s = this.sheet();
      s.merges = s.merges.filter(
        (m) => !(m.top <= a.bottom && a.top <= m.bottom && m.left <= a.right && a.left <= m.right),
      );
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          s.cells.set(`${r},${c}`, {
            ...s.cell(r, c),
            numberFormat: src?.numberFormat,
            style: src?.style,
            font: source.sheet().fontAt(from.top, from.left),
          });
          // The copied look brings its font; a font set on the cell before is replaced.
          delete s.formats.get(`${r},${c}`)?.['format.font.name'];
        }
      }
    });
  }
  /**
   * Range.getCellProperties (ExcelApi 1.9), font names only: a ClientResult whose `value` is there
   * after a successful sync (issue 17's font read).
   */
  getCellProperties(spec: { format?: { font?: { name?: boolean } } }): { readonly value: unknown } {
    if (!spec.format?.font?.name || Object.keys(spec).length !== 1) throw new Error('fake: only font names');
    let value: unknown;
    let synced = false;
    this.ctx.enqueue(spec, () => {
      const a = this.box();
      const s = this.sheet();
      const names: unknown[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: unknown[] = [];
        for (let c = a.left; c <= a.right; c++) row.push({ format: { font: { name: s.fontAt(r, c) } } });
        names.push(row);
      }
      this.ctx.answer(() => {
        value = names;
        synced = true;
      });
      return Buffer.byteLength(JSON.stringify(names));
    });
    return {
      get value(): unknown {
        if (!synced) throw new FakeOfficeError('PropertyNotLoaded', 'The value is not available. Sync first.');
        return value;
      },
    };
  }
  select(): void {
    this.ctx.enqueue(undefined, () => {
      this.ctx.book.selection = { sheet: this.sheet().name, range: this.box() };
    });
  }
}

class RangeAreasProxy extends ClientObject {
  constructor(
    ctx: Context,
    private readonly range: RangeProxy,
  ) {
    super(ctx);
  }
  /**
   * The merged areas whose top-left cell lies in the range: office-js #3611 (open) reports that
   * getMergedAreasOrNullObject finds only those, not every merged area touching the range.
   */
  private areas(): CellRange[] {
    const a = this.range.area();
    if (!a) return [];
    return this.range
      .sheet()
      .merges.filter((m) => a.top <= m.top && m.top <= a.bottom && a.left <= m.left && m.left <= a.right);
  }
  /**
   * Range.getMergedAreasOrNullObject remark: "if the merged areas count in this range is more than
   * 512, then this method will fail to return the result". How it fails is not said; the book's
   * `mergedAreasOverLimit` picks a failed request (default) or a null object.
   */
  protected exists(): boolean {
    const count = this.areas().length;
    if (count > MERGED_AREAS_LIMIT) {
      if (this.ctx.book.mergedAreasOverLimit === 'null') return false;
      throw new FakeOfficeError(
        'GeneralException',
        `There are ${count} merged areas in this range, more than ${MERGED_AREAS_LIMIT}.`,
        'Range.getMergedAreasOrNullObject',
      );
    }
    return count > 0;
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'address') throw new Error(`fake: RangeAreas.${prop}`);
    const name = this.range.sheet().name;
    const quoted = /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
    return this.areas()
      .map((m) => `${quoted}!${rangeAddress(m)}`)
      .join(',');
  }
  get address(): string {
    return this.get('address');
  }
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

class ConditionalFormatCollectionProxy extends ClientObject {
  private list: ConditionalFormatProxy[] | undefined;
  constructor(
    ctx: Context,
    private readonly range: RangeProxy,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return true;
  }
  /** Whether the last load asked for items/id; see snapshot. */
  private byId = false;
  override load(names: string | string[] = []): this {
    this.byId = (Array.isArray(names) ? names.join(',') : names).includes('items/id');
    return super.load(names);
  }
  private inRange(): FakeConditionalFormat[] {
    const a = this.range.area();
    const s = this.range.sheet();
    return a ? s.conditionalFormats.filter((f) => [f.range, ...(f.moreRanges ?? [])].some((r) => overlaps(r, a))) : [];
  }
  /**
   * Office.js addresses an item of a loaded collection by its id only when the load answered ids;
   * otherwise by its index (createChildItemObjectPathUsingIndexerOrGetItemAt in
   * excel-web-16.00.debug.js): after one item of a batch is deleted, the next index names another.
   */
  protected snapshot(prop: string): unknown {
    const s = this.range.sheet();
    const found = this.inRange();
    this.list = found.map((f, i) => {
      const resolve = this.byId
        ? () => f
        : () => {
            const now = this.inRange()[i];
            if (!now)
              throw new FakeOfficeError(
                'ItemNotFound',
                'The requested resource doesn\u2019t exist.',
                'ConditionalFormatCollection.getItemAt',
              );
            return now;
          };
      return new ConditionalFormatProxy(this.ctx, s, resolve).preload('type', f.type).preload('id', formatId(f));
    });
    return found.map((f) => (prop === 'items/id' ? formatId(f) : f.type));
  }
  get items(): ConditionalFormatProxy[] {
    this.get('items/type');
    if (!this.list) throw new Error('fake: items not loaded');
    return this.list;
  }
  add(type: string): ConditionalFormatProxy {
    if (this.ctx.book.excelApiMinor < 6) throw new Error('fake: conditionalFormats needs ExcelApi 1.6');
    if (type !== 'Custom') throw new Error(`fake: only custom conditional formats are modelled, not ${type}`);
    let created: FakeConditionalFormat | undefined;
    this.ctx.enqueue(type, () => {
      const s = this.range.sheet();
      const area = this.range.area();
      if (!area) throw new Error('fake: null range');
      created = { range: area, type: 'Custom', formula: '', priority: 0 };
      for (const f of s.conditionalFormats) f.priority++;
      s.conditionalFormats.push(created);
    });
    return new ConditionalFormatProxy(this.ctx, this.range.sheet(), () => {
      if (!created) throw new Error('fake: conditional format used before it was added');
      return created;
    });
  }
}

const formatIds = new WeakMap<FakeConditionalFormat, string>();
let lastFormatId = 0;
function formatId(f: FakeConditionalFormat): string {
  if (!formatIds.has(f)) formatIds.set(f, `{CF-${++lastFormatId}}`);
  return formatIds.get(f) as string;
}

class ConditionalFormatAreasProxy extends ClientObject {
  constructor(
    ctx: Context,
    private readonly sheet: FakeSheet,
    private readonly areas: () => CellRange[],
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return true;
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'address') throw new Error(`fake: RangeAreas.${prop}`);
    const name = /^[A-Za-z0-9_]+$/.test(this.sheet.name) ? this.sheet.name : `'${this.sheet.name.replace(/'/g, "''")}'`;
    return this.areas()
      .map((a) => `${name}!${rangeAddress(a)}`)
      .join(',');
  }
  get address(): string {
    return this.get('address');
  }
}

class ConditionalFormatProxy extends ClientObject {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  /**
   * Null while the proxy stands for the format it was made for. ConditionalFormat.priority remark:
   * "Changing this also changes other conditional formats' priorities … if you change the
   * priority, you have to re-fetch a new copy of the object at that new priority location if you
   * want to make further changes to it." So once any priority on the sheet changes, every proxy
   * made before stands for whatever format is at the priority its own had then.
   */
  private position: number | null = null;

  constructor(
    ctx: Context,
    readonly sheet: FakeSheet,
    private readonly resolve: () => FakeConditionalFormat,
  ) {
    super(ctx);
    ctx.conditionalFormats.add(this);
    const setter = (apply: (f: FakeConditionalFormat, v: string) => void) => ({
      set: (v: string) => ctx.enqueue(v, () => apply(this.target(), v)),
      get: (): string => {
        throw new Error('fake: reading conditional format details is not modelled');
      },
    });
    const rule = {};
    Object.defineProperty(
      rule,
      'formula',
      setter((f, v) => (f.formula = v)),
    );
    const fill = {};
    Object.defineProperty(
      fill,
      'color',
      setter((f, v) => (f.fill = v)),
    );
    const font = {};
    Object.defineProperty(
      font,
      'color',
      setter((f, v) => (f.font = v)),
    );
    this.custom = { rule, format: { fill, font } } as ConditionalFormatProxy['custom'];
  }
  protected exists(): boolean {
    return this.position !== null || this.sheet.conditionalFormats.includes(this.resolve());
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'type') return this.target().type;
    if (prop === 'id') return formatId(this.target());
    throw new Error(`fake: ConditionalFormat.${prop}`);
  }
  get id(): string {
    return this.get('id');
  }
  get type(): string {
    return this.get('type');
  }
  /** The format this proxy acts on now. */
  private target(): FakeConditionalFormat {
    if (this.position === null) return this.resolve();
    const at = this.sheet.conditionalFormats.find((f) => f.priority === this.position);
    if (!at) throw new FakeOfficeError('ItemNotFound', 'The conditional format no longer exists.', 'ConditionalFormat');
    return at;
  }

  /** From now on, the proxy stands for the priority its format has now. */
  pin(): void {
    if (this.position !== null) return;
    let f: FakeConditionalFormat;
    try {
      f = this.resolve();
    } catch {
      return; // made in a request Excel refused: it never stood for a format
    }
    if (this.sheet.conditionalFormats.includes(f)) this.position = f.priority;
  }

  set priority(p: number) {
    this.set('priority', p, () => {
      const target = this.target();
      for (const proxy of this.ctx.conditionalFormats) if (proxy.sheet === this.sheet) proxy.pin();
      const others = this.sheet.conditionalFormats.filter((f) => f !== target).sort((x, y) => x.priority - y.priority);
      others.splice(Math.min(p, others.length), 0, target);
      others.forEach((f, i) => (f.priority = i));
    });
  }
  set stopIfTrue(v: boolean) {
    this.set('stopIfTrue', v, () => (this.target().stopIfTrue = v));
  }
  /** "If the conditional format is applied to multiple ranges, then this method returns an object with its isNullObject property set to true." */
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => this.sheet,
      () => (this.exists() && !this.target().moreRanges?.length ? this.target().range : null),
    );
  }
  /** ConditionalFormat.getRanges (ExcelApi 1.9): every area the rule applies to. */
  getRanges(): ConditionalFormatAreasProxy {
    return new ConditionalFormatAreasProxy(this.ctx, this.sheet, () => {
      const f = this.target();
      return [f.range, ...(f.moreRanges ?? [])];
    });
  }
  delete(): void {
    this.ctx.enqueue(undefined, () => {
      const target = this.target();
      const i = this.sheet.conditionalFormats.indexOf(target);
      if (i < 0)
        throw new FakeOfficeError(
          'ItemNotFound',
          'The conditional format no longer exists.',
          'ConditionalFormat.delete',
        );
      this.sheet.conditionalFormats.splice(i, 1);
    });
  }
}

// ---------------------------------------------------------------- globals

export interface InstalledFake {
  book: FakeWorkbook;
  uninstall(): void;
}

/** Puts `Excel` and `Office` on globalThis, backed by `book`, as office.js would in a task pane. */
export function installExcelFake(book: FakeWorkbook): InstalledFake {
  const g = globalThis as unknown as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = {
    run: async <T>(batch: (context: Context) => Promise<T>): Promise<T> => {
      const context = new Context(book);
      const result = await batch(context);
      if (context.queue.length)
        throw new Error(`fake: Excel.run ended with ${context.queue.length} queued actions never synced`);
      return result;
    },
    ConditionalFormatType: { custom: 'Custom' },
    ChartType: { columnClustered: 'ColumnClustered', line: 'Line' },
    ChartSeriesBy: { columns: 'Columns', rows: 'Rows', auto: 'Auto' },
    RangeUnderlineStyle: { single: 'Single', none: 'None' },
    RangeCopyType: { formats: 'Formats', all: 'All', values: 'Values', formulas: 'Formulas' },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  };
  g.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage: 'vi-VN',
      requirements: {
        isSetSupported: (name: string, version = '1.1') => {
          if (name !== 'ExcelApi') return false;
          const [major, minor] = version.split('.').map(Number);
          return major === 1 && minor <= book.excelApiMinor;
        },
      },
      document: {
        settings: {
          get: (key: string) => (book.settings.has(key) ? book.settings.get(key) : null),
          set: (key: string, value: unknown) => book.settings.set(key, JSON.parse(JSON.stringify(value))),
          remove: (key: string) => book.settings.delete(key),
          saveAsync: (callback: (r: { status: string }) => void) => {
            book.settingsSaves++;
            callback({ status: 'succeeded' });
          },
        },
      },
    },
  };
  return {
    book,
    uninstall() {
      g.Excel = before.Excel;
      g.Office = before.Office;
    },
  };
}
