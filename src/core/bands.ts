/**
 * Confidence bands, decided here and carried on every row, so every shell shows the same thing:
 * `sure` (mapped), `likely` (mapped, for the user to check first), `none` (left unmapped).
 */
import type { MatchBand } from './types';

/** At or above this a mapping is taken without asking. */
export const SURE_AT = 0.8;

export function bandOf(indicatorId: string | null, confidence: number): MatchBand {
  if (indicatorId === null) return 'none';
  return confidence >= SURE_AT ? 'sure' : 'likely';
}
