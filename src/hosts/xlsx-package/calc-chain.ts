/**
 * The calculation chain (`xl/calcChain.xml`) lists every formula cell. When chitieu turns a formula
 * cell into a value, or replaces a sheet of its own, an entry may point at a cell without a formula,
 * which Excel reports as damage; the chain is only a cache, so it is dropped and Excel rebuilds it.
 */
import { forgetPart } from './content-types';
import type { XlsxPackage } from './package';
import { REL, relationships, removeRelationship } from './relationships';
import { workbookPart } from './workbook';

export function dropCalcChain(pkg: XlsxPackage): void {
  const book = workbookPart(pkg);
  for (const rel of relationships(pkg, book).filter((r) => r.type === REL.calcChain)) {
    removeRelationship(pkg, book, rel.id);
    if (rel.part) {
      pkg.remove(rel.part);
      forgetPart(pkg, rel.part);
    }
  }
}
