/**
 * A worksheet's `<conditionalFormatting>` elements: chitieu removes the rules it wrote before (the
 * same range, or any range within its own columns when it updates them in place) and adds its own
 * after the user's, each colour a differential format of the styles part.
 */
import { blockAddress, parseRange } from '../../core/a1';
import { RULE_COLOURS, type ConditionalRule } from '../../core/types';
import type { Styles } from './styles';
import { WORKSHEET_ORDER, type Worksheet } from './worksheet';
import { children, createLike, insertInOrder, textNode } from './xml';

export interface OwnRuleArea {
  /** Ranges chitieu writes its rules on this time. */
  refs: Set<string>;
  /** When updating its own columns in place: the columns and rows they span. */
  within: { left: number; right: number; top: number; bottom: number } | null;
}

/** Removes chitieu's earlier rules; returns how many `<conditionalFormatting>` elements went. */
export function removeOwnRules(sheet: Worksheet, area: OwnRuleArea): number {
  const inside = (sqref: string): boolean =>
    area.within !== null &&
    sqref
      .trim()
      .split(/\s+/)
      .every((part) => {
        const r = parseRange(part);
        const w = area.within as NonNullable<OwnRuleArea['within']>;
        return r !== null && r.left >= w.left && r.right <= w.right && r.top <= w.bottom && r.bottom >= w.top;
      });
  let removed = 0;
  for (const cf of children(sheet.root, 'conditionalFormatting')) {
    const sqref = cf.getAttribute('sqref') ?? '';
    if (area.refs.has(sqref) || inside(sqref)) {
      sheet.root.removeChild(cf);
      removed++;
    }
  }
  return removed;
}

/** Adds one `<conditionalFormatting>` holding the rules (all on the same range). */
export function addRules(sheet: Worksheet, styles: Styles, rules: ConditionalRule[]): void {
  if (!rules.length) return;
  const cf = createLike(sheet.root, 'conditionalFormatting');
  cf.setAttribute('sqref', blockAddress(rules[0].range));
  for (const rule of rules) {
    const el = createLike(cf, 'cfRule');
    el.setAttribute('type', 'expression');
    el.setAttribute('dxfId', String(styles.ruleFormat(RULE_COLOURS[rule.style])));
    el.setAttribute('priority', String(rule.priority));
    const formula = createLike(cf, 'formula');
    formula.appendChild(textNode(cf, rule.formula));
    el.appendChild(formula);
    cf.appendChild(el);
  }
  insertInOrder(sheet.root, cf, WORKSHEET_ORDER);
}
