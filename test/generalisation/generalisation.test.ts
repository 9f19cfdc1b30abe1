/**
 * Variant workbooks (test/generalisation/workbooks, built by make-variants.js): other communes,
 * wordings, abbreviations and layouts than the public samples. Per field (row detection, indicator,
 * plan, actual, percent of plan, status, column roles) the engine must agree with the expected
 * results on at least 98 % of the cases; every disagreement is printed.
 */
import fs from 'fs';
import path from 'path';
import { main } from '../../src/cli/main';

const DIR = path.join(__dirname, 'workbooks');
const FIELDS = ['indicatorId', 'plan', 'actual', 'percentOfPlan', 'status'] as const;
const ROLES = ['headerRow', 'label', 'unit', 'plan', 'actual', 'previous'] as const;

type Value = string | number | null;
interface ExpectedRow {
  sheet: string;
  row: number;
  label: string;
  [field: string]: Value;
}
interface ExpectedColumns {
  sheet: string;
  [role: string]: Value;
}
interface Expected {
  rows: ExpectedRow[];
  columns: ExpectedColumns[];
}
interface OutTable {
  headerRow: number;
  columns: Record<string, string | null>;
  rows: { row: number; label: string; [field: string]: unknown }[];
}
interface Output {
  sheets: { name: string; tables: OutTable[] }[];
}

const nfc = (s: string): string => s.normalize('NFC').trim();

function same(expected: Value, got: unknown): boolean {
  if (typeof expected === 'number' && typeof got === 'number') return Math.abs(expected - got) <= 0.05;
  return expected === (got ?? null);
}

async function analyse(file: string): Promise<Output> {
  let stdout = '';
  let stderr = '';
  const code = await main(['analyze', file, '--json'], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  if (code !== 0) throw new Error(`${path.basename(file)}: exit ${code}: ${stderr}`);
  return JSON.parse(stdout) as Output;
}

test('variant workbooks: at least 98 % agreement on every field', async () => {
  const names = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .sort();
  expect(names.length).toBeGreaterThan(0);
  const tally: Record<string, { ok: number; all: number }> = {};
  const count = (field: string, ok: boolean): void => {
    tally[field] ??= { ok: 0, all: 0 };
    tally[field].all++;
    if (ok) tally[field].ok++;
  };
  const mismatches: string[] = [];
  for (const name of names) {
    const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const out = await analyse(path.join(DIR, `${name}.xlsx`));
    const rows = new Map<string, Record<string, unknown>>();
    const tables: { sheet: string; table: OutTable }[] = [];
    for (const sheet of out.sheets) {
      for (const table of sheet.tables) {
        tables.push({ sheet: nfc(sheet.name), table });
        for (const r of table.rows) rows.set(`${nfc(sheet.name)}!${r.row}`, r);
      }
    }
    const seen = new Set<string>();
    for (const e of expected.rows) {
      const key = `${nfc(e.sheet)}!${e.row}`;
      seen.add(key);
      const got = rows.get(key);
      count('row found', got !== undefined);
      if (!got) {
        mismatches.push(`${name} ${key} missing row "${e.label}"`);
        continue;
      }
      for (const field of FIELDS) {
        const ok = same(e[field], got[field]);
        count(field, ok);
        if (!ok)
          mismatches.push(
            `${name} ${key} ${field} "${e.label}": expected ${JSON.stringify(e[field])}, got ${JSON.stringify(got[field])}`,
          );
      }
    }
    for (const [key, got] of rows) {
      if (seen.has(key)) continue;
      count('row found', false);
      mismatches.push(`${name} ${key} extra row "${String(got.label)}"`);
    }
    for (const c of expected.columns) {
      const candidates = tables.filter((t) => t.sheet === nfc(c.sheet));
      const best = candidates.sort(
        (a, b) => Math.abs(a.table.headerRow - Number(c.headerRow)) - Math.abs(b.table.headerRow - Number(c.headerRow)),
      )[0];
      for (const role of ROLES) {
        const got = best ? (role === 'headerRow' ? best.table.headerRow : best.table.columns[role]) : undefined;
        const ok = best !== undefined && same(c[role], got);
        count(`column ${role}`, ok);
        if (!ok) mismatches.push(`${name} ${c.sheet} table@${c.headerRow} ${role}: expected ${c[role]}, got ${got}`);
      }
    }
  }
  const summary = Object.entries(tally).map(
    ([field, t]) => `${field}: ${t.ok}/${t.all} = ${(t.ok / t.all).toFixed(3)}`,
  );
  console.log(`${summary.join('\n')}\n\nmismatches (${mismatches.length}):\n${mismatches.join('\n')}`);
  const low = Object.entries(tally)
    .filter(([, t]) => t.ok / t.all < 0.98)
    .map(([field, t]) => `${field} ${(t.ok / t.all).toFixed(3)}`);
  expect(low).toEqual([]);
});
