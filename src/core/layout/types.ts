/** The shapes the layout modules pass between them. */
import type { HeaderInfo } from '../headers';
import type { ColumnRoles, ExistingOutput, NumberConvention, RoleName } from '../types';

export interface LayoutRow {
  row: number;
  label: string;
  /** The outline number from the STT column or the label prefix. */
  number: string | null;
  depth: number;
  /** Whether the row holds a plan, actual or previous value (else it is a group heading). */
  hasData: boolean;
  isSubItem: boolean;
  unit: string | null;
}

export interface TableLayout {
  headerTop: number;
  headerBottom: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  headers: string[];
  headerInfo: HeaderInfo[];
  columns: ColumnRoles;
  /** Roles chosen without certainty (see `TableAnalysis.roleDoubts`). */
  roleDoubts: RoleName[];
  stt: number | null;
  year: number | null;
  language: 'vi' | 'en';
  conventions: Partial<Record<RoleName, NumberConvention>>;
  rows: LayoutRow[];
  existingOutput: ExistingOutput;
  /** First column of chitieu's output: its columns from before, or the first free pair right of the table. */
  outputCol: number;
  /** The sheet's name and the title rows above the header, folded: what the table is about. */
  context: string;
}
