/**
 * Issue 17: the legacy Vietnamese font encodings read as Unicode NFC.
 * The expected codes below are written out from the published tables (TCVN 5712:1993 VN3 as the
 * ABC fonts draw it; VNI-Windows as VNI-Times draws it), not computed by the module under test.
 */
import {
  decodeCellText,
  decodeLegacyText,
  decodeSheetGrid,
  decodeTcvn3,
  decodeVni,
  encodeLegacy,
  encodingOfFont,
  isVietnameseSyllable,
} from '../../src/core/legacy-encoding';
import { DEFAULT_CATALOG_DATA } from '../../src/core/catalog';
import { fold } from '../../src/core/text';

/** Each vowel's forms: level, huyền, hỏi, ngã, sắc, nặng. */
const FORMS: [string, string][] = [
  ['a', 'aàảãáạ'],
  ['ă', 'ăằẳẵắặ'],
  ['â', 'âầẩẫấậ'],
  ['e', 'eèẻẽéẹ'],
  ['ê', 'êềểễếệ'],
  ['i', 'iìỉĩíị'],
  ['o', 'oòỏõóọ'],
  ['ô', 'ôồổỗốộ'],
  ['ơ', 'ơờởỡớợ'],
  ['u', 'uùủũúụ'],
  ['ư', 'ưừửữứự'],
  ['y', 'yỳỷỹýỵ'],
];

/** TCVN3 (ABC) code of each form above, as Windows-1252 characters (the soft hyphen U+00AD is ư). */
const TCVN3: Record<string, string[]> = {
  a: ['a', 'µ', '¶', '·', '¸', '¹'],
  ă: ['¨', '»', '¼', '½', '¾', 'Æ'],
  â: ['©', 'Ç', 'È', 'É', 'Ê', 'Ë'],
  e: ['e', 'Ì', 'Î', 'Ï', 'Ð', 'Ñ'],
  ê: ['ª', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö'],
  i: ['i', '×', 'Ø', 'Ü', 'Ý', 'Þ'],
  o: ['o', 'ß', 'á', 'â', 'ã', 'ä'],
  ô: ['«', 'å', 'æ', 'ç', 'è', 'é'],
  ơ: ['¬', 'ê', 'ë', 'ì', 'í', 'î'],
  u: ['u', 'ï', 'ñ', 'ò', 'ó', 'ô'],
  ư: ['\u00ad', 'õ', 'ö', '÷', 'ø', 'ù'],
  y: ['y', 'ú', 'û', 'ü', 'ý', 'þ'],
};

/** VNI-Windows sequence of each lower-case form above. */
const VNI: Record<string, string[]> = {
  a: ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ă: ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  â: ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  e: ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ê: ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  i: ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  o: ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ô: ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ơ: ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  u: ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ư: ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  y: ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
};

/** VNI-Windows sequence of each capital form. */
const VNI_CAPITALS: Record<string, string[]> = {
  A: ['A', 'AØ', 'AÛ', 'AÕ', 'AÙ', 'AÏ'],
  Ă: ['AÊ', 'AÈ', 'AÚ', 'AÜ', 'AÉ', 'AË'],
  Â: ['AÂ', 'AÀ', 'AÅ', 'AÃ', 'AÁ', 'AÄ'],
  E: ['E', 'EØ', 'EÛ', 'EÕ', 'EÙ', 'EÏ'],
  Ê: ['EÂ', 'EÀ', 'EÅ', 'EÃ', 'EÁ', 'EÄ'],
  I: ['I', 'Ì', 'Æ', 'Ó', 'Í', 'Ò'],
  O: ['O', 'OØ', 'OÛ', 'OÕ', 'OÙ', 'OÏ'],
  Ô: ['OÂ', 'OÀ', 'OÅ', 'OÃ', 'OÁ', 'OÄ'],
  Ơ: ['Ô', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÙ', 'ÔÏ'],
  U: ['U', 'UØ', 'UÛ', 'UÕ', 'UÙ', 'UÏ'],
  Ư: ['Ö', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÙ', 'ÖÏ'],
  Y: ['Y', 'YØ', 'YÛ', 'YÕ', 'YÙ', 'Î'],
};

const TONES = ['level', 'huyền', 'hỏi', 'ngã', 'sắc', 'nặng'];

const cases = (table: Record<string, string[]>, upper: boolean): [string, string, string][] =>
  FORMS.flatMap(([vowel, forms]) =>
    [...forms].map((letter, i): [string, string, string] => [
      `${upper ? letter.toUpperCase() : letter} (${TONES[i]})`,
      (table[upper ? vowel.toUpperCase() : vowel] ?? table[vowel])[i],
      upper ? letter.toUpperCase() : letter,
    ]),
  );

describe('TCVN3 (ABC) → Unicode NFC, every letter in every tone', () => {
  test.each(cases(TCVN3, false))('%s in .VnTime', (_name, code, letter) => {
    const decoded = decodeTcvn3(code);
    expect(decoded).toBe(letter);
    expect(decoded).toBe(decoded.normalize('NFC'));
  });
  test.each(cases(TCVN3, false).map(([n, c, l]) => [n.toUpperCase(), c, l.toUpperCase()]))(
    '%s in .VnTimeH (capital font, same codes)',
    (_name, code, letter) => {
      expect(decodeTcvn3(code, true)).toBe(letter);
    },
  );
  test.each([
    ['đ', '®'],
    ['Đ', '§'],
    ['Ă', '¡'],
    ['Â', '¢'],
    ['Ê', '£'],
    ['Ô', '¤'],
    ['Ơ', '¥'],
    ['Ư', '¦'],
  ])('%s has its own code', (letter, code) => {
    expect(decodeTcvn3(code)).toBe(letter);
    expect(encodeLegacy(letter, 'tcvn3')).toBe(code);
  });
  test('every form encodes back to its code', () => {
    for (const [, code, letter] of cases(TCVN3, false)) expect(encodeLegacy(letter, 'tcvn3')).toBe(code);
  });
});

describe('VNI-Windows → Unicode NFC, every letter in every tone', () => {
  test.each(cases(VNI, false))('%s', (_name, sequence, letter) => {
    const decoded = decodeVni(sequence);
    expect(decoded).toBe(letter);
    expect(decoded).toBe(decoded.normalize('NFC'));
    expect(encodeLegacy(letter, 'vni')).toBe(sequence);
  });
  test.each(cases(VNI_CAPITALS, true))('%s', (_name, sequence, letter) => {
    expect(decodeVni(sequence)).toBe(letter);
    expect(encodeLegacy(letter, 'vni')).toBe(sequence);
  });
  test.each([
    ['đ', 'ñ'],
    ['Đ', 'Ñ'],
  ])('%s', (letter, code) => {
    expect(decodeVni(code)).toBe(letter);
    expect(encodeLegacy(letter, 'vni')).toBe(code);
  });
});

describe('whole words as offices typed them', () => {
  test.each([
    ['S¶n l­îng lóa', 'Sản lượng lúa'],
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Tû lÖ hé nghÌo (%)', 'Tỷ lệ hộ nghèo (%)'],
    ['Thu ng©n s¸ch 1.152,5 triÖu ®ång', 'Thu ngân sách 1.152,5 triệu đồng'],
  ])('TCVN3 %s', (written, unicode) => {
    expect(decodeTcvn3(written)).toBe(unicode);
    expect(decodeCellText(written)).toEqual({ text: unicode, encoding: 'tcvn3' });
    expect(decodeCellText(written, '.VnTime')).toEqual({ text: unicode, encoding: 'tcvn3' });
  });
  test.each([
    ['Saûn löôïng luùa', 'Sản lượng lúa'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Tyû leä hoä ngheøo (%)', 'Tỷ lệ hộ nghèo (%)'],
    ['Ngöôøi', 'Người'],
  ])('VNI %s', (written, unicode) => {
    expect(decodeVni(written)).toBe(unicode);
    expect(decodeCellText(written, 'VNI-Times')).toEqual({ text: unicode, encoding: 'vni' });
  });
  test('.VnTimeH shows every letter as a capital', () => {
    expect(decodeCellText('kinh tÕ', '.VnTimeH')).toEqual({ text: 'KINH TẾ', encoding: 'tcvn3' });
    expect(decodeCellText('KINH TÕ', '.VnTimeH').text).toBe('KINH TẾ');
  });
});

test('fonts name their encoding', () => {
  expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
  expect(encodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
  expect(encodingOfFont('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', upper: true });
  expect(encodingOfFont('.VnCentury Schoolbook')).toEqual({ encoding: 'tcvn3', upper: false });
  expect(encodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
  expect(encodingOfFont('VNI-Helve-Condense')).toEqual({ encoding: 'vni', upper: false });
  for (const font of ['Times New Roman', 'Arial', 'Calibri', 'Vni', 'Verdana', '', null, undefined]) {
    expect(encodingOfFont(font)).toBeNull();
  }
});

/** 200 labels in English or in Vietnamese without diacritics, from the catalog and the way offices shorten them. */
function plainLabels(): string[] {
  const labels = new Set<string>();
  for (const entry of DEFAULT_CATALOG_DATA.indicators) {
    labels.add(entry.nameEn);
    labels.add(fold(entry.nameVi).replace(/^./, (c) => c.toUpperCase()));
    for (const alias of entry.aliases ?? []) labels.add(/[^\p{ASCII}]/u.test(alias) ? fold(alias) : alias);
  }
  return [...labels].filter((l) => /^[\p{ASCII}]+$/u.test(l)).slice(0, 200);
}

describe('plain Latin text is never converted', () => {
  const labels = plainLabels();
  test('there are 200 of them', () => expect(labels).toHaveLength(200));
  test.each([null, '.VnTime', '.VnTimeH', 'VNI-Times'])('font %s: every label untouched', (font) => {
    for (const label of labels) expect(decodeCellText(label, font)).toEqual({ text: label, encoding: null });
    expect(decodeLegacyText(labels.join('\n'))).toEqual({ text: labels.join('\n'), encoding: null });
  });
  test('Unicode Vietnamese without a legacy font is never converted', () => {
    for (const entry of DEFAULT_CATALOG_DATA.indicators) {
      for (const label of [entry.nameVi, ...(entry.aliases ?? [])]) {
        expect(decodeCellText(label)).toEqual({ text: label, encoding: null });
        expect(decodeCellText(label.normalize('NFD'))).toEqual({ text: label.normalize('NFD'), encoding: null });
      }
    }
  });
  test.each(['Café', 'naïve', 'Cà phê', 'Có', 'Lúa', 'Tôm', '25 m²', '±5%', '½ năm', '© 2023', 'Müller', 'São Paulo'])(
    'Latin-1 text that reads as written: %s',
    (text) => expect(decodeCellText(text)).toEqual({ text, encoding: null }),
  );
});

test('the catalog Vietnamese labels, typed in TCVN3 or VNI, are recognised by their characters alone', () => {
  let labels = 0;
  const found = { tcvn3: 0, vni: 0 };
  for (const entry of DEFAULT_CATALOG_DATA.indicators) {
    for (const label of [entry.nameVi, ...(entry.aliases ?? [])]) {
      if (/^[\p{ASCII}]+$/u.test(label)) continue;
      labels++;
      for (const encoding of ['tcvn3', 'vni'] as const) {
        const decoded = decodeCellText(encodeLegacy(label, encoding));
        if (decoded.encoding === encoding) {
          found[encoding]++;
          // TCVN3 has no toned capitals: those come back in lower case.
          expect(decoded.text.toLowerCase()).toBe(label.toLowerCase());
        } else expect(decoded.encoding).toBeNull();
      }
    }
  }
  // A short label such as `SL lúa` (`SL lóa`) reads as Vietnamese either way: the sheet or the font decides it.
  expect(found.tcvn3 / labels).toBeGreaterThan(0.97);
  expect(found.vni / labels).toBeGreaterThan(0.97);
});

test('syllables', () => {
  for (const w of ['người', 'Nguyễn', 'khuỷu', 'quốc', 'giữa', 'hoá', 'hóa', 'thuở', 'ấy', 'gì', 'yêu', 'xoong'])
    expect([w, isVietnameseSyllable(w)]).toEqual([w, true]);
  for (const w of ['cat', 'hoạt', 'lẹo', 'hoà', 'thực', 'thưc', 'thừc', 'tæng', 'ñôn', 'leọ', 'street', 'bàá'])
    expect([w, isVietnameseSyllable(w)]).toEqual([w, w === 'hoạt' || w === 'lẹo' || w === 'hoà' || w === 'thực']);
});

describe('a sheet', () => {
  test('cells in a legacy font are read in it; the sheet tells the doubtful ones; the text as written is kept', () => {
    const grid = {
      name: 'BC',
      values: [
        ['STT', 'ChØ tiªu', '§VT', 'KH', 'TH'],
        [1, 'Tæng s¶n l­îng l­¬ng thùc', 'tÊn', 100, 90],
        [2, 'Häc sinh giái', '%', 'Giái', 'Kh¸'],
        [3, 'Sè hé', 'hé', 5, 6],
      ],
      fonts: [['.VnTimeH', '.VnTimeH', '.VnTimeH'], [null, null, null], [], []],
    };
    const decoded = decodeSheetGrid(grid);
    expect(decoded.encoding).toBe('tcvn3');
    expect(decoded.grid.values).toEqual([
      ['STT', 'CHỈ TIÊU', 'ĐVT', 'KH', 'TH'],
      [1, 'Tổng sản lượng lương thực', 'tấn', 100, 90],
      [2, 'Học sinh giỏi', '%', 'Giỏi', 'Khá'],
      [3, 'Số hộ', 'hộ', 5, 6],
    ]);
    expect(decoded.written.get('Số hộ')).toBe('Sè hé');
    expect(grid.values[1][1]).toBe('Tæng s¶n l­îng l­¬ng thùc');
  });
  test('a Unicode sheet is the same grid, untouched', () => {
    const grid = {
      name: 'x',
      values: [
        ['Chỉ tiêu', 'KH'],
        ['Có', 'Cà phê'],
        ['Café', 1],
      ],
    };
    const decoded = decodeSheetGrid(grid, 'Calibri');
    expect(decoded.grid).toBe(grid);
    expect(decoded.encoding).toBeNull();
  });
  test('the workbook default font counts for cells that name none', () => {
    const decoded = decodeSheetGrid({ name: 'x', values: [['Cã']] }, '.VnTime');
    expect(decoded.grid.values[0][0]).toBe('Có');
  });
});

test('a document: converted only when its words leave no doubt', () => {
  const text = 'NghÞ quyÕt\nC¸c chØ tiªu chñ yÕu\n1. Tæng s¶n l­îng l­¬ng thùc ®¹t 5.000 tÊn';
  expect(decodeLegacyText(text)).toEqual({
    text: 'Nghị quyết\nCác chỉ tiêu chủ yếu\n1. Tổng sản lượng lương thực đạt 5.000 tấn',
    encoding: 'tcvn3',
  });
  expect(decodeLegacyText(encodeLegacy('Các chỉ tiêu chủ yếu: tỷ lệ hộ nghèo giảm còn 2%', 'vni'))).toEqual({
    text: 'Các chỉ tiêu chủ yếu: tỷ lệ hộ nghèo giảm còn 2%',
    encoding: 'vni',
  });
  expect(decodeLegacyText('Các chỉ tiêu chủ yếu').encoding).toBeNull();
});
