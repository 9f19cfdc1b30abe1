/**
 * An open workbook package with what the writers share: the shared strings (read only), the styles
 * part, and each worksheet parsed once with its cell index.
 */
import { dropCalcChain } from './calc-chain';
import type { XlsxPackage } from './package';
import { SharedStrings } from './shared-strings';
import { Styles } from './styles';
import { Worksheet } from './worksheet';

export class Book {
  readonly strings: SharedStrings;
  private styleSheet: Styles | null = null;
  private readonly worksheets = new Map<string, Worksheet>();
  /** Some formula cell became a value or was replaced: the calculation chain must go. */
  private formulasRemoved = false;

  constructor(readonly pkg: XlsxPackage) {
    this.strings = new SharedStrings(pkg);
  }

  /** A worksheet to read; it is written only once `edit` is called for it. */
  worksheet(part: string): Worksheet {
    let sheet = this.worksheets.get(part);
    if (!sheet) {
      sheet = new Worksheet(this.pkg.read(part), this.strings);
      this.worksheets.set(part, sheet);
    }
    return sheet;
  }

  edit(part: string): Worksheet {
    this.pkg.xml(part);
    return this.worksheet(part);
  }

  /** A worksheet part chitieu (re)made as a whole. */
  adopt(part: string, sheet: Worksheet): void {
    this.worksheets.set(part, sheet);
  }

  styles(): Styles {
    this.styleSheet ??= new Styles(this.pkg);
    return this.styleSheet;
  }

  formulaRemoved(): void {
    this.formulasRemoved = true;
  }

  /** Finishes the parts written since the last call (dimensions, the calculation chain). */
  finish(): void {
    for (const [part, sheet] of this.worksheets) if (this.pkg.isChanged(part)) sheet.finish();
    if (this.formulasRemoved) dropCalcChain(this.pkg);
    this.formulasRemoved = false;
  }
}
