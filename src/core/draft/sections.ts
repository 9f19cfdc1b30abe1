/**
 * Where the targets are. A resolution's headings (numbered `I.`, `1.`, `1/`, `2.1.`, `Điều 2.`,
 * `A.`, in capitals, or a short line ending with `:`) announce what follows: last year's results,
 * the general aim, the targets, tasks and solutions, implementation. The targets are announced in
 * many ways (`Các chỉ tiêu chủ yếu`, `Mục tiêu, chỉ tiêu`, `Chỉ tiêu cụ thể`, `… thống nhất 20 chỉ tiêu`,
 * `dự toán`, `Biểu chỉ tiêu`, `Phụ lục`), or not at all (a pasted list: then the whole text is read).
 * The plan year is the one the title and the targets' headings name (a term: its last year).
 */
import { fold } from '../text';
import type { DocumentBlock, ResolutionDocument } from './document';
import { numericFigures, ratingFigure } from './values';

/**
 * What a stretch of the document is: `targets` (announced by `chỉ tiêu`, `dự toán`, an appendix),
 * `aims` (announced by `mục tiêu`, `kế hoạch`, `nhiệm vụ năm …`: targets when nothing more precise is),
 * `results`, `general` (aim in words), `tasks`, `other` (implementation, recipients, preamble), or
 * `none` before any heading.
 */
export type Zone = 'targets' | 'aims' | 'results' | 'general' | 'tasks' | 'other' | 'none';

export type Marker =
  'chat' | 'roman' | 'article' | 'letter-upper' | 'decimal' | 'slash' | 'paren' | 'letter' | 'bullet' | 'none';

export interface Line {
  /** The paragraph as written, without its outline marker. */
  text: string;
  marker: Marker;
  /** The marker as written (`II.`, `3.1.`, `(4)`, `a)`, `-`), or ''. */
  mark: string;
}

const MARKERS: readonly (readonly [Marker, RegExp])[] = [
  // A message pasted from a chat: its stamp (a time, maybe a date, in brackets) and its sender.
  ['chat', /^(\[[^\]\n]{0,20}\b\d{1,2}:\d{2}\b[^\]\n]{0,20}\])\s*[^:\n]{1,48}:\s*/u],
  ['article', /^(điều\s+\d+)\s*[.:]\s*/iu],
  ['roman', /^([IVXLC]+)\s*[.)/:]\s+/u],
  // Typed with a dash: `II- Ban Thường vụ …`, `1- Về kinh tế:` (never a year: `2025 - 2030`).
  ['roman', /^([IVXLC]+)\s*[-–]\s*(?=\p{L})/u],
  ['decimal', /^(\d+(?:\.\d+)+)\.?\s+/u],
  ['decimal', /^(\d+)\s*[.)]\s+/u],
  ['decimal', /^(\d{1,2})\s*[-–]\s*(?=\p{L})/u],
  ['slash', /^(\d+)\s*\/\s*/u],
  ['paren', /^(\(\s*\d+\s*\))\s*/u],
  ['letter-upper', /^([A-ZĐ])\s*[.)/]\s+/u],
  ['letter', /^([a-zđ])\s*[)/]\s*/u],
  ['letter', /^\(([a-zđ])\)\s*/u],
  ['bullet', /^([-+•*–—·▪►✓])\s*/u],
];

export function splitMarker(paragraph: string): Line {
  const text = paragraph.trim();
  for (const [marker, re] of MARKERS) {
    const m = re.exec(text);
    if (m && m[0].length < text.length) return { text: text.slice(m[0].length).trim(), marker, mark: m[1] };
  }
  return { text, marker: 'none', mark: '' };
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 6) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.8;
}

/** A figure in a heading would make it a target; counts of targets (`20 chỉ tiêu`) and years are not. */
function hasTargetFigure(text: string): boolean {
  return numericFigures(text).length > 0 || ratingFigure(text) !== null;
}

const HEADING_WORDS_MAX = 24;

/** Whether a paragraph announces what follows rather than states something. */
export function isHeading(line: Line): boolean {
  const words = line.text.split(/\s+/).length;
  if (hasTargetFigure(line.text)) return false;
  // `Điều 1. Thông qua các chỉ tiêu chủ yếu … năm 2026 của xã … như sau:`: a sentence of any length
  // that announces what follows it is a heading of what it names.
  if (
    /(?<!\p{L})(?:(?:như sau|sau đây|dưới đây|cụ thể)\s*[:.]?|gồm\s*:)$/iu.test(line.text) &&
    words <= 60 &&
    classifyHeading(line.text, null) !== null
  )
    return true;
  // `… với các chỉ tiêu chủ yếu sau:`: `sau:` alone announces only when what it names is the targets.
  if (/(?<!\p{L})sau\s*:$/iu.test(line.text) && words <= 60 && classifyHeading(line.text, null) === 'targets')
    return true;
  if (words > HEADING_WORDS_MAX) return false;
  if (line.text.endsWith('.') && words > 14) return false;
  if (['roman', 'article', 'letter-upper', 'decimal', 'slash'].includes(line.marker)) return true;
  if (isCapitals(line.text)) return true;
  if (/:$/.test(line.text) && words <= 16) return true;
  // `chỉ tiêu cụ thể năm 2025.`, `Kết quả năm 2024`: a short unnumbered line that announces a stretch.
  if (line.marker === 'none' && words <= 8 && classifyHeading(line.text, null) !== null) return true;
  // `(nhóm kinh tế)`, `- Về kinh tế (08 chỉ tiêu):`, `a) Các chỉ tiêu kinh tế`, `* Về văn hóa - xã hội:`
  if (/^\(.*\)$/.test(line.text) && words <= 8) return true;
  if (
    ['letter', 'paren', 'bullet'].includes(line.marker) &&
    words <= 10 &&
    /^(ve|cac chi tieu|chi tieu|nhom|linh vuc)\b/.test(fold(line.text))
  )
    return true;
  return false;
}

const KEYWORDS: readonly (readonly [Exclude<Zone, 'none'>, RegExp])[] = [
  [
    'other',
    // … and notes under a table (`Ghi chú:`, `Chú thích:`), which explain its figures.
    /\b(noi nhan|to chuc thuc hien|dieu khoan thi hanh|hieu luc thi hanh|quyet nghi|xet to trinh|ket luan nhu sau)\b|^(?:ghi chu|chu thich|chu giai)\b/,
  ],
  ['general', /\b(muc tieu (tong quat|chung)|muc dich|yeu cau|quan diem|phuong huong chung)\b/],
  ['results', /\b(ket qua|tinh hinh|thuc trang|danh gia|han che|ton tai|nguyen nhan|bai hoc|uoc thuc hien)\b/],
  // An appendix opens with `Biểu …` / `Phụ lục …`; `đại biểu` in a heading is no table.
  ['targets', /\b(chi tieu|du toan)\b|^(?:bieu|phu luc)\b/],
  ['tasks', /\b(giai phap|dot pha|phan cong|nhiem vu trong tam)\b/],
  ['aims', /\b(muc tieu|ke hoach|phuong huong|nhiem vu)\b/],
];

function yearsIn(folded: string): number[] {
  const years: number[] = [];
  for (const m of folded.matchAll(/\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/g)) years.push(Number(m[2]));
  const single = folded.replace(/\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b/g, ' ');
  for (const m of single.matchAll(/(?<!thang \d{1,2} nam )\b((?:19|20)\d\d)\b/g)) years.push(Number(m[1]));
  return years;
}

/** The kind of stretch a heading opens, or null when it only names a group (`Về kinh tế`). */
export function classifyHeading(text: string, planYear: number | null): Exclude<Zone, 'none'> | null {
  // A paragraph that ends announcing what follows (`… giữ vững an ninh. Ban Thường vụ thống nhất 18 chỉ
  // tiêu như sau:`) is a heading of what its last sentence announces.
  const last = /[.;]\s+([^.;]+:)\s*$/u.exec(text);
  if (last) {
    const zone = classifyHeading(last[1], planYear);
    if (zone) return zone;
  }
  const f = fold(text);
  // Of the words a heading names, the first says what it is; a sentence announcing what follows
  // (`… yêu cầu …, phấn đấu hoàn thành các chỉ tiêu năm 2026, cụ thể:`) is what it names last.
  const announcing = /\b(?:nhu sau|sau day|duoi day|gom|cu the|sau)\s*:\s*$/.test(f);
  let best: { zone: Exclude<Zone, 'none'>; at: number } | null = null;
  // `… Ban Thường vụ kết luận như sau:` says that it concludes, not what: the words before it do.
  const said = announcing ? f.replace(/\b(?:ket luan|quyet nghi|yeu cau)\s+nhu sau\s*:\s*$/, ':') : f;
  for (const [zone, re] of KEYWORDS) {
    const found = [...said.matchAll(new RegExp(re.source, 'g'))];
    const m = announcing ? found[found.length - 1] : found[0];
    if (m && (!best || (announcing ? m.index > best.at : m.index < best.at))) best = { zone, at: m.index };
  }
  if (!best) return null;
  const years = yearsIn(f);
  // `Nhiệm vụ, giải pháp …` are the tasks, whatever comes first, unless the targets are named too.
  const tasks = (KEYWORDS.find(([z]) => z === 'tasks')?.[1] ?? /$^/).test(f);
  // `Mục tiêu, chỉ tiêu năm 2026`, `Kết quả năm 2025 và chỉ tiêu năm 2026`: the targets are named.
  const named = (KEYWORDS.find(([z]) => z === 'targets')?.[1] ?? /$^/).test(f);
  if (named && (best.zone === 'aims' || (best.zone === 'results' && planYear !== null && years.includes(planYear))))
    return 'targets';
  if (tasks && best.zone === 'aims' && !named) return 'tasks';
  if (planYear !== null && years.length && years.every((y) => y < planYear) && best.zone !== 'other') return 'results';
  // `Nhiệm vụ … năm 2025` opens the year's aims; `nhiệm vụ, giải pháp` the tasks.
  return best.zone;
}

/** Years a line names as a plan: `năm 2025`, a term `2025 - 2030` (its end), not dates or comparisons. */
function planYears(folded: string): number[] {
  const cleaned = folded
    .replace(/ngay \d{1,2} thang \d{1,2} nam (?:19|20)\d\d/g, ' ')
    .replace(/\d{1,2}\/\d{1,2}\/(?:19|20)\d\d/g, ' ')
    .replace(/so voi (?:nam )?(?:19|20)\d\d/g, ' ')
    .replace(/(?:gia so sanh|chuan ngheo[^,;.]*?giai doan)\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?/g, ' ');
  return yearsIn(cleaned);
}

const PLAN_WORDS = /\b(chi tieu|muc tieu|ke hoach|du toan|nhiem vu|phuong huong|nhiem ky|den nam|bieu|phu luc)\b/;
const TITLE_LINES = 14;
/** A title line is short; the opening sentence after it (`Ngày …, Hội nghị … nhiệm kỳ 2025 - 2030 …`) is not the title. */
const TITLE_WORDS = 24;

export interface Structure {
  year: number | null;
  /** Each block with the stretch it sits in, its group heading, and whether it is a heading itself. */
  placed: PlacedBlock[];
}

export interface PlacedBlock {
  block: DocumentBlock;
  line: Line | null;
  zone: Zone;
  /** Whether the zone was opened by a heading that names targets (`chỉ tiêu`, `dự toán`, an appendix). */
  group: string | null;
  heading: boolean;
}

function headingYearCandidates(blocks: readonly DocumentBlock[]): number[] {
  const years: number[] = [];
  let title = true;
  let seen = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    seen++;
    const line = splitMarker(b.text);
    const f = fold(line.text);
    const heading = isHeading(line);
    if (heading && line.marker !== 'none') title = false;
    if (/^(can cu|quyet nghi|xet )/.test(f)) title = false;
    // `Căn cứ Kế hoạch … giai đoạn 2026 - 2030; …, UBND xã xây dựng Kế hoạch như sau:`: the years of the
    // documents it rests on, not the plan's.
    if (/^(can cu|thuc hien|xet)\b/.test(f)) continue;
    const short = line.text.split(/\s+/).length <= TITLE_WORDS;
    if (
      title &&
      short &&
      seen <= TITLE_LINES &&
      (PLAN_WORDS.test(f) || /\bnam (?:19|20)\d\d\b/.test(f) || /nhiem ky/.test(f))
    ) {
      if (!/ngay \d{1,2} thang/.test(f) || /nhiem vu|ke hoach|du toan/.test(f)) years.push(...planYears(f));
      continue;
    }
    if (heading && PLAN_WORDS.test(f)) {
      const zone = classifyHeading(line.text, null);
      if (zone === 'targets' || zone === 'aims' || zone === 'general') years.push(...planYears(f));
    }
  }
  return years;
}

/**
 * The plan year: the latest the title and the targets' headings name; else, in a text with neither (a
 * speech, a chat, a paste), the latest named more than once as a plan — a year named once in passing
 * (`Nghị quyết Đại hội đặt ra đến năm 2030 …` in a speech on 2026) is not the text's — else the latest.
 */
export function planYearOf(doc: ResolutionDocument): number | null {
  const candidates = headingYearCandidates(doc.blocks);
  if (candidates.length) return Math.max(...candidates);
  const times = new Map<number, number>();
  for (const b of doc.blocks) {
    const texts = b.kind === 'paragraph' ? [b.text] : b.rows.flat();
    for (const t of texts)
      for (const y of planYears(fold(t).replace(/\([^)]*\)/g, ' '))) times.set(y, (times.get(y) ?? 0) + 1);
  }
  if (!times.size) return null;
  const repeated = [...times].filter(([, n]) => n > 1).map(([y]) => y);
  return Math.max(...(repeated.length ? repeated : [...times.keys()]));
}

/** A group heading's name: `* Về kinh tế:` → `Về kinh tế`; `2.1. Các chỉ tiêu về kinh tế:` → `Các chỉ tiêu về kinh tế`. */
function groupName(text: string): string {
  return text
    .replace(/^\(|\)$/g, '')
    .replace(/\s*\(\s*\d+\s*chỉ tiêu\s*\)\s*/iu, ' ')
    .replace(/[:.]\s*$/, '')
    .trim();
}

/** Each block placed in the stretch it belongs to. */
export function readStructure(doc: ResolutionDocument): Structure {
  const year = planYearOf(doc);
  const placed: PlacedBlock[] = [];
  let zone: Zone = 'none';
  let group: string | null = null;
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      placed.push({ block, line: null, zone, group, heading: false });
      continue;
    }
    if (block.chatMeta) {
      // Who sent the message and when: the message's lines follow in the stretch they belong to.
      placed.push({ block, line: null, zone, group, heading: true });
      continue;
    }
    const line = splitMarker(block.text);
    if (line.marker === 'chat') {
      // A chat message opens a stretch of its own: what it announces (`chỉ tiêu 2026 …` and the list
      // after it), last year's figures, or talk (`dạ e nhận …`).
      zone = classifyHeading(line.text, year) ?? 'other';
      group = null;
      const stated = (zone === 'targets' || zone === 'aims') && hasTargetFigure(line.text);
      placed.push({ block, line, zone, group, heading: !stated });
      continue;
    }
    if (!isHeading(line)) {
      // `1. Về kết quả năm 2025: Tổng diện tích …`, `3. Về nhiệm vụ, giải pháp: …`, `2. Chỉ tiêu cụ
      // thể: …; …`: a paragraph whose lead announces its stretch, written on the line of what it announces.
      const lead = inlineLead(line);
      const opened = lead === null ? null : classifyHeading(lead.text, year);
      // Only a stretch the paragraph's own figures belong to: last year's, or the targets, aims or
      // tasks of a lead that says `Về …`, names its year or is one of the genre's announcements of
      // the targets (`Chỉ tiêu cụ thể`, `Các chỉ tiêu chủ yếu`, `Một số chỉ tiêu`, `Mục tiêu, chỉ
      // tiêu`); never the aim in words (`Năm 2026, … mục tiêu chung: …` goes on to state the targets).
      if (
        lead &&
        opened &&
        (opened === 'results' ||
          (['targets', 'aims', 'tasks'].includes(opened) &&
            (/^v[ềe]\s/iu.test(lead.text) ||
              /\bnăm\s+(?:19|20)\d\d\b/iu.test(lead.text) ||
              (opened === 'targets' && TARGETS_ANNOUNCED.test(fold(lead.text))))))
      ) {
        zone = opened;
        group = null;
        // The announcement is no part of what it announces: the rest of the paragraph is read alone.
        const rest = { ...line, text: line.text.slice(lead.end).trim() };
        placed.push({ block, line: rest, zone, group, heading: false });
        continue;
      }
      placed.push({ block, line, zone, group, heading: false });
      continue;
    }
    const opened = classifyHeading(line.text, year);
    if (
      opened &&
      !(
        opened === 'targets' &&
        zone === 'targets' &&
        line.marker !== 'none' &&
        group !== null &&
        isGroupOnly(line.text)
      )
    ) {
      zone = opened;
      group = null;
    }
    if (!opened || isGroupOnly(line.text)) group = groupName(line.text);
    placed.push({ block, line, zone, group, heading: true });
  }
  return { year, placed };
}

/**
 * The lead of a paragraph that names its stretch before a colon (`Về kết quả:`, `Kết quả năm 2025:`,
 * `Chỉ tiêu cụ thể:`) and where what it announces starts, or null.
 */
function inlineLead(line: Line): { text: string; end: number } | null {
  if (!['roman', 'article', 'letter-upper', 'decimal', 'slash', 'none'].includes(line.marker)) return null;
  const m = /^([^:;.()]{3,80}?)\s*:\s*(?=\S)/u.exec(line.text);
  if (!m || m[1].split(/\s+/).length > 12 || hasTargetFigure(m[1])) return null;
  return { text: m[1], end: m[0].length };
}

/**
 * The genre's announcements of the targets, folded: `Chỉ tiêu cụ thể`, `Các chỉ tiêu chủ yếu`, `Một
 * số chỉ tiêu`, `Mục tiêu, chỉ tiêu`, `Những chỉ tiêu chính`, maybe naming what they are of after.
 */
const TARGETS_ANNOUNCED =
  /^(?:(?:cac|mot so|nhung|he thong)\s+)?(?:muc tieu\s*(?:[,-]|va)?\s*(?:cac\s+)?)?chi tieu(?:\s+(?:cu the|chu yeu|chinh|co ban|tong hop))?(?:\s+(?:ve|cua|nam|giai doan|nhiem ky)\b.*)?$/;

/** `a) Các chỉ tiêu kinh tế`, `2.1. Các chỉ tiêu về kinh tế:`: a group inside the targets, not a new stretch. */
function isGroupOnly(text: string): boolean {
  return /^(cac )?chi tieu (ve )?(kinh te|van hoa|xa hoi|moi truong|quoc phong|an ninh|xay dung dang|ve|nhom)/.test(
    fold(text),
  );
}
