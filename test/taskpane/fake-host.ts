import type { CellValue, SheetGrid, UserChoices, WorkbookGrids, WritePlan } from '../../src/core/types';
import type { ApplyResult, WorkbookHost } from '../../src/hosts/host';

export function sampleGrids(): WorkbookGrids {
  return {
    sheets: [
      {
        name: 'Kinh tế',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2023', 'Thực hiện 2023'],
          [1, 'Diện tích lúa', 'ha', 992.4, 1007.9],
          [2, 'Diện tích cây có củ', 'ha', 68.2, 65.5],
          [3, 'Tổng đàn gia cầm', 'con', 30000, 31200],
        ],
      },
    ],
  };
}

/** A workbook held as grids; applying writes the plan's headers and values into them. */
export class FakeHost implements WorkbookHost {
  readonly kind = 'file' as const;
  grids = sampleGrids();
  saved: UserChoices[] = [];
  plans: WritePlan[] = [];
  selected: [string, number, number][] = [];
  added: SheetGrid[] = [];
  /** Host calls in order, to check what follows what. */
  calls: string[] = [];
  failApplyWith: Error | null = null;
  failReadWith: Error | null = null;

  async read(): Promise<WorkbookGrids> {
    if (this.failReadWith) throw this.failReadWith;
    return JSON.parse(JSON.stringify(this.grids)) as WorkbookGrids;
  }
  async apply(plan: WritePlan): Promise<ApplyResult> {
    if (this.failApplyWith) throw this.failApplyWith;
    this.calls.push('apply');
    this.plans.push(plan);
    for (const table of plan.tables) {
      const sheet = this.grids.sheets.find((s) => s.name === table.sheet)!;
      const formulas = (sheet.formulas ??= []);
      for (const column of table.columns) {
        put(sheet.values, column.headerBottom, column.col, column.header);
        for (const cell of column.cells) {
          put(sheet.values, cell.row, column.col, cell.value ?? cell.result ?? 0);
          if (cell.formula !== undefined) put(formulas, cell.row, column.col, cell.formula);
        }
      }
    }
    return { cellsWritten: 1, tables: plan.tables.length };
  }
  async addSheet(grid: SheetGrid): Promise<{ name: string }> {
    this.calls.push('addSheet');
    this.added.push(grid);
    const taken = new Set(this.grids.sheets.map((s) => s.name));
    let name = grid.name;
    for (let n = 2; taken.has(name); n++) name = `${grid.name} (${n})`;
    this.grids.sheets.push({ name, values: JSON.parse(JSON.stringify(grid.values)) as CellValue[][] });
    return { name };
  }
  async select(sheet: string, row: number, col: number): Promise<void> {
    this.selected.push([sheet, row, col]);
  }
  async loadChoices(): Promise<UserChoices> {
    return this.saved.at(-1) ?? {};
  }
  async saveChoices(choices: UserChoices): Promise<void> {
    this.saved.push(choices);
  }
}

function put<T>(values: T[][], row: number, col: number, value: T): void {
  while (values.length <= row) values.push([]);
  values[row][col] = value;
}
