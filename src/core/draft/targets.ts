/**
 * From a resolution to the targets of a tracking sheet: find where the targets are (sections.ts),
 * cut them into clauses (clauses.ts) or read their table (tables.ts), read each clause's figure
 * (values.ts), name it from the catalog or, when the catalog has no such indicator, by its own words,
 * and give it a direction from the catalog and from the text. Nothing is invented: every target keeps
 * its clause, and every clause with a figure that could not be placed is listed with the reason.
 */
import { decodeLegacyDocument } from './legacy';
import type { LegacyEncoding } from '../types';
import { bandOf } from '../match/calibration';
import type { Catalog, CatalogEntry } from '../catalog';
import type { Matcher } from '../match';
import { fold } from '../text';
import type { Direction, IndicatorMatch, MatchBand } from '../types';
import { areaReading, isMeasureOnly, labelWords, MEASURE_WORDS, splitItem, thingOf, type Clause } from './clauses';
import type { ResolutionDocument } from './document';
import { readStructure, type PlacedBlock, type Structure, type Zone } from './sections';
import { readTargetTable, type TableTarget } from './tables';
import { placeHeading, placeLead, subjectPlace } from './subject';
import { clauseFigure, foldKeep, type Figure, type Span } from './values';

export interface DraftTarget {
  group: string | null;
  /** The clause of the resolution the target comes from (the `Căn cứ` column). */
  source: string;
  /** The catalog indicator, or null for a target the catalog does not have. */
  indicatorId: string | null;
  /** The row's name: the catalog's name, or the target's own words. */
  name: string;
  /** The target's own words in the text. */
  label: string;
  unit: string;
  /** A number, or an expression the engine reads (`trên 92`, `1 - 1,2`, `Giỏi`). */
  plan: number | string;
  direction: Direction;
  confidence: number;
  band: MatchBand;
}

export type UnplacedReason =
  /** A figure with no words that name what it is. */
  | 'no-indicator'
  /** Names an indicator but sets no figure. */
  | 'no-target'
  /** The same target again (a total in the text and in the appendix). */
  | 'duplicate'
  /** A table row with figures, but none for the plan year. */
  | 'no-plan'
  /** The whole that shares add up to (`Cơ cấu kinh tế 100 %`). */
  | 'total'
  /** A table row with no header above it to tell which of its figures is the plan. */
  | 'plan-column'
  /** A figure a later chat message gives again, differently: the later one stands. */
  | 'corrected';

export interface UnplacedTarget {
  group: string | null;
  source: string;
  reason: UnplacedReason;
  /** The closest indicator, when there is one. */
  suggestion: string | null;
}

export interface Draft {
  year: number | null;
  targets: DraftTarget[];
  unplaced: UnplacedTarget[];
  /** The legacy encoding the text was typed in and read from (TCVN3, VNI); absent for Unicode text. */
  convertedFrom?: LegacyEncoding;
}

/** What the drafter works with: one engine's catalog and matcher. */
export interface DrafterParts {
  catalog: Catalog;
  matcher: Matcher;
}

/** At or above this a clause takes the indicator; below it the target keeps its own words. */
const DRAFT_THRESHOLD = 0.6;
/** The words that give a budget's scope: the state's (`ngân sách nhà nước`, `NSNN`), collected in the area. */
const BUDGET_SCOPE = /ngân sách nhà nước|\bNSNN\b|\s*trên địa bàn(?:\s+(?:xã|phường|thị trấn))?/iu;
/** How much a budget total read without its scope (`nhà nước`, `trên địa bàn`) counts against one named as is. */
const SCOPE_DISCOUNT = 0.9;
/** A clause without a figure is listed when it names an indicator at least this well. */
const SUGGEST_THRESHOLD = 0.45;

/** Words around a target that name nothing (folded, whole words). */
const LEADING_FILLERS =
  /^(?:(?:cu (?:de|giu)|phan dau|tiep tuc|dat|duy tri|giu vung|on dinh|co them|co(?! (?:cau|so)\b)|them|hang nam|binh quan|moi nam|cuoi nam|den nam\s+\d{4}|den cuoi nhiem ky|trong nam|toan (?:xa|phuong|huyen)|xa|phuong|keo|va|trong do:?|gom:?)(?:\s+|$))+/;
const TRAILING_FILLERS =
  /(?:\s+(?:dat|la|o muc|muc|len|xuong|con|khoang|tro len|tro xuong|moi nam|hang nam|\/nam|tong bay dan|tong dan|ke hoach|danh hieu|xep loai|dat loai|du toan|so voi\b.*|duoc|cho|voi|hoan thanh|on dinh|duy tri|giu vung|phai))+$/;

/** Words that begin what is said of a thing, not more of its name (folded): `đảm bảo`, `góp phần`, `trong đó`. */
const ACTS_AFTER_A_NAME = String.raw`dam bao|bao dam|dap ung|gop phan|phan dau|nham|tao|nang|giu|duy tri|khong|phai|dat|thuc hien|hoan thanh|tang|giam|trong do|gan voi|theo|tien toi|huong toi|\d`;

function cutSpans(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of sorted) out = out.slice(0, s.start) + ' '.repeat(Math.max(0, s.end - s.start)) + out.slice(s.end);
  return out;
}

/** The clause's own words: without the figure, asides, and words that name nothing. Written form kept. */
export function ownLabel(reading: string, figure: Figure | null): string {
  let text = figure ? cutSpans(reading, figure.cut) : reading;
  // Words after the figure's comma (`Giao 12 công dân nhập ngũ, đảm bảo chất lượng`) say how, not what;
  // but when the figure leads, a comma before words that are no act goes on with the name
  // (`100% chi bộ thôn, làng có đảng viên`, `100% đường, hẻm chính được bê tông hóa`).
  if (figure) {
    const after = text.slice(figure.end).search(/[,;]/);
    if (after >= 0) {
      const cut = figure.end + after;
      const figureLeads = !/\p{L}/u.test(
        foldKeep(text.slice(0, figure.start)).trimStart().replace(LEADING_FILLERS, ''),
      );
      const listGoesOn =
        figureLeads &&
        text[cut] === ',' &&
        !new RegExp(`^\\s*(?:${ACTS_AFTER_A_NAME})\\b`).test(foldKeep(text.slice(cut + 1)));
      if (!listGoesOn) text = text.slice(0, cut);
    }
  }
  text = text.replace(/\([^()]*\)/g, ' ');
  // Years and `so với năm …` say when, not what.
  const folded = foldKeep(text);
  const noise = [
    ...folded.matchAll(
      /,?\s*(?:gap|tang|giam)?\s*\d+(?:[.,]\d+)?\s*lan\b[^,;]*|\s*so voi\b[^,;]*$|\b(?:den |trong |cuoi )?nam\s+(?:19|20)\d\d\b|\bgiai doan\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/g,
    ),
  ].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  text = cutSpans(text, noise)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–~≈]+|[\s,;:.\-–/~≈]+$/g, '')
    .trim();
  // Fillers, removed on the folded text and mapped back by length (folding keeps lengths).
  for (let guard = 0; guard < 3; guard++) {
    const f = foldKeep(text);
    const lead = LEADING_FILLERS.exec(f);
    const trail = TRAILING_FILLERS.exec(f);
    const next = text.slice(
      lead ? lead[0].length : 0,
      trail && trail.index > (lead?.[0].length ?? 0) ? trail.index : text.length,
    );
    const cleaned = next.replace(/^[\s,;:.\-–]+|[\s,;:.\-–/]+$/g, '').trim();
    if (cleaned === text) break;
    text = cleaned;
  }
  return text;
}

function capitalise(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) : text;
}

function names(entry: CatalogEntry): string {
  return fold([entry.nameVi, entry.nameEn, ...entry.aliases].join(' | '));
}

/** An indicator that is itself a reduction (`Tỷ lệ giảm hộ nghèo`). */
function isReduction(entry: CatalogEntry): boolean {
  return /\bgiam\b|reduction/.test(names(entry));
}

/** An indicator that is itself a growth rate. */
function isGrowth(entry: CatalogEntry): boolean {
  return /toc do tang|tang truong|growth rate/.test(names(entry)) && entry.unit.includes('%');
}

/** Direction read from the text, for a target the catalog does not have. */
export function textDirection(label: string, figure: Figure): Direction {
  const f = fold(label);
  if (figure.kind === 'rating') return 'rating';
  if (figure.change === 'decrease') return 'higher';
  if (
    /^(?:tong )?chi\b(?! (?:bo|tieu))|\bchi (?:ngan sach|thuong xuyen|dau tu|su nghiep|khac|quan ly)|\bdu phong\b|\bkinh phi\b/.test(
      f,
    )
  )
    return 'ceiling';
  if (/\b(co cau|ty trong)\b/.test(f)) return 'info';
  if (figure.level || figure.kind === 'upper' || figure.kind === 'zero') return 'lower';
  return 'higher';
}

/** Filler words that fold like words that name something (`có` / `cơ cấu`, `đạt` / `đất`): blanked only as written. */
const AS_WRITTEN: Readonly<Record<string, readonly string[]>> = {
  co: ['có'],
  dat: ['đạt'],
  len: ['lên'],
  cac: ['các'],
  them: ['thêm'],
  duoc: ['được'],
  xuong: ['xuống'],
};

/**
 * The words a label is matched by: without brackets' marks and words that name nothing, and kept as
 * written, diacritics and all (the matcher tells `ấp` from `áp`, `sắn` from `sản` only then).
 */
function matchText(label: string): string {
  const blanked = foldKeep(label)
    .replace(/[:;/]/g, ' ')
    .replace(
      /\b(phan dau|dat|duy tri|giu vung|len|xuong|tro len|tro xuong|so voi|hang nam|moi nam|trong do|cac|duoc|co|them|hoan thanh)\b/g,
      (m: string, _w: string, at: number) => {
        const written = label.slice(at, at + m.length).toLocaleLowerCase('vi');
        const forms = AS_WRITTEN[m];
        return !forms || forms.includes(written) || written === m ? ' '.repeat(m.length) : m;
      },
    );
  // `lúa nước 2 vụ`, `lúa hai vụ`: the seasons a crop is grown say how often, not what.
  const seasons = blanked.replace(
    /(?<=\b(?:lua|lua nuoc|ngo|mau|rau mau|rau|mia|lac)\s+)(?:[1-3]|hai|ba)\s*vu\b/g,
    (m) => ' '.repeat(m.length),
  );
  return asWritten(label, seasons).replace(/\s+/g, ' ').trim();
}

interface Candidate {
  group: string | null;
  source: string;
  label: string;
  figure: Figure;
  /** The unit as written, or null. */
  unit: string | null;
  match: IndicatorMatch | null;
  context: string | null;
  /** A part of the clause before (`…, trong đó có bằng cấp, chứng chỉ 35%`): named in the whole's terms. */
  part?: { reading: string };
}

function withoutMeasures(text: string): string {
  return asWritten(
    text,
    foldKeep(text).replace(new RegExp(MEASURE_WORDS, 'g'), (m) => ' '.repeat(m.length)),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text as written where its folded reading (same offsets) was not blanked. */
function asWritten(text: string, blanked: string): string {
  let kept = '';
  for (let i = 0; i < text.length; i++) kept += blanked[i] === ' ' ? ' ' : text[i];
  return kept;
}

/** Context variants: the previous clause's first words, shortest first, all of them, and the thing it is about. */
function contextVariants(context: string | null): string[] {
  if (!context) return [];
  const words = ownLabel(context, null).split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let n = 2; n <= Math.min(4, words.length); n++) out.add(words.slice(0, n).join(' '));
  out.add(words.join(' '));
  // `… suy dinh dưỡng thể nhẹ cân, thể thấp còi …`: the words before the part that sets the previous one apart.
  for (let k = 1; k <= 3 && words.length - k >= 2; k++) out.add(words.slice(0, -k).join(' '));
  const thing = thingOf(words.join(' '));
  if (thing) out.add(thing);
  return [...out];
}

/**
 * Where a label's words after a verb, a comma or a directive begin: the speaker's or the resolution's
 * words before it (`tôi đề nghị`, `các trường phải bảo đảm`, `phấn đấu`) say who and how, not what.
 * Words that fold like other words are cut at only as written (`để` not `đề`, `đạt` not `đất`).
 */
const CUT_WORDS = String.raw`,|;|:|\b(?:phan dau|dat|de nghi|de|nham|dua|duy tri|nang|voi|trong do|gom|mo rong|tap trung|dam bao|bao dam|phai|yeu cau|quyet tam|lam cho duoc(?: viec)?)\b`;
const CUT_AS_WRITTEN: Readonly<Record<string, string>> = {
  de: 'để',
  dat: 'đạt',
  dua: 'đưa',
  nang: 'nâng',
  phai: 'phải',
};

function cutPoints(label: string): number[] {
  const out: number[] = [];
  for (const m of foldKeep(label).matchAll(new RegExp(CUT_WORDS, 'g'))) {
    const at = m.index ?? 0;
    const exact = CUT_AS_WRITTEN[m[0]];
    if (exact && label.slice(at, at + m[0].length).toLocaleLowerCase('vi') !== exact) continue;
    out.push(at + m[0].length);
  }
  return out;
}

/** A directive in running prose (`phải`, `đề nghị`, `bảo đảm`): the label is a sentence, not a name. */
function hasDirective(label: string): boolean {
  return (
    /\b(?:phai|de nghi|yeu cau|quyet tam|bao dam|dam bao|lam cho duoc)\b/.test(foldKeep(label)) &&
    /phải|đề nghị|yêu cầu|quyết tâm|bảo đảm|đảm bảo|làm cho được/iu.test(label)
  );
}

/**
 * Shorter readings of a long label or a sentence: the words after its verbs, commas and directives,
 * without the words that place the thing (`trồng mới rừng ở khu vực giáp ranh` → `trồng mới rừng`), the
 * words before a directive (`giao quân phải …` → `giao quân`), then its last few words.
 */
function tails(label: string): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const directive = hasDirective(label);
  if (words.length <= 7 && !directive) return [label];
  const out = new Set<string>([label]);
  // The thing without the words that place or qualify it: `rừng ở khu vực giáp ranh`, `hồ tiêu bị bệnh`.
  const placed = (text: string): void => {
    const m = /\s(?:ở|tại|bị|thuộc)\s/iu.exec(text);
    if (m && text.slice(0, m.index).trim().split(/\s+/).length >= 2) out.add(text.slice(0, m.index).trim());
  };
  // `giao quân phải đạt …`: the subject before the directive.
  const subject = (text: string): void => {
    const before = beforeDirective(text);
    if (before) out.add(before);
  };
  const rests = [label, ...cutPoints(label).map((at) => label.slice(at).trim())];
  for (const rest of rests) {
    if (rest.split(/\s+/).length < 2) continue;
    out.add(rest);
    placed(rest);
    if (directive) subject(rest);
  }
  for (let n = 3; n <= 8; n++) out.add(words.slice(-n).join(' '));
  return [...out];
}

function unitForMatch(figure: Figure, label: string): string | null {
  if (figure.kind === 'rating') return 'xếp loại';
  // `Giao quân đạt 100% chỉ tiêu huyện giao`: a share of a quota, not a rate of the thing.
  if (figure.unit === '%' && /\bchi tieu\b/.test(foldKeep(label))) return null;
  return figure.unit;
}

function best(ranked: readonly Readonly<IndicatorMatch>[], accept: (id: string) => boolean): IndicatorMatch | null {
  const top = ranked.find((m) => accept(m.id));
  return top ? { id: top.id, confidence: top.confidence } : null;
}

/** Names a clause's target from the catalog, with its own words, then with the clause before it. */
function matchClause(
  parts: DrafterParts,
  label: string,
  figure: Figure,
  context: string | null,
  part = false,
): { match: IndicatorMatch | null; label: string } {
  const unit = unitForMatch(figure, label);
  const level = figure.level || figure.kind === 'upper' || figure.kind === 'zero';
  // A level (`giảm … xuống 20%`, `còn dưới 4,5%`) is the level's indicator; an amount of reduction its own.
  const own = level ? label.replace(/^(?:kéo\s+)?giảm\s+/iu, '') : label;
  const entryOk = (id: string): boolean => {
    const entry = parts.catalog.get(id);
    if (!entry) return false;
    // A figure is no rating: `hoàn thành 100% chỉ tiêu` is not the police's rating, whatever it names.
    if (entry.direction === 'rating' && figure.kind !== 'rating') return false;
    if (figure.change === 'decrease') return isReduction(entry) || entry.direction !== 'lower';
    if (level && isReduction(entry)) return false;
    if (figure.change === 'increase' && figure.unit === '%' && !entry.unit.includes('%') && !isGrowth(entry))
      return false;
    return true;
  };
  const query = (text: string, avoid: string | null = null): IndicatorMatch | null => {
    const q = matchText(
      figure.change === 'decrease' && !/^(?:keo\s+)?giam\b/.test(foldKeep(text)) ? `giảm ${text}` : text,
    );
    const ok = (id: string): boolean => id !== avoid && entryOk(id);
    let found = q ? best(parts.matcher.rank(q, unit), ok) : null;
    // `100% trường học đạt chuẩn quốc gia`: a share of the things a count indicator counts.
    if (
      q &&
      unit === '%' &&
      figure.change === null &&
      !/\b(?:giam|tang)\b/.test(foldKeep(text)) &&
      (!found || found.confidence < DRAFT_THRESHOLD)
    ) {
      const counted = best(parts.matcher.rank(q, null), (id) => ok(id) && isCountOfThings(parts.catalog.get(id)));
      if (counted && counted.confidence >= DRAFT_THRESHOLD) found = counted;
    }
    // In a list of targets the budget's revenue or spending is named by its scope (`Thu ngân sách nhà
    // nước trên địa bàn`, `Thu NSNN`): the catalog's budget total, below one the text names as its own.
    const scopeFree = text.replace(new RegExp(BUDGET_SCOPE.source, 'giu'), (m) =>
      /địa bàn/iu.test(m) ? '' : 'ngân sách',
    );
    if (scopeFree !== text && (!found || found.confidence < DRAFT_THRESHOLD)) {
      const total = best(parts.matcher.rank(matchText(scopeFree), unit), ok);
      if (total && total.confidence * SCOPE_DISCOUNT >= DRAFT_THRESHOLD)
        found = { id: total.id, confidence: total.confidence * SCOPE_DISCOUNT };
    }
    // An increase in percent of an amount is its growth rate: `giá trị sản xuất tăng 8,2%`.
    if (figure.change === 'increase' && figure.unit === '%') {
      const growth = best(parts.matcher.rank(matchText(`tốc độ tăng ${text.replace(/\btăng\b/giu, ' ')}`), unit), ok);
      if (growth && (!found || growth.confidence > found.confidence)) found = growth;
    }
    return found;
  };
  // Long prose: the target is named by the words nearest its figure.
  let mine: { match: IndicatorMatch; label: string } | null = null;
  // A measure alone (`sản lượng`, `NS`) names nothing: the clause before says of what.
  const measureOnly = context !== null && !withoutMeasures(own);
  // A label led by its measure (`Tỷ lệ nước thải … được thu gom, xử lý`) is a name to its end: a shorter
  // reading may name only what the whole names too, not what its last words alone do.
  const whole = measureLed(own) ? parts.matcher.rank(matchText(own), unit) : null;
  const wholeNames = (id: string): boolean =>
    whole === null || (whole.find((w) => w.id === id)?.confidence ?? 0) >= SUGGEST_THRESHOLD;
  for (const t of own.trim() && !measureOnly ? tails(own) : []) {
    const m = query(t);
    if (m && t !== own && !wholeNames(m.id)) continue;
    if (m && (!mine || m.confidence > mine.match.confidence + 0.02)) mine = { match: m, label: t };
  }
  // A count's noun may be the thing counted (`Trồng 15.000 cây phân tán`): the words read with it too.
  const noun = figure.unit;
  if (own.trim() && noun && /^\p{L}+(?: \p{L}+)?$/u.test(noun) && !fold(own).includes(fold(noun))) {
    const m = query(`${own} ${noun}`);
    if (m && m.confidence >= DRAFT_THRESHOLD && (!mine || m.confidence > mine.match.confidence + 0.05))
      mine = { match: m, label: own };
  }
  const ownWords = own.split(/\s+/).filter(Boolean).length;
  if (mine && mine.match.confidence >= DRAFT_THRESHOLD && ownWords > 3)
    return measureLed(own) ? { match: mine.match, label: beforeDirective(own) ?? own } : mine;
  let found: { match: IndicatorMatch; label: string } | null = mine;
  // A clause read with the words of the one before it names something else than that one did
  // (`Tổng diện tích gieo trồng 2.640 ha, trong đó lúa 410 ha`: the part is not the whole again).
  const before = context && own.trim() ? parts.matcher.rank(matchText(ownLabel(context, null)), null)[0] : undefined;
  // Only for a part (`trong đó …`) whose own words point elsewhere: `Tiêm phòng LMLM, tụ huyết trùng 80%` is one target.
  const avoid =
    part && before && before.confidence >= DRAFT_THRESHOLD && mine && mine.match.id !== before.id && !isMeasureOnly(own)
      ? before.id
      : null;
  for (const c of contextVariants(context)) {
    const text = `${c} ${own}`.trim();
    const m = query(text, avoid);
    // Own words first; the clause before decides only when it names the thing better.
    if (m && (!found || m.confidence > found.match.confidence + 0.05))
      found = { match: m, label: own.trim() ? own : c };
  }
  if (found && found.match.confidence >= DRAFT_THRESHOLD)
    return {
      match: found.match,
      label: own.trim() ? (measureLed(own) ? (beforeDirective(own) ?? own) : (mine?.label ?? own)) : found.label,
    };
  const shortest = measureLed(own)
    ? (beforeDirective(own) ?? own)
    : ownWords > 12 || hasDirective(own)
      ? shortLabel(own)
      : own;
  return { match: found?.match ?? null, label: own.trim() ? shortest : (contextVariants(context).pop() ?? '') };
}

/** Whether an indicator counts things (`trường`, `thôn`, `người`), not an amount, an area or a rate. */
function isCountOfThings(entry: CatalogEntry | undefined): boolean {
  return (
    entry !== undefined &&
    entry.direction !== 'rating' &&
    !/(?<![\p{L}\d])(?:%|ha|tấn|tạ|đồng|kg|km|m²|m³|lần|xếp loại)(?![\p{L}\d])/u.test(entry.unit)
  );
}

/** The measure a unit implies of a thing named without one. */
const MEASURE_OF_UNIT: Readonly<Record<string, string>> = {
  ha: 'diện tích',
  tấn: 'sản lượng',
  tạ: 'sản lượng',
  'tạ/ha': 'năng suất',
  'tấn/ha': 'năng suất',
  con: 'tổng đàn',
};

/** Whether a label begins with the measure it names (`Tỷ lệ …`, `Số …`, `Diện tích …`): a name, not prose. */
function measureLed(label: string): boolean {
  return new RegExp(`^\\s*${MEASURE_WORDS}`).test(foldKeep(label));
}

/** The words before a directive (`Tỷ lệ cơ sở … có hệ thống xử lý chất thải bảo đảm vệ sinh`), when there are any. */
function beforeDirective(label: string): string | null {
  const m = /\s(?:phải|đề nghị|yêu cầu|bảo đảm|đảm bảo)\s/iu.exec(label);
  return m && m.index > 0 ? label.slice(0, m.index).trim() : null;
}

/** A long prose label cut to the words after its last verb or comma, for the sheet. */
function shortLabel(label: string): string {
  let best = label;
  let previous = 0;
  for (const at of cutPoints(label)) {
    const piece = label.slice(previous, at);
    previous = at;
    // A comma after a few words joins a list inside the name (`chi bộ thôn, làng có …`), not a clause.
    if (piece.endsWith(',') && piece.split(/\s+/).filter(Boolean).length <= 3) continue;
    const rest = label.slice(at).trim();
    const n = rest.split(/\s+/).filter(Boolean).length;
    if (n >= 2 && n < best.split(/\s+/).length) best = rest;
  }
  return best;
}

function contentWords(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));
}

function samePlan(a: number | string, b: number | string): boolean {
  return typeof a === 'number' && typeof b === 'number'
    ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
    : String(a) === String(b);
}

function overlap(a: string, b: string): number {
  const want = new Set(contentWords(a));
  if (!want.size) return 0;
  const have = new Set(contentWords(b));
  return [...want].filter((w) => have.has(w)).length / want.size;
}

/** A table row as a figure, for the same naming and direction rules as a clause. */
function tableFigure(t: TableTarget): Figure {
  const decrease = /^(?:muc\s+)?giam\b|\bmuc giam\b/.test(fold(t.label));
  return {
    start: 0,
    end: 0,
    kind: t.kind,
    plan: t.plan,
    change: decrease ? 'decrease' : null,
    level: false,
    unit: t.kind === 'rating' ? 'xếp loại' : t.unit,
    countNoun: false,
    cut: [],
  };
}

function isListItem(block: PlacedBlock): boolean {
  return block.line !== null && block.line.marker !== 'none';
}

/**
 * The zones paragraphs are read from: announced targets; else the year's aims; else the whole text
 * but last year's results, the aim in words and formalities: a pasted list, or targets spread through
 * the paragraphs of the year's tasks (`II. Nhiệm vụ, giải pháp năm 2026` then `1. Về kinh tế. Phấn đấu …`)
 * when no heading announces them. A table of targets announces them too: then the tasks are tasks. An
 * appendix table counts apart: a resolution that puts some targets in a table and others in its
 * articles has both read.
 */
function zonesToRead(placed: readonly PlacedBlock[], tabled: boolean): ReadonlySet<Zone> {
  const hasFigures = (zone: Zone): boolean =>
    placed.some(
      (p) => p.zone === zone && !p.heading && p.block.kind === 'paragraph' && clauseFigure(p.block.text) !== null,
    );
  if (hasFigures('targets')) return new Set(['targets']);
  if (hasFigures('aims')) return new Set(['aims']);
  return new Set(tabled ? ['none'] : ['none', 'tasks']);
}

function tableUnitBefore(placed: readonly PlacedBlock[], at: number): string | null {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const b = placed[i].block;
    if (b.kind !== 'paragraph') break;
    const m = /^(?:đơn vị tính|đvt)\s*:\s*(.+?)\.?$/iu.exec(b.text.trim());
    if (m) return m[1].trim();
  }
  return null;
}

/** Reads the targets of a resolution. */
export function draftFromDocument(parts: DrafterParts, written: ResolutionDocument): Draft {
  // A resolution typed in TCVN3 or VNI (`NghÞ quyÕt`) is read as the Unicode it stands for.
  const { doc, encoding } = written.convertedFrom
    ? { doc: written, encoding: written.convertedFrom }
    : decodeLegacyDocument(written);
  return { ...draftFromUnicode(parts, doc), ...(encoding && { convertedFrom: encoding }) };
}

/** Every stretch but last year's results and the general aims: what a text is read in when its announcement misled. */
const ALL_BUT_RESULTS: ReadonlySet<Zone> = new Set(['targets', 'aims', 'tasks', 'other', 'none']);

/**
 * The announced stretch first; when it gives nothing (an announcement read wrong, a list in a form the
 * stretch does not hold), every stretch but last year's results. A stretch that gives a few keeps the
 * tasks after it out (`… hoàn thành 3 công trình` is work, not a target).
 */
function draftFromUnicode(parts: DrafterParts, doc: ResolutionDocument): Draft {
  const structure = readStructure(doc);
  const subject = subjectPlace(doc);
  const first = draftFromZones(parts, doc, structure, subject, null);
  if (first.targets.length > 0) return first;
  const wider = draftFromZones(parts, doc, structure, subject, ALL_BUT_RESULTS);
  return wider.targets.length > first.targets.length ? wider : first;
}

function draftFromZones(
  parts: DrafterParts,
  doc: ResolutionDocument,
  { year: statedYear, placed }: Structure,
  subject: string | null,
  wide: ReadonlySet<Zone> | null,
): Draft {
  let year = statedYear;
  const tabled = placed.some(
    (p) =>
      p.block.kind === 'table' &&
      p.zone !== 'results' &&
      (readTargetTable(p.block.rows, year, null, subject)?.targets.length ?? 0) > 0,
  );
  const zones = wide ?? zonesToRead(placed, tabled);
  const candidates: Candidate[] = [];
  const unplaced: UnplacedTarget[] = [];
  const twoThings = (a: string, b: string): boolean => {
    const top = (t: string): string | null => {
      const f = clauseFigure(t);
      const m = parts.matcher.rank(matchText(ownLabel(t, f)), null)[0];
      return m && m.confidence >= DRAFT_THRESHOLD ? m.id : null;
    };
    const x = top(a);
    const y = top(b);
    return x !== null && y !== null && x !== y;
  };

  // Under a heading naming another place than the subject (`2.1. Xã Đăk Mar`), its targets, not ours.
  let otherPlace = false;
  placed.forEach((p, index) => {
    if (p.heading && p.line) {
      const place = placeHeading(p.line.text);
      otherPlace = subject !== null && place !== null && place !== subject;
    }
    if (otherPlace) return;
    if (p.block.kind === 'table') {
      const read = readTargetTable(p.block.rows, year, tableUnitBefore(placed, index), subject);
      if (
        !read ||
        !(zones.has(p.zone) || p.zone === 'targets' || p.zone === 'aims' || p.zone === 'none' || p.zone === 'other')
      )
        return;
      if (p.zone === 'results' || p.zone === 'tasks') return;
      // A table's plan column names the year it plans (`KH 2026`) over an earlier one named elsewhere
      // (`Số liệu năm 2024 theo Niên giám`): a plan is never for a year before its data.
      if (year === null || (read.year !== null && read.year > year)) year = read.year;
      for (const t of read.targets) {
        const figure = tableFigure(t);
        const { match, label } = matchClause(parts, t.label, figure, t.parent, t.parent !== null);
        candidates.push({
          group: t.group ?? p.group,
          source: t.source,
          label,
          figure,
          unit: t.unit,
          match,
          context: t.parent,
        });
      }
      for (const s of read.skipped)
        unplaced.push({ group: s.group ?? p.group, source: s.source, reason: s.reason, suggestion: null });
      return;
    }
    if (p.heading || !zones.has(p.zone) || !p.line) return;
    // `Mục tiêu chung: …` states the aim in words, among the targets.
    if (/^(?:muc tieu|muc dich|yeu cau)(?: chung| tong quat)?\s*:/.test(fold(p.line.text))) return;
    // `Đại hội bầu Ban Chấp hành … gồm 33 đồng chí`: the seats an election fills, a formality.
    if (/^(?:dai hoi|hoi nghi)?\s*(?:da\s+)?bau\b/.test(fold(p.line.text))) return;
    let text = p.line.text;
    const place = subject === null ? null : placeLead(text);
    if (place && place.place !== subject) return;
    // `Xã Đăk Hring: tốc độ tăng …`: the subject's own place names no target.
    if (place) text = text.slice(place.end);
    const item = splitItem(text, year, twoThings);
    const group = item.group ?? p.group;
    for (const clause of item.clauses) readClause(parts, clause, group, isListItem(p), candidates, unplaced);
  });

  return { year, ...settle(parts, candidates, unplaced, doc.transcript === true) };
}

/**
 * Things counted (as written): what a level of none (`không có …`, `không để xảy ra …`) can be a target of.
 * `số` alone is no such thing (`không có số liệu` is a remark on the data); `số vụ`, `số hộ` are, by their noun.
 */
const COUNTED =
  /(?<!\p{L})(?:hộ|người|học sinh|trẻ|trường hợp|vụ|ca|điểm nóng|trọng án|án|tai nạn|cháy|nổ|đối tượng|tàu|thuyền|tội phạm|thiệt hại về người|đơn thư|khiếu kiện|nhà tạm|tỷ lệ)(?!\p{L})/u;

function readClause(
  parts: DrafterParts,
  clause: Clause,
  group: string | null,
  listItem: boolean,
  candidates: Candidate[],
  unplaced: UnplacedTarget[],
): void {
  const figure = clauseFigure(clause.reading);
  if (!figure) {
    const label = ownLabel(clause.reading, null);
    const top = label ? parts.matcher.rank(matchText(label), null)[0] : undefined;
    if (
      (top && top.confidence >= SUGGEST_THRESHOLD) ||
      (listItem && contentWords(label).length > 0 && clause.source.length < 160)
    )
      unplaced.push({
        group,
        source: clause.source,
        reason: 'no-target',
        suggestion: top && top.confidence >= SUGGEST_THRESHOLD ? top.id : null,
      });
    return;
  }
  const label = ownLabel(clause.reading, figure);
  // A level of none is a target only of a thing counted or a rate (`không để xảy ra cháy rừng`), not
  // of an aim in words (`không để bị động bất ngờ`).
  if (figure.kind === 'zero' && !COUNTED.test(label.normalize('NFC').toLocaleLowerCase('vi'))) {
    const top = label ? parts.matcher.rank(matchText(label), null)[0] : undefined;
    if (!top || top.confidence < DRAFT_THRESHOLD) return;
  }
  let { match, label: named } = matchClause(parts, label, figure, clause.context, clause.part);
  // An act of an area (`Ngô: trồng 65 ha`, `dừa giữ 900ha`) is the area of the thing: read so, unless
  // the act as written names an indicator better (`trồng rừng tập trung 65 ha`). After a lead, the
  // lead's thing is the one measured.
  const area = areaReading(clause.reading, figure, clause.context, clause.lead === true);
  const strength = (m: IndicatorMatch | null): number => (m && m.confidence >= DRAFT_THRESHOLD ? m.confidence : 0);
  if (area !== null) {
    const alt = matchClause(parts, area, figure, clause.context, clause.part);
    if ((clause.context !== null && strength(alt.match) > 0) || strength(alt.match) >= strength(match))
      ({ match, label: named } = alt);
  } else {
    // A thing without its measure (`Lúa cả năm 540 ha`, `Sắn 520 ha`, `Heo 11.000 con`): its unit says which,
    // over an indicator of another measure of the thing (`Cá nước ngọt 260 ha` is an area, not an output).
    const implied = figure.unit === null ? undefined : MEASURE_OF_UNIT[figure.unit];
    const inUnit = (m: IndicatorMatch | null): boolean => !!m && parts.catalog.get(m.id)?.unit === figure.unit;
    if (
      implied &&
      named.trim() &&
      withoutMeasures(named) === named.trim().replace(/\s+/g, ' ') &&
      (strength(match) === 0 || !inUnit(match))
    ) {
      const alt = matchClause(parts, `${implied} ${named}`, figure, clause.context, clause.part).match;
      if (strength(alt) > 0 && (strength(match) === 0 || inUnit(alt))) match = alt;
    }
  }
  if (!contentWords(named).length) {
    unplaced.push({ group, source: clause.source, reason: 'no-indicator', suggestion: match?.id ?? null });
    return;
  }
  candidates.push({
    group,
    source: clause.source,
    label: named,
    figure,
    unit: figure.unit,
    match,
    context: clause.context,
    part: clause.part ? { reading: clause.reading } : undefined,
  });
}

/**
 * Decides each candidate: the catalog's indicator when it is clear and not taken by a better clause;
 * else its own words. In a chat, a later message's figure for an indicator corrects an earlier one.
 */
function settle(
  parts: DrafterParts,
  candidates: readonly Candidate[],
  unplaced: UnplacedTarget[],
  laterCorrects: boolean,
): { targets: DraftTarget[]; unplaced: UnplacedTarget[] } {
  const owner = new Map<string, number>();
  candidates.forEach((c, i) => {
    if (!c.match || c.match.confidence < DRAFT_THRESHOLD) return;
    const held = owner.get(c.match.id);
    if (held === undefined) owner.set(c.match.id, i);
    else {
      const other = candidates[held];
      const duplicate = samePlan(other.figure.plan, c.figure.plan);
      // In the indicator's own unit (`65 thanh niên`) rather than as a share of a quota (`100% chỉ tiêu`).
      const unit = parts.catalog.get(c.match.id)?.unit;
      const inUnit = (x: Candidate): boolean => x.figure.unit !== '%' || unit === '%';
      // The budget's own total (`Tổng thu ngân sách xã`) rather than one named by its scope (`… nhà nước trên địa bàn`).
      const scoped = (x: Candidate): boolean => BUDGET_SCOPE.test(x.label);
      const better =
        inUnit(c) !== inUnit(other)
          ? inUnit(c)
          : scoped(c) !== scoped(other)
            ? !scoped(c)
            : laterCorrects || c.match.confidence > (other.match?.confidence ?? 0);
      if (!duplicate && better) owner.set(c.match.id, i);
    }
  });
  const targets: DraftTarget[] = [];
  candidates.forEach((c, i) => {
    const id = c.match && c.match.confidence >= DRAFT_THRESHOLD ? c.match.id : null;
    const owns = id !== null && owner.get(id) === i;
    if (id !== null && !owns) {
      const held = candidates[owner.get(id) as number];
      if (samePlan(held.figure.plan, c.figure.plan)) {
        unplaced.push({ group: c.group, source: c.source, reason: 'duplicate', suggestion: id });
        return;
      }
      if (laterCorrects && (held.unit ?? '') === (c.unit ?? '')) {
        unplaced.push({ group: c.group, source: c.source, reason: 'corrected', suggestion: id });
        return;
      }
    }
    const entry = owns && id ? parts.catalog.get(id) : undefined;
    if (!entry) {
      // Not in the catalog (or a second clause for an indicator already placed): the target in its own words.
      const label = capitalise(ownTargetLabel(c));
      const dup = targets.find(
        (t) => t.indicatorId === null && samePlan(t.plan, c.figure.plan) && overlap(t.label, label) >= 0.6,
      );
      if (dup) {
        unplaced.push({ group: c.group, source: c.source, reason: 'duplicate', suggestion: null });
        return;
      }
      targets.push({
        group: c.group,
        source: c.source,
        indicatorId: null,
        name: label,
        label,
        unit: c.unit ?? '',
        plan: c.figure.plan,
        direction: textDirection(label, c.figure),
        confidence: 0,
        band: bandOf(null, 0, parts.matcher.tuning),
      });
      return;
    }
    const confidence = c.match?.confidence ?? 0;
    targets.push({
      group: c.group,
      source: c.source,
      indicatorId: entry.id,
      name: entry.nameVi,
      label: capitalise(ownTargetLabel(c)),
      unit: c.unit && c.figure.kind !== 'rating' ? c.unit : entry.unit,
      plan: c.figure.plan,
      direction: entry.direction,
      confidence,
      band: bandOf(entry.id, confidence, parts.matcher.tuning),
    });
  });
  return { targets, unplaced };
}

/** A target's own name: its words, with the change it sets when that is what the target is (`Giảm tỷ lệ hộ cận nghèo`). */
function ownTargetLabel(c: Candidate): string {
  let label = c.label.trim();
  // A measure alone (`Diện tích`, `NS`) is of the thing the lead or the clause before names: `Diện tích ngô`;
  // a word alone too (`gia súc` after `tiêm phòng`), but not an initialism, which names its thing whole (`BHYT`).
  const asPart = c.part && c.context ? partOfWhole(labelWords(c.context), label, c.part.reading) : null;
  if (c.context && isMeasureOnly(label)) {
    const thing = thingOf(labelWords(c.context) ?? c.context);
    if (thing) label = `${label} ${thing}`;
  } else if (asPart) label = asPart;
  else if (contentWords(label).length < 2 && !/^\p{Lu}{2,6}$/u.test(label) && c.context)
    label = `${labelWords(c.context) ?? c.context} ${label}`.trim();
  if (c.figure.change === 'decrease' && !/^(?:kéo\s+)?giảm\b/iu.test(label) && !/\bgiảm\b/iu.test(label))
    label = `giảm ${label}`;
  if (c.figure.change === 'increase' && c.figure.unit === '%' && !/\btăng\b/iu.test(label)) label = `${label} tăng`;
  if (c.figure.kind === 'rating' && !/xếp loại/iu.test(label)) label = `xếp loại ${label}`;
  return label;
}

/**
 * A part named in its whole's terms: a part that qualifies the whole's thing (`Tỷ lệ lao động qua đào
 * tạo …, trong đó có bằng cấp, chứng chỉ`) is the whole with it; a part that names another kind of the
 * whole's thing (`… sử dụng nước hợp vệ sinh …, trong đó nước sạch`) takes the whole's words before it.
 * Null when the part names its own thing.
 */
function partOfWhole(wholeWords: string | null, part: string, reading: string): string | null {
  if (!wholeWords) return null;
  const whole = ownLabel(wholeWords, null);
  if (!whole || !part) return null;
  const qualifier = /^[\s:;,.\-–]*(?:trong đó\s*:?\s*)?(có|được|đã được)\s/iu.exec(reading);
  if (qualifier) return `${whole} ${qualifier[1].toLocaleLowerCase('vi')} ${part}`;
  const head = fold(part.split(/\s+/)[0]);
  const wholeList = whole.split(/\s+/);
  const at = wholeList.findIndex((w, i) => i > 0 && fold(w) === head);
  if (at > 0) return `${wholeList.slice(0, at).join(' ')} ${part}`;
  // `Tổng sản lượng thủy sản 48.500 tấn, trong đó: khai thác 43.000 tấn`: a kind of the whole's thing,
  // measured as the whole is (`sản lượng thủy sản khai thác`).
  if (measureLed(whole) && part.split(/\s+/).length <= 3 && withoutMeasures(part) === part.trim())
    return `${whole.replace(/^tổng\s+(?=\p{L})/iu, '')} ${part}`;
  return null;
}
