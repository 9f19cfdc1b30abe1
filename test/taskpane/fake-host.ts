import type { CellValue, UserChoices, WorkbookGrids, WritePlan } from '../../src/core/types';
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
  failApplyWith: Error | null = null;
  failReadWith: Error | null = null;

  async read(): Promise<WorkbookGrids> {
    if (this.failReadWith) throw this.failReadWith;
    return JSON.parse(JSON.stringify(this.grids)) as WorkbookGrids;
  }
  async apply(plan: WritePlan): Promise<ApplyResult> {
    if (this.failApplyWith) throw this.failApplyWith;
    this.plans.push(plan);
    for (const table of plan.tables) {
      const values = this.grids.sheets.find((s) => s.name === table.sheet)!.values;
      for (const column of table.columns) {
        put(values, column.headerBottom, column.col, column.header);
        for (const cell of column.cells) put(values, cell.row, column.col, cell.value ?? 0);
      }
    }
    return { cellsWritten: 1, tables: plan.tables.length };
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

function put(values: CellValue[][], row: number, col: number, value: CellValue): void {
  while (values.length <= row) values.push([]);
  values[row][col] = value;
}
