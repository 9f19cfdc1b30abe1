/**
 * Percent of plan and status, exactly as shared/samples/README.md defines them:
 * percent = actual / bound × 100; status by direction; a zero plan is not evaluable.
 */
import { actualNumber, boundOf } from './quantity';
import type { Direction, Quantity, Status } from './types';

export interface Evaluation {
  bound: number | null;
  percentOfPlan: number | null;
  status: Status;
  nearMiss: boolean;
}

/**
 * The direction a row is judged in. A comparator in the plan says which side is good
 * (`dưới 1` on an unknown row means lower is better); ratings on both sides make a rating row.
 */
export function effectiveDirection(direction: Direction, plan: Quantity, actual: Quantity): Direction {
  if (direction === 'info') return direction;
  if (plan.kind === 'rating' && (actual.kind === 'rating' || actual.kind === 'none')) return 'rating';
  if (direction === 'rating' && (plan.kind === 'number' || plan.kind === 'comparator' || plan.kind === 'range')) {
    return 'higher';
  }
  if (plan.kind === 'comparator' && !plan.change) {
    const below = plan.op === '<' || plan.op === '<=';
    if (below && direction === 'higher') return 'lower';
    if (!below && (direction === 'lower' || direction === 'ceiling')) return 'higher';
  }
  return direction;
}

/** Whether an actual meets a bound in a direction (numbers only). */
export function meets(direction: Direction, actual: number, bound: number): boolean {
  return direction === 'lower' || direction === 'ceiling' ? actual <= bound : actual >= bound;
}

export function evaluate(direction: Direction, plan: Quantity, actual: Quantity, nearMissPercent = 5): Evaluation {
  if (direction === 'rating') {
    const planRank = plan.kind === 'rating' ? plan.rank : null;
    const actualRank = actual.kind === 'rating' ? actual.rank : null;
    const status: Status =
      planRank === null || actualRank === null ? 'not-evaluable' : actualRank >= planRank ? 'met' : 'shortfall';
    return { bound: null, percentOfPlan: null, status, nearMiss: false };
  }
  // `Giảm 0,5%` on a lower-is-better level (the poverty rate) needs last year's figure to judge.
  const relative =
    plan.kind === 'comparator' && plan.change === true && (direction === 'lower' || direction === 'ceiling');
  const bound = relative ? null : boundOf(plan, direction);
  const value = actualNumber(actual);
  const percentOfPlan = bound === null || value === null || bound === 0 ? null : (value / bound) * 100;
  if (direction === 'info') return { bound, percentOfPlan, status: 'info', nearMiss: false };
  if (percentOfPlan === null || bound === null || value === null) {
    return { bound, percentOfPlan, status: 'not-evaluable', nearMiss: false };
  }
  if (meets(direction, value, bound)) return { bound, percentOfPlan, status: 'met', nearMiss: false };
  const nearMiss = Math.abs(value - bound) <= (Math.abs(bound) * nearMissPercent) / 100;
  return { bound, percentOfPlan, status: 'shortfall', nearMiss };
}

/** Actual against the previous period, in percent; null when either is missing or the previous is 0. */
export function percentOfPrevious(actual: Quantity, previous: Quantity): number | null {
  const a = actualNumber(actual);
  const p = actualNumber(previous);
  return a === null || p === null || p === 0 ? null : (a / p) * 100;
}
