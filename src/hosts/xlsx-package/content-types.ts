/** `[Content_Types].xml`: the content type of every part, by extension (Default) or by name (Override). */
import type { XlsxPackage } from './package';
import { children, createLike, root, setAttributes } from './xml';

export const CONTENT_TYPES = '[Content_Types].xml';

export const TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  workbookMacro: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

/** The content type the package gives a part (`xl/workbook.xml`), or null when none does. */
export function contentTypeOf(pkg: XlsxPackage, part: string): string | null {
  const types = root(pkg.read(CONTENT_TYPES));
  const name = `/${part}`.toLowerCase();
  for (const o of children(types, 'Override')) {
    if ((o.getAttribute('PartName') ?? '').toLowerCase() === name) return o.getAttribute('ContentType');
  }
  const ext = name.slice(name.lastIndexOf('.') + 1);
  for (const d of children(types, 'Default')) {
    if ((d.getAttribute('Extension') ?? '').toLowerCase() === ext) return d.getAttribute('ContentType');
  }
  return null;
}

/** Gives a new part its content type (an Override), unless the package already gives it that one. */
export function declarePart(pkg: XlsxPackage, part: string, contentType: string): void {
  if (contentTypeOf(pkg, part) === contentType) return;
  const types = root(pkg.xml(CONTENT_TYPES));
  const name = `/${part}`;
  const existing = children(types, 'Override').find(
    (o) => o.getAttribute('PartName')?.toLowerCase() === name.toLowerCase(),
  );
  if (existing) {
    existing.setAttribute('ContentType', contentType);
    return;
  }
  types.appendChild(setAttributes(createLike(types, 'Override'), { PartName: name, ContentType: contentType }));
}

/** Makes sure parts ending in `.ext` have a type (`rels`, `xml`), for parts that rely on a Default. */
export function declareExtension(pkg: XlsxPackage, ext: string, contentType: string): void {
  const types = root(pkg.read(CONTENT_TYPES));
  if (children(types, 'Default').some((d) => d.getAttribute('Extension')?.toLowerCase() === ext)) return;
  const writable = root(pkg.xml(CONTENT_TYPES));
  const first = children(writable, 'Override')[0] ?? null;
  // Defaults come before Overrides in the schema's choice order as Excel writes them.
  writable.insertBefore(
    setAttributes(createLike(writable, 'Default'), { Extension: ext, ContentType: contentType }),
    first,
  );
}

/** Drops the Override of a part that is removed. */
export function forgetPart(pkg: XlsxPackage, part: string): void {
  const name = `/${part}`.toLowerCase();
  const types = root(pkg.read(CONTENT_TYPES));
  if (!children(types, 'Override').some((o) => o.getAttribute('PartName')?.toLowerCase() === name)) return;
  const writable = root(pkg.xml(CONTENT_TYPES));
  for (const o of children(writable, 'Override')) {
    if (o.getAttribute('PartName')?.toLowerCase() === name) writable.removeChild(o);
  }
}
