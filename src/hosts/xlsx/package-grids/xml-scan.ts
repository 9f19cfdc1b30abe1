/**
 * A hand-tuned pull scanner over XML text, for reading package parts quickly: tags and texts in
 * document order, by index into the text, nothing built but what the reader asks for. Element names
 * are given without their prefix (`x:c` is `c`); comments, processing instructions, the doctype and
 * CDATA sections are passed over (ExcelJS, whose reading this one replaces, drops CDATA too).
 * It is no validating parser: the package writer (src/hosts/xlsx-package/xml.ts) is the one that must
 * be exact; here a malformed part reads as far as it can be read.
 */

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;

export class XmlScanner {
  /** Local name of the tag just read. */
  name = '';
  /** Whether the tag just opened also closes (`<c r="A1"/>`). */
  selfClosing = false;
  /** The attributes of the tag just opened: from after its name to before `>` or `/>`. */
  attrStart = 0;
  attrEnd = 0;
  /** The raw text just read (entities not decoded). */
  textStart = 0;
  textEnd = 0;
  private pos: number;

  constructor(
    readonly xml: string,
    start = 0,
    private readonly end = xml.length,
  ) {
    this.pos = start;
  }

  /** Where the scanner stands: the next token starts here. */
  get position(): number {
    return this.pos;
  }

  /** The next token: OPEN (a self-closing tag gives OPEN with `selfClosing`), CLOSE, TEXT or END. */
  next(): number {
    const xml = this.xml;
    for (;;) {
      const start = this.pos;
      if (start >= this.end) return END;
      if (xml.charCodeAt(start) !== 60 /* < */) {
        let lt = xml.indexOf('<', start);
        if (lt < 0 || lt > this.end) lt = this.end;
        this.textStart = start;
        this.textEnd = lt;
        this.pos = lt;
        return TEXT;
      }
      const c1 = xml.charCodeAt(start + 1);
      if (c1 === 47 /* / */) {
        const gt = xml.indexOf('>', start + 2);
        const stop = gt < 0 ? this.end : gt;
        let nameEnd = stop;
        while (nameEnd > start + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
        this.name = localName(xml, start + 2, nameEnd);
        this.pos = stop + 1;
        return CLOSE;
      }
      if (c1 === 33 /* ! */) {
        this.pos = skipDeclaration(xml, start, this.end);
        continue;
      }
      if (c1 === 63 /* ? */) {
        const close = xml.indexOf('?>', start + 2);
        this.pos = close < 0 ? this.end : close + 2;
        continue;
      }
      let i = start + 1;
      let code = xml.charCodeAt(i);
      while (i < this.end && code !== 62 && code !== 47 && !isSpace(code)) code = xml.charCodeAt(++i);
      this.name = localName(xml, start + 1, i);
      this.attrStart = i;
      const gt = tagEnd(xml, i, this.end);
      this.selfClosing = xml.charCodeAt(gt - 1) === 47;
      this.attrEnd = this.selfClosing ? gt - 1 : gt;
      this.pos = gt + 1;
      return OPEN;
    }
  }

  /** The local name of the tag just read (a call, so the compiler does not narrow it across tokens). */
  tag(): string {
    return this.name;
  }

  /** The value of the opened tag's attribute by its qualified name (`r`, `r:id`), decoded; undefined when absent. */
  attr(name: string): string | undefined {
    return attributeIn(this.xml, this.attrStart, this.attrEnd, name);
  }

  /** The value of the opened tag's attribute whose local name is `local`, whatever its prefix (`r:id`, `rel:id`). */
  prefixedAttr(local: string): string | undefined {
    return attributeIn(this.xml, this.attrStart, this.attrEnd, local, true);
  }

  /** The text just read, entities decoded and line ends normalised as an XML parser gives them. */
  text(): string {
    return decodeText(this.xml.slice(this.textStart, this.textEnd));
  }

  /** Passes over the rest of the element just opened (its content and its end tag). */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (;;) {
      const t = this.next();
      if (t === END) return;
      if (t === OPEN && !this.selfClosing) depth++;
      else if (t === CLOSE && --depth === 0) return;
    }
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** One-letter names by character code, so the commonest tags (`c`, `v`, `f`, `t`, `r`) cost no new string. */
const LETTERS: string[] = [];
for (let code = 97; code <= 122; code++) LETTERS[code] = String.fromCharCode(code);

function localName(xml: string, start: number, end: number): string {
  const length = end - start;
  if (length === 1) {
    const letter = LETTERS[xml.charCodeAt(start)];
    if (letter !== undefined) return letter;
  } else if (length === 3 && xml.startsWith('row', start)) return 'row';
  else if (length === 2 && xml.startsWith('is', start)) return 'is';
  const name = xml.slice(start, end);
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The index of the `>` that ends a tag whose attributes start at `from`; a `>` inside quotes does not. */
function tagEnd(xml: string, from: number, end: number): number {
  let quote = 0;
  for (let i = from; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 62) return i;
    else if (code === 34 || code === 39) quote = code;
  }
  return end;
}

function skipDeclaration(xml: string, start: number, end: number): number {
  let close: number;
  if (xml.startsWith('<!--', start)) close = xml.indexOf('-->', start + 4) + 3;
  else if (xml.startsWith('<![CDATA[', start)) close = xml.indexOf(']]>', start + 9) + 3;
  else {
    // A doctype, with an internal subset in brackets when it has one.
    const bracket = xml.indexOf('[', start);
    const gt = xml.indexOf('>', start);
    close = bracket >= 0 && bracket < gt ? xml.indexOf(']>', bracket) + 2 : gt + 1;
  }
  return close <= 2 ? end : close;
}

function attributeIn(xml: string, start: number, end: number, name: string, anyPrefix = false): string | undefined {
  let i = start;
  while (i < end) {
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    if (i >= end) return undefined;
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= end) return undefined;
    let nameEnd = eq;
    while (nameEnd > i && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
    let q = eq + 1;
    while (q < end && isSpace(xml.charCodeAt(q))) q++;
    const quote = xml.charCodeAt(q);
    const close = xml.indexOf(quote === 39 ? "'" : '"', q + 1);
    if (close < 0) return undefined;
    const found = xml.slice(i, nameEnd);
    if (found === name || (anyPrefix && found.endsWith(`:${name}`))) return decodeAttribute(xml.slice(q + 1, close));
    i = close + 1;
  }
  return undefined;
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (whole, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return NAMED.get(named) as string;
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex as string, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Character data as an XML parser gives it: line ends as `\n`, entities and character references decoded. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s.indexOf('&') >= 0 ? decodeEntities(s) : s;
}

/** An attribute value as an XML parser gives it: white space written as such becomes spaces. */
export function decodeAttribute(raw: string): string {
  let s = raw;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n/g, ' ').replace(/[\t\n\r]/g, ' ');
  return s.indexOf('&') >= 0 ? decodeEntities(s) : s;
}

/** Excel's escapes of characters XML cannot hold in text (`_x000D_`), as ExcelJS decodes them in shared strings. */
export function decodeExcelEscapes(s: string): string {
  return s.indexOf('_x') >= 0
    ? s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;
}

/**
 * ExcelJS decodes the five named entities of a `t="str"` cell and of sheet names a second time,
 * after the XML parser has: `&amp;lt;` reads as `<`. Kept so the grids read as they did.
 */
export function decodeNamedAgain(s: string): string {
  return s.indexOf('&') < 0 ? s : s.replace(/&([a-z]*);/g, (c, name: string) => NAMED.get(name) ?? c);
}
