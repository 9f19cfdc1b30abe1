/**
 * Words that change what a label means although the rest of it is alike, written as people write
 * them and read through the engine's vocabulary, so they meet the label's words in the same form.
 */
import { fold } from '../text';
import type { Vocabulary } from './words';

/** Sectors: a label about one is never an indicator about another. */
const SECTORS: readonly string[] = [
  'nông nghiệp',
  'công nghiệp',
  'lâm nghiệp',
  'ngư nghiệp',
  'thủy sản',
  'dịch vụ',
  'thương mại',
];

/** A label with one of these means another indicator than an alias without it (`hộ cận nghèo` ≠ `hộ nghèo`). */
const MEANING_CHANGERS: readonly string[] = [
  'hộ cận nghèo',
  'thoát nghèo',
  'tái nghèo',
  'lao động',
  'cao tuổi',
  // bảo hiểm xã hội is not bảo hiểm y tế; THPT is not THCS
  'xã hội',
  'social insurance',
  'trung học phổ thông',
  // parts of a transfer, not the transfer: bổ sung cân đối / có mục tiêu
  'cân đối',
  'mục tiêu',
  'targeted',
  // a cultural house is not a cultural village; deaths and damage are not the thing itself
  'nhà văn hóa',
  'chết',
  'thiệt hại',
  'damaged',
  // the state budget collected on the territory (NSNN trên địa bàn) is wider than the commune's budget
  'nhà nước',
  'trên địa bàn',
  'state budget',
  // a school level narrows enrolment to another measure (preschool is not school age)
  'mẫu giáo',
  'mầm non',
  'nhà trẻ',
  'preschool',
  'kindergarten',
  // a life stage narrows a measure of children to another one (newborns' weight is not under-fives')
  'sơ sinh',
  'newborn',
  'mang thai',
  'pregnant',
  // a residual item ('Thu khác', 'Other revenue') is never the total nor any named item
  'khác',
  'other',
  // a crop's area replanted, renovated or restored is not its area (nor one of them another)
  'tái canh',
  'cải tạo',
  'phục hồi',
  'replanted',
  'replanting',
  'renovated',
  'restored',
];

/** A changer that is a word of a longer name changes nothing there (`an toàn xã hội` is public order). */
const BOUND_CHANGERS: readonly (readonly [string, string])[] = [
  ['xã hội', 'an toàn xã hội'],
  ['xã hội', 'trật tự xã hội'],
];

/** An alias with one of these is another indicator than a label without it (`phi nông nghiệp` ≠ `nông nghiệp`). */
const OPPOSITES: readonly string[] = [
  'phi nông nghiệp',
  'hộ cận nghèo',
  'thoát nghèo',
  // a crop's area restored or renovated is not the crop named bare (`Tiêu`, `Hồ tiêu`)
  'phục hồi',
  'restored',
  'tái canh',
  'cải tạo',
  'renovated',
];

/**
 * Words that set one part of a domain apart from another, within that domain only: in fishery,
 * capture is not farming and brackish or salt water is not fresh (`Sản lượng thủy sản khai thác` is
 * not the freshwater fish output), while `Sản lượng mủ cao su khai thác` is the rubber output.
 */
const SCOPED_CHANGERS: readonly {
  readonly scope: readonly string[];
  readonly changers: readonly string[];
  /** Named with these, the label names the part the catalog counts too (`nước lợ, nước ngọt`). */
  readonly unless: readonly string[];
}[] = [
  {
    unless: ['nước ngọt', 'freshwater'],
    scope: ['thủy sản', 'hải sản', 'cá', 'tôm', 'fish', 'fishery', 'fisheries', 'aquaculture', 'seafood'],
    changers: [
      'khai thác',
      'đánh bắt',
      'nước lợ',
      'nước mặn',
      'lợ',
      'mặn',
      'hải sản',
      // another catch than fish: shrimp, clams, crabs, squid
      'tôm',
      'ngao',
      'nghêu',
      'sò',
      'cua',
      'mực',
      'shrimp',
      'clam',
      'crab',
      'squid',
      'capture',
      'caught',
      'brackish',
      'marine',
      'saltwater',
    ],
  },
];

/**
 * Changers of one kind, named together as one piece of work (`phục hồi, tái canh`, `replanted and
 * restored`, a crop's renewal): such a label is the indicator that names either of them.
 */
const KIN_CHANGERS: readonly (readonly string[])[] = [
  ['tái canh', 'cải tạo', 'phục hồi', 'replanted', 'replanting', 'renovated', 'restored'],
];

/** Parts that, all named, make the whole again (`bổ sung cân đối, có mục tiêu` is the whole transfer). */
const WHOLES: readonly (readonly string[])[] = [
  ['cân đối', 'mục tiêu'],
  ['balancing', 'targeted'],
];

/** Revenue and expenditure: a label starting with one is never an indicator starting with the other. */
const SIDES: readonly (readonly [string, string])[] = [
  ['thu', 'chi'],
  ['revenue', 'expenditure'],
];

/** Named together, these make a combined indicator of their own (`gia súc, gia cầm`). */
const TOGETHER: readonly (readonly [string, string])[] = [['gia súc', 'gia cầm']];

/** Words a count starts with (`Số hộ …`), and words a rate starts with (`Tỷ lệ …`). */
const COUNT_STARTS: readonly string[] = ['số', 'tổng số', 'number of', 'tổng đàn'];
const RATE_STARTS: readonly string[] = ['tỷ lệ', 'share of'];

export interface Contrasts {
  sectors: readonly string[];
  meaningChangers: readonly string[];
  opposites: readonly string[];
  together: readonly (readonly [string, string])[];
  wholes: readonly (readonly string[])[];
  /** Changers of one kind (see `KIN_CHANGERS`). */
  kin: readonly (readonly string[])[];
  scoped: readonly { scope: readonly string[]; changers: readonly string[]; unless: readonly string[] }[];
  /** A changer and the longer name, as words in order, in which it changes nothing. */
  bound: readonly (readonly [string, readonly string[]])[];
  sides: readonly (readonly [string, string])[];
  countStarts: readonly string[];
  rateStarts: readonly string[];
}

/** A phrase as the one feature it becomes: its single word, or its two words as a pair (in either order, as pairs are kept). */
function feature(vocabulary: Vocabulary, phrase: string): string {
  return vocabulary
    .words(phrase)
    .slice(0, 2)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join(' ');
}

/** A phrase's words in order, for what a label starts with. */
function sequence(vocabulary: Vocabulary, phrase: string): string {
  return vocabulary.words(phrase).slice(0, 2).join(' ');
}

export function compileContrasts(vocabulary: Vocabulary): Contrasts {
  const compile = (list: readonly string[]): string[] => [...new Set(list.map((p) => feature(vocabulary, p)))];
  const starts = (list: readonly string[]): string[] => [...new Set(list.map((p) => sequence(vocabulary, p)))];
  return {
    sectors: compile(SECTORS),
    meaningChangers: compile(MEANING_CHANGERS),
    opposites: compile(OPPOSITES),
    together: TOGETHER.map(([a, b]) => [feature(vocabulary, a), feature(vocabulary, b)] as const),
    wholes: WHOLES.map((parts) => parts.map((p) => feature(vocabulary, p))),
    kin: KIN_CHANGERS.map(compile),
    scoped: SCOPED_CHANGERS.map((s) => ({
      scope: compile(s.scope),
      changers: compile(s.changers),
      unless: compile(s.unless),
    })),
    bound: BOUND_CHANGERS.map(([x, phrase]) => [feature(vocabulary, x), vocabulary.words(phrase)] as const),
    sides: SIDES.map(([a, b]) => [feature(vocabulary, a), feature(vocabulary, b)] as const),
    countStarts: starts(COUNT_STARTS),
    rateStarts: starts(RATE_STARTS),
  };
}

/** The contrasts for labels typed without diacritics, folded like them. */
export function foldContrasts(c: Contrasts): Contrasts {
  const sortedPair = (x: string): string =>
    x
      .split(' ')
      .map(fold)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .join(' ');
  const f = (list: readonly string[]): string[] => list.map(sortedPair);
  const pair = ([a, b]: readonly [string, string]): readonly [string, string] => [sortedPair(a), sortedPair(b)];
  return {
    sectors: f(c.sectors),
    meaningChangers: f(c.meaningChangers),
    opposites: f(c.opposites),
    together: c.together.map(pair),
    wholes: c.wholes.map(f),
    kin: c.kin.map((list) => [...new Set(f(list))]),
    scoped: c.scoped.map((s) => ({ scope: f(s.scope), changers: f(s.changers), unless: f(s.unless) })),
    bound: c.bound.map(([x, phrase]) => [sortedPair(x), phrase.map(fold)] as const),
    sides: c.sides.map(([a, b]) => [fold(a), fold(b)] as const),
    countStarts: c.countStarts.map(fold),
    rateStarts: c.rateStarts.map(fold),
  };
}
