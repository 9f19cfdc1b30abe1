/** Text normalisation for matching labels and headers written with or without diacritics. */
/** `fold` by its definition, for text with characters outside the table below. */
export function foldByDefinition(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Code units below this are folded one by one from FOLDED_UNITS: ASCII, Latin-1, Latin Extended, combining marks. */
const TABLE_END = 0x0370;
const VIETNAMESE_START = 0x1e00;
const VIETNAMESE_END = 0x1f00;
const SPACE = ' ';

/**
 * What each code unit of the table's ranges folds to (`''` for a combining mark, `' '` for a space),
 * worked out from the definition once: labels are folded a few times per cell, and the regular
 * expressions of the definition were a fifth of a scan's time.
 */
const FOLDED_UNITS: readonly string[] = Object.freeze(
  [
    ...Array(TABLE_END).keys(),
    ...Array.from({ length: VIETNAMESE_END - VIETNAMESE_START }, (_, i) => i + VIETNAMESE_START),
  ].reduce<string[]>((table, code) => {
    const unit = String.fromCharCode(code);
    table[code] = /\s/.test(unit) ? SPACE : foldByDefinition(unit);
    return table;
  }, []),
);

/** Lower case, no diacritics (đ → d), single spaces, punctuation kept. */
export function fold(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const unit =
      code < TABLE_END || (code >= VIETNAMESE_START && code < VIETNAMESE_END) ? FOLDED_UNITS[code] : undefined;
    if (unit === undefined) return foldByDefinition(text);
    if (unit === SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (unit === '') continue;
    if (pendingSpace) {
      out += SPACE;
      pendingSpace = false;
    }
    out += unit;
  }
  return out;
}

/** The text without diacritics, case kept (`Tỷ lệ HGĐ` → `Ty le HGD`): as typed on a keyboard without them. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** `fold`, then everything that is not a letter or digit becomes a space: for word matching. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

const OUTLINE_PREFIX = /^\s*(?:(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*|[a-zđ])\s*[.)/:-]\s+|\d+(?:\.\d+)+\s+|[-+*•–—·]\s*)/u;

/**
 * An outline number at the start of a label (`I.`, `1.1`, `a)`, `-`, `+`) and the rest.
 * Numbers in a separate STT column are read by the layout, not here.
 */
export function splitOutlinePrefix(label: string): { prefix: string | null; rest: string } {
  const m = OUTLINE_PREFIX.exec(label);
  if (!m) return { prefix: null, rest: label.trim() };
  const rest = label.slice(m[0].length).trim();
  if (!rest) return { prefix: null, rest: label.trim() };
  return { prefix: m[0].trim().replace(/[.)/:\-\s]+$/, '') || m[0].trim(), rest };
}

const IN_WHICH = /^(?:trong do|trong so do|bao gom|gom|in which|of which|including)\s*[:,-]?\s*/;

/** Whether the label starts with "Trong đó:" / "of which". */
export function isSubItemLabel(label: string): boolean {
  return IN_WHICH.test(fold(label));
}

/** The unit in brackets at the end of a label: `Sản lượng lúa (tấn)` → `tấn`. */
export function unitInLabel(label: string): string | null {
  const m = /\(([^()]{1,30})\)\s*$/.exec(label.trim());
  if (!m) return null;
  const inner = m[1].trim();
  if (/\d{3,}/.test(inner) || /tu[oổ]i/i.test(inner)) return null;
  // `… theo tỷ lệ phần trăm (%)` explains the name; it is not the unit of the amount.
  if (inner === '%' && /(phan tram|ty le)\s*\(\s*%\s*\)\s*$/.test(fold(label))) return null;
  return inner;
}

/**
 * The label reduced to what names the indicator: no outline number, no "Trong đó:",
 * no trailing unit in brackets, folded.
 */
export function normaliseLabel(label: string): string {
  return foldWords(labelCore(label));
}

const IN_WHICH_WRITTEN = /^\s*(?:trong\s+(?:số\s+)?đó|bao\s+gồm|gồm|in\s+which|of\s+which|including)\s*[:,-]?\s*/iu;

/** `… đạt kế hoạch`, `… so với KH` at the end of a label says how it is judged, not what it is. */
const AGAINST_PLAN = /\s+(?:đạt|so với)\s+(?:kế hoạch|KH)\s*$/iu;

/** The label without outline number, "Trong đó:" or trailing unit, as written (not folded). */
export function labelCore(label: string): string {
  let text = splitOutlinePrefix(label).rest;
  if (unitInLabel(text)) text = text.replace(/\([^()]*\)\s*$/, '');
  return text.replace(IN_WHICH_WRITTEN, '').replace(AGAINST_PLAN, '').trim();
}
