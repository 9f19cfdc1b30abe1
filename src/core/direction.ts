/**
 * The direction of a row the catalog cannot place, never a silent "higher": from the label's words
 * (a thing to keep down — poverty, third births, malnutrition, accidents, crime, pollution — is
 * lower-is-better unless the label counts its reduction; spending is a ceiling), else from the plan's
 * trajectory (a rate planned below last year's actual is a reduction target), else the default.
 */
import { fold } from './text';
import type { Direction, Quantity, RowAnalysis } from './types';

export type DirectionSource = RowAnalysis['directionSource'];

/** Things a commune wants fewer of, folded. */
const UNWANTED =
  /\b(?:ngheo|can ngheo|tai ngheo|sinh con thu (?:3|ba)|con thu (?:3|ba)|suy dinh duong|sdd|thap coi|nhe can|tai nan|tngt|pham phap|toi pham|hinh su|vi pham|ma tuy|te nan|o nhiem|chay no|chay rung|dich benh|that nghiep|tao hon|hon nhan can huyet|nghien|tu vong|chet|thiet hai|khieu nai|don thu|no dong|no xau|ton dong|poverty|poor household|near-poor|third child|malnutrition|stunting|underweight|accident|crime|criminal|offen[cs]e|pollution|unemployment|death|fatalit|damage|complaint|arrears)\b/;

/** Words that make the row count a reduction of such a thing, which is better higher. */
const REDUCTION = /\b(?:giam|kiem che|day lui|thoat ngheo|reduc|decreas|cut|lower(?:ed|ing))\w*/;

/** A row of spending. */
const SPENDING = /^(?:tong )?(?:chi|expenditure|spending)\b/;

export interface InferredDirection {
  direction: Direction;
  source: DirectionSource;
}

/** The direction of an unmapped row from its words, its plan and its previous period. */
export function inferDirection(
  label: string,
  unit: string | null,
  plan: Quantity,
  previous: Quantity,
): InferredDirection {
  const words = fold(label).replace(/[^a-z0-9%-]+/g, ' ');
  if (SPENDING.test(words.trim())) return { direction: 'ceiling', source: 'words' };
  if (UNWANTED.test(words) && !REDUCTION.test(words)) return { direction: 'lower', source: 'words' };
  const isRate = (unit !== null && unit.includes('%')) || /^(?:ty le|ti le|rate|share|proportion)\b/.test(words.trim());
  if (isRate && plan.kind === 'number' && previous.kind === 'number' && plan.value < previous.value) {
    return { direction: 'lower', source: 'trajectory' };
  }
  return { direction: 'higher', source: 'default' };
}
