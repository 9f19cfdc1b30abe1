import { effectiveDirection, evaluate } from '../../src/core/evaluate';
import { parseTargetText } from '../../src/core/quantity';
import type { Quantity } from '../../src/core/types';

const n = (value: number): Quantity => ({ kind: 'number', value });
const t = (text: string): Quantity => parseTargetText(text);
const none: Quantity = { kind: 'none' };

describe('percent of plan and status by direction', () => {
  test('higher is better: rice output above plan is met', () => {
    const e = evaluate('higher', n(5918.6), n(6133.7));
    expect(e.status).toBe('met');
    expect(e.percentOfPlan).toBeCloseTo(103.634, 3);
  });

  test('lower is better: a 26% third-child rate against 16% is a shortfall, not success', () => {
    const e = evaluate('lower', n(16), n(26));
    expect(e.percentOfPlan).toBeCloseTo(162.5, 6);
    expect(e.status).toBe('shortfall');
  });

  test('lower: staying under the plan is met', () => {
    expect(evaluate('lower', n(4.27), n(3.35)).status).toBe('met');
  });

  test('ceiling: overspending is a shortfall, spending less is met', () => {
    expect(evaluate('ceiling', n(4595000000), n(4622252188)).status).toBe('shortfall');
    expect(evaluate('ceiling', n(6839000000), n(6058093900)).status).toBe('met');
  });

  test('info rows are always info, with their percent', () => {
    const e = evaluate('info', n(29.5), n(29.2));
    expect(e.status).toBe('info');
    expect(e.percentOfPlan).toBeCloseTo(98.983, 3);
  });

  test('a zero plan is not evaluable', () => {
    expect(evaluate('higher', n(0), n(1))).toMatchObject({ percentOfPlan: null, status: 'not-evaluable' });
    expect(evaluate('lower', n(0), n(1))).toMatchObject({ percentOfPlan: null, status: 'not-evaluable' });
  });

  test('a missing plan or actual is not evaluable', () => {
    expect(evaluate('higher', none, n(2071)).status).toBe('not-evaluable');
    expect(evaluate('lower', n(5.9), none).status).toBe('not-evaluable');
  });

  test('comparators use their number: trên 92 → 92', () => {
    const e = evaluate('higher', t('trên 92'), n(93.1));
    expect(e.percentOfPlan).toBeCloseTo(101.196, 3);
    expect(e.status).toBe('met');
    expect(evaluate('higher', t('trên 97'), n(95.8)).status).toBe('shortfall');
    expect(evaluate('lower', t('dưới 1'), n(0.62))).toMatchObject({ status: 'met', percentOfPlan: 62 });
  });

  test('ranges use the lower end for higher and the upper end for lower/ceiling', () => {
    const higher = evaluate('higher', t('9 - 9,5'), n(9.2));
    expect(higher.bound).toBe(9);
    expect(higher.status).toBe('met');
    const lower = evaluate('lower', t('1 - 1,2'), n(1.1));
    expect(lower.bound).toBe(1.2);
    expect(lower.status).toBe('met');
    expect(evaluate('ceiling', t('1 - 1,2'), n(1.3)).status).toBe('shortfall');
  });

  test('ratings compare ranks and have no percent', () => {
    expect(evaluate('rating', t('Giỏi'), t('Tốt'))).toMatchObject({ status: 'met', percentOfPlan: null });
    expect(evaluate('rating', t('Giỏi'), t('Khá'))).toMatchObject({ status: 'shortfall', percentOfPlan: null });
    expect(evaluate('rating', t('Khá'), t('Khá')).status).toBe('met');
    expect(evaluate('rating', t('Giỏi'), none).status).toBe('not-evaluable');
  });

  test('a near miss is within the band of the bound but still short', () => {
    expect(evaluate('higher', n(100), n(96)).nearMiss).toBe(true);
    expect(evaluate('higher', n(100), n(90)).nearMiss).toBe(false);
    expect(evaluate('lower', n(20), n(20.8)).nearMiss).toBe(true);
    expect(evaluate('higher', n(100), n(96), 2).nearMiss).toBe(false);
  });
});

describe('the direction a plan implies', () => {
  test('a below-comparator on an unknown row means lower is better', () => {
    expect(effectiveDirection('higher', t('dưới 5'), n(3))).toBe('lower');
    expect(effectiveDirection('lower', t('trên 5'), n(3))).toBe('higher');
    expect(effectiveDirection('lower', t('dưới 1'), n(3))).toBe('lower');
  });

  test('ratings on both sides make a rating row', () => {
    expect(effectiveDirection('higher', t('Khá'), t('Giỏi'))).toBe('rating');
  });

  test('info stays info', () => {
    expect(effectiveDirection('info', t('dưới 5'), n(3))).toBe('info');
  });
});
