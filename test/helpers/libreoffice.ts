import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens each workbook in LibreOffice with a private profile that always recalculates .xlsx
 * formulas, and saves it again as .xlsx into `outDir`; the saved cached values are LibreOffice's.
 */
export function recalculate(files: string[], outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-lo-'));
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 300000 },
  );
  fs.rmSync(profile, { recursive: true, force: true });
  return files.map((f) => path.join(outDir, path.basename(f)));
}

/**
 * The cached values of one sheet straight from the file's XML, keyed by address (`I41`):
 * numbers as numbers, strings as strings, an empty result as ''. ExcelJS drops a cached 0.
 */
export async function cachedValues(file: string, sheetName: string): Promise<Map<string, number | string>> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const read = async (p: string): Promise<string> => (await zip.file(p)?.async('string')) ?? '';
  const decode = (s: string): string =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const workbook = await read('xl/workbook.xml');
  const rels = await read('xl/_rels/workbook.xml.rels');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => decode(/name="([^"]*)"/.exec(tag)?.[1] ?? '') === sheetName);
  const rid = sheet ? /r:id="([^"]*)"/.exec(sheet)?.[1] : undefined;
  const target = rid ? new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(rels)?.[0] : undefined;
  const sheetPath = target ? 'xl/' + (/Target="([^"]*)"/.exec(target)?.[1] ?? '').replace(/^\/?xl\//, '') : '';
  const shared = [...(await read('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decode([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const values = new Map<string, number | string>();
  const xml = await read(sheetPath);
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1];
    const body = m[2] ?? '';
    const ref = /r="([A-Z]+\d+)"/.exec(attrs)?.[1];
    if (!ref) continue;
    const type = /t="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    if (type === 's') values.set(ref, v === undefined ? '' : (shared[Number(v)] ?? ''));
    else if (type === 'str' || type === 'inlineStr') values.set(ref, decode(v ?? inline ?? ''));
    else if (v !== undefined) values.set(ref, type === 'n' ? Number(v) : decode(v));
    else values.set(ref, '');
  }
  return values;
}

/**
 * Every sheet of each workbook as LibreOffice shows it, recalculated (same private profile as
 * `recalculate`): UTF-8 CSV files `outDir/<book>-<sheet>.csv`, parsed into rows of cell texts.
 */
export function csvSheets(files: string[], outDir: string): Map<string, string[][]> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-lo-'));
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
  fs.mkdirSync(outDir, { recursive: true });
  // Filter options: comma, double quote, UTF-8 (76), first line 1, …, formatted as shown, every sheet (-1).
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 300000 },
  );
  fs.rmSync(profile, { recursive: true, force: true });
  const sheets = new Map<string, string[][]>();
  for (const name of fs.readdirSync(outDir).filter((f) => f.endsWith('.csv'))) {
    sheets.set(name.replace(/\.csv$/, ''), parseCsv(fs.readFileSync(path.join(outDir, name), 'utf8')));
  }
  return sheets;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (quoted || ch !== '\r') {
      cell += ch;
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
