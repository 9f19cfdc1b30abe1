/**
 * The matcher's numbers and the bands they give, calibrated on first-sight data: the rounds of
 * workbooks written by others and scored before any change made because of them
 * (test/generalisation/ROUNDS.md; `node scripts/tune.js` prints the grid they were chosen from).
 * Never tuned on the public samples.
 */
import type { IndicatorMatch, MatchBand } from '../types';

export interface MatchTuning {
  /** A row is mapped at or above this confidence; below it, its best candidate is only suggested. */
  readonly acceptAt: number;
  /** At or above this a mapping is taken without asking; between acceptAt and this it is `likely`. */
  readonly sureAt: number;
  /**
   * An unmapped row's best candidate is offered as a one-click suggestion at or above this. Chosen on
   * rounds 15 and 16 at first sight: at 0.35, 40 of the 76 unmapped rows that meant an indicator got
   * the right one, 1 a wrong one, and 49 of 695 rows outside the catalog got an offer to decline.
   */
  readonly suggestAt: number;
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
  suggestAt: 0.35,
  unknownWordEntries: 1.5,
  substitutionPenalty: 0.1,
  detailWeight: 0.35,
});

/** The band of a row's mapping: `sure` and `likely` rows are mapped, `likely` ones flagged for review. */
export function bandOf(indicatorId: string | null, confidence: number, tuning: MatchTuning = TUNING): MatchBand {
  if (indicatorId === null) return 'none';
  return confidence >= tuning.sureAt ? 'sure' : 'likely';
}

/** What an unmapped row offers the user: its best candidate, when that is close enough to be worth a click. */
export function suggestionOf(
  indicatorId: string | null,
  candidate: IndicatorMatch | null,
  tuning: MatchTuning = TUNING,
): IndicatorMatch | null {
  if (indicatorId !== null || !candidate) return null;
  return candidate.confidence >= tuning.suggestAt ? candidate : null;
}
