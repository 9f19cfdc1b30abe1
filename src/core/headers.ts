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

const RATIO = w(
  'so sanh|so voi|ty le %|ti le %|% so|% ke hoach|% kh|%kh|dat %|th so kh|th so ke hoach|so (?:kh|ke hoach|ck|cung ky|dt|du toan)|muc do hoan thanh|% hoan thanh|ty le hoan thanh|tang giam|tang, giam|chenh lech|compar\\w*|ratio|% of|percent of|variance|th/kh|th/dt|tang/giam',
);
const NOTE = w(
  'ghi chu|chu thich|note|notes|remarks?|comments?|danh gia|tu danh gia|danh gia ket qua|ket qua danh gia|assessment|evaluation',
);
const STT = /^(stt|tt|so tt|so thu tu|no\.?|no|#|nr\.?|number|order)$/;
const UNIT = /^(dvt|d\.v\.t|don vi tinh|don vi|dv tinh|dv|unit|units|unit of measure)\b/;
const LABEL = w(
  'chi tieu|noi dung|ten chi tieu|cac chi tieu|hang muc|danh muc|linh vuc|khoan muc|indicators?|items?|contents?|descriptions?|targets and results',
);
const PREVIOUS = w('cung ky|nam truoc|ky truoc|same period|last year|previous year|previous period|prior year');
const ACTUAL = w(
  'thuc hien|th|uoc th|uth|u th|uoc tinh|uoc thuc hien|uoc dat|uoc|quyet toan|qt|ket qua|dat duoc|actual|actuals|result|results|achieved|estimated?|outturn|performance',
);
const PLAN = w(
  'ke hoach|kh|du toan|dt|plan|planned|target|targets|nghi quyet|nq|muc tieu|chi tieu giao|giao|chi tieu ke hoach|budget|goal',
);
const REVISED = w('dieu chinh|dc|khdc|dtdc|adjusted|revised');
/** A sentence typed beside a table (`1. Nhập số liệu kế hoạch theo …`) is a note, whatever words it has. */
const SENTENCE = /^\d+[.)]\s+\S+(?:\s+\S+){4,}|(?:\S+\s+){12,}\S/;
const PARTIAL = w('\\d+ thang|thang|quy|6 months|9 months|months|quarter|q[1-4]|nua nam|half');
const YEAR = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/;
const VI_WORDS = w('chi tieu|ke hoach|thuc hien|dvt|stt|ghi chu|noi dung|nam|du toan|so sanh|don vi');

const VALUE_SIDE = w(
  'th|kh|ck|dt|qt|nt|uth|thuc hien|ke hoach|cung ky|du toan|quyet toan|nam truoc|uoc th|plan|actual|target',
);

/** `TH/KH`, `TH/CK`, `TH 2023/TH 2022`, `Thực hiện/Kế hoạch`: one value over another is a ratio. */
function isQuotient(folded: string): boolean {
  const sides = folded.split('/');
  if (sides.length !== 2) return false;
  return sides.every((side) => VALUE_SIDE.test(side) || YEAR.test(side));
}

/** Headers of a list of people (staff, beneficiaries), never of an indicator table. */
const PERSON_LIST = w(
  'ho va ten|ho ten|ho, ten|chuc vu|chuc danh|nam sinh|ngay sinh|que quan|full name|date of birth|position',
);

export function isPersonListHeader(text: string): boolean {
  return PERSON_LIST.test(fold(text));
}

/** What a header cell's text says. Every row's label cell is asked about: the analyser remembers the answers. */
export function classifyHeader(text: string): HeaderInfo {
  const folded = fold(text).replace(/\s*\/\s*/g, '/');
  const yearMatch = YEAR.exec(folded);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  const language: 'vi' | 'en' | null = !folded
    ? null
    : /[^\t\n\r -~]/.test(text) || VI_WORDS.test(folded)
      ? 'vi'
      : /[a-z]{3,}/.test(folded)
        ? 'en'
        : null;
  const partial = PARTIAL.test(folded);
  const revised = REVISED.test(folded);
  const info = (kind: HeaderKind): HeaderInfo => ({ kind, year, partial, revised, language });
  if (!folded || SENTENCE.test(folded)) return info('unknown');
  if (OWN_HEADERS.has(fold(text))) return info('output');
  if (STT.test(folded)) return info('stt');
  if (UNIT.test(folded)) return info('unit');
  if (NOTE.test(folded)) return info('note');
  const planLike = PLAN.test(folded);
  const actualLike = ACTUAL.test(folded);
  if (RATIO.test(folded) || /(^|\s)\(?%\)?$|^%/.test(folded) || isQuotient(folded)) {
    return info('ratio');
  }
  if (PREVIOUS.test(folded)) return info('previous');
  if (planLike && actualLike) {
    // `Ước thực hiện kế hoạch`, `Thực hiện KH`: the first word says what the column holds.
    const planAt = folded.search(PLAN);
    const actualAt = folded.search(ACTUAL);
    return info(actualAt <= planAt ? 'actual' : 'plan');
  }
  if (actualLike) return info('actual');
  if (planLike) return info(LABEL.test(folded) && !/giao|ke hoach|kh/.test(folded) && year === null ? 'label' : 'plan');
  if (LABEL.test(folded)) return info(year !== null ? 'plan' : 'label');
  return info('unknown');
}
