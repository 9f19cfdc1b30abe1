/**
 * Relationship parts (`xl/_rels/workbook.xml.rels`, `xl/worksheets/_rels/sheet1.xml.rels`): how parts
 * point at each other. chitieu adds its own relationships with fresh ids and never renumbers others.
 */
import { declareExtension, forgetPart, TYPES } from './content-types';
import type { XlsxPackage } from './package';
import { children, createLike, NS, parseXml, root, setAttributes } from './xml';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part the target names, resolved against the source (internal targets only). */
  part: string | null;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; '' (the package) → `_rels/.rels`. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a target (`worksheets/sheet1.xml`, `../media/image1.png`, `/xl/styles.xml`) against its source part. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..') base.pop();
    else if (piece !== '.' && piece !== '') base.push(piece);
  }
  return base.join('/');
}

/** `xl/worksheets/sheet3.xml` as a target from `xl/workbook.xml`: `worksheets/sheet3.xml`. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function relationships(pkg: XlsxPackage, source: string): Relationship[] {
  const path = relsPath(source);
  if (!pkg.has(path)) return [];
  return children(root(pkg.read(path)), 'Relationship').map((r) => {
    const external = r.getAttribute('TargetMode') === 'External';
    const target = r.getAttribute('Target') ?? '';
    return {
      id: r.getAttribute('Id') ?? '',
      type: r.getAttribute('Type') ?? '',
      target,
      external,
      part: external ? null : resolveTarget(source, decodeURI(target)),
    };
  });
}

/** Adds a relationship from `source` to the part `part`; returns its id (`rId7`, or the next free one). */
export function addRelationship(pkg: XlsxPackage, source: string, type: string, part: string): string {
  const path = relsPath(source);
  if (!pkg.has(path)) {
    const doc = parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"/>`,
      path,
    );
    pkg.setXml(path, doc);
    declareExtension(pkg, 'rels', TYPES.relationships);
  }
  const rels = root(pkg.xml(path));
  const ids = new Set(children(rels, 'Relationship').map((r) => r.getAttribute('Id')));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  rels.appendChild(
    setAttributes(createLike(rels, 'Relationship'), {
      Id: id,
      Type: type,
      Target: encodeURI(relativeTarget(source, part)),
    }),
  );
  return id;
}

export function removeRelationship(pkg: XlsxPackage, source: string, id: string): void {
  const path = relsPath(source);
  if (!pkg.has(path)) return;
  const rels = root(pkg.xml(path));
  for (const r of children(rels, 'Relationship')) if (r.getAttribute('Id') === id) rels.removeChild(r);
}

/** Every relationship part of the package with the parts its relationships point at. */
function referrers(pkg: XlsxPackage): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  for (const name of pkg.names()) {
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const r of relationships(pkg, source)) {
      if (!r.part) continue;
      const set = by.get(r.part) ?? new Set<string>();
      set.add(source);
      by.set(r.part, set);
    }
  }
  return by;
}

/**
 * Removes a part chitieu made, with its relationships and every part it alone points at (a summary
 * sheet's drawing and chart); parts something else also points at stay.
 */
export function removePartTree(pkg: XlsxPackage, part: string): void {
  pkg.remove(part);
  forgetPart(pkg, part);
  dropRelationships(pkg, part);
}

/** Removes the relationships of `part` and the parts only they pointed at; the part itself stays. */
export function dropRelationships(pkg: XlsxPackage, part: string): void {
  const targets = relationships(pkg, part).filter((r) => r.part !== null && pkg.has(r.part));
  if (!pkg.has(relsPath(part))) return;
  pkg.remove(relsPath(part));
  const left = referrers(pkg);
  for (const t of targets) {
    const target = t.part as string;
    if (!left.has(target) && pkg.has(target)) removePartTree(pkg, target);
  }
}
