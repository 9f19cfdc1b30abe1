/** A part's relationships (`xl/_rels/workbook.xml.rels`), read for the grids: id → the part it names. */
import { relsPath, resolveTarget } from '../../xlsx-package/relationships';
import type { PackageParts } from './parts';
import { OPEN, XmlScanner } from './xml-scan';

export interface Link {
  type: string;
  /** The part the target names, resolved against the source; null for an external target. */
  part: string | null;
}

/** The relationships of `source` (`''` for the package's own) by id. */
export function linksOf(parts: PackageParts, source: string): Map<string, Link> {
  const links = new Map<string, Link>();
  const xml = parts.text(relsPath(source));
  if (!xml) return links;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t; t = s.next()) {
    if (t !== OPEN || s.name !== 'Relationship') continue;
    const id = s.attr('Id');
    const target = s.attr('Target') ?? '';
    if (id === undefined) continue;
    const external = s.attr('TargetMode') === 'External';
    links.set(id, { type: s.attr('Type') ?? '', part: external ? null : resolveTarget(source, target.trim()) });
  }
  return links;
}
