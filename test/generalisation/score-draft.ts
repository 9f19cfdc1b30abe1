/**
 * Scores drafted targets against a first-sight set's expected targets (issue 11).
 *
 * A target counts when
 *  - its indicator is the expected one (expected id given), or, when the expected id is null, its
 *    label shares at least half of the expected label's content words;
 *  - its plan is the expected one: numbers within 0.5 %; expressions compared by kind (lower bound,
 *    upper bound, range, rating) and their numbers, so `trên 92`, `> 92`, `≥ 92` and
 *    `từ 92 trở lên` are all a lower bound of 92;
 *  - its direction is the expected one.
 * Recall = counted / expected, precision = counted / produced. Plan and direction accuracy are taken
 * over the expected targets whose indicator or label was found at all.
 *
 * Deliberately independent of src/: its own number and expression reading, so a reader bug cannot
 * hide in the scorer. Run from the command line: `sh scripts/score-draft.sh EXPECTED_DIR OUTPUT_DIR`
 * (OUTPUT_DIR holds `<name>.json`, the `chitieu draft --json` output; a missing one scores as all missed).
 */
import fs from 'fs';
import path from 'path';

export interface ExpectedTarget {
  label: string;
  indicatorId: string | null;
  plan: number | string;
  unit: string;
  direction: string;
  source: string;
}

export interface ExpectedText {
  file: string;
  year: number;
  targets: ExpectedTarget[];
  notTargets?: { text: string; why: string }[];
}

export interface ProducedTarget {
  indicatorId: string | null;
  /** The target's own words (new drafter); the old drafter only gave `name`. */
  label?: string;
  name?: string;
  plan: number | string;
  unit?: string;
  direction: string;
  source?: string;
}

export interface ProducedDraft {
  year: number | null;
  targets: ProducedTarget[];
}

export interface TextScore {
  name: string;
  yearExpected: number;
  yearProduced: number | null;
  expected: number;
  produced: number;
  /** Expected targets whose indicator or label was found. */
  found: number;
  counted: number;
  planRight: number;
  directionRight: number;
  /** Expected targets not counted, with what was produced for them (for reading misses). */
  misses: { expected: ExpectedTarget; got: ProducedTarget | null; why: string }[];
  /** Produced targets that matched no expected one. */
  extras: ProducedTarget[];
}

export interface Totals {
  texts: number;
  expected: number;
  produced: number;
  found: number;
  counted: number;
  planRight: number;
  directionRight: number;
  yearsRight: number;
  recall: number;
  precision: number;
  plan: number;
  direction: number;
}

// ---------------------------------------------------------------- text

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const STOP = new Set(
  'cua va cac duoc dat trong do cho tren dia ban so nam moi co them la o voi theo tu tro len nhung mot den nay xa phuong thi tran huyen'.split(
    ' ',
  ),
);

export function contentWords(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w));
}

/** Share of the expected label's content words found in the produced label. */
export function labelOverlap(expected: string, produced: string): number {
  const want = [...new Set(contentWords(expected))];
  if (!want.length) return 0;
  const have = new Set(contentWords(produced));
  return want.filter((w) => have.has(w)).length / want.length;
}

// ---------------------------------------------------------------- plans

export type PlanKind =
  | { kind: 'number'; value: number }
  | { kind: 'lower'; value: number }
  | { kind: 'upper'; value: number }
  | { kind: 'range'; low: number; high: number }
  | { kind: 'rating'; words: string }
  | { kind: 'unknown'; text: string };

/** A number as written in a plan: Vietnamese `1.152,3`, `30.000`, `9,5`, or a plain JS number text. */
export function readNumber(text: string): number | null {
  const t = text.replace(/\s/g, '');
  if (!/^[+-]?\d[\d.,]*$/.test(t)) return null;
  let canonical: string;
  if (t.includes('.') && t.includes(',')) canonical = t.replace(/\./g, '').replace(',', '.');
  else if (t.includes(',')) canonical = (t.match(/,/g) ?? []).length > 1 ? t.replace(/,/g, '') : t.replace(',', '.');
  else if ((t.match(/\./g) ?? []).length > 1 || /^\d{1,3}\.\d{3}$/.test(t)) canonical = t.replace(/\./g, '');
  else canonical = t;
  const n = Number(canonical);
  return Number.isFinite(n) ? n : null;
}

const LOWER_WORDS = ['tren', 'toi thieu', 'it nhat', 'khong duoi', 'khong thap hon', 'hon', 'vuot'];
const UPPER_WORDS = ['duoi', 'khong qua', 'toi da', 'khong vuot qua', 'khong vuot', 'khong cao hon', 'khong tren'];
const RATING_NOISE = /\b(xep loai|loai|dat|nhiem vu|tro len|danh hieu|duoc|hang nam|muc)\b|["“”]/g;

export function readPlan(plan: number | string): PlanKind {
  if (typeof plan === 'number') return { kind: 'number', value: plan };
  const f = fold(plan).replace(/%/g, ' ').replace(/\s+/g, ' ').trim();
  const NUM = String.raw`(\d[\d.,]*\d|\d)`;
  const range = new RegExp(`^(?:tu\\s+)?${NUM}\\s*(?:-|–|—|den|toi|÷)\\s*${NUM}\\b`).exec(f);
  if (range) {
    const a = readNumber(range[1]);
    const b = readNumber(range[2]);
    if (a !== null && b !== null) return { kind: 'range', low: Math.min(a, b), high: Math.max(a, b) };
  }
  const symbol = new RegExp(`^(>=|=>|≥|>|<=|=<|≤|<)\\s*${NUM}`).exec(f);
  if (symbol) {
    const v = readNumber(symbol[2]);
    if (v !== null) return { kind: /[>≥]/.test(symbol[1]) ? 'lower' : 'upper', value: v };
  }
  const up = new RegExp(`^(?:tu\\s+)?${NUM}.*\\btro len\\b`).exec(f);
  if (up) {
    const v = readNumber(up[1]);
    if (v !== null) return { kind: 'lower', value: v };
  }
  const down = new RegExp(`^(?:tu\\s+)?${NUM}.*\\btro xuong\\b`).exec(f);
  if (down) {
    const v = readNumber(down[1]);
    if (v !== null) return { kind: 'upper', value: v };
  }
  const byLength = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);
  for (const [kind, words] of [
    ['upper', UPPER_WORDS],
    ['lower', LOWER_WORDS],
  ] as const) {
    const m = new RegExp(`^(?:${byLength(words).join('|')})\\s*${NUM}`).exec(f);
    if (m) {
      const v = readNumber(m[1]);
      if (v !== null) return { kind, value: v };
    }
  }
  const plain = new RegExp(`^${NUM}$`).exec(f);
  if (plain) {
    const v = readNumber(plain[1]);
    if (v !== null) return { kind: 'number', value: v };
  }
  if (!/\d/.test(f)) {
    const words = f.replace(RATING_NOISE, ' ').replace(/\s+/g, ' ').trim();
    // `Đạt` is all noise words: the rating is the word itself.
    return { kind: 'rating', words: words || f };
  }
  return { kind: 'unknown', text: f };
}

function near(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}

export function samePlan(expected: number | string, produced: number | string): boolean {
  const e = readPlan(expected);
  const p = readPlan(produced);
  if (e.kind !== p.kind) return false;
  switch (e.kind) {
    case 'number':
    case 'lower':
    case 'upper':
      return near(e.value, (p as { value: number }).value);
    case 'range': {
      const r = p as { low: number; high: number };
      return near(e.low, r.low) && near(e.high, r.high);
    }
    case 'rating':
      return e.words === (p as { words: string }).words;
    default:
      return false;
  }
}

// ---------------------------------------------------------------- matching

function producedLabel(t: ProducedTarget): string {
  return t.label ?? t.name ?? '';
}

export function scoreText(name: string, expected: ExpectedText, draft: ProducedDraft | null): TextScore {
  const produced = draft?.targets ?? [];
  const taken = new Set<number>();
  const score: TextScore = {
    name,
    yearExpected: expected.year,
    yearProduced: draft?.year ?? null,
    expected: expected.targets.length,
    produced: produced.length,
    found: 0,
    counted: 0,
    planRight: 0,
    directionRight: 0,
    misses: [],
    extras: [],
  };
  const judge = (e: ExpectedTarget, i: number | null): void => {
    if (i === null) {
      score.misses.push({ expected: e, got: null, why: 'not found' });
      return;
    }
    taken.add(i);
    const p = produced[i];
    score.found++;
    const planOk = samePlan(e.plan, p.plan);
    const dirOk = e.direction === p.direction;
    if (planOk) score.planRight++;
    if (dirOk) score.directionRight++;
    if (planOk && dirOk) score.counted++;
    else
      score.misses.push({
        expected: e,
        got: p,
        why: [planOk ? '' : 'plan', dirOk ? '' : 'direction'].join(' ').trim(),
      });
  };
  // Targets with an indicator first: the indicator decides; among several, the one with the right plan.
  const withId = expected.targets.filter((e) => e.indicatorId !== null);
  const withoutId = expected.targets.filter((e) => e.indicatorId === null);
  // Two passes so that a right plan is preferred when an indicator is produced twice.
  const pick = (candidates: number[], e: ExpectedTarget): number | null => {
    if (!candidates.length) return null;
    return candidates.find((i) => samePlan(e.plan, produced[i].plan)) ?? candidates[0];
  };
  for (const e of withId) {
    const candidates = produced
      .map((p, i) => i)
      .filter((i) => !taken.has(i) && produced[i].indicatorId === e.indicatorId);
    judge(e, pick(candidates, e));
  }
  for (const e of withoutId) {
    const candidates = produced
      .map((p, i) => ({ i, overlap: labelOverlap(e.label, producedLabel(p)) }))
      .filter((c) => !taken.has(c.i) && c.overlap >= 0.5)
      .sort((a, b) => b.overlap - a.overlap)
      .map((c) => c.i);
    judge(e, pick(candidates, e));
  }
  score.extras = produced.filter((_, i) => !taken.has(i));
  return score;
}

export function totals(scores: TextScore[]): Totals {
  const sum = (f: (s: TextScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const expected = sum((s) => s.expected);
  const produced = sum((s) => s.produced);
  const found = sum((s) => s.found);
  const counted = sum((s) => s.counted);
  const planRight = sum((s) => s.planRight);
  const directionRight = sum((s) => s.directionRight);
  const ratio = (a: number, b: number): number => (b ? a / b : 0);
  return {
    texts: scores.length,
    expected,
    produced,
    found,
    counted,
    planRight,
    directionRight,
    yearsRight: scores.filter((s) => s.yearProduced === s.yearExpected).length,
    recall: ratio(counted, expected),
    precision: ratio(counted, produced),
    plan: ratio(planRight, found),
    direction: ratio(directionRight, found),
  };
}

/** Every `<name>.expected.json` of a folder, with its name. */
export function readExpected(dir: string): { name: string; expected: ExpectedText }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => ({
      name: f.slice(0, -'.expected.json'.length),
      expected: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ExpectedText,
    }));
}

const pct = (x: number): string => x.toFixed(3);

export function formatReport(scores: TextScore[], verbose = false): string {
  const lines = ['text | year exp/got | expected | produced | counted | recall | precision | plan | direction'];
  for (const s of scores) {
    const ratio = (a: number, b: number): string => (b ? pct(a / b) : '-');
    lines.push(
      `${s.name} | ${s.yearExpected}/${s.yearProduced ?? '-'} | ${s.expected} | ${s.produced} | ${s.counted} | ${ratio(
        s.counted,
        s.expected,
      )} | ${ratio(s.counted, s.produced)} | ${ratio(s.planRight, s.found)} | ${ratio(s.directionRight, s.found)}`,
    );
    if (verbose) {
      for (const m of s.misses)
        lines.push(
          `    MISS ${m.why}: ${m.expected.indicatorId ?? '(null) ' + m.expected.label} exp ${JSON.stringify(
            m.expected.plan,
          )} ${m.expected.direction}${m.got ? ` | got ${JSON.stringify(m.got.plan)} ${m.got.direction}` : ''}`,
        );
      for (const x of s.extras)
        lines.push(
          `    EXTRA ${x.indicatorId ?? '(null)'} ${producedLabel(x)} ${JSON.stringify(x.plan)} ${x.direction}`,
        );
    }
  }
  const t = totals(scores);
  lines.push(
    `overall: texts ${t.texts}, targets ${t.expected}, produced ${t.produced}, counted ${t.counted}, recall ${pct(
      t.recall,
    )}, precision ${pct(t.precision)}, plan ${pct(t.plan)}, direction ${pct(t.direction)}, years ${t.yearsRight}/${t.texts}`,
  );
  return lines.join('\n');
}

/** `node score-draft.js EXPECTED_DIR OUTPUT_DIR [-v]` */
function main(argv: string[]): void {
  const [expectedDir, outDir] = argv;
  const scores = readExpected(expectedDir).map(({ name, expected }) => {
    const file = path.join(outDir, `${name}.json`);
    const draft = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ProducedDraft) : null;
    return scoreText(name, expected, draft);
  });
  process.stdout.write(formatReport(scores, argv.includes('-v')) + '\n');
}

if (require.main === module) main(process.argv.slice(2));
