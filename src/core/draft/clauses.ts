/**
 * Splitting the targets into clauses, one target each. A bullet, numbered item or prose paragraph
 * holds one or several targets, separated by `;`, by sentences, by `,`, `và` or ` - ` where both sides
 * carry a figure, by `trong đó` and `(trong đó: …)`. A comma inside a name (`Tổng đàn trâu, bò 1.250
 * con`) does not split: the piece before it has no figure. A lead ending with `:` (`Cơ cấu kinh tế:`)
 * names what the clauses after it are parts of; a piece with no words of its own (`còn 3,15%`) is
 * read with the words of the clause before it.
 */
import { fold } from '../text';
import { foldKeep, hasFigure, numericFigures, ratingFigure } from './values';

export interface Clause {
  /** The clause as written, for the `Căn cứ` column. */
  source: string;
  /** The clause with explanatory brackets blanked out (same length as `source`). */
  reading: string;
  /** Words that the clause's own words are read with when they are not enough (a lead or the previous clause). */
  context: string | null;
  /** Opened by `trong đó`: a part of the clause before it. */
  part: boolean;
  /** The context is a lead that names the thing (`Lúa: cấy hết 42 ha ruộng hai vụ`), not the clause before. */
  lead?: boolean;
}

/** Bracketed asides: `(trong đó …)` and `(DT lúa: 1.076,3ha)` are clauses of their own; `(năm 2024: …)`, `(16/17 khu)` explain. */
interface Aside {
  start: number;
  end: number;
  inner: string;
}

function asides(text: string): Aside[] {
  const out: Aside[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (text[i] === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return out;
}

/** An aside that states something past or present rather than a target (`năm 2024: 57,3trđ`, `hiện có 38 hộ`). */
function isPastAside(inner: string, planYear: number | null): boolean {
  const f = fold(inner);
  if (/\b(hien co|hien con|nam nay|uoc dat|uoc|da dat|da ho tro|nam truoc|cung ky|lũy ke|luy ke|so voi)\b/.test(f))
    return true;
  const years = [...f.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
  return planYear !== null && years.some((y) => y < planYear) && !/giai doan|chuan/.test(f);
}

/** The words before an aside in its clause (`còn mấy cái năm 2025 đạt (…)`): what the aside is said of. */
function leadIn(source: string, aside: Aside): string {
  const from = Math.max(...[',', ';', '.', ':'].map((m) => source.lastIndexOf(m, aside.start - 1))) + 1;
  return source.slice(from, aside.start);
}

/** An aside that gives a figure to compare with, not a target: `(dự toán tỉnh giao 28 tỷ)`, `(bằng 126% dự toán)`. */
function isReferenceAside(inner: string): boolean {
  const f = fold(inner);
  return (
    /\b(?:du toan|ke hoach|chi tieu|muc)\b[^()]*\bgiao\b|\b(?:tinh|huyen|thanh pho|cap tren|tren) giao\b/.test(f) ||
    /^\s*(?:bang|vuot|dat)\s+[\d.,]+\s*%\s*(?:so voi\s+)?(?:du toan|ke hoach|chi tieu|cung ky)\b/.test(f)
  );
}

/**
 * An aside that restates the target's plan as the level it comes to (`tăng 12% (đạt khoảng 11.030 tỷ
 * đồng)`, `hoàn thành 100% chỉ tiêu … (năm 2026 là 28 công dân)`): a figure with no words of its own
 * but `đạt`, `là`, `khoảng`, `tương đương` and the plan year.
 */
function isRestatement(inner: string, planYear: number | null): boolean {
  const figures = numericFigures(inner);
  if (figures.length !== 1) return false;
  const before = fold(inner.slice(0, figures[0].start))
    .replace(/\b(?:nam|trong nam)\s+((?:19|20)\d\d)\b/g, (m, y: string) => (Number(y) === planYear ? ' ' : m))
    .replace(/\b(?:dat|la|khoang|tuong duong|tuc|muc|chi tieu|cu the)\b/g, ' ');
  return /\b(?:dat|la|tuong duong|tuc)\b/.test(fold(inner)) && !/\p{L}|\d/u.test(before);
}

/** The figure an aside restates: the last percent before it in its clause (no comma between), with its `tăng`/`giảm`. */
function restatedHost(source: string, aside: Aside): { start: number; end: number } | null {
  const from = Math.max(source.lastIndexOf(';', aside.start) + 1, 0);
  const figures = numericFigures(source.slice(from, aside.start));
  const host = figures[figures.length - 1];
  if (!host || host.unit !== '%' || /[,;:]/.test(source.slice(from + host.end, aside.start))) return null;
  const lead = /(?:tăng|giảm)(?: thêm)?\s*$/iu.exec(source.slice(from, from + host.start));
  return { start: from + (lead ? lead.index : host.start), end: from + host.end };
}

/** Whether an aside is one figure with its unit and nothing else (`35 công dân`, `lũy kế 9 trường` less its lead). */
function onlyFigure(inner: string): boolean {
  const figures = numericFigures(inner);
  return figures.length === 1 && !/\p{L}/u.test(inner.slice(0, figures[0].start) + inner.slice(figures[0].end));
}

/** How long the words leading an aside to a level are (`lũy kế `, `nâng tổng số lên `); 0 when there are none. */
/** The plan word leading a bracket (`KH:`, `kế hoạch năm 2026:`, `chỉ tiêu`, `mục tiêu:`), its length, or 0. */
function planLead(inner: string): number {
  return (
    /^\s*(?:kh|kế hoạch|chỉ tiêu|mục tiêu|nq|nghị quyết)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s*[:=]\s*/iu.exec(inner)?.[0]
      .length ?? 0
  );
}

function levelLead(inner: string): number {
  return /^\s*(?:lũy kế|luỹ kế|nâng tổng số(?:\s+lên)?|tổng số|tổng cộng)\s*:?\s*/iu.exec(inner)?.[0].length ?? 0;
}

/**
 * `có thêm 01 trường đạt chuẩn quốc gia (lũy kế 9 trường)`, `tăng thêm 2 thôn (nâng tổng số lên 7)`:
 * the level the addition brings a count to restates the target as the indicator counts it.
 */
function levelAfterAddition(source: string, aside: Aside): { start: number; end: number } | null {
  const lead = levelLead(aside.inner);
  if (!lead || !onlyFigure(aside.inner.slice(lead))) return null;
  const from = Math.max(source.lastIndexOf(';', aside.start) + 1, 0);
  const added = /(?<!\p{L})thêm\s+(\d+(?:[.,]\d+)*)/iu.exec(source.slice(from, aside.start));
  return added ? { start: from + added.index, end: from + added.index + added[0].length } : null;
}

/** `Giao quân đạt 100% chỉ tiêu (35 công dân)`: the count the whole quota comes to is the target. */
function countOfQuota(source: string, aside: Aside): { start: number; end: number } | null {
  if (!onlyFigure(aside.inner) || numericFigures(aside.inner)[0].unit === '%') return null;
  const from = Math.max(source.lastIndexOf(';', aside.start) + 1, 0);
  const quota = /(?:đạt\s+|đủ\s+|hoàn thành\s+)?100\s*%\s*(?:chỉ tiêu|kế hoạch|KH)(?:\s+(?:được\s+)?giao)?\s*$/iu.exec(
    source.slice(from, aside.start),
  );
  return quota ? { start: from + quota.index, end: from + quota.index + quota[0].length } : null;
}

/** Words other than the figure and its unit: an aside that names something. */
function hasOwnWords(text: string): boolean {
  const figures = numericFigures(text);
  let rest = text;
  for (const f of [...figures].reverse()) rest = rest.slice(0, f.start) + ' ' + rest.slice(f.end);
  // `(100% chỉ tiêu)`, `(bằng 100% kế hoạch giao)`: the share of the quota restates the target.
  return /\p{L}{2,}/u.test(
    rest.replace(/(?<!\p{L})(trong đó|gồm|khoảng|đạt|bằng|chỉ tiêu|kế hoạch|KH|dự toán|giao)(?!\p{L})/giu, ''),
  );
}

/** A lead that names the group rather than a target: `Về kinh tế`, `a) Kinh tế`, `Nhóm văn hóa - xã hội`. */
const GROUP_LEAD =
  /^(?:ve |nhom |linh vuc |cac chi tieu (?:ve )?|chi tieu (?:ve )?)?(?:(?:kinh te|van hoa|xa hoi|moi truong|quoc phong|an ninh|xay dung dang|he thong chinh tri|ngan sach|tai chinh|giao duc|y te|nong nghiep|chinh quyen|dang)(?:\s*[-,]\s*|\s+va\s+|\s+)?)+$/;

export function isGroupLead(text: string): boolean {
  const f = fold(text)
    .replace(/[():]/g, ' ')
    .replace(/\d+\s*chi tieu/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return f.length > 0 && GROUP_LEAD.test(f);
}

export interface Item {
  /** `Về kinh tế` when the item starts with a group lead. */
  group: string | null;
  clauses: Clause[];
}

/** Whether two pieces name two different indicators (from the drafter's matcher): `Phục hồi đàn lợn, duy trì đàn gia cầm …`. */
export type TwoThings = (a: string, b: string) => boolean;

function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** Cuts `text` at the offsets where `re` matches, keeping what matched out of both sides. */
function cutAt(reading: string, re: RegExp): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of reading.matchAll(re)) {
    const at = m.index ?? 0;
    pieces.push({ start: from, end: at });
    from = at + m[0].length;
  }
  pieces.push({ start: from, end: reading.length });
  return pieces.filter((p) => /\p{L}|\d/u.test(reading.slice(p.start, p.end)));
}

function trimSpan(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /[\s,;.:\-–]/.test(text[start])) start++;
  while (end > start && /[\s,;:\-–]/.test(text[end - 1])) end--;
  return { start, end };
}

/** A clause's lead `Cơ cấu kinh tế:` (no figure, a few words, then a colon), or null. */
function leadOf(reading: string): { lead: string; end: number } | null {
  const m = /^([^:\d]{2,60}):\s*/.exec(reading);
  if (!m || m[1].split(/\s+/).length > 8 || hasFigure(m[1])) return null;
  return { lead: m[1].trim(), end: m[0].length };
}

/**
 * What states no target though it carries a figure: a question (`… thì còn 8,1% chứ chị?`), an
 * estimate of a result (`năm nay ước mới được 12.100 tấn`, from `ước` to the end of its clause), and
 * an act reported done (`Đã sửa hộ nghèo còn 8,1% …`).
 */
export function statementsOfNoTarget(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // A figure's separators (`12.100`, `8,1`) are no sentence's or clause's end.
  const sentence = String.raw`(?:[^.!?;]|(?<=\d)[.,](?=\d))*`;
  const clause = String.raw`(?:[^,;.!?()]|(?<=\d)[.,](?=\d))*`;
  const add = (re: RegExp): void => {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  };
  add(new RegExp(String.raw`${sentence}\?`, 'gu'));
  // Talk addressed to someone (`… hơi cao em ơi, …`, `Chị Thương ơi, …`): a chat's discussion.
  add(new RegExp(String.raw`${sentence}(?<!\p{L})ơi(?!\p{L})${sentence}`, 'gu'));
  add(new RegExp(String.raw`(?<!\p{L})ước(?!\p{L})${clause}`, 'giu'));
  // `… thì a đưa vô báo cáo rồi nha, ko phải chỉ tiêu đâu`: the writer says its figures are no targets.
  add(
    new RegExp(
      String.raw`${sentence}(?<!\p{L})(?:không|ko|k|chưa)\s+phải(?:\s+là)?\s+(?:các\s+|là\s+)?chỉ tiêu(?!\p{L})${sentence}`,
      'giu',
    ),
  );
  add(
    new RegExp(
      String.raw`(?:^|(?<=[.!?;,]\s*))(?:(?:em|chị|anh|tôi|mình|chúng tôi)\s+)?(?:đã|Đã)(?!\p{L})${sentence}`,
      'gu',
    ),
  );
  return spans;
}

/** Words that say how much, which way or when, not what: `giảm còn 3%` after a lead is the lead's own target. */
const NOT_A_THING = String.raw`\b(?:giam|tang|con|duoi|tren|tu|den|dat|khong qua|it nhat|toi thieu|toi da|khoang|tro len|tro xuong|binh quan|moi nam|hang nam|phan dau|la|o muc|muc|duy tri|giu vung|on dinh|keo|nam|thuc hien|hoan thanh|vuot|uoc|du kien|ke hoach|chi tieu|kh|th|nhu|bang)\b`;

/** Whether what follows a lead names a thing of its own before its figure (`Chăn nuôi: đàn trâu 1.200 con`). */
function namesItsOwnThing(rest: string): boolean {
  const figure = numericFigures(rest)[0] ?? ratingFigure(rest);
  if (!figure) return false;
  const words = rest.slice(0, figure.start);
  if (isMeasureOnly(words)) return false;
  return foldKeep(words)
    .replace(new RegExp(NOT_A_THING, 'g'), ' ')
    .split(/[^a-z]+/)
    .some((w) => w.length > 1);
}

/**
 * Whether the clause after a lead is read under it, the lead its context and no part of its label:
 * several figures (`Cơ cấu kinh tế: nông nghiệp 24,5%; …`), a measure of the lead's thing (`Lúa: NS 52
 * tạ/ha`), or a thing of its own (`Chăn nuôi: đàn trâu 1.200 con`, `QS xã: giao quân đủ 100%`).
 */
function readUnderLead(rest: string): boolean {
  return numericFigures(rest).length >= 2 || namesOnlyMeasure(rest) || namesItsOwnThing(rest);
}

/**
 * The figure a writer says is not the one (`BHYT 94,5% chứ không phải 95`, `không phải 95 mà là
 * 94,5%`, `95% à nhầm 94,5%`): blanked, so the figure meant is the clause's only one.
 */
export function negatedAlternatives(text: string): { start: number; end: number }[] {
  const folded = foldKeep(text);
  const spans: { start: number; end: number }[] = [];
  const patterns = [
    /\b(?:chu|cho)\s+(?:khong|ko|k|hong)\s+phai(?:\s+la)?\s+\d+(?:[.,]\d+)*\s*%?(?:\s*nhu\s+\S+)?/g,
    /\b(?:khong|ko|k)\s+phai(?:\s+la)?\s+\d+(?:[.,]\d+)*\s*%?\s+ma\s+(?:la\s+)?/g,
    // `sản lượng lúa 10.700 tấn nha, không phải 12.400`: the figure denied after the one meant.
    /(?<=[,;]\s*)(?:khong|ko|k)\s+phai(?:\s+la)?\s+\d+(?:[.,]\d+)*\s*%?(?=\s*(?:$|[,;.!]))/g,
    /\d+(?:[.,]\d+)*\s*%?\s*(?:,\s*)?(?:a|a\s+khong|ay)\s+(?:nham|lon|sai|sua lai)\s*(?:,\s*)?(?:la\s+)?/g,
    // `bản gửi ở trên vẫn là số dự thảo 97%`: the figure a draft had.
    /\b(?:so|con so|muc|so lieu)\s+(?:o\s+|trong\s+|cua\s+|theo\s+)?(?:ban\s+)?du thao\s+\d+(?:[.,]\d+)*\s*%?/g,
    // `(không để 40% như dự thảo)`, `thay vì 95 triệu đồng`: the figure a draft had, set aside.
    /\((?:khong (?:de|lay|ghi|dua)|thay vi|thay cho)\s+\d[^()]*\)|\b(?:thay vi|thay cho)\s+\d+(?:[.,]\d+)*\s*(?:%|[a-z]+(?:\s+dong)?)?/g,
  ];
  for (const re of patterns)
    for (const m of folded.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** After a lead that names a thing, a clause that names only a measure or an act of it: `Ngô: trồng 65 ha`, `Lúa: NS 52 tạ/ha`. */
function namesOnlyMeasure(rest: string): boolean {
  const figures = numericFigures(rest);
  if (figures.length !== 1) return false;
  const words = rest.slice(0, figures[0].start);
  return /\p{L}/u.test(words) && isMeasureOnly(words);
}

/**
 * The clauses of one item (a bullet, numbered item or paragraph). `planYear` tells past asides;
 * `twoThings` keeps `A, B 30 con` apart when A and B name different indicators.
 */
export function splitItem(text: string, planYear: number | null, twoThings: TwoThings): Item {
  // A stray semicolon before a unit (`5.222.900,000;đồng`) is a typing slip, not a separator.
  let source = text.replace(/;\s*(đồng|tấn|ha)\b/giu, ' $1');
  let group: string | null = null;
  const lead = leadOf(source);
  let itemLead: string | null = null;
  if (lead && isGroupLead(lead.lead)) {
    group = lead.lead;
    source = ' '.repeat(lead.end) + source.slice(lead.end);
  } else if (lead && readUnderLead(source.slice(lead.end))) {
    // `Cơ cấu kinh tế: Nông, lâm, thủy sản 24,5%; công nghiệp - xây dựng 41,2%; …`
    itemLead = lead.lead;
    source = ' '.repeat(lead.end) + source.slice(lead.end);
  }
  source = blank(source, [
    ...pastSentences(source, planYear),
    ...negatedAlternatives(source),
    ...statementsOfNoTarget(source),
  ]);
  const all = asides(source);
  // An aside that restates the plan as a level takes the place of the percent before it.
  const restated = all.flatMap((a) => {
    const host = isRestatement(a.inner, planYear)
      ? restatedHost(source, a)
      : (levelAfterAddition(source, a) ?? countOfQuota(source, a));
    return host ? [{ aside: a, host }] : [];
  });
  // `Thu nhập bình quân đầu người (KH: 72 triệu đồng)`: a bracket that gives the plan of a name with no
  // figure of its own is the figure, its lead (`KH:`) no word of the name.
  const planned = all.filter((a) => {
    const lead = planLead(a.inner);
    const from = Math.max(source.lastIndexOf(';', a.start), source.lastIndexOf('.', a.start), 0);
    return lead > 0 && hasFigure(a.inner.slice(lead)) && !hasFigure(source.slice(from, a.start));
  });
  const inner = all.filter((a) => !restated.some((r) => r.aside === a) && !planned.includes(a));
  const own = inner.filter(
    (a) =>
      !isPastAside(a.inner, planYear) &&
      !isPastAside(leadIn(source, a), planYear) &&
      !isReferenceAside(a.inner) &&
      hasFigure(a.inner) &&
      (/^\s*trong đó/iu.test(a.inner) || hasOwnWords(a.inner)),
  );
  const reading = blank(source, [
    ...inner,
    ...planned.flatMap((a) => [
      { start: a.start, end: a.start + 1 + planLead(a.inner) },
      { start: a.end - 1, end: a.end },
    ]),
    ...restated.flatMap(({ aside, host }) => [
      host,
      // The bracket, and the words that only lead to the level (`lũy kế`, `nâng tổng số lên`).
      { start: aside.start, end: aside.start + 1 + levelLead(aside.inner) },
      { start: aside.end - 1, end: aside.end },
    ]),
  ]);
  const clauses: Clause[] = [];
  const pushPieces = (read: string, src: string, lead: string | null): void => {
    for (const c of sentenceClauses(read, src, twoThings)) {
      const isPart = /^\s*trong (số )?đó(?!\p{L})/iu.test(c.source);
      const clean = (s: string): string => s.replace(/^\s*trong (số )?đó\s*:?\s*/iu, '');
      const previous = clauses.length ? clauses[clauses.length - 1] : null;
      // A clause with few words of its own passes on what it was about: `lúa 620 ha, NS 56 tạ/ha, SL 3.472 tấn`.
      const previousWords = previous ? labelWords(previous.reading) : null;
      // … unless it names only a measure (`NS`, `năng suất bình quân`): then what the clause before it was about.
      const chained =
        previous && previous.context && isMeasureOnly(previousWords ?? '') ? previous.context : previousWords;
      clauses.push({
        source: clean(c.source).trim(),
        reading: clean(c.reading).trim(),
        context: lead ?? itemLead ?? chained,
        part: isPart,
        lead: (lead ?? itemLead) !== null,
      });
    }
  };
  // Sentences: `;` (or a bar between items, `Heo → 18.000 con | gà, vịt → 160.000 con`), and `.` before a
  // capital letter or at the end.
  for (const sentence of cutAt(reading, /;|\s\|\s|\.(?=\s+[\p{Lu}"“(]|\s*$)/gu)) {
    const span = trimSpan(reading, sentence);
    let read = reading.slice(span.start, span.end);
    let src = source.slice(span.start, span.end);
    const l = leadOf(read);
    let lead: string | null = null;
    if (l && !isGroupLead(l.lead) && readUnderLead(read.slice(l.end))) {
      lead = l.lead;
      read = read.slice(l.end);
      src = src.slice(l.end);
    }
    pushPieces(read, src, lead);
  }
  for (const a of own) {
    const body = a.inner.replace(/^\s*trong (số )?đó\s*:?\s*/iu, '');
    const host = clauses.find((c) => source.indexOf(c.source) <= a.start) ?? null;
    for (const c of sentenceClauses(body, body, twoThings)) {
      clauses.push({
        source: c.source.trim(),
        reading: c.reading.trim(),
        context: host ? labelWords(host.reading) : null,
        part: true,
      });
    }
  }
  return { group, clauses: clauses.filter((c) => /\p{L}|\d/u.test(c.source)) };
}

/**
 * Sentences that report a year before the plan year: from one that opens with it (`Năm 2025 xã đã …`,
 * `Trong năm 2025, …`, `Năm qua …`) up to one that opens with the plan year or later (`Năm 2026 phấn đấu:`).
 * A paragraph that reports last year before it announces the targets is no target.
 */
export function pastSentences(text: string, planYear: number | null): { start: number; end: number }[] {
  if (planYear === null) return [];
  const folded = foldKeep(text);
  const out: { start: number; end: number }[] = [];
  let past = false;
  for (const s of cutAt(text, /\.(?=\s+[\p{Lu}"“(]|\s*$)/gu)) {
    const span = trimSpan(text, s);
    // A speaker's address before it (`Thưa các đồng chí, năm 2025 …`) is no part of what the sentence opens with.
    const opening =
      /^(?:(?:kinh )?thua [^,]{2,60},\s*)?(?:trong |ca |den het |tinh den |sang |den |cuoi )?nam\s+((?:19|20)\d\d)\b|^(?:(?:kinh )?thua [^,]{2,60},\s*)?(nam qua|nam truoc)\b/.exec(
        folded.slice(span.start),
      );
    if (opening) past = opening[2] !== undefined || Number(opening[1]) < planYear;
    if (past) out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Words that say which measure of a thing a label is (`diện tích`, `năng suất`, `sản lượng`): not the thing (folded). */
export const MEASURE_WORDS = String.raw`\b(tong dien tich|dien tich|dt|nang suat|ns|san luong|sl|tong so|so luong|tong|so|ty le|gia tri|toc do|muc)\b`;

/** Words that only qualify a measure: `bình quân`, `cả năm`, `đạt`. */
const MEASURE_QUALIFIERS = String.raw`\b(binh quan|trung binh|ca nam|hang nam|moi nam|dat|khoang|cac loai|chung)\b`;

/**
 * Acts that, said of a crop with an area, give its area (`cấy hết 42 ha`, `dừa giữ 900ha`, `DT gieo
 * trồng`, `xuống giống 520 ha`), matched as written: `cấy` is not `cây`, `trồng` not `trong`, and
 * `cây trồng`, `nuôi trồng`, `trồng trọt` name things. Planting anew (`trồng mới`, `trồng thêm`) is an
 * amount planted, not an area kept.
 */
const AREA_ACTS = String.raw`(?<!\p{L})(?<!(?:cây|nuôi|chăn) )(?:gieo trồng|gieo cấy|gieo sạ|xuống giống|cấy|trồng|giữ ổn định|giữ|duy trì)(?!\p{L})(?!\s+(?:mới|thêm|bổ sung|lại|trọt)(?!\p{L}))`;
/** Words that only go with an act or a measure: `hết`, `được`, `ổn định` (as written, lower case). */
const ACT_FILLERS = String.raw`(?<!\p{L})(?:hết|được|ổn định|đạt|khoảng|phấn đấu|cả năm|bình quân|toàn bộ|(?:[1-3]|hai|ba)\s*vụ|~|≈)(?!\p{L})`;
const AREA_UNITS: ReadonlySet<string> = new Set(['ha', 'm²', 'km²', 'sào', 'mẫu']);

function withoutActs(words: string): string {
  return words
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(new RegExp(AREA_ACTS, 'gu'), ' ')
    .replace(new RegExp(ACT_FILLERS, 'gu'), ' ');
}

/** Whether a clause's words name only a measure or an act, not the thing measured: `NS`, `năng suất bình quân`, `DT gieo trồng`, `cấy hết`. */
export function isMeasureOnly(words: string): boolean {
  const rest = foldKeep(withoutActs(words))
    .replace(new RegExp(MEASURE_WORDS, 'g'), ' ')
    .replace(new RegExp(MEASURE_QUALIFIERS, 'g'), ' ');
  return !/\p{L}/u.test(rest);
}

/** The thing a label names, without its measure and act words (`Diện tích gieo trồng lúa` → `lúa`), lower case. */
export function thingOf(words: string): string {
  const text = withoutActs(words);
  const blanked = foldKeep(text)
    .replace(new RegExp(MEASURE_WORDS, 'g'), (m) => ' '.repeat(m.length))
    .replace(new RegExp(MEASURE_QUALIFIERS, 'g'), (m) => ' '.repeat(m.length));
  return asWrittenWhere(text, blanked).replace(/\s+/g, ' ').trim();
}

function asWrittenWhere(text: string, blanked: string): string {
  let kept = '';
  for (let i = 0; i < text.length; i++) kept += blanked[i] === ' ' ? ' ' : text[i];
  return kept;
}

/**
 * A clause that says an act of an area (`Ngô: trồng 65 ha`, `dừa giữ 900ha`, `Duy trì 1.150 ha cây ăn
 * trái`, `gieo sạ lúa hai vụ 1.120 ha`, `lúa: DT gieo trồng 12.600ha`) read as the area it sets: the
 * words the target is named by, `diện tích` and the thing — the thing before the act, else the lead's
 * (`diện tích` alone: the lead names it), else the words after the figure, else the clause before's.
 * Null when the clause says
 * no such act, or its figure is no area.
 */
export function areaReading(
  reading: string,
  figure: { start: number; end: number; unit: string | null },
  context: string | null,
  fromLead = false,
): string | null {
  if (!figure.unit || !AREA_UNITS.has(figure.unit)) return null;
  const text = reading.normalize('NFC');
  if (text.length !== reading.length) return null;
  const from = Math.max(...[',', ';', ':'].map((m) => text.lastIndexOf(m, figure.start - 1))) + 1;
  const before = text.slice(from, figure.start);
  if (!new RegExp(AREA_ACTS, 'iu').test(before.toLocaleLowerCase('vi'))) return null;
  // Words joined to the act (`Duy trì và phát triển 1.420 ha cây ăn trái`) are more acts, not the thing.
  const thing = withoutActs(before)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:và|hoặc|,)\s.*$/u, '');
  if (/\p{L}/u.test(thing)) {
    // `Diện tích gieo trồng lúa` names its measure and its thing already; after a lead, `DT gieo trồng` its measure.
    if (!new RegExp(MEASURE_WORDS).test(foldKeep(thing))) return `diện tích ${thing}`;
    return context && isMeasureOnly(thing) ? thing : null;
  }
  if (context && fromLead) return 'diện tích';
  // `cấy 42 ha lúa`: the thing after the figure; else the clause before's.
  const after = withoutActs(text.slice(figure.end).split(/[,;.:()]/)[0])
    .trim()
    .split(/\s+/)
    .slice(0, 5)
    .join(' ');
  if (/\p{L}/u.test(after)) return `diện tích ${after}`;
  return context ? 'diện tích' : null;
}

/** The first words of a clause before its figure: what a following piece without words is about. */
export function labelWords(reading: string): string | null {
  const figures = numericFigures(reading);
  const upTo = figures.length ? figures[0].start : reading.length;
  const words = reading
    .slice(0, upTo)
    .replace(/^\s*(phấn đấu|đạt|duy trì|giữ vững|có thêm|có|thêm)\s+/iu, '')
    .trim();
  return words ? words : null;
}

/** The text without its rating words. */
function stripRating(text: string): string {
  const r = ratingFigure(text);
  return r ? text.slice(0, r.start) + text.slice(r.end) : text;
}

/** Words that join two clauses, as written (their folded forms are other words too: `đề`, `độ`, `vội`). */
const SEPARATORS_AS_WRITTEN: ReadonlySet<string> = new Set(['và', 'với', 'để', 'đồng thời', 'trong đó']);

/** The clauses of one sentence: pieces between `,`, `và`, ` - `, `trong đó`, joined back while one side has no figure. */
function sentenceClauses(reading: string, source: string, twoThings: TwoThings): { source: string; reading: string }[] {
  const folded = foldKeep(reading);
  // Separators, found in the folded text (same offsets).
  const seps: { start: number; end: number }[] = [];
  for (const m of folded.matchAll(
    /,\s+(?:trong do:?\s*)?|\s+(?:va|voi|de|dong thoi)\s+|\s+[-–]\s+(?=[a-z])|\s+trong do:?\s+/g,
  )) {
    const at = m.index ?? 0;
    // As written: `và`, `với`, `để`, `trong đó` join clauses; `đề nghị`, `trong độ tuổi`, `vá` do not.
    const word = /[a-z]+(?: [a-z]+)?/.exec(m[0].replace(/^,\s+/, ''));
    const from = word ? at + m[0].indexOf(word[0]) : at;
    const written = word
      ? reading
          .slice(from, from + word[0].length)
          .normalize('NFC')
          .toLocaleLowerCase('vi')
      : '';
    if (word && !SEPARATORS_AS_WRITTEN.has(written)) continue;
    // `không để xảy ra …`: a level of none, not `để` joining a purpose.
    if (written === 'để' && /\bkhong$/.test(folded.slice(0, at))) continue;
    // `9,5` is a decimal: a comma followed by a space is a separator.
    seps.push({ start: at, end: at + m[0].length });
  }
  const pieces: { start: number; end: number; sepStart: number }[] = [];
  let from = 0;
  for (const s of seps) {
    pieces.push({ start: from, end: s.start, sepStart: s.start });
    from = s.end;
  }
  pieces.push({ start: from, end: reading.length, sepStart: reading.length });
  const out: { start: number; end: number }[] = [];
  let acc: { start: number; end: number } | null = null;
  // Words after a clause's figure open the next clause (`… 30,2% - công nghiệp, xây dựng 38,5%`),
  // unless no figure follows (`… 1,6km hè phố, rãnh thoát nước …`): then they close the clause before.
  let pending: { start: number; end: number } | null = null;
  for (const p of pieces) {
    if (!/\p{L}|\d/u.test(reading.slice(p.start, p.end))) continue;
    if (!acc) {
      acc = { start: p.start, end: p.end };
      continue;
    }
    const between: string = folded.slice((pending ?? acc).end, p.start);
    const dash = /^\s+[-–]\s+$/.test(between);
    const partText = reading.slice(p.start, p.end);
    const partFigure = hasFigure(partText);
    const accText = reading.slice(acc.start, acc.end);
    const accFigure = hasFigure(accText);
    const inWhich: boolean = /trong do/.test(between);
    // `…, xếp loại hoàn thành tốt nhiệm vụ trở lên` after `90% tổ chức đảng …`: what is counted, not a target of its own.
    const ratingOnly = partFigure && numericFigures(partText).length === 0 && !/\p{L}{2,}/u.test(stripRating(partText));
    if (pending) {
      if (partFigure && !ratingOnly) {
        out.push(acc);
        acc = { start: pending.start, end: p.end };
        pending = null;
      } else pending = { start: pending.start, end: p.end };
      continue;
    }
    if (accFigure && !partFigure && !inWhich) {
      pending = { start: p.start - (inWhich ? 0 : 0), end: p.end };
      continue;
    }
    const split =
      (accFigure && partFigure && !ratingOnly) ||
      (inWhich && accFigure) ||
      (!dash && !accFigure && partFigure && twoThings(accText, partText));
    if (split) {
      out.push(acc);
      acc = { start: p.start - (inWhich ? between.replace(/^[,\s]+/, '').length : 0), end: p.end };
    } else acc = { start: acc.start, end: p.end };
  }
  if (pending && acc) acc = { start: acc.start, end: pending.end };
  if (acc) out.push(acc);
  return out.map((s) => {
    const t = trimSpan(reading, s);
    return { source: source.slice(t.start, t.end), reading: reading.slice(t.start, t.end) };
  });
}
