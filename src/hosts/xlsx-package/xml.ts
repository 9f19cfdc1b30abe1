/**
 * XML parts as DOM documents (@xmldom/xmldom): parsed whole, changed through the DOM, written back
 * with every node the writer did not touch as it was (unknown elements, `mc:` and `x14` extensions,
 * comments, processing instructions). No part is ever edited as a string.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

export type { Document, Element, Node } from '@xmldom/xmldom';

/** Namespaces of the parts chitieu writes. */
export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
} as const;

const ELEMENT_NODE = 1;

/** Thrown when a part is not well-formed XML; the caller names the file. */
export class XmlError extends Error {}

export function parseXml(text: string, part: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new XmlError(`${part}: ${message}`);
    },
  });
  try {
    return parser.parseFromString(text, 'text/xml');
  } catch (e) {
    throw e instanceof XmlError ? e : new XmlError(`${part}: ${(e as Error).message}`);
  }
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

export function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === ELEMENT_NODE;
}

/** The root element of a part. */
export function root(doc: Document): Element {
  const el = doc.documentElement;
  if (!el) throw new XmlError('empty XML part');
  return el;
}

/** Element children of `parent`, optionally only those with the given local name. */
export function children(parent: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (isElement(n) && (localName === undefined || n.localName === localName)) out.push(n);
  }
  return out;
}

export function child(parent: Element, localName: string): Element | null {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (isElement(n) && n.localName === localName) return n;
  return null;
}

/** The document an element belongs to. */
export function docOf(el: Element): Document {
  const doc = el.ownerDocument;
  if (!doc) throw new XmlError(`${el.localName} belongs to no document`);
  return doc;
}

/** A text node in the element's document. */
export function textNode(el: Element, text: string): Node {
  return docOf(el).createTextNode(text);
}

/** A new element in the namespace and with the prefix of `like` (a part written as `x:worksheet` stays so). */
export function createLike(like: Element, localName: string): Element {
  const doc = docOf(like);
  const prefix = like.prefix ? `${like.prefix}:` : '';
  return doc.createElementNS(like.namespaceURI ?? '', prefix + localName);
}

export function setAttributes(el: Element, attributes: Record<string, string | number | undefined>): Element {
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, String(value));
  return el;
}

/** Text of an element: its text and CDATA descendants joined. */
export function textOf(el: Element): string {
  return el.textContent ?? '';
}

/**
 * Inserts `el` into `parent` where the schema's sequence `order` puts it: before the first child whose
 * name comes later in `order`; after every child of the same name. Children not in `order` (unknown
 * extensions) are passed over, so they keep their place relative to the known ones.
 */
export function insertInOrder(parent: Element, el: Element, order: readonly string[]): Element {
  const rank = order.indexOf(el.localName ?? '');
  if (rank < 0) throw new XmlError(`${el.localName} is not in the sequence of ${parent.localName}`);
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (!isElement(n)) continue;
    const r = order.indexOf(n.localName ?? '');
    if (r > rank) {
      parent.insertBefore(el, n);
      return el;
    }
  }
  parent.appendChild(el);
  return el;
}

/** The child named `localName`, created in schema order when missing. */
export function ensureChild(parent: Element, localName: string, order: readonly string[]): Element {
  return child(parent, localName) ?? insertInOrder(parent, createLike(parent, localName), order);
}

/** A canonical text of an element (attributes sorted, no whitespace between elements), to compare styles. */
export function canonical(el: Element): string {
  const attrs = Array.from(el.attributes)
    .filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
    .map((a) => `${a.localName}=${JSON.stringify(a.value)}`)
    .sort()
    .join(' ');
  const inner = children(el).map(canonical).join('');
  const text = children(el).length === 0 ? textOf(el) : '';
  return `<${el.localName} ${attrs}>${inner}${text}</${el.localName}>`;
}

/** Sets `count` to the number of element children, where the part keeps one. */
export function updateCount(el: Element): void {
  if (el.hasAttribute('count')) el.setAttribute('count', String(children(el).length));
}
