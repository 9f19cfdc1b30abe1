/**
 * Label anatomy: what of a row label names the indicator, and what is noise around it. Read by rule,
 * the same for a row's label and for every catalog name and alias:
 * - numbering and bullets (`1.2.`, `a)`, `-`, `+`), `Trong đó:` / `of which`;
 * - units in any form a person writes them: in brackets, after a comma or a dash, after `ĐVT:`,
 *   abbreviated (`tr.đ`, `tỷ đ`, `ng.đ`), or as a trailing unit word — taken out and kept as evidence;
 * - qualifiers of time (`năm 2024`, `cả năm`, `6 tháng`), estimate (`ước`, `dự kiến`), place
 *   (`trên địa bàn xã`, `toàn xã`) and judgement (`đạt KH`, `so với dự toán`) that do not change
 *   the indicator;
 * - a bracket that is neither a unit nor a formula (`(LMLM, tụ huyết trùng)`) is detail: words that
 *   qualify the label but weigh less than its name.
 */
import { fold, splitOutlinePrefix } from '../text';
import { toneKey } from './words';

export interface LabelAnatomy {
  /** The words that name the indicator, as written (not folded). */
  name: string;
  /** Bracketed words that qualify the name. */
  detail: string;
  /** Units found in the label, as written (`tấn`, `tr.đ/người/năm`). */
  units: string[];
}

/** Units nobody writes as an ordinary word: a label may end with one bare (`Sản lượng lúa tấn`). */
const PLAIN_UNITS: readonly string[] = [
  '%',
  'ha',
  'hécta',
  'hecta',
  'hectare',
  'hectares',
  'm2',
  'm3',
  'km',
  'km2',
  'tấn',
  'tạ',
  'kg',
  'tonne',
  'tonnes',
  'tons',
  'đồng',
  'vnd',
  'vnđ',
  'trđ',
  'tr đ',
  'tr.đ',
  'tr',
  'triệu đồng',
  'tỷ đồng',
  'tỉ đồng',
  'tỷ đ',
  'tỷ',
  'nghìn đồng',
  'ngàn đồng',
  'ng.đ',
  'ng đ',
  'usd',
  'percent',
];

/** Units that are also ordinary words (`con`, `hộ`, `lao động`): read as units only when marked as one. */
const WORD_UNITS: readonly string[] = [
  ...PLAIN_UNITS,
  'm',
  'con',
  'người',
  'hộ',
  'khẩu',
  'cây',
  'cơ sở',
  'lượt',
  'lượt người',
  'vụ',
  'thôn',
  'bản',
  'ấp',
  'xóm',
  'khóm',
  'trường',
  'tiêu chí',
  'lao động',
  'xếp loại',
  'loại',
  'lần',
  'sản phẩm',
  'doanh nghiệp',
  'hợp tác xã',
  'htx',
  'công dân',
  'trẻ',
  'trẻ em',
  'học sinh',
  'bệnh nhân',
  'chiếc',
  'cái',
  'triệu',
  'nghìn',
  'ngàn',
  'persons',
  'person',
  'people',
  'households',
  'household',
  'hh',
  'heads',
  'head',
  'million',
  'billion',
  'thousand',
  'vnd million',
  'vnd billion',
  'million vnd',
  'billion vnd',
  'cases',
  'case',
  'visits',
  'visit',
  'trees',
  'tree',
  'units',
  'unit',
  'plots',
  'groups',
  'villages',
  'schools',
  'criteria',
  'workers',
  'recruits',
  'ratio',
  'rating',
];

/** What may follow a unit after `/`: `tạ/ha`, `triệu đồng/người/năm`, `VND/person/year`. */
const PER_UNITS: readonly string[] = [
  'ha',
  'người',
  'hộ',
  'khẩu',
  'năm',
  'tháng',
  'con',
  'lao động',
  'vụ',
  'person',
  'capita',
  'head',
  'household',
  'year',
  'month',
  'ng',
  'n',
];

/** A unit list for comparing: each unit with its tone mark at the end, and folded. */
interface UnitSet {
  readonly accented: ReadonlySet<string>;
  readonly folded: ReadonlySet<string>;
}

function unitSet(list: readonly string[]): UnitSet {
  return { accented: new Set(list.map(toneKey)), folded: new Set(list.map(fold)) };
}

const PLAIN: UnitSet = unitSet(PLAIN_UNITS);
const WORD: UnitSet = unitSet(WORD_UNITS);
const PER: UnitSet = unitSet(PER_UNITS);

/** Units that stay units when typed without diacritics, where `tan` may be tấn or tán, `dong` đồng or động. */
const UNMISTAKABLE: ReadonlySet<string> = new Set([
  '%',
  'ha',
  'kg',
  'km',
  'km2',
  'm2',
  'm3',
  'vnd',
  'usd',
  'trd',
  'tr.d',
]);

/** A unit written with diacritics is compared with them (`động` is not `đồng`); without, folded. */
function inUnits(set: UnitSet, text: string): boolean {
  const t = text.trim();
  const variants = [t, t.replace(/\./g, ' '), t.replace(/\./g, '')].map((v) => v.replace(/\s+/g, ' ').trim());
  return variants.some((v) => (fold(v) !== v.toLowerCase() ? set.accented.has(toneKey(v)) : set.folded.has(fold(v))));
}

/**
 * Whether a text is a unit as people write one: `tấn`, `tạ/ha`, `tr.đ/người/năm`, `triệu đồng`,
 * `%`, `VND million`, `1.000 con` (a multiplier belongs to the unit). Only units nobody writes as a
 * word count when the text is not marked as a unit (in brackets, after a comma or `ĐVT:`).
 */
export function isUnitText(text: string, marked = true): boolean {
  const cleaned = text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/^(?:đvt|dvt|đơn vị tính|đơn vị|unit)\s*:?\s*/u, '')
    .replace(/\b\d{1,3}(?:[.,]000)+\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned || cleaned.length > 30) return false;
  const [head, ...per] = cleaned.split(/\s*\/\s*/);
  if (!inUnits(marked ? WORD : PLAIN, head)) return false;
  if (!marked && fold(head) === head && !UNMISTAKABLE.has(head.replace(/\s+/g, ''))) return false;
  return per.every((p) => inUnits(PER, p));
}

/** `(I+II+III)`, `(A-B)`, `(1)+(2)`, `(3=1+2)`: a bracket that says how the row is computed. */
function isFormulaText(text: string): boolean {
  return /^[\sIVXLCA-Z0-9+\-=*/.,;:]+$/.test(text) && /[+\-=*/]/.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * A results framework's reference before the name (`Outcome indicator 1.2:`, `Goal indicator G.1 -`,
 * `Output 2.3:`, `KPI 4:`, `Chỉ số đầu ra 2.1:`): the level of the logframe and the indicator's code
 * there, which say where the row stands in the project's framework, not what it measures. Only with a
 * code and a separator after it, so a name that starts with the word (`Output value`) keeps it.
 */
const FRAMEWORK_LEAD = new RegExp(
  '^\\s*(?:' +
    [
      // English levels, with or without `indicator` / `level indicator` after them
      '(?:(?:project\\s+)?(?:development\\s+)?(?:goal|impact|outcome|output|objective|purpose|result|component|activity|intermediate(?:\\s+(?:result|outcome))?|pdo|ir)(?:[\\s-]+level)?(?:\\s+(?:indicator|kpi))?)',
      '(?:(?:key\\s+)?performance\\s+indicator|indicator|kpi)',
      // Vietnamese: chỉ số / chỉ tiêu of a level, or a level alone
      '(?:chỉ\\s+(?:số|tiêu)(?:\\s+(?:đầu\\s+ra|kết\\s+quả|tác\\s+động|mục\\s+tiêu|đầu\\s+vào|hoạt\\s+động))?)',
      '(?:kết\\s+quả\\s+đầu\\s+ra|đầu\\s+ra|kết\\s+quả|mục\\s+tiêu)',
    ].join('|') +
    ')\\s*[#№]?\\s*' +
    // the code: `1`, `1.2`, `G.1`, `O1.2`, `OP-3`, `2a`
    '(?:[A-Z]{1,3}\\s*[.-]?\\s*)?\\d{1,3}(?:\\.\\d{1,3})*[a-z]?\\.?' +
    '\\s*[:–—-]\\s+',
  'iu',
);

/** A framework's reference code alone before the name (`G.1:`, `O-2.3:`, `OP1.4:`), capitals and a number. */
const FRAMEWORK_CODE = /^\s*[A-Z]{1,3}\s*[.-]?\s*\d{1,3}(?:\.\d{1,3})*[a-z]?\s*[:–—]\s+/u;

/** The label without a results framework's reference before its name (see `FRAMEWORK_LEAD`). */
export function withoutFrameworkLead(text: string): string {
  const m = FRAMEWORK_LEAD.exec(text) ?? FRAMEWORK_CODE.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length).trim();
  return /\p{L}{2,}/u.test(rest) ? rest : text;
}

const IN_WHICH = /^\s*(?:trong\s+(?:số\s+)?đó|bao\s+gồm|gồm|in\s+which|of\s+which|including|incl\.?)\s*[:,-]?\s*/iu;

/**
 * Qualifiers that do not change what is measured, folded; matched as whole words anywhere in a
 * label (time, estimate, place) or at its end (judgement against the plan).
 */
const QUALIFIERS: readonly RegExp[] = [
  /\b(?:uoc|uoc tinh|uoc dat|du kien|so bo|estimated?|approx\.?|provisional)\b(?! (?:thuc hien|th)\b)/g,
  /\b(?:cac loai|ca nam|trong nam|(?:\d|hai|ba) vu(?: (?:trong|mot|\/) nam)?|binh quan nam|hien co|hien nay|\d+ thang(?: dau nam)?|nam (?:19|20)\d\d|(?:19|20)\d\d|den (?:ngay )?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|per year|a year|annual(?:ly)?|in (?:19|20)\d\d|for (?:19|20)\d\d|this year|in the year)\b/g,
  // (a budget's `trên địa bàn` is its scope, the state budget collected there: no qualifier)
  /\b(?:(?<!\b(?:ngan sach|ns|nsnn|nsx) )tren dia ban(?: (?:xa|phuong|thi tran|huyen))?|toan (?:xa(?! hoi\b)|phuong|thi tran|huyen)|cua (?:xa|phuong|thi tran)|in the commune|in the ward|commune-wide|of the commune|communewide)\b/g,
  // the season a crop is sown in: `vụ đông`, `vụ xuân`, `vụ hè thu`
  /\bvu (?:dong xuan|he thu|thu dong|dong|xuan|mua|chiem|he)\b/g,
  // an age span written as numbers: `trẻ em 6 - 14 tuổi`, `trẻ 6 tuổi` (the catalog says `trong độ tuổi`)
  /\b(?:tu )?\d{1,2}\s*(?:-|–|den)\s*\d{1,2} (?:thang )?tuoi\b|(?<!duoi |tren )\b\d{1,2} (?:thang )?tuoi\b/g,
  // the same in English: `aged 12–23 months`, `6-14 years old`
  /\b(?:aged )?\d{1,2}\s*(?:-|–|to)\s*\d{1,2} (?:months?|years?)(?: old)?\b|\baged \d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b/g,
  // the poverty standard a count is held to: `theo chuẩn nghèo đa chiều`, `theo chuẩn thành phố`
  // (`nước sạch theo quy chuẩn` is another thing than hygienic water: not a qualifier)
  /\b(?:theo chuan(?: ngheo)?(?: (?:da chieu|moi|cu|hien hanh|quoc gia|trung uong|thanh pho|tp|tinh)(?: (?:moi|hien hanh))?)?(?: giai doan (?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?|(?:chuan (?:ngheo )?)?da chieu)\b/g,
  // the basis a figure is reported under, after a dash or a comma: `- theo Chương trình 1 tỷ cây xanh`,
  // `, theo Quyết định 1719`, `; thực hiện Đề án 06`
  /(?:\s*[,;]|\s[-–—]) (?:theo|can cu|thuc hien) (?:chuong trinh|quyet dinh|nghi quyet|ke hoach|de an|du an|ctmtqg|qd|nq|kh)\b.*$/g,
  // a collection's completion against its target is its collection rate: `Tỷ lệ hoàn thành thu thuế`,
  // `Hoàn thành chỉ tiêu thu thuế, phí`
  /\bhoan thanh (?:(?:chi tieu|ke hoach|du toan|nhiem vu)(?: (?:giao|duoc giao))? )?(?=thu\b)/g,
  // the act that makes an area, for a crop or a pond alike: `DT xuống giống lúa`, `… xuống giống cá tra`
  /\bxuong giong\b/g,
  // a sector's share said with where it stands: `khu vực nông, lâm nghiệp …`, `… trong cơ cấu kinh tế`
  /\bkhu vuc (?=nong(?:,|\s*-\s*lam\b| nghiep\b| lam\b)|(?:lam nghiep|thuy san|cong nghiep|xay dung|dich vu|thuong mai)\b)/g,
  /\btrong (?:tong )?co cau (?:kinh te|nganh kinh te|gia tri san xuat|gtsx)\b/g,
  // the service an agency's target belongs to: `chỉ tiêu của ngành Công an`, `của lực lượng Công an`
  /\bcua (?:nganh|luc luong(?! lao dong))(?= )/g,
  // where on the road network a count was made: `on the riverside road`, `trên tuyến quốc lộ 6`
  /\s(?:on|along) (?:the |a )?[a-z0-9 ,'-]*?\b(?:roads?|routes?|highways?|streets?|expressways?)\b.*$/g,
  /\s(?:tren|tai|doc) (?:cac )?(?:tuyen (?:duong|pho|quoc lo|tinh lo|huyen lo)|quoc lo|tinh lo|duong (?:ven|lien|truc))\b.*$/g,
  // whether the people counted live in town or country: `dân cư đô thị`, `hộ nông thôn`, `urban households`
  // (`nông thôn mới`, the new rural standard, is a name of its own)
  /(?<=\b(?:dan cu|dan|ho dan|ho|nguoi dan|nhan dan) )(?:khu vuc )?(?:do thi|thanh thi|nong thon)\b(?! moi\b)/g,
  /\b(?:urban|rural)(?= (?:population|households?|residents?|people|inhabitants)\b)/g,
  // the area a project works in: `in project communes`, `in the target coastal villages`, `across participating districts`
  /\b(?:in|across|of|within) (?:the )?(?:project|programme|program|target(?:ed)?|participating|beneficiary|supported|pilot)(?: [a-z]+)? (?:communes?|areas?|villages?|hamlets?|districts?|provinces?|wards?|sites?|locations?)\b/g,
];

/**
 * Judgement words at the end of a label, folded: `… đạt KH`, `… so với dự toán`, `… so DT`, `…
 * against the plan`, or `đạt` alone (reaches: the figure follows).
 */
const JUDGEMENT_TAIL =
  /\s*[,-]?\s*(?:\(?\s*(?:dat|dat so voi|dat so|so voi|so|hoan thanh|achieved against|against|compared (?:with|to)|vs\.?)\s+(?:ke hoach|kh|du toan|dt|nghi quyet|nq|chi tieu(?: (?:tren|cap tren|huyen|xa))?(?: giao)?|the plan|plan|target|estimate|the estimate)(?:\s+(?:giao|de ra))?\s*\)?)$|\s+dat$/;

/**
 * Judgement words that fold like other words (`so` like `số`, `dat` like `đất`), as a judgement spells
 * them: in a label typed with marks each must be spelt so.
 */
const JUDGEMENT_SPELLING: ReadonlyMap<string, string> = new Map([
  ['so', 'so'],
  ['dat', 'đạt'],
]);

function isJudgement(tailAsWritten: string, labelMarked: boolean): boolean {
  const words =
    tailAsWritten
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .match(/\p{L}+/gu) ?? [];
  if (!labelMarked) {
    // Unmarked, a bare `so` (not `so voi`) may be `số` (`Tong so chi tieu`), a lone `dat` may be `đất`.
    const verbs = words.map(fold).filter((w) => JUDGEMENT_SPELLING.has(w));
    return (
      !(words.length === 1 && verbs[0] === 'dat') && !(fold(words[0] ?? '') === 'so' && fold(words[1] ?? '') !== 'voi')
    );
  }
  return words.every((w) => {
    const spelt = JUDGEMENT_SPELLING.get(fold(w));
    return spelt === undefined || w === spelt;
  });
}

/** Whether a text was typed with Vietnamese marks. */
function typedWithMarks(text: string): boolean {
  return fold(text) !== text.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
}

const UNIT_MARKER = /\s*[,;(–—-]?\s*(?:đvt|dvt|đơn vị tính|đơn vị|unit)\s*:\s*/iu;

/**
 * A unit at the end of a label and the label before it: after `ĐVT:`, after a comma or a dash, or a
 * bare unit word nobody writes as a word after a name of two words or more.
 */
function trailingUnit(text: string): { name: string; unit: string } | null {
  const marker = UNIT_MARKER.exec(text);
  if (marker) {
    const unit = text
      .slice(marker.index + marker[0].length)
      .replace(/[)\s]+$/, '')
      .trim();
    const name = text.slice(0, marker.index).trim();
    if (name && unit && isUnitText(unit)) return { name, unit };
  }
  const separator = /(?:\s*[,;]\s*|\s+[-–—]\s+|\s*[–—]\s*)([^,;–—]+)$/u.exec(text);
  if (separator && isUnitText(separator[1])) {
    const name = text.slice(0, separator.index).trim();
    if (name) return { name, unit: separator[1].trim() };
  }
  const words = text.split(' ');
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    const unit = words.slice(-k).join(' ');
    if (isUnitText(unit, false)) return { name: words.slice(0, -k).join(' '), unit };
  }
  return null;
}

/** Reads a label's anatomy. */
export function labelAnatomy(label: string): LabelAnatomy {
  let text = label.replace(/\s+/g, ' ').trim();
  // Numbering may repeat (`- 1.2.`, `+ a)`).
  for (let i = 0; i < 3; i++) {
    const { prefix, rest } = splitOutlinePrefix(text);
    if (prefix === null) break;
    text = rest;
  }
  text = withoutFrameworkLead(text);
  text = text.replace(IN_WHICH, '');

  const units: string[] = [];
  const details: string[] = [];
  // Brackets: units, formulas, details.
  text = text.replace(/\(([^()]*)\)|\[([^[\]]*)\]/g, (_, round: string | undefined, square: string | undefined) => {
    const inner = (round ?? square ?? '').trim();
    if (!inner) return ' ';
    if (isUnitText(inner)) units.push(inner.replace(/^(?:đvt|dvt|đơn vị tính|unit)\s*:?\s*/iu, ''));
    else if (!isFormulaText(inner)) details.push(inner);
    return ' ';
  });
  // `…, ĐVT: ha`, `… - tr.đ/người/năm`, `… (tấn)` already out; a unit word at the very end.
  text = text.replace(/\s+/g, ' ').trim();
  for (let found = trailingUnit(text); found; found = trailingUnit(text)) {
    units.push(found.unit);
    text = found.name;
  }
  text = text.replace(/\s*[:;,]\s*$/, '').trim();
  return { name: text, detail: details.join(' '), units };
}

/**
 * `fold` that keeps every character in its place (`Ước tính` → `uoc tinh`), so what a pattern finds
 * in the folded text can be cut out of the text as written.
 */
function foldInPlace(text: string): string {
  return [...text].map((ch) => (ch.length === 1 ? fold(ch) || ' ' : ' ')).join('');
}

/** The name with the qualifiers blanked out, as written (diacritics kept). */
export function withoutQualifiers(name: string): string {
  const text = ` ${name.normalize('NFC')} `;
  const folded = foldInPlace(text);
  const keep = [...text];
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) keep[i] = ' ';
  };
  for (const q of QUALIFIERS) for (const m of folded.matchAll(q)) blank(m.index, m.index + m[0].length);
  const kept = keep.join('');
  const judged = JUDGEMENT_TAIL.exec(foldInPlace(kept).replace(/\s+$/, ''));
  const result =
    judged && judged.index > 0 && isJudgement(kept.slice(judged.index), typedWithMarks(name))
      ? kept.slice(0, judged.index)
      : kept;
  return withoutRemaining(result.replace(/\s+/g, ' ').trim()) || name.trim();
}

/** `còn lại` / `remaining` at the end of a name, folded; in a name typed with diacritics it must be `còn lại` (`con lai` is crossbred). */
const REMAINING_TAIL = /\s+(?:con lai|remaining|still remaining)$/;

/** What is left at the end of a period is the same measure: `Hộ nghèo còn lại` is the poor households. */
function withoutRemaining(name: string): string {
  const m = REMAINING_TAIL.exec(foldInPlace(name));
  if (!m || m.index === 0) return name;
  const tail = name.slice(m.index).trim().toLocaleLowerCase('vi');
  if (typedWithMarks(name) && fold(tail) !== 'remaining' && toneKey(tail) !== toneKey('còn lại')) return name;
  return name.slice(0, m.index).trim();
}
