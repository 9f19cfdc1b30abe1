/**
 * The figure a clause sets: a number with its unit (`1.152,3 ha`, glued `250ha`, `55trđ/người/năm`),
 * a bound (`trên 80%`, `không quá 15%`, `≥ 95%`, `từ 12% trở lên`), a range (`6,5 - 7%`), a share of a
 * whole (`03/08 thôn` → 3), an amount of change (`tăng 6%`, `giảm 0,3%`) or a level reached
 * (`còn dưới 4,5%`), a rating (`xếp loại Vững mạnh`, `hoàn thành tốt nhiệm vụ trở lên`) or a level of
 * none (`không còn hộ nghèo`). Numbers that only qualify the words (`con thứ 3`, `dưới 5 tuổi`,
 * `mức độ 2`, `3 sao`, years, dates, document numbers, `gấp 1,6 lần so với …`) are not figures.
 */
import { formatNumber, parseNumberText } from '../numbers';

/** A span of a clause, as character offsets. */
export interface Span {
  start: number;
  end: number;
}

export type FigureKind = 'number' | 'lower' | 'upper' | 'range' | 'rating' | 'zero';

export interface Figure extends Span {
  kind: FigureKind;
  /** What the plan cell holds: a number, or an expression the engine reads (`trên 92`, `6,5 - 7`, `Giỏi`). */
  plan: number | string;
  /** `tăng …` / `giảm …` without a level word: the amount of a change, not a level. */
  change: 'increase' | 'decrease' | null;
  /** `còn …`, `xuống …`, `giảm còn …`: a level to bring something down to. */
  level: boolean;
  /** The unit as people write it, null when none is written. */
  unit: string | null;
  /** The unit is a count noun that also names the thing (`05/09 thôn`, `25 đảng viên`): kept in the label. */
  countNoun: boolean;
  /** Spans to cut from the clause to leave its label (the figure, its comparator, `trở lên`). */
  cut: readonly Span[];
}

/** Lower case without diacritics, one character for one character, so offsets stay those of the clause. */
export function foldKeep(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    if (f.length !== ch.length) f = f.length > ch.length ? f.slice(0, ch.length) : f.padEnd(ch.length, ' ');
    out += f;
  }
  return out;
}

/** Units, folded as written → as shown. Longest first where one is the start of another. */
const MEASURE_UNITS: readonly (readonly [string, string])[] = [
  ['trieu dong/nguoi/nam', 'triệu đồng/người/năm'],
  ['tr.dong/nguoi/nam', 'triệu đồng/người/năm'],
  ['tr.d/nguoi/nam', 'triệu đồng/người/năm'],
  ['trd/nguoi/nam', 'triệu đồng/người/năm'],
  ['trieu dong/nguoi', 'triệu đồng/người'],
  ['trd/nguoi', 'triệu đồng/người'],
  ['trieu dong/ha', 'triệu đồng/ha'],
  ['trd/ha', 'triệu đồng/ha'],
  ['trieu dong', 'triệu đồng'],
  ['tr.dong', 'triệu đồng'],
  ['tr.d', 'triệu đồng'],
  ['trd', 'triệu đồng'],
  ['trieu con', 'triệu con'],
  ['trieu', 'triệu'],
  ['ty dong', 'tỷ đồng'],
  ['ti dong', 'tỷ đồng'],
  ['tyd', 'tỷ đồng'],
  ['ty', 'tỷ đồng'],
  ['nghin dong', 'nghìn đồng'],
  ['ngan dong', 'nghìn đồng'],
  ['dong', 'đồng'],
  ['ta/ha', 'tạ/ha'],
  ['tan/ha', 'tấn/ha'],
  ['tan/nam', 'tấn'],
  ['tan', 'tấn'],
  ['ta', 'tạ'],
  ['kg', 'kg'],
  ['km2', 'km²'],
  ['km', 'km'],
  ['m2', 'm²'],
  ['m3', 'm³'],
  ['ha', 'ha'],
  ['nghin con', 'nghìn con'],
  ['ngan con', 'nghìn con'],
  ['con', 'con'],
  ['cay', 'cây'],
  ['lao dong', 'lao động'],
  ['ld', 'lao động'],
  ['nguoi', 'người'],
  ['ho', 'hộ'],
  ['luot', 'lượt'],
  ['vu', 'vụ'],
  ['co so', 'cơ sở'],
  ['bac sy/van dan', 'bác sỹ/vạn dân'],
  ['bac si/van dan', 'bác sĩ/vạn dân'],
  ['giuong benh/van dan', 'giường bệnh/vạn dân'],
];

/** Count nouns: the unit is also what is counted, so it stays in the label (`05/09 thôn đạt chuẩn …`). */
const COUNT_NOUNS: readonly string[] = [
  'khu dan cu',
  'to dan pho',
  'thon',
  'ban',
  'xom',
  'khu',
  'to',
  'lang',
  'truong',
  'xa',
  'phuong',
  'san pham',
  'dang vien',
  'cong dan',
  'thanh nien',
  'chi bo',
  'to chuc',
  'tieu chi',
  'doanh nghiep',
  'hop tac xa',
  'mo hinh',
  'cong trinh',
  'nha',
  'tuyen',
  'chau',
  'tram',
  'hoc sinh',
  'tre',
];

/** Units that are nouns of things counted: followed by more words, they head the name (`1.000 cây xanh`, `650 hộ kinh doanh`). */
const NOUN_UNITS: ReadonlySet<string> = new Set(['cay', 'ho', 'con', 'nguoi', 'lao dong', 'luot', 'co so']);

/** Words after a unit that say how much or when, not more of a name (folded). */
const AFTER_A_COUNT =
  /^(?:tro|moi|hang|tren|duoi|tu|so|va|tang|giam|tai|o|trong|den|nam|dat|tuong|voi|con|la|nhu|nhung|de|da|cua|thi|theo|phan|khoang|vao|len|xuong|bang|hoac|ke)$/;

function headsAName(unit: string, after: string): boolean {
  if (!NOUN_UNITS.has(unit)) return false;
  const next = /^ (\p{L}+)/u.exec(after);
  return next !== null && !AFTER_A_COUNT.test(next[1]);
}

/** `30 nghìn con` is 30.000 con (money keeps its unit as written). */
const THOUSANDS: ReadonlySet<string> = new Set(['nghin con', 'ngan con']);

/** Comparator and change words in front of a number (folded), longest first. */
const BEFORE: readonly (readonly [string, 'lower' | 'upper' | 'from' | 'level' | 'increase' | 'decrease' | 'verb'])[] =
  [
    // `ko`, `k`: không as typed in a hurry.
    ['ko vuot qua', 'upper'],
    ['ko vuot', 'upper'],
    ['ko qua', 'upper'],
    ['ko duoi', 'lower'],
    ['ko thap hon', 'lower'],
    ['ko cao hon', 'upper'],
    ['khong vuot qua', 'upper'],
    ['khong cao hon', 'upper'],
    ['khong thap hon', 'lower'],
    ['khong vuot', 'upper'],
    ['khong qua', 'upper'],
    ['khong duoi', 'lower'],
    ['toi thieu', 'lower'],
    ['it nhat', 'lower'],
    ['toi da', 'upper'],
    ['vuot', 'lower'],
    ['tren', 'lower'],
    ['hon', 'lower'],
    ['duoi', 'upper'],
    ['>=', 'lower'],
    ['=>', 'lower'],
    ['≥', 'lower'],
    ['<=', 'upper'],
    ['=<', 'upper'],
    ['≤', 'upper'],
    ['>', 'lower'],
    ['<', 'upper'],
    ['tu', 'from'],
    ['con', 'level'],
    ['xuong', 'level'],
    ['len', 'verb'],
    ['o muc', 'verb'],
    ['muc', 'verb'],
    ['dat', 'verb'],
    ['la', 'verb'],
    ['khoang', 'verb'],
    ['binh quan', 'verb'],
    ['moi nam', 'verb'],
    ['hang nam', 'verb'],
    ['them', 'verb'],
    ['hoan thanh', 'verb'],
    ['tang', 'increase'],
    ['giam', 'decrease'],
    // Arrows on a slide: `↓ 5%` a reduction, `↑ 8%` a rise, `→ 78 tr.đ` the level aimed at.
    ['↓', 'decrease'],
    ['↑', 'increase'],
    ['→', 'verb'],
    ['->', 'verb'],
  ];
const INCLUSIVE: ReadonlySet<string> = new Set([
  'ko vuot qua',
  'ko vuot',
  'ko qua',
  'ko duoi',
  'ko thap hon',
  'ko cao hon',
  'khong vuot qua',
  'khong cao hon',
  'khong thap hon',
  'khong vuot',
  'khong qua',
  'khong duoi',
  'toi thieu',
  'it nhat',
  'toi da',
  '>=',
  '=>',
  '≥',
  '<=',
  '=<',
  '≤',
]);

/** Numbers that qualify the words, not a target: masked before figures are looked for. */
const QUALIFIERS: readonly string[] = [
  String.raw`thu\s*\d+`,
  String.raw`(?:(?:duoi|tren|tu)\s+)?\d+(?:\s*[-–]\s*\d+)?\s*(?:tuoi|thang tuoi)`,
  // `dịch vụ công mức độ 3, 4`, `cấp độ 2 - 3`: designations, however many are listed.
  String.raw`muc(?:\s+do)?\s+\d+(?:(?:\s*(?:va|-|–)\s*|,\s+)\d+)*(?![.,]?\d)`,
  String.raw`(?<!nang )cap(?:\s+do)?\s+\d+(?:(?:\s*(?:va|-|–)\s*|,\s+)\d+)*(?![.,]?\d)`,
  String.raw`(?:tu\s+)?\d+\s*sao(?:\s+tro len)?`,
  String.raw`lan\s+thu\s+\S+`,
  String.raw`\d+\s+chi tieu\b`,
  String.raw`(?:tren|moi)\s+1\s+(?:ha|nguoi|ho|km)\b`,
  String.raw`\b\d+\s*/\s*\d+\s*/\s*\d{2,4}\b`,
  String.raw`\b(?:ngay|thang|quy)\s+[\divx]+(?:\s*/\s*\d{1,2}(?!\d))?(?:\s*/\s*\d{4})?`,
  // A signature's or a page's numbers: `ĐT DĐ: 427 306`, `SĐT 09xx 318 …`, `Lượt xem: 1.248`.
  String.raw`\b(?:sdt|dtdd|dt\s*dd|tel|hotline|fax|zalo)\b\s*:?\s*[\dx][\dx .]{4,}`,
  String.raw`\bdt\s*:?\s*\d*x[\dx .]{3,}`,
  String.raw`\b(?:luot (?:xem|thich|truy cap|chia se|binh luan)|tong (?:so )?(?:luot )?truy cap|dang truc tuyen)\s*:?\s*[\d.,]+`,
  // A road's number is its name: `đường Vành đai 4`, `Quốc lộ 14`, `tỉnh lộ 8B`.
  String.raw`\b(?:vanh dai|quoc lo|tinh lo|huong lo|duong tinh|duong huyen)\s*\d+[a-z]?\b`,
  String.raw`\b\d{1,2}\s*/\s*(?:19|20)\d\d\b`,
  String.raw`\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b`,
  String.raw`\b(?:19|20)\d\d\b(?!\s*(?:ha|tan|con|nguoi|lao dong|ho|cay)\b|\s*%)`,
  String.raw`\b\d+\s*cap\b`,
  String.raw`\bso\s*:?\s*\d+\S*`,
  // `biểu số 01, 02, 03 kèm theo`, `phụ lục 1 và 2`: which appendix, not a figure.
  String.raw`\b(?:bieu|phu luc|mau)(?:\s+so)?\s*\d+[a-z]?(?:\s*(?:,|va|-)\s*\d+[a-z]?\b)*`,
  String.raw`\b\d+\s*[-/]\s*(?:nq|qd|kh|kl|ct|tb|bc|tt|nd|tw|hu|tu|qh|ttr)\d*\b\S*`,
  String.raw`(?:gap|tang|giam)?\s*\d+(?:[.,]\d+)?\s*lan\b(?:\s+so voi[^,;.]*)?`,
  // A document symbol with its body's term after a slash: `…/2025/QH15`.
  String.raw`/\s*[a-z]{2,4}\d{1,3}\b`,
  String.raw`\b(?:de an|chuong trinh|nghi quyet|quyet dinh|chi thi|ket luan|quy dinh)\s+(?:so\s+)?\d+\S*`,
  String.raw`\d+\s*(?:dot|dip|ngay|thang|quy|buoi)\b`,
  // `trước 10h sáng`, `16h em chốt`, `14h30`, `14:30`: a time of day, not a figure.
  String.raw`(?<![\d.,])(?:[01]?\d|2[0-4])\s?(?:h|gio)(?:\s?[0-5]\d)?(?![a-z\d/])|(?<![\d.,:])\d{1,2}:\d{2}(?![\d.,%])`,
  // `nộp trước 10/1`, `từ ngày 15/3`: a day and month after a word of time, not a share (`03/08 thôn`).
  String.raw`\b(?:truoc|sau|tu|den|ngay|hom|vao|luc|chieu|sang|toi|trua|mai|nay|qua)\s+\d{1,2}\s*/\s*\d{1,2}\b(?!\s*/)`,
  // `kéo giảm TNGT trên cả 3 tiêu chí`: the measures a target holds on, not a figure.
  String.raw`\b(?:ca|tren ca|ve ca|theo)\s+\d+\s+(?:tieu chi|mat|noi dung|linh vuc)\b`,
  // `kỷ niệm 96 năm Ngày thành lập …`, `95 năm thành lập`: an anniversary, not a figure.
  String.raw`\b(?:ky niem\s+)?\d+\s*nam\s+(?:ngay\s+)?thanh lap\b|\bky niem\s+\d+\s*nam\b|\b\d+\s*nam\s+ngay\s+(?!cang\b)[a-z]`,
  // `lúa nước 2 vụ 980 ha`, `xuống giống 2 vụ 1.500 ha`, `980 ha lúa 2 vụ`: the seasons a crop is grown, not cases.
  String.raw`\b[1-3]\s*vu\b(?=\s*(?:dat\s+|la\s+|:\s*)?\d)`,
  String.raw`\b(?:lua|lua nuoc|ngo|mau|rau mau|rau|mia|dau|lac)\s+[1-3]\s*vu\b`,
];

function mask(text: string, pattern: string): string {
  return text.replace(new RegExp(pattern, 'g'), (m) => ' '.repeat(m.length));
}

/** The folded clause with the qualifying numbers blanked out; offsets unchanged. */
export function maskQualifiers(folded: string): string {
  return QUALIFIERS.reduce(mask, folded);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9\u00c0-\u024f]/i.test(ch);
}

/** The longest unit written at `at` (glued or after one space), with where it ends. */
function unitAt(folded: string, at: number): { unit: string; shown: string; end: number; count: boolean } | null {
  let p = at;
  if (folded[p] === ' ') p++;
  const tryList = (list: readonly string[], count: boolean): { unit: string; end: number; count: boolean } | null => {
    let best: { unit: string; end: number; count: boolean } | null = null;
    for (const u of list) {
      if (!folded.startsWith(u, p)) continue;
      const end = p + u.length;
      if (isLetter(folded[end]) && !/[/.]/.test(u.slice(-1))) continue;
      if (!best || u.length > best.unit.length) best = { unit: u, end, count };
    }
    return best;
  };
  const measure = tryList(
    MEASURE_UNITS.map(([u]) => u),
    false,
  );
  const count = tryList(COUNT_NOUNS, true);
  const found = measure && (!count || measure.unit.length >= count.unit.length) ? measure : count;
  if (!found) return null;
  const shown = found.count ? found.unit : (MEASURE_UNITS.find(([u]) => u === found.unit)?.[1] ?? found.unit);
  return { ...found, shown };
}

function num(text: string): number | null {
  return parseNumberText(text.replace(/\s/g, ''), 'vi')?.value ?? null;
}

function show(value: number): string {
  return formatNumber(value, 'vi', 3);
}

/** Words right before `at` (folded), with where they start: comparator, change and value words. */
/** Words that fold to the same letters as another word: `từ` (from) is not `tư` (đầu tư), `còn` not `con`, `đạt` not `đất`. */
const WRITTEN: Readonly<Record<string, string>> = { tu: 'từ', con: 'còn', dat: 'đạt', tren: 'trên', duoi: 'dưới' };

function wordsBefore(
  folded: string,
  at: number,
  written?: string,
): { word: string; role: (typeof BEFORE)[number][1]; start: number }[] {
  const found: { word: string; role: (typeof BEFORE)[number][1]; start: number }[] = [];
  let p = at;
  for (let guard = 0; guard < 4; guard++) {
    while (p > 0 && folded[p - 1] === ' ') p--;
    const hit = BEFORE.find(([w]) => {
      const s = p - w.length;
      if (s < 0 || folded.slice(s, p) !== w || !(s === 0 || !isLetter(folded[s - 1]) || !isLetter(w[0]))) return false;
      const exact = WRITTEN[w];
      return !exact || !written || written.slice(s, p).toLocaleLowerCase('vi') === exact;
    });
    if (!hit) break;
    found.push({ word: hit[0], role: hit[1], start: p - hit[0].length });
    p -= hit[0].length;
  }
  return found;
}

const NUMBER_SOURCE = String.raw`\d+(?:[.,]\d+)*`;

/** A rating phrase (folded) that a following `trở lên` belongs to. */
const RATED_BEFORE =
  /\b(?:hoan thanh(?: tot| xuat sac)?(?: cac)? (?:nhiem vu|nv)|xep loai \S+|vung manh(?: toan dien)?|(?:dat )?loai (?:tot|kha|gioi|xuat sac))\s*$/;

/** Every numeric figure of a clause, in order. */
export function numericFigures(clause: string): Figure[] {
  const folded = foldKeep(clause);
  const masked = maskQualifiers(folded);
  const out: Figure[] = [];
  const re = new RegExp(NUMBER_SOURCE, 'g');
  let consumedTo = -1;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    if (m.index < consumedTo) continue;
    const a = num(m[0]);
    if (a === null) continue;
    let end = m.index + m[0].length;
    let b: number | null = null;
    let ofWhole = false;
    let percent = false;
    // 05/09 thôn: five of nine.
    const fraction = /^\s*\/\s*(\d+(?:[.,]\d+)?)/.exec(masked.slice(end));
    if (fraction) {
      end += fraction[0].length;
      ofWhole = true;
    }
    const pct = /^\s*%/.exec(masked.slice(end));
    if (pct) {
      end += pct[0].length;
      percent = true;
    }
    if (!ofWhole) {
      const range = new RegExp(`^\\s*(?:-|–|—|den|toi|÷)\\s*(${NUMBER_SOURCE})`).exec(masked.slice(end));
      if (range) {
        const second = num(range[1]);
        if (second !== null) {
          b = second;
          end += range[0].length;
          const pct2 = /^\s*%/.exec(masked.slice(end));
          if (pct2) {
            end += pct2[0].length;
            percent = true;
          }
        }
      }
    }
    let unit: string | null = percent ? '%' : null;
    let countNoun = false;
    let multiplier = 1;
    if (percent) {
      const perYear = /^\s*\/\s*nam\b/.exec(masked.slice(end));
      if (perYear) end += perYear[0].length;
    } else {
      const u = unitAt(masked, end);
      if (u) {
        unit = THOUSANDS.has(u.unit) ? 'con' : clause.slice(end + (masked[end] === ' ' ? 1 : 0), u.end);
        if (!u.count && !THOUSANDS.has(u.unit)) unit = u.shown;
        if (THOUSANDS.has(u.unit)) multiplier = 1000;
        // `9,5 bác sỹ/vạn dân`: the unit names what is counted.
        countNoun = u.count || /\/van dan$/.test(u.unit) || headsAName(u.unit, masked.slice(u.end));
        end = u.end;
      }
    }
    consumedTo = end;
    const before = wordsBefore(masked, m.index, clause.normalize('NFC'));
    let start = m.index;
    let bound: 'lower' | 'upper' | null = null;
    let inclusive = false;
    let change: Figure['change'] = null;
    let level = false;
    let from = false;
    for (const w of before) {
      if (w.role === 'lower' || w.role === 'upper') {
        if (bound === null) {
          bound = w.role;
          inclusive = INCLUSIVE.has(w.word);
          start = w.start;
        }
      } else if (w.role === 'from') {
        from = true;
        start = Math.min(start, w.start);
      } else if (w.role === 'level') {
        level = true;
      } else if (w.role === 'increase' || w.role === 'decrease') {
        change = w.role;
      }
    }
    if (level) change = null;
    // `… trở lên` / `… trở xuống` after the figure, before the next figure or clause mark.
    const cut: Span[] = [];
    const rest = masked.slice(end);
    const stop = rest.search(/[,;.:()\d]/);
    const window = stop < 0 ? rest : rest.slice(0, stop);
    const tail = /\btro (len|xuong)\b/.exec(window);
    // `90% tổ chức đảng hoàn thành tốt nhiệm vụ trở lên`: the bound is the rating's, not the number's.
    const rated = tail !== null && RATED_BEFORE.test(window.slice(0, tail.index));
    if (tail && bound === null && !rated) {
      bound = tail[1] === 'len' ? 'lower' : 'upper';
      inclusive = true;
      cut.push({ start: end + tail.index, end: end + tail.index + tail[0].length });
    } else if (tail && !rated) {
      cut.push({ start: end + tail.index, end: end + tail.index + tail[0].length });
    }
    cut.unshift({ start, end: countNoun ? end - (unit?.length ?? 0) : end });
    const value = a * multiplier;
    let kind: FigureKind = 'number';
    let plan: number | string = value;
    if (b !== null) {
      kind = 'range';
      plan = `${show(Math.min(value, b * multiplier))} - ${show(Math.max(value, b * multiplier))}`;
    } else if (bound === 'lower') {
      kind = 'lower';
      plan = inclusive ? `từ ${show(value)} trở lên` : `trên ${show(value)}`;
    } else if (bound === 'upper') {
      kind = 'upper';
      plan = inclusive ? `không quá ${show(value)}` : `dưới ${show(value)}`;
    } else if (from) {
      kind = 'number';
    }
    out.push({ start, end, kind, plan, change, level, unit, countNoun, cut });
  }
  return out;
}

/** Ratings: the word after `xếp loại`/`đạt loại`, or `hoàn thành tốt/xuất sắc nhiệm vụ` and its short forms. */
const RATING_PATTERNS: readonly string[] = [
  String.raw`\b(?:duoc\s+)?(?:xep loai|dat loai|danh gia,? xep loai|dat danh hieu|loai)\s+(hoan thanh xuat sac|hoan thanh tot|hoan thanh|xuat sac|vung manh toan dien|trong sach,? vung manh|vung manh|tot|gioi|kha|trung binh|dat)\b(?:\s+nhiem vu)?(?:\s+tro len)?`,
  String.raw`\b(?:dat\s+)?(hoan thanh xuat sac|hoan thanh tot)\s+(?:cac\s+)?(?:nhiem vu|nv)\b(?:\s+tro len)?`,
  String.raw`\b(httnv|htxsnv)\b(?:\s+tro len)?`,
  // Titles awarded to a unit: `đạt danh hiệu "Đơn vị Quyết thắng"`, `Đơn vị tiên tiến trở lên`.
  String.raw`\b(?:dat\s+)?(?:danh hieu\s+)?["“]?(don vi (?:quyet thang|tien tien xuat sac|tien tien|xuat sac|vung manh(?: toan dien)?))\b["”]?(?:\s+tro len)?`,
  String.raw`\b(?:dat\s+)?danh hieu\s+["“]([^"“”]{3,50})["”](?:\s+tro len)?`,
];
const RATING_WORDS: Readonly<Record<string, string>> = {
  httnv: 'Hoàn thành tốt',
  htxsnv: 'Hoàn thành xuất sắc',
};

/**
 * `Xếp loại Công an xã đạt Khá trở lên`, `Xếp loại Quân sự xã: Giỏi`: the subject between `xếp loại`
 * and the rating word is the target's name, so only the link and the word are the figure.
 */
const RATED_SUBJECT = String.raw`(\bxep loai\s+[^:;.]{1,40}?)(\s+dat\s+(?:loai\s+)?|\s*:\s*|\s+la\s+)(hoan thanh xuat sac|hoan thanh tot|hoan thanh|xuat sac|vung manh toan dien|trong sach,? vung manh|vung manh|tot|gioi|kha|trung binh)\b(?:\s+nhiem vu)?(?:\s+tro len)?`;

/**
 * `Quân sự xã đạt vững mạnh toàn diện`, `Công an xã đạt Khá trở lên`, `CA xã: Khá trở lên`: a rating
 * word closing the clause after a subject and `đạt` or a colon, without `xếp loại`.
 */
const SUBJECT_RATED = String.raw`^([^\d:;]{2,60}?)(\s+(?:hang nam\s+)?dat\s+(?:loai\s+|muc\s+)?|\s*:\s*)(hoan thanh xuat sac|hoan thanh tot|hoan thanh|xuat sac|vung manh toan dien|trong sach,? vung manh|vung manh|tot|gioi|kha)(?:\s+(?:nhiem vu|nv))?(?:\s+tro len)?\s*[.;]?\s*$`;

/** A rating the clause sets, when it sets no number. */
export function ratingFigure(clause: string): Figure | null {
  const folded = foldKeep(clause);
  for (const source of RATING_PATTERNS) {
    const m = new RegExp(source).exec(folded);
    if (!m) continue;
    return rating(clause, m.index, m.index + m[0].indexOf(m[1]), m[1], m.index + m[0].length);
  }
  const m = new RegExp(RATED_SUBJECT).exec(folded) ?? new RegExp(SUBJECT_RATED).exec(folded);
  if (!m) return null;
  const start = m.index + m[1].length;
  return rating(clause, start, start + m[2].length, m[3], m.index + m[0].length);
}

function rating(clause: string, start: number, wordStart: number, folded: string, end: number): Figure {
  const written = clause.slice(wordStart, wordStart + folded.length).replace(/,/g, '');
  const word =
    RATING_WORDS[folded] ?? written.charAt(0).toLocaleUpperCase('vi') + written.slice(1).toLocaleLowerCase('vi');
  return {
    start,
    end,
    kind: 'rating',
    plan: word,
    change: null,
    level: false,
    unit: 'xếp loại',
    countNoun: false,
    cut: [{ start, end }],
  };
}

/**
 * A level of none: `không còn hộ nghèo`, `không để xảy ra cháy rừng`, `không để phát sinh điểm nóng`,
 * `không có học sinh bỏ học`. Whether what follows is a thing counted (a target) or an aim in words
 * (`không để bị động bất ngờ`) is the drafter's to tell.
 */
export function zeroFigure(clause: string): Figure | null {
  const m = /\bkhong (?:(?:de |co )?(?:xay ra|phat sinh)|con|co|de(?: (?:tai|lai))?)\s+(?=[a-z])/.exec(
    foldKeep(clause),
  );
  if (!m) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'zero',
    plan: 0,
    change: null,
    level: true,
    unit: null,
    countNoun: false,
    cut: [{ start: m.index, end: m.index + m[0].length }],
  };
}

/** Words in front of a figure that say it is the value (`đạt`, `là`, `lên`, `còn`…). */
function afterValueWord(masked: string, at: number): boolean {
  return /(?:^|\s)(?:dat|la|len|con|xuong|o muc|muc|khoang|phan dau)\s*(?:tu|tren|duoi|khong qua|toi thieu|it nhat)?\s*$/.test(
    masked.slice(Math.max(0, at - 24), at),
  );
}

/** The figure a clause sets, or null: a number first, then a rating, then `không còn …`. */
export function clauseFigure(clause: string): Figure | null {
  const figures = numericFigures(clause);
  if (figures.length === 1) return figures[0];
  if (figures.length > 1) {
    // `Các khoản thu xã hưởng 100%: 3.960 triệu đồng`: the figure in the lead qualifies the name; the value follows the colon.
    const lead = /^[^:;]*:/.exec(clause);
    const afterLead =
      lead && figures[0].end <= lead[0].length ? figures.find((f) => f.start >= lead[0].length) : undefined;
    if (afterLead) return afterLead;
    const masked = maskQualifiers(foldKeep(clause));
    return figures.find((f) => afterValueWord(masked, f.start)) ?? figures[0];
  }
  return ratingFigure(clause) ?? zeroFigure(clause);
}

/** Whether a piece of text carries a figure of its own (for splitting clauses). */
export function hasFigure(text: string): boolean {
  return numericFigures(text).length > 0 || ratingFigure(text) !== null || zeroFigure(text) !== null;
}
