/** What a table header cell says its column holds: `STT`, `Chỉ tiêu`, `ĐVT`, `KH 2023`, `Ước TH 2023`, … */
import { fold } from './text';

export type HeaderKind =
  'stt' | 'label' | 'unit' | 'plan' | 'actual' | 'previous' | 'ratio' | 'note' | 'output' | 'unknown';

export interface HeaderInfo {
  kind: HeaderKind;
  year: number | null;
  /** The header speaks of part of a year (`6 tháng`, `quý III`). */
  partial: boolean;
  /** A revised plan (`Dự toán điều chỉnh`, `KH điều chỉnh`): what the year's actual is held to. */
  revised: boolean;
  /** Another period than the report year (next year's plan, a term or project target, a baseline). */
  otherPeriod: boolean;
  /** What the periods of the year add up to so far (`Lũy kế 9 tháng`, `Cumulative`, `YTD`). */
  cumulative: boolean;
  /**
   * What may be spent rather than what was set (`Dự toán được sử dụng`: the estimate with what was
   * carried over, `Funds available`): a plan only when no set one stands beside it.
   */
  available: boolean;
  language: 'vi' | 'en' | null;
}

/** Header texts of the columns chitieu writes, in both languages. */
export const OUTPUT_HEADERS = {
  vi: { percent: 'TH/KH (%)', status: 'Đánh giá', previousPercent: 'TH/CK (%)' },
  en: { percent: '% of plan', status: 'Status', previousPercent: '% of previous' },
} as const;

/** Texts of the status column chitieu writes. */
export const STATUS_TEXTS = {
  vi: { met: 'Đạt', shortfall: 'Không đạt', noData: 'Thiếu số liệu' },
  en: { met: 'Met', shortfall: 'Shortfall', noData: 'No data' },
} as const;

const OWN_HEADERS: ReadonlySet<string> = new Set(
  Object.values(OUTPUT_HEADERS).flatMap((h) => Object.values(h).map((t) => fold(t))),
);

const w = (pattern: string): RegExp => new RegExp(`(?:^|[^a-z0-9])(?:${pattern})(?:$|[^a-z0-9])`);

/**
 * What the role words of a header mean, as folded phrases. Offices also write a phrase by its
 * syllable initials (`ước thực hiện` → `UTH`/`ƯTH`, `quyết toán` → `QT`, `cùng kỳ` → `CK`): those
 * are derived from these lists, never kept by hand.
 */
const ROLE_PHRASES = {
  plan: {
    vi: [
      'ke hoach',
      'ke hoach giao',
      'du toan',
      'du toan giao',
      'nghi quyet',
      'chi tieu nghi quyet',
      'chi tieu giao',
      'chi tieu ke hoach',
      'muc tieu',
      'giao',
      'ke hoach dieu chinh',
      'du toan dieu chinh',
    ],
    en: ['plan', 'planned', 'target', 'targets', 'budget', 'goal', 'goals', 'estimate', 'estimates'],
  },
  actual: {
    vi: [
      'thuc hien',
      'uoc thuc hien',
      'uoc th',
      'uoc tinh',
      'uoc dat',
      'uoc',
      'quyet toan',
      'ket qua',
      'ket qua thuc hien',
      'dat duoc',
      'thuc te',
    ],
    en: [
      // English role words in any of their forms (`implemented`, `implementation`, `achievements`)
      'actuals?',
      'results?',
      'achiev\\w*',
      'estimated',
      'outturn',
      'perform\\w*',
      'final accounts?',
      'execut\\w*',
      'reali[sz]\\w*',
      'implement\\w*',
      'accomplish\\w*',
      'attain\\w*',
      // what was paid out of a budget: `Disbursed`, `Spent`, `Utilised`
      'disburs\\w*',
      'completed',
      'done',
      'spent',
      'spending',
      'expended',
      'utili[sz]\\w*',
    ],
  },
  previous: {
    vi: ['cung ky', 'thuc hien cung ky', 'nam truoc', 'thuc hien nam truoc', 'ky truoc'],
    en: ['same period', 'last year', 'previous year', 'previous period', 'prior year'],
  },
  revised: {
    vi: ['dieu chinh', 'ke hoach dieu chinh', 'du toan dieu chinh'],
    en: ['adjusted', 'revised'],
  },
} as const;

/** Initials other header words already own (`TT` is thứ tự, `DV` đơn vị): never read as a role. */
const RESERVED_INITIALS: ReadonlySet<string> = new Set(['tt', 'stt', 'dv', 'dvt', 'gc', 'ss', 'nd']);

/**
 * The whole year an estimate may be followed by, in its initials too (`ƯTHCN` is ước thực hiện cả năm).
 * Only the estimate's: other roles' initials with it are other words (`KHCN` khoa học công nghệ,
 * `THCN` trung học chuyên nghiệp, `ĐTN` Đoàn thanh niên).
 */
const WHOLE_YEAR_PHRASES: readonly string[] = ['ca nam', 'nam'];
const ESTIMATE = 'uoc';

const syllableInitials = (phrase: string): string =>
  phrase
    .split(' ')
    .map((word) => word[0])
    .join('');

/**
 * Syllable initials of the Vietnamese role phrases of two words or more (`uoc thuc hien` → `uth`),
 * alone, and an estimate's followed by the whole year's (`uthcn`).
 */
function initialsOf(phrases: readonly string[]): string[] {
  return phrases
    .filter((p) => p.includes(' '))
    .flatMap((p) => {
      const initials = syllableInitials(p);
      if (RESERVED_INITIALS.has(initials)) return [];
      const withYear = p.startsWith(`${ESTIMATE} `)
        ? WHOLE_YEAR_PHRASES.map((y) => initials + syllableInitials(y))
        : [];
      return [initials, ...withYear];
    });
}

/** Phrases as one word-bounded pattern, longest first; spaces inside a phrase may be left out. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const all = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return w(all.map((p) => p.replace(/ /g, '\\s*')).join('|'));
}

type RolePhrases = { readonly vi: readonly string[]; readonly en: readonly string[] };

/** A role's phrases and the initials of its Vietnamese ones. */
function rolePattern(role: RolePhrases): RegExp {
  return phrasePattern([...role.vi, ...initialsOf(role.vi), ...role.en]);
}

const ROLES: readonly RolePhrases[] = Object.values(ROLE_PHRASES);
/** Role words that only Vietnamese headers use (phrases and their initials), and English ones. */
const VI_ROLE = phrasePattern(ROLES.flatMap((r) => [...r.vi, ...initialsOf(r.vi)]));
const EN_ROLE = phrasePattern(ROLES.flatMap((r) => r.en));

const RATIO = w(
  'so sanh|so voi|ty le %|ti le %|% so|% ke hoach|% kh|%kh|dat %|th so kh|th so ke hoach|so (?:kh|ke hoach|ck|cung ky|dt|du toan)|muc do hoan thanh|% hoan thanh|ty le hoan thanh|tang giam|tang, giam|chenh lech|compar\\w*|ratio|% of|percent of|variance|th/kh|th/dt|tang/giam|(?:disburs\\w*|execution|completion|achievement|utili[sz]ation|spending) rate',
);
const NOTE = w(
  'ghi chu|chu thich|note|notes|remarks?|comments?|danh gia|tu danh gia|danh gia ket qua|ket qua danh gia|assessment|evaluation|' +
    // the office that leads or reports a row: `Cơ quan chủ trì`, `Đơn vị thực hiện`, `Responsible unit`
    'co quan (?:chu tri|thuc hien|phu trach|theo doi)|don vi (?:chu tri|thuc hien|phu trach|theo doi|tham muu)|chu tri|phu trach|responsib\\w*|lead agency|implementing (?:unit|agency|partner)',
);
const STT = /^(stt|tt|so tt|so thu tu|no\.?|no|#|nr\.?|number|order|code|ma so|ma)$/;
const UNIT =
  /^(dvt|d\.v\.t|d\. ?vi(?: tinh)?|don vi tinh|don vi(?! (?:chu tri|thuc hien|phu trach|theo doi|tham muu)\b)|dv tinh|dv|unit|units|unit of measure|uom$)\b/;
const LABEL = w(
  'chi tieu|noi dung|ten chi tieu|cac chi tieu|hang muc|danh muc|linh vuc|khoan muc|indicators?|items?|contents?|descriptions?|targets and results|outputs?|outcomes?|budget lines?|line items?|components?',
);
/** A word that names either the labels or the plan, alone (`Targets`, `Chỉ tiêu`). */
const TARGET_WORD = /^\s*(?:targets?|chi tieu|muc tieu)\s*$/;
const PREVIOUS = rolePattern(ROLE_PHRASES.previous);
const ACTUAL = rolePattern(ROLE_PHRASES.actual);
const PLAN = rolePattern(ROLE_PHRASES.plan);
const REVISED = rolePattern(ROLE_PHRASES.revised);
/** A sentence typed beside a table (`1. Nhập số liệu kế hoạch theo …`) is a note, whatever words it has. */
const SENTENCE = /^\d+[.)]\s+\S+(?:\s+\S+){4,}|(?:\S+\s+){12,}\S/;
const PARTIAL = w('\\d+ thang|thang|quy|6 months|9 months|months|quarter|q ?[1-4]|nua nam|half');
/** Another period than the report year's whole year: next year's plan, a term target (`LoP`, `2021-2025`). */
const OTHER_PERIOD = w(
  'nam sau|nam toi|ke hoach nam sau|next year|life of project|lop|end[ -]?of[ -]?project|eop|end[ -]?line|mid[ -]?term|nhiem ky|giai doan|baseline',
);
/**
 * What the periods of the year add up to (`Lũy kế`, `Lũy kế 9 tháng`, `Cộng dồn`, `Cumulative`,
 * `Year to date`): the year's actual so far, unless it adds up a term or a project's life.
 */
const CUMULATIVE = w('luy ke|cong don|year[ -]to[ -]date|ytd|cumulative|to date');
const TERM = w(
  'nhiem ky|giai doan|(?:19|20)\\d\\d ?- ?(?:19|20)?\\d\\d|since|life of project|lop|end[ -]?of[ -]?project|eop|tu nam|tu dau du an',
);
/** An amount that may be used rather than one that was set: `được sử dụng`, `được phép sử dụng`, `available`. */
const AVAILABLE = w('duoc (?:phep )?su dung|kha dung|available');
/** A cumulative column of the whole year: `Lũy kế năm 2025`, `Cộng dồn cả năm`, `Full year`. */
const WHOLE_YEAR = w('(?:luy ke|cong don) (?:ca )?nam|ca nam|full[ -]year|whole year');
/**
 * An English noun phrase ends with its head: `Results indicator`, `Output indicators`, `Performance
 * indicator` name the labels, whatever role word qualifies them.
 */
const LABEL_HEAD = /(?:^|[^a-z0-9])(?:indicators?|items?|descriptions?)\s*$/;
const YEAR = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/;
const VI_WORDS = w('chi tieu|ke hoach|thuc hien|dvt|stt|ghi chu|noi dung|nam|du toan|so sanh|don vi');

/** What stands between the two sides of a ratio: `/`, or `vs` / `versus` / `against` in English. */
const QUOTIENT_SIGN = /\/|\s(?:vs\.?|versus|against)\s/;

/**
 * `TH/KH`, `TH/CK`, `Achieved vs Target`, `TH 2023/TH 2022`, `Thực hiện/Kế hoạch`, `Actual / estimate`: one value over
 * another is a ratio. Each side names a role (any of its phrases or initials, in either language)
 * or a year, and the two sides name different things: `Target / Kế hoạch`, `Achieved / Thực hiện`
 * say one thing in two languages.
 */
function isQuotient(folded: string): boolean {
  const sides = folded.split(QUOTIENT_SIGN);
  if (sides.length !== 2) return false;
  const named = sides.map((side) => {
    const roles = [PLAN, ACTUAL, PREVIOUS].map((p) => p.test(side));
    const year = YEAR.exec(side)?.[1] ?? null;
    return { roles: roles.map(Number).join(''), year, some: roles.some(Boolean) || year !== null };
  });
  if (!named.every((n) => n.some)) return false;
  const [a, b] = named;
  // `KH 2026 / Plan`: the year said on one side only is the same column named twice.
  return a.roles !== b.roles || (a.year !== null && b.year !== null && a.year !== b.year);
}

/**
 * Headers of a list of things rather than indicators — people (staff, beneficiaries) or works
 * (projects, buildings with their site and investor) — never of an indicator table.
 */
const ITEM_LIST = w(
  'ho va ten|ho ten|ho, ten|chuc vu|chuc danh|nam sinh|ngay sinh|que quan|full name|date of birth|position|ten cong trinh|ten du an|danh muc cong trinh|danh muc du an|dia diem xay dung|dia diem|chu dau tu|tong muc dau tu|nha thau|project name|name of (?:the )?project|location|investor|contractor',
);

export function isItemListHeader(text: string): boolean {
  return ITEM_LIST.test(fold(text));
}

/** What a header cell's text says. Every row's label cell is asked about: the analyser remembers the answers. */
export function classifyHeader(text: string): HeaderInfo {
  const folded = headerWords(text);
  const yearMatch = YEAR.exec(folded);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  const language: 'vi' | 'en' | null = !folded
    ? null
    : /[^\t\n\r -~]/.test(text) || VI_WORDS.test(folded) || (VI_ROLE.test(folded) && !EN_ROLE.test(folded))
      ? 'vi'
      : /[a-z]{3,}/.test(folded)
        ? 'en'
        : null;
  const addsUp = CUMULATIVE.test(folded);
  const cumulative = addsUp && !TERM.test(folded);
  // A total so far is part of the year unless it says the whole year: the year's estimate beats it.
  const partial = PARTIAL.test(folded) || (cumulative && !WHOLE_YEAR.test(folded));
  const revised = REVISED.test(folded);
  const available = AVAILABLE.test(folded);
  // A total over a term or a project's life (`Lũy kế 2021-2025`, `Cumulative (LoP)`) is another period.
  const otherPeriod = (addsUp && !cumulative) || (!cumulative && OTHER_PERIOD.test(folded));
  const info = (kind: HeaderKind): HeaderInfo => ({
    kind,
    year,
    partial,
    revised,
    otherPeriod,
    cumulative,
    available,
    language,
  });
  if (!folded || SENTENCE.test(folded)) return info('unknown');
  if (OWN_HEADERS.has(fold(text))) return info('output');
  if (STT.test(folded)) return info('stt');
  // `Đơn vị / Chỉ tiêu`: the unit of the district book (commune) heading the labels, not a unit of measure.
  if (UNIT.test(folded)) return info(LABEL.test(folded) && !PLAN.test(folded) ? 'label' : 'unit');
  if (NOTE.test(folded)) return info('note');
  const planLike = PLAN.test(folded);
  const actualLike = ACTUAL.test(folded);
  if (RATIO.test(folded) || /(^|\s)\(?%\)?$|^%/.test(folded) || isQuotient(folded)) {
    return info('ratio');
  }
  // `Lũy kế cùng kỳ`: last year's total so far is the previous period's, not this year's actual.
  if (cumulative && !planLike && !PREVIOUS.test(folded)) return info('actual');
  if ((actualLike || planLike) && year === null && LABEL_HEAD.test(folded)) return info('label');
  if (PREVIOUS.test(folded)) return info('previous');
  if (planLike && actualLike) {
    // `Ước thực hiện kế hoạch`, `Thực hiện KH`: the first word says what the column holds.
    const planAt = folded.search(PLAN);
    const actualAt = folded.search(ACTUAL);
    return info(actualAt <= planAt ? 'actual' : 'plan');
  }
  if (actualLike) return info('actual');
  if (planLike) {
    // `Chỉ tiêu NQ`, `Chỉ tiêu KH` are targets; `Targets and results`, `Targets / Indicators` name the labels.
    const withoutLabelWords = folded.replace(new RegExp(LABEL.source, 'g'), ' ');
    const namesLabels = (side: string): boolean => LABEL.test(side) || TARGET_WORD.test(side);
    const sides = folded.split('/');
    const labelSides = sides.length > 1 && sides.every(namesLabels);
    return info(LABEL.test(folded) && (labelSides || !PLAN.test(withoutLabelWords)) ? 'label' : 'plan');
  }
  if (LABEL.test(folded)) return info(year !== null ? 'plan' : 'label');
  return info('unknown');
}

/**
 * One-syllable role words as they are spelt with their marks. Folded, they are also other words
 * (`giao` of `giáo dục`, `giao thông`'s neighbour `giáo viên`; `uoc` of `ước` and `ược`): in a header
 * typed with marks, a syllable that folds to one of them only counts when it is spelt so.
 */
const ROLE_SYLLABLES: ReadonlyMap<string, string> = new Map([
  ['giao', 'giao'],
  ['uoc', 'ước'],
]);

/** The text with every syllable that only folds to a role word (`giáo`, `Ược`) masked. */
function withoutLookalikeRoleWords(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const spelt = ROLE_SYLLABLES.get(fold(word));
    return spelt === undefined || word.normalize('NFC').toLowerCase() === spelt || fold(word) === word.toLowerCase()
      ? word
      : '·';
  });
}

/**
 * A header's text as words: folded, `/` kept tight, and a role written against its year split from
 * it (`KH2024` → `kh 2024`, `ƯTH2024` → `uth 2024`, `2024KH` → `2024 kh`).
 */
export function headerWords(text: string): string {
  return fold(withoutLookalikeRoleWords(text))
    .replace(/\s*\/\s*/g, '/')
    .replace(/([a-z])((?:19|20)\d\d)(?!\d)/g, '$1 $2')
    .replace(/(?<!\d)((?:19|20)\d\d)([a-z])/g, '$1 $2');
}
