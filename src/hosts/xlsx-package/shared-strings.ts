/** The shared string table (`xl/sharedStrings.xml`), read only: chitieu writes its texts inline. */
import type { XlsxPackage } from './package';
import { REL, relationships } from './relationships';
import { workbookPart } from './workbook';
import { children, root, textOf, type Element } from './xml';

/** The visible text of a string item: its runs joined, phonetic runs (`rPh`) left out. */
export function itemText(si: Element): string {
  let text = '';
  for (const part of children(si)) {
    if (part.localName === 't') text += textOf(part);
    else if (part.localName === 'r') for (const t of children(part, 't')) text += textOf(t);
  }
  return text;
}

export class SharedStrings {
  private items: Element[] | null = null;

  constructor(private readonly pkg: XlsxPackage) {}

  get(index: number): string {
    if (this.items === null) {
      const part = relationships(this.pkg, workbookPart(this.pkg)).find((r) => r.type === REL.sharedStrings)?.part;
      this.items = part && this.pkg.has(part) ? children(root(this.pkg.read(part)), 'si') : [];
    }
    const si = this.items[index];
    return si ? itemText(si) : '';
  }
}
