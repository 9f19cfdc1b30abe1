/**
 * The matcher's numbers and the bands they give, calibrated on first-sight data: the rounds of
 * workbooks written by others and scored before any change made because of them
 * (test/generalisation/ROUNDS.md; `node scripts/tune.js` prints the grid they were chosen from).
 * Never tuned on the public samples.
 */
import type { MatchBand } from '../types';

export interface MatchTuning {
  /** A row is mapped at or above this confidence; below it, its best candidate is only suggested. */
  readonly acceptAt: number;
  /** At or above this a mapping is taken without asking; between acceptAt and this it is `likely`. */
  readonly sureAt: number;
  /**
   * How many catalog entries a word the catalog never uses counts as, when words are weighed by
   * rarity: lower makes an unknown word count more against a match (`nuôi tôm` is not `nuôi cá`).
   */
  readonly unknownWordEntries: number;
  /** Taken off when a label has a word the catalog never uses and lacks a word of the indicator. */
  readonly substitutionPenalty: number;
  /** How much a bracketed detail word (`Gia súc (LMLM, tụ huyết trùng)`) counts against a word of the name. */
  readonly detailWeight: number;
}

export const TUNING: Readonly<MatchTuning> = Object.freeze({
  acceptAt: 0.58,
  sureAt: 0.8,
  unknownWordEntries: 1.5,
  substitutionPenalty: 0.1,
  detailWeight: 0.35,
});

/** The band of a row's mapping: `sure` and `likely` rows are mapped, `likely` ones flagged for review. */
export function bandOf(indicatorId: string | null, confidence: number, tuning: MatchTuning = TUNING): MatchBand {
  if (indicatorId === null) return 'none';
  return confidence >= tuning.sureAt ? 'sure' : 'likely';
}
