/**
 * First-sight resolution sets (issue 11) kept in the suite: each text is read as a user would give it
 * (.txt or .docx through src/hosts/documents), drafted, and scored by score-draft.ts. The floors are
 * the figures reached after the fixes, so a change that loses targets fails here; ROUNDS.md keeps the
 * first-sight figures. The report is written to test-output/resolutions/<set>.txt.
 */
import fs from 'fs';
import path from 'path';
import { readResolution } from '../../src/hosts/documents';
import { DocumentError } from '../../src/hosts/documents/errors';
import { engine } from '../helpers/engine';
import { formatReport, readExpected, scoreText, totals, type TextScore } from './score-draft';

const SETS = path.join(__dirname, 'resolutions');

/** Floors per set: recall, precision, plan, direction, years right. */
const FLOORS: Record<string, { recall: number; precision: number; plan: number; direction: number; years: number }> = {
  'res-A': { recall: 0.98, precision: 0.97, plan: 0.99, direction: 0.99, years: 13 },
  'res-E': { recall: 0.88, precision: 0.88, plan: 0.97, direction: 0.99, years: 12 },
  'res-F': { recall: 0.91, precision: 0.91, plan: 0.99, direction: 1.0, years: 12 },
  // After the kinds fixed past res-G (measure leads and acts, prose directives, levels of none).
  'res-G': { recall: 0.92, precision: 0.92, plan: 0.99, direction: 1.0, years: 11 },
  // res-H after the later kinds (first sight 0.863 / 0.853 at a4fa580).
  'res-H': { recall: 0.91, precision: 0.88, plan: 0.98, direction: 0.99, years: 12 },
  // res-I after the inline targets announcement, the PDF reader and chat transcripts (first sight 0.731 / 0.803 at 036a9bd).
  'res-I': { recall: 0.93, precision: 0.93, plan: 0.98, direction: 0.98, years: 12 },
  // res-J after its kinds: the subject place, talk and results in chats and speeches (first sight 0.914 / 0.831 at 0a2d0ad).
  'res-J': { recall: 0.96, precision: 0.95, plan: 0.99, direction: 0.99, years: 12 },
  // res-K after ruled PDF tables, place columns and quoted cells (first sight 0.803 / 0.790 at 00f01a9).
  'res-K': { recall: 0.95, precision: 0.92, plan: 0.99, direction: 0.99, years: 12 },
  // res-L after its kinds: long announcing sentences, chats with trailing times, ruled text tables (first sight 0.637 / 0.796 at 4802ae2).
  'res-L': { recall: 0.89, precision: 0.88, plan: 0.96, direction: 0.99, years: 12 },
  // res-M after announcing sentences and Word's merged header cells (first sight 0.684 / 0.793 at 9afd4a4).
  'res-M': { recall: 0.94, precision: 0.9, plan: 0.99, direction: 0.98, years: 12 },
  // res-N after text grid tables and the whole's / the body's own plan column (first sight 0.789 / 0.846 at 66b7734).
  // Lowered 0.93 -> 0.92 precision on 2026-12-03: preschool enrolment is no longer the school-age
  // enrolment (rounds 25 and 29 give some thirty such rows null; res-N's one target says otherwise).
  'res-N': { recall: 0.93, precision: 0.92, plan: 0.98, direction: 0.99, years: 14 },
  // res-O after plan brackets, CSV exports and `… chỉ tiêu chủ yếu sau:` (first sight 0.588 / 0.734 at 816cd65).
  'res-O': { recall: 0.85, precision: 0.9, plan: 0.97, direction: 0.99, years: 14 },
  // res-P after group rows in aligned tables, `… các chỉ tiêu sau:`, the years of a plan's bases (first sight 0.724 / 0.806 at d9ea87e).
  'res-P': { recall: 0.89, precision: 0.83, plan: 0.97, direction: 0.99, years: 14 },
  // res-Q, the last set: its first-sight figures (0.924 / 0.934 at 58e902f), nothing changed because of it.
  'res-Q': { recall: 0.92, precision: 0.93, plan: 0.98, direction: 0.99, years: 14 },
};

describe.each(Object.keys(FLOORS))('resolution set %s', (set) => {
  const dir = path.join(SETS, set);
  const scores: TextScore[] = [];

  beforeAll(async () => {
    for (const { name, expected } of readExpected(dir)) {
      const file = path.join(dir, expected.file);
      // A document chitieu refuses to read (a PDF's text layer, for now) scores as all missed.
      const doc = await readResolution(new Uint8Array(fs.readFileSync(file)), expected.file).catch((error: unknown) => {
        if (error instanceof DocumentError) return null;
        throw error;
      });
      scores.push(scoreText(name, expected, doc && engine.draftFromDocument(doc)));
    }
    const out = path.resolve(__dirname, '../../test-output/resolutions');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `${set}.txt`), formatReport(scores, true) + '\n');
  });

  test('scores at or above its floor', () => {
    const t = totals(scores);
    const floor = FLOORS[set];
    expect({
      recall: t.recall >= floor.recall,
      precision: t.precision >= floor.precision,
      plan: t.plan >= floor.plan,
      direction: t.direction >= floor.direction,
      years: t.yearsRight >= floor.years,
    }).toEqual({ recall: true, precision: true, plan: true, direction: true, years: true });
  });
});
