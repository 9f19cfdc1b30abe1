/**
 * Looking inside .xlsx packages in tests: parts by name, XML parts as DOMs, the package's integrity
 * (ECMA-376 Part 2: relationship targets exist, every part has a content type) and validation of
 * parts against the OOXML schemas in test/preservation/schemas with xmllint.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

export type Parts = Map<string, Uint8Array>;

export const SCHEMAS = path.resolve(__dirname, '../preservation/schemas');

export function readParts(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).filter(([name]) => !name.endsWith('/')));
}

export function xmlOf(parts: Parts, name: string): Document {
  const data = parts.get(name);
  if (!data) throw new Error(`${name} is missing`);
  return new DOMParser().parseFromString(strFromU8(data), 'text/xml');
}

export function serialize(node: Element): string {
  return new XMLSerializer().serializeToString(node);
}

export function elements(parent: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName)) out.push(n as Element);
  }
  return out;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  part: string | null;
}

function resolve(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const piece of decodeURI(target).replace(/^\//, '').split('/')) {
    if (piece === '..') base.pop();
    else if (piece !== '.' && piece !== '') base.push(piece);
  }
  return base.join('/');
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function relationshipsOf(parts: Parts, source: string): Relationship[] {
  const rels = relsPathOf(source);
  if (!parts.has(rels)) return [];
  const root = xmlOf(parts, rels).documentElement as Element;
  return elements(root, 'Relationship').map((r) => {
    const external = r.getAttribute('TargetMode') === 'External';
    const target = r.getAttribute('Target') ?? '';
    return {
      id: r.getAttribute('Id') ?? '',
      type: r.getAttribute('Type') ?? '',
      target,
      external,
      part: external ? null : resolve(source, target),
    };
  });
}

export function workbookPartOf(parts: Parts): string {
  return relationshipsOf(parts, '').find((r) => r.type.endsWith('/officeDocument'))?.part ?? 'xl/workbook.xml';
}

/** Sheet name → part, in workbook order. */
export function sheetPartsOf(parts: Parts): Map<string, string> {
  const book = workbookPartOf(parts);
  const rels = new Map(relationshipsOf(parts, book).map((r) => [r.id, r.part ?? '']));
  const root = xmlOf(parts, book).documentElement as Element;
  const sheets = elements(root, 'sheets')[0];
  const out = new Map<string, string>();
  for (const s of sheets ? elements(sheets, 'sheet') : []) {
    const id = s.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? '';
    out.set(s.getAttribute('name') ?? '', rels.get(id) ?? '');
  }
  return out;
}

function contentType(parts: Parts, name: string): string | null {
  const types = xmlOf(parts, '[Content_Types].xml').documentElement as Element;
  const override = elements(types, 'Override').find(
    (o) => (o.getAttribute('PartName') ?? '').toLowerCase() === `/${name}`.toLowerCase(),
  );
  if (override) return override.getAttribute('ContentType');
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const fallback = elements(types, 'Default').find((d) => (d.getAttribute('Extension') ?? '').toLowerCase() === ext);
  return fallback?.getAttribute('ContentType') ?? null;
}

/** What is wrong with the package: dangling relationships, parts without a content type, overrides of missing parts, ill-formed XML. */
export function integrityProblems(parts: Parts): string[] {
  const problems: string[] = [];
  for (const [name, data] of parts) {
    if (/\.(xml|rels|vml)$/i.test(name)) {
      const errors: string[] = [];
      new DOMParser({ onError: (level, msg) => level !== 'warning' && errors.push(msg) }).parseFromString(
        strFromU8(data),
        'text/xml',
      );
      if (errors.length) problems.push(`${name}: not well-formed: ${errors[0]}`);
    }
    if (name !== '[Content_Types].xml' && !contentType(parts, name)) problems.push(`${name}: no content type`);
    if (name.endsWith('.rels')) {
      const source = name === '_rels/.rels' ? '' : name.replace(/_rels\/([^/]*)\.rels$/, '$1');
      if (source && !parts.has(source)) problems.push(`${name}: relationships of a missing part ${source}`);
      for (const r of relationshipsOf(parts, source)) {
        if (r.part && !parts.has(r.part)) problems.push(`${name}: ${r.id} → ${r.target} does not exist`);
      }
    }
  }
  const types = xmlOf(parts, '[Content_Types].xml').documentElement as Element;
  for (const o of elements(types, 'Override')) {
    const name = (o.getAttribute('PartName') ?? '').replace(/^\//, '');
    if (![...parts.keys()].some((p) => p.toLowerCase() === name.toLowerCase()))
      problems.push(`[Content_Types].xml: override for a missing part /${name}`);
  }
  return problems;
}

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * The part as a reader that knows only ECMA-376 sees it (Part 3, Markup Compatibility): elements
 * and attributes of namespaces the part marks `mc:Ignorable` are dropped, and `mc:AlternateContent`
 * becomes its Fallback. What is left is what the transitional schema can validate.
 */
export function compatible(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement as Element;
  const ignorable = new Set(
    (root.getAttributeNS(MC, 'Ignorable') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((prefix) => root.lookupNamespaceURI(prefix) ?? ''),
  );
  const walk = (el: Element): void => {
    for (const attr of Array.from(el.attributes)) {
      if ((attr.namespaceURI && ignorable.has(attr.namespaceURI)) || attr.namespaceURI === MC)
        el.removeAttributeNode(attr);
    }
    for (const child of elements(el)) {
      if (child.namespaceURI === MC && child.localName === 'AlternateContent') {
        const fallback = elements(child, 'Fallback')[0];
        for (const kid of fallback ? elements(fallback) : []) el.insertBefore(kid, child);
        el.removeChild(child);
      } else if (child.namespaceURI && ignorable.has(child.namespaceURI)) el.removeChild(child);
    }
    for (const child of elements(el)) walk(child);
  };
  walk(root);
  return new XMLSerializer().serializeToString(doc);
}

/** xmllint's complaints about the XML texts against one schema file (empty when all are valid). */
export function schemaProblems(schema: string, xmls: { name: string; xml: string }[]): string[] {
  if (!xmls.length) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-xsd-'));
  const files = xmls.map((x, i) => {
    const file = path.join(dir, `${i}-${path.basename(x.name)}`);
    fs.writeFileSync(file, compatible(x.xml));
    return file;
  });
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, schema), ...files], {
      stdio: 'pipe',
      timeout: 120000,
    });
    return [];
  } catch (e) {
    const text = String((e as { stderr?: Buffer }).stderr ?? e);
    return text
      .split('\n')
      .filter((line) => line && !/ validates$/.test(line))
      .map((line) => {
        const i = files.findIndex((f) => line.startsWith(f));
        return i >= 0 ? line.replace(files[i], xmls[i].name) : line;
      });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
