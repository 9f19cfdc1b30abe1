/**
 * Word documents (.docx): the body's paragraphs and tables in reading order, as the drafter reads
 * them. A paragraph numbered by Word (`w:numPr`) gets its number or bullet written in front, as a
 * reader sees it (`(1)`, `a)`, `2.1.`, `-`), from the numbering part. Cells keep their paragraphs on
 * separate lines. Nothing else of the package is read. Parts are parsed by the package writer's own
 * small DOM (saxes), so the browser carries one XML parser, not two.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { DocumentBlock, ResolutionDocument } from '../../core/draft/document';
import { child, children, parseXml, type Element as XmlElement } from '../xlsx-package/xml';
import { DocumentError } from './errors';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function attr(el: XmlElement | null, local: string): string | null {
  if (!el) return null;
  return el.getAttributeNS(W, local) || el.getAttribute(`w:${local}`) || null;
}

/** The root element of a part, or null when the part is not well-formed XML. */
function parsePart(xml: string, part: string): XmlElement | null {
  try {
    return parseXml(xml, part).documentElement;
  } catch {
    return null;
  }
}

interface Level {
  format: string;
  text: string;
  start: number;
}

/** numId → levels, from word/numbering.xml. */
function readNumbering(xml: string | null): Map<string, Level[]> {
  const out = new Map<string, Level[]>();
  if (!xml) return out;
  const root = parsePart(xml, 'word/numbering.xml');
  if (!root) return out;
  const abstract = new Map<string, Level[]>();
  for (const a of children(root, 'abstractNum')) {
    const levels: Level[] = [];
    for (const lvl of children(a, 'lvl')) {
      const ilvl = Number(attr(lvl, 'ilvl') ?? 0);
      levels[ilvl] = {
        format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
        text: attr(child(lvl, 'lvlText'), 'val') ?? '',
        start: Number(attr(child(lvl, 'start'), 'val') ?? 1),
      };
    }
    abstract.set(attr(a, 'abstractNumId') ?? '', levels);
  }
  for (const n of children(root, 'num')) {
    const levels = abstract.get(attr(child(n, 'abstractNumId'), 'val') ?? '');
    if (levels) out.set(attr(n, 'numId') ?? '', levels);
  }
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

const VI_LETTERS = 'abcdđeghiklmnopqrstuvxy';

function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return VI_LETTERS[(n - 1) % VI_LETTERS.length] ?? String(n);
    case 'upperLetter':
      return (VI_LETTERS[(n - 1) % VI_LETTERS.length] ?? String(n)).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

/** Paragraph text: runs, tabs and breaks, with fields' shown results only. */
function paragraphText(p: XmlElement): string {
  let out = '';
  const walk = (el: XmlElement): void => {
    for (const c of children(el)) {
      switch (c.localName) {
        case 't':
          out += c.textContent;
          break;
        case 'tab':
          out += '\t';
          break;
        case 'br':
        case 'cr':
          out += ' ';
          break;
        case 'instrText':
        case 'delText':
        case 'pPr':
        case 'rPr':
          break;
        default:
          walk(c);
      }
    }
  };
  walk(p);
  return out.replace(/[ \u00a0]+/g, ' ').trim();
}

/** Reads the body of a .docx into paragraphs and tables. */
export function readDocx(bytes: Uint8Array): ResolutionDocument {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/numbering.xml' });
  } catch {
    throw new DocumentError('not-docx');
  }
  const main = files['word/document.xml'];
  if (!main) throw new DocumentError('not-docx');
  const numbering = readNumbering(files['word/numbering.xml'] ? strFromU8(files['word/numbering.xml']) : null);
  const documentElement = parsePart(strFromU8(main), 'word/document.xml');
  const body = documentElement ? child(documentElement, 'body') : null;
  if (!body) throw new DocumentError('not-docx');
  const counters = new Map<string, number[]>();

  const numberFor = (p: XmlElement): string => {
    const numPr = child(child(p, 'pPr') ?? p, 'numPr');
    if (!numPr) return '';
    const numId = attr(child(numPr, 'numId'), 'val') ?? '';
    const ilvl = Number(attr(child(numPr, 'ilvl'), 'val') ?? 0);
    const levels = numbering.get(numId);
    if (!levels || numId === '0') return '';
    const level = levels[ilvl];
    if (!level) return '';
    if (level.format === 'bullet') return '- ';
    const counts = counters.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1;
    counters.set(numId, counts);
    const shown = level.text.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1;
      const l = levels[i];
      return formatCounter(counts[i] ?? l?.start ?? 1, l?.format ?? 'decimal');
    });
    return shown ? `${shown} ` : '';
  };

  const cellText = (tc: XmlElement): string =>
    blocksOf(tc)
      .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.join(' ')).join('\n')))
      .filter((t) => t)
      .join('\n');

  function blocksOf(parent: XmlElement): DocumentBlock[] {
    const out: DocumentBlock[] = [];
    for (const el of children(parent)) {
      if (el.localName === 'p') {
        const text = paragraphText(el);
        if (text) out.push({ kind: 'paragraph', text: numberFor(el) + text });
      } else if (el.localName === 'tbl') {
        // A cell merged across columns (`w:gridSpan`) keeps the columns it spans, so each row's cells
        // stay under the header cells of their columns (`Năm 2025` over `KH giao | Ước TH`).
        const rows = children(el, 'tr').map((tr) =>
          children(tr, 'tc').flatMap((tc) => {
            const properties = child(tc, 'tcPr');
            const span = Number((properties && attr(child(properties, 'gridSpan'), 'val')) ?? 1) || 1;
            return [cellText(tc), ...Array.from({ length: Math.max(0, Math.min(span, 64) - 1) }, () => '')];
          }),
        );
        if (rows.length) out.push({ kind: 'table', rows });
      } else if (el.localName === 'sdt') {
        const content = child(el, 'sdtContent');
        if (content) out.push(...blocksOf(content));
      } else if (el.localName === 'customXml' || el.localName === 'smartTag') {
        out.push(...blocksOf(el));
      }
    }
    return out;
  }

  return { blocks: blocksOf(body) };
}
