/**
 * Preservation (issue 12): probe workbooks made by other tools (scripts/make-probes.py: xlsxwriter,
 * openpyxl, LibreOffice), each a small indicator table plus one real-world feature, go through
 * `chitieu apply`. For each: every part chitieu does not write to is byte-identical; in the parts
 * it writes to, every element and attribute it did not make is as it was, in the same order; the
 * package is whole (relationships, content types); the written parts validate against the OOXML
 * schema (test/preservation/schemas); applying again changes nothing; LibreOffice opens the output
 * and recalculates chitieu's formulas.
 */
import fs from 'fs';
import path from 'path';
import { strFromU8 } from 'fflate';
import type { Element } from '@xmldom/xmldom';
import { columnIndex } from '../../src/core/a1';
import { cachedValues, hasLibreOffice, recalculate } from '../helpers/libreoffice';
import {
  elements,
  integrityProblems,
  readParts,
  relationshipsOf,
  relsPathOf,
  schemaProblems,
  serialize,
  sheetPartsOf,
  workbookPartOf,
  xmlOf,
  type Parts,
} from '../helpers/package';
import { runCli, tempDir } from '../helpers/samples';

const PROBES = path.join(__dirname, 'probes');
const probes = fs
  .readdirSync(PROBES)
  .filter((f) => /\.xls[xm]$/.test(f))
  .sort();
const dir = tempDir('preservation');

interface Report {
  summarySheet: string;
  sheets: {
    name: string;
    tables: {
      headerRow: number;
      written: Record<string, string>;
      rows: { row: number; percentOfPlan: number | null }[];
    }[];
  }[];
}

interface Applied {
  input: Parts;
  output: Parts;
  again: Parts;
  report: Report;
  out: string;
}

const applied = new Map<string, Applied>();

async function apply(file: string, out: string): Promise<Report> {
  const result = await runCli(['apply', file, '-o', out, '--json']);
  if (result.code !== 0) throw new Error(`${path.basename(file)}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Report;
}

beforeAll(async () => {
  for (const probe of probes) {
    const file = path.join(PROBES, probe);
    const out = path.join(dir, probe);
    const twice = path.join(dir, 'again', probe);
    const report = await apply(file, out);
    await apply(out, twice);
    applied.set(probe, {
      input: readParts(fs.readFileSync(file)),
      output: readParts(fs.readFileSync(out)),
      again: readParts(fs.readFileSync(twice)),
      report,
      out,
    });
  }
}, 600000);

/** The parts chitieu may change: the sheets it wrote to, the workbook, styles, content types and their relationships. */
function writable(a: Applied): Set<string> {
  const sheets = sheetPartsOf(a.input);
  const book = workbookPartOf(a.input);
  const styles = relationshipsOf(a.input, book).find((r) => r.type.endsWith('/styles'))?.part ?? '';
  const written = a.report.sheets.filter((s) => s.tables.length).map((s) => sheets.get(s.name) ?? '');
  const summary = sheets.get(a.report.summarySheet);
  return new Set(
    [
      '[Content_Types].xml',
      book,
      relsPathOf(book),
      styles,
      ...written,
      ...(summary ? [summary, relsPathOf(summary)] : []),
    ].filter(Boolean),
  );
}

function root(parts: Parts, name: string): Element {
  return xmlOf(parts, name).documentElement as Element;
}

/** Columns chitieu wrote on a sheet, 0-based. */
function writtenColumns(a: Applied, sheet: string): Set<number> {
  const tables = a.report.sheets.find((s) => s.name === sheet)?.tables ?? [];
  return new Set(tables.flatMap((t) => Object.values(t.written).map(columnIndex)));
}

function without(el: Element, attribute: string): string {
  const copy = el.cloneNode(false) as Element;
  copy.removeAttribute(attribute);
  return serialize(copy);
}

/** Per column (1-based) of `<cols>`: the attributes other than min and max. */
function columnLooks(sheet: Element): Map<number, string> {
  const looks = new Map<number, string>();
  for (const cols of elements(sheet, 'cols')) {
    for (const col of elements(cols, 'col')) {
      const min = Number(col.getAttribute('min'));
      const max = Math.min(Number(col.getAttribute('max')), 2000);
      const copy = col.cloneNode(false) as Element;
      copy.removeAttribute('min');
      copy.removeAttribute('max');
      for (let c = min; c <= max; c++) looks.set(c, serialize(copy));
    }
  }
  return looks;
}

/** What in a worksheet chitieu changed besides its own cells, rules, merges and widths. */
function worksheetChanges(a: Applied, sheetName: string, part: string): string[] {
  const before = root(a.input, part);
  const after = root(a.output, part);
  const problems: string[] = [];
  const ours = writtenColumns(a, sheetName);
  const free = new Set(['sheetData', 'cols', 'mergeCells', 'conditionalFormatting', 'dimension']);
  const others = (el: Element): string[] =>
    elements(el)
      .filter((e) => !free.has(e.localName ?? ''))
      .map(serialize);
  const [b, c] = [others(before), others(after)];
  if (JSON.stringify(b) !== JSON.stringify(c)) problems.push(`${part}: elements other than chitieu's changed`);
  // Rows: attributes (spans aside) and every cell outside chitieu's columns.
  const rowsAfter = new Map(
    elements(elements(after, 'sheetData')[0], 'row').map((r) => [r.getAttribute('r'), r] as const),
  );
  for (const row of elements(elements(before, 'sheetData')[0], 'row')) {
    const next = rowsAfter.get(row.getAttribute('r'));
    if (!next) {
      problems.push(`${part}: row ${row.getAttribute('r')} gone`);
      continue;
    }
    if (without(row, 'spans') !== without(next, 'spans'))
      problems.push(`${part}: row ${row.getAttribute('r')} attributes`);
    const cellsAfter = new Map(elements(next, 'c').map((x) => [x.getAttribute('r'), serialize(x)] as const));
    for (const cell of elements(row, 'c')) {
      const ref = cell.getAttribute('r') ?? '';
      if (ours.has(columnIndex(ref.replace(/\d+$/, '')))) continue;
      if (cellsAfter.get(ref) !== serialize(cell)) problems.push(`${part}: cell ${ref} changed`);
    }
  }
  const [colsBefore, colsAfter] = [columnLooks(before), columnLooks(after)];
  for (const [c, look] of colsBefore)
    if (!ours.has(c - 1) && colsAfter.get(c) !== look) problems.push(`${part}: column ${c} look`);
  const mergesAfter = new Set(elements(after, 'mergeCells').flatMap((m) => elements(m, 'mergeCell').map(serialize)));
  for (const m of elements(before, 'mergeCells').flatMap((x) => elements(x, 'mergeCell')))
    if (!mergesAfter.has(serialize(m))) problems.push(`${part}: merge ${m.getAttribute('ref')} gone`);
  const rulesAfter = new Set(elements(after, 'conditionalFormatting').map(serialize));
  for (const cf of elements(before, 'conditionalFormatting'))
    if (!rulesAfter.has(serialize(cf)))
      problems.push(`${part}: conditional format ${cf.getAttribute('sqref')} changed`);
  return problems;
}

/** In a list part (content types, relationships, styles' lists, the workbook's sheets): the old children first, as they were. */
function prefixKept(before: Element, after: Element, where: string): string[] {
  const [b, c] = [elements(before).map(serialize), elements(after).map(serialize)];
  return b.every((x, i) => c[i] === x) ? [] : [`${where}: earlier entries changed`];
}

function unorderedKept(before: Element, after: Element, where: string): string[] {
  const c = new Set(elements(after).map(serialize));
  return elements(before)
    .map(serialize)
    .filter((x) => !c.has(x))
    .map((x) => `${where}: lost ${x.slice(0, 120)}`);
}

function changedPartProblems(a: Applied, name: string): string[] {
  const book = workbookPartOf(a.input);
  if (!a.output.has(name)) return [`${name}: removed`];
  if (name === '[Content_Types].xml' || name.endsWith('.rels'))
    return unorderedKept(root(a.input, name), root(a.output, name), name);
  if (name === book) {
    const [before, after] = [root(a.input, name), root(a.output, name)];
    const problems = elements(before).flatMap((el, i) => {
      const next = elements(after)[i];
      if (!next || next.localName !== el.localName) return [`${name}: ${el.localName} moved`];
      return el.localName === 'sheets'
        ? prefixKept(el, next, `${name} sheets`)
        : serialize(el) === serialize(next)
          ? []
          : [`${name}: ${el.localName} changed`];
    });
    return problems;
  }
  const sheetName = [...sheetPartsOf(a.input)].find(([, part]) => part === name)?.[0];
  if (sheetName !== undefined) {
    if (sheetName === a.report.summarySheet) return [];
    return worksheetChanges(a, sheetName, name);
  }
  // The styles part: each list keeps its entries, other elements are as they were.
  const [before, after] = [root(a.input, name), root(a.output, name)];
  const lists = new Set(['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs']);
  const byName = new Map(elements(after).map((e) => [e.localName, e] as const));
  return elements(before).flatMap((el) => {
    const next = byName.get(el.localName);
    if (!next) return [`${name}: ${el.localName} gone`];
    if (lists.has(el.localName ?? '')) return prefixKept(el, next, `${name} ${el.localName}`);
    return serialize(el) === serialize(next) ? [] : [`${name}: ${el.localName} changed`];
  });
}

describe.each(probes)('%s', (probe) => {
  const get = (): Applied => applied.get(probe) as Applied;

  test('chitieu wrote its columns and summary', () => {
    const a = get();
    expect(a.report.sheets.flatMap((s) => s.tables).length).toBeGreaterThan(0);
    expect(sheetPartsOf(a.output).has(a.report.summarySheet)).toBe(true);
  });

  test('every part it does not write to is byte-identical', () => {
    const a = get();
    const allowed = writable(a);
    const changed = [...a.input]
      .filter(([name, data]) => !allowed.has(name) && !Buffer.from(data).equals(Buffer.from(a.output.get(name) ?? [])))
      .map(([name]) => name);
    expect(changed).toEqual([]);
  });

  test('in the parts it writes to, only its own elements were added', () => {
    const a = get();
    const problems = [...writable(a)].filter((n) => a.input.has(n)).flatMap((n) => changedPartProblems(a, n));
    expect(problems).toEqual([]);
  });

  test('the package is whole: relationship targets exist, every part has its content type', () => {
    expect(integrityProblems(get().output)).toEqual([]);
  });

  test('the parts it wrote validate against the OOXML schema (elements in schema order)', () => {
    const a = get();
    const changed = [...a.output.keys()].filter(
      (n) =>
        !a.input.has(n) ||
        !Buffer.from(a.input.get(n) as Uint8Array).equals(Buffer.from(a.output.get(n) as Uint8Array)),
    );
    const text = (n: string): { name: string; xml: string } => ({
      name: n,
      xml: strFromU8(a.output.get(n) as Uint8Array),
    });
    const sml = changed.filter((n) => /^xl\/(worksheets\/sheet\d+|workbook|styles)\.xml$/.test(n)).map(text);
    const chart = changed.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map(text);
    const drawing = changed.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).map(text);
    const rels = changed.filter((n) => n.endsWith('.rels')).map(text);
    expect(sml.length).toBeGreaterThan(0);
    expect([
      ...schemaProblems('sml.xsd', sml),
      ...schemaProblems('dml-chart.xsd', chart),
      ...schemaProblems('dml-spreadsheetDrawing.xsd', drawing),
      ...schemaProblems('opc-relationships.xsd', rels),
      ...schemaProblems('opc-contentTypes.xsd', [text('[Content_Types].xml')]),
    ]).toEqual([]);
  });

  test('applying again changes nothing', () => {
    const a = get();
    const differ = [...new Set([...a.output.keys(), ...a.again.keys()])].filter(
      (n) => !Buffer.from(a.output.get(n) ?? []).equals(Buffer.from(a.again.get(n) ?? [])),
    );
    expect(differ).toEqual([]);
  });
});

describe('.xlsm', () => {
  test('keeps its VBA project and its macro-enabled content type', () => {
    const a = applied.get('macros.xlsm') as Applied;
    expect(a.output.get('xl/vbaProject.bin')).toEqual(a.input.get('xl/vbaProject.bin'));
    const types = strFromU8(a.output.get('[Content_Types].xml') as Uint8Array);
    expect(types).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(types).toContain('application/vnd.ms-office.vbaProject');
  });

  test('is refused, before anything is written, when OUT would make it an .xlsx', async () => {
    const out = path.join(dir, 'macros-as.xlsx');
    const result = await runCli(['apply', path.join(PROBES, 'macros.xlsm'), '-o', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/\.xlsm/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

test("the schema check finds elements out of CT_Worksheet's order", () => {
  const xml =
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><sheetData/></worksheet>';
  expect(schemaProblems('sml.xsd', [{ name: 'misordered.xml', xml }]).join('\n')).toMatch(/sheetData/);
});

const describeIfLibreOffice = hasLibreOffice() ? describe : describe.skip;

describeIfLibreOffice('LibreOffice', () => {
  test('opens every output and recalculates chitieu’s percent of plan', async () => {
    const outs = probes.map((p) => (applied.get(p) as Applied).out);
    const converted = recalculate(outs, path.join(dir, 'libreoffice'));
    for (const [i, file] of converted.entries()) {
      const saved = file.replace(/\.xlsm$/, '.xlsx');
      expect({ probe: probes[i], opened: fs.existsSync(saved) }).toEqual({ probe: probes[i], opened: true });
      const report = (applied.get(probes[i]) as Applied).report;
      const sheet = report.sheets.find((s) => s.tables.length) as Report['sheets'][number];
      const table = sheet.tables[0];
      const values = await cachedValues(saved, sheet.name);
      const row = table.rows.find((r) => r.percentOfPlan !== null) as { row: number; percentOfPlan: number };
      const got = values.get(`${table.written.percent}${row.row}`);
      expect({ probe: probes[i], got: typeof got === 'number' && Math.abs(got - row.percentOfPlan) < 0.05 }).toEqual({
        probe: probes[i],
        got: true,
      });
    }
  }, 600000);
});
