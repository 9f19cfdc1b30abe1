/**
 * `chitieu dictionary export FILE.tsv | import FILE.tsv | list [FILE.tsv]`: the dictionary of wordings
 * as the TSV a district hands to every commune (docs/dictionary.md). Import is all or nothing.
 */
import type { Engine } from '../core';
import { importEntries, parseTsv, serialiseTsv, type Dictionary } from '../core/dictionary';
import { messages } from '../core/messages';
import { readTextFile, saveDictionaryFile } from '../hosts/dictionary-file';
import { writeFileAtomically } from '../hosts/xlsx/open';
import type { Args } from './args';
import type { Io } from './main';

function list(engine: Engine, dictionary: Dictionary, lang: 'vi' | 'en'): string {
  const lines = dictionary.wordings.map((e) => {
    const indicator = engine.catalog.get(e.indicatorId);
    const name = indicator ? (lang === 'vi' ? indicator.nameVi : indicator.nameEn) : '';
    const extra = [e.direction, e.unit].filter(Boolean).join(', ');
    return `  ${e.label} → ${e.indicatorId} (${name})${extra ? ` [${extra}]` : ''} · ${e.source}`;
  });
  for (const e of dictionary.columns) lines.push(`  ${e.header} → ${e.role} · ${e.source}`);
  return lines.map((l) => `${l}\n`).join('');
}

export async function runDictionary(engine: Engine, args: Args, io: Io, dictionaryFile: string): Promise<number> {
  const m = messages(args.lang ?? 'both');
  const lang = args.lang ?? 'vi';
  const knows = (id: string): boolean => engine.catalog.get(id) !== undefined;
  const file = args.files[0];
  if (args.action === 'export') {
    const dictionary = engine.dictionary;
    await writeFileAtomically(file, new TextEncoder().encode(serialiseTsv(dictionary)), { messages: m });
    io.out(`${m.exported(file, dictionary.wordings.length, dictionary.columns.length)}\n`);
    return 0;
  }
  if (args.action === 'import') {
    const report = importEntries(engine.dictionary, parseTsv(await readTextFile(file, m), knows));
    if (!report.imported) {
      io.err(`chitieu: ${m.importRefused(file, report.refused.length)}\n`);
      for (const p of report.refused) io.err(`  ${m.dictionaryLine(file, p)}\n`);
      return 1;
    }
    if (report.added.length || report.changed.length) {
      await saveDictionaryFile(dictionaryFile, report.dictionary, m);
    }
    io.out(`${m.imported(file, report.added.length, report.changed.length, report.unchanged)}\n`);
    for (const c of report.added) io.out(`${m.importAdded(c.line, c.text)}\n`);
    for (const c of report.changed) io.out(`${m.importChanged(c.line, c.text)}\n`);
    return 0;
  }
  // list: the user's dictionary, or a shared file read as an import would read it (nothing is taken).
  if (file) {
    const read = parseTsv(await readTextFile(file, m), knows);
    const shown = { wordings: read.wordings.map((w) => w.entry), columns: read.columns.map((c) => c.entry) };
    io.out(`${file}\n${list(engine, shown, lang)}`);
    for (const p of read.problems) io.err(`  ${m.dictionaryLine(file, p)}\n`);
    return read.problems.length ? 1 : 0;
  }
  const dictionary = engine.dictionary;
  if (!dictionary.wordings.length && !dictionary.columns.length) io.out(`${m.dictionaryEmpty(dictionaryFile)}\n`);
  else io.out(`${dictionaryFile}\n${list(engine, dictionary, lang)}`);
  return 0;
}
