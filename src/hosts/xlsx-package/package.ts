/**
 * An .xlsx (or .xlsm) file as a package of parts (ECMA-376 Part 2): the zip is opened once, every
 * part is kept as the bytes it had, and only the XML parts chitieu changes are parsed. Saving writes
 * each untouched part back byte for byte and each changed part from its DOM.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { parseXml, serializeXml, type Document } from './xml';

export class PackageError extends Error {}

export class XlsxPackage {
  /** Part bytes in the order of the zip, by name without a leading `/` (`xl/workbook.xml`). */
  private readonly parts = new Map<string, Uint8Array>();
  /** Parsed parts; every one of them is written from its DOM on save. */
  private readonly docs = new Map<string, Document>();
  /** Parts parsed only to be read; they stay byte-identical unless `xml` takes them for writing. */
  private readonly readOnly = new Map<string, Document>();

  private constructor() {}

  static fromBytes(bytes: Uint8Array): XlsxPackage {
    const pkg = new XlsxPackage();
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes);
    } catch (e) {
      throw new PackageError((e as Error).message);
    }
    for (const [name, data] of Object.entries(files)) pkg.parts.set(name, data);
    if (!pkg.parts.has('[Content_Types].xml')) throw new PackageError('[Content_Types].xml is missing');
    return pkg;
  }

  /** A package from parts given as text (a new workbook). */
  static fromParts(parts: Record<string, string>): XlsxPackage {
    const pkg = new XlsxPackage();
    for (const [name, text] of Object.entries(parts)) pkg.parts.set(name, strToU8(text));
    return pkg;
  }

  has(name: string): boolean {
    return this.docs.has(name) || this.parts.has(name);
  }

  /** Names of every part (folders of the zip excluded). */
  names(): string[] {
    return [...this.parts.keys()].filter((n) => !n.endsWith('/'));
  }

  bytes(name: string): Uint8Array | undefined {
    const doc = this.docs.get(name);
    return doc ? strToU8(serializeXml(doc)) : this.parts.get(name);
  }

  text(name: string): string | undefined {
    // A changed part's text is its DOM's, without the trip through UTF-8 bytes `bytes` makes.
    const doc = this.docs.get(name);
    if (doc) return serializeXml(doc);
    const data = this.parts.get(name);
    return data && strFromU8(data);
  }

  /**
   * The part as a DOM, to read or change; from then on it is written from this DOM. Parts only read
   * should use `read` so they stay byte-identical.
   */
  xml(name: string): Document {
    const cached = this.docs.get(name);
    if (cached) return cached;
    const doc = this.read(name);
    this.readOnly.delete(name);
    this.docs.set(name, doc);
    return doc;
  }

  /** The part parsed for reading; it must not be changed (take it with `xml` to change it). */
  read(name: string): Document {
    const cached = this.docs.get(name) ?? this.readOnly.get(name);
    if (cached) return cached;
    const data = this.parts.get(name);
    if (!data) throw new PackageError(`${name} is missing`);
    const doc = parseXml(strFromU8(data), name);
    this.readOnly.set(name, doc);
    return doc;
  }

  /** Whether the part is parsed for writing (it will be written from its DOM). */
  isChanged(name: string): boolean {
    return this.docs.has(name);
  }

  setXml(name: string, doc: Document): void {
    this.readOnly.delete(name);
    if (!this.parts.has(name)) this.parts.set(name, new Uint8Array(0));
    this.docs.set(name, doc);
  }

  setBytes(name: string, data: Uint8Array): void {
    this.docs.delete(name);
    this.readOnly.delete(name);
    this.parts.set(name, data);
  }

  remove(name: string): void {
    this.docs.delete(name);
    this.readOnly.delete(name);
    this.parts.delete(name);
  }

  /** A part name not yet used: `xl/worksheets/sheet` + n + `.xml`, n from 1. */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name)) return name;
    }
  }

  /** The package as a zip; `level` 0 stores without compressing (a quick copy for re-reading). */
  toBytes(level: 0 | 6 = 6): Uint8Array {
    const files: Zippable = {};
    for (const name of this.parts.keys()) {
      if (name.endsWith('/')) continue;
      files[name] = [this.bytes(name) as Uint8Array, { level }];
    }
    return zipSync(files);
  }
}
