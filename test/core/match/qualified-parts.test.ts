/**
 * Kinds of variation seen in rounds 19 and 20, each with labels invented for the kind (not taken
 * from any round): a bare crop is not an indicator whose qualifier it lacks; an initialism is read as
 * its heading's family reads it; a classifier (`Cây`) is no word of a crop's name and a unit says what
 * a bare crop measures; regional and grouped names; qualifiers that do not change the indicator; and
 * qualifiers that do (capture, brackish water, another catch, a total, the whole society).
 */
import { createMatcher } from '../../../src/core/match';
import { toReport } from '../../../src/core';
import { analyzeWorkbook, catalog } from '../../helpers/engine';

const matcher = createMatcher(catalog);
const NONE: ReadonlySet<string> = new Set();
const mapped = (label: string, unit: string | null = null): string | null =>
  matcher.match(label, unit).best?.id ?? null;
const part = (label: string, heading: string, unit: string | null): string | null =>
  matcher.matchSubItem(label, heading, unit, NONE).best?.id ?? null;
const byUnit = (label: string, unit: string): string | null => matcher.matchByUnit(label, unit, NONE)?.best?.id ?? null;

describe('a bare crop is not an indicator whose distinguishing qualifier it lacks', () => {
  test.each([
    ['Tiêu', 'Diện tích cây lâu năm'],
    ['- Hồ tiêu (ha)', 'DT cây lâu năm hiện có'],
    ['+ Cây tiêu', 'Diện tích cây công nghiệp lâu năm'],
    ['Ho tieu', 'Dien tich cay lau nam'],
    ['Pepper', 'Perennial crop area'],
  ])('%s under %s', (label, heading) => {
    expect(part(label, heading, 'ha')).toBeNull();
  });
  test.each([['Diện tích hồ tiêu'], ['Hồ tiêu, ha'], ['Dien tich tieu']])('%s alone', (label) => {
    expect(mapped(label, 'ha')).toBeNull();
  });
  test.each([
    ['Diện tích cao su trồng tái canh', 'rubber_area_renovated'],
    ['Dien tich tai canh cao su', 'rubber_area_renovated'],
    ['DT tiêu được phục hồi', 'pepper_area_restored'],
    ['Diện tích cao su', 'rubber_area'],
  ])('the qualifier said, the qualified indicator: %s → %s', (label, id) => {
    expect(mapped(label, 'ha')).toBe(id);
  });
});

describe("an initialism is read as its heading's family reads it", () => {
  test.each([
    ['- NN', 'Cơ cấu kinh tế'],
    ['+ NN (%)', 'Cơ cấu giá trị sản xuất'],
    ['NN, %', 'Tỷ trọng các ngành trong GTSX'],
    ['+ NN', 'Co cau kinh te'],
    ['- NN - %', 'Cơ cấu GTSX trên địa bàn'],
  ])('%s under %s', (label, heading) => {
    expect(part(label, heading, '%')).toBe('share_agriculture');
  });
  test('alone, the most used reading stays', () => {
    expect(mapped('Giao quân NN', 'người')).toBe('military_recruitment');
  });
});

describe('a classifier is no word of the name, and a unit says what a bare crop measures', () => {
  test.each([
    ['+ Cây cao su', 'Diện tích cây lâu năm'],
    ['- Cây cao su, ha', 'DT cây lâu năm'],
    ['Trong đó: Cây cao su', 'Tổng diện tích cây lâu năm hiện có'],
    ['+ Cay cao su', 'Dien tich cay lau nam'],
    ['- Cây cao su (ha)', 'Diện tích cây công nghiệp'],
  ])('%s under %s', (label, heading) => {
    expect(part(label, heading, 'ha')).toBe('rubber_area');
  });
  test.each([
    ['+ Cây cao su, ha', 'rubber_area'],
    ['- Lúa cả năm', 'rice_area'],
    ['Cây lúa', 'rice_area'],
    ['- Cây có củ (khoai lang, sắn)', 'tuber_area'],
    ['Cay mi', 'tuber_area'],
  ])('%s in ha, with no heading → %s', (label, id) => {
    expect(byUnit(label, 'ha')).toBe(id);
  });
  test.each([['- Cây ngô'], ['+ Rau các loại'], ['Salt production area'], ['Bản Nà Lốc'], ['Diện tích lúa']])(
    'nothing to complete or nothing it names: %s',
    (label) => {
      expect(byUnit(label, 'ha')).toBeNull();
    },
  );
  test('an area under an output is no output', () => {
    expect(part('- Cây có củ (khoai lang, sắn)', 'Sản lượng lúa', 'ha')).not.toBe('tuber_output');
  });
});

describe('regional names and groups', () => {
  test.each([
    ['- Cây mì (sắn)', 'Diện tích gieo trồng cây hằng năm', 'tuber_area'],
    ['- Cay mi (san)', 'Dien tich gieo trong', 'tuber_area'],
    ['+ Cây có củ (khoai, sắn)', 'DT gieo trồng', 'tuber_area'],
  ])('%s under %s → %s', (label, heading, id) => {
    expect(part(label, heading, 'ha')).toBe(id);
  });
  test.each([['KP đạt chuẩn văn hóa'], ['Tỷ lệ KP văn hóa'], ['KP đạt chuẩn VH'], ['Tỷ lệ KP đạt danh hiệu VH']])(
    'KP is khu phố, a residential unit: %s',
    (label) => {
      expect(mapped(label, '%')).toBe('cultural_village_rate');
    },
  );
});

describe('qualifiers that do not change the indicator', () => {
  test.each([
    ['Criminal offences', 'vụ', 'criminal_cases'],
    ['Number of criminal offences', 'cases', 'criminal_cases'],
    ['Tổng SL lúa cả năm', 'tấn', 'rice_output'],
    ['Chi an ninh, trật tự an toàn xã hội', 'triệu đồng', 'expenditure_defence_security'],
  ])('%s → %s', (label, unit, id) => {
    expect(mapped(label, unit)).toBe(id);
  });
});

describe('qualifiers that change it', () => {
  test.each([
    ['Sản lượng cá khai thác', 'tấn'],
    ['Sản lượng đánh bắt thủy sản', 'tấn'],
    ['Diện tích nuôi thủy sản nước mặn', 'ha'],
    ['Sản lượng tôm, cua nuôi trồng', 'tấn'],
    ['San luong thuy san nuoc lo', 'tấn'],
    ['Tổng sản lượng thủy sản nuôi trồng', 'tấn'],
    ['Tong dien tich nuoi trong thuy san', 'ha'],
    ['Vốn đầu tư toàn xã hội trên địa bàn', 'tỷ đồng'],
    ['Tổng vốn đầu tư phát triển', 'tỷ đồng'],
  ])('%s', (label, unit) => {
    expect(mapped(label, unit)).toBeNull();
  });
  test('the part of fishery it names, fresh water, stays', () => {
    expect(mapped('Sản lượng cá nước ngọt', 'tấn')).toBe('freshwater_fish_output');
  });
});

describe("a crop's renewal named by two of its words is the indicator of either", () => {
  test.each([
    ['DT tiêu trồng lại, cải tạo', 'pepper_area_restored'],
    ['Diện tích hồ tiêu khôi phục và tái canh', 'pepper_area_restored'],
    ['Dien tich tieu tai canh, phuc hoi', 'pepper_area_restored'],
    ['Pepper area replanted and restored', 'pepper_area_restored'],
    ['Diện tích cao su cải tạo, phục hồi', 'rubber_area_renovated'],
    ['Rubber area renovated or rehabilitated', 'rubber_area_renovated'],
  ])('%s → %s', (label, id) => {
    expect(mapped(label, 'ha')).toBe(id);
  });
  test.each([['Diện tích hồ tiêu tái canh'], ['Diện tích cà phê tái canh, phục hồi'], ['Pepper area replanted']])(
    'one word of another indicator, or another crop, is not it: %s',
    (label) => {
      expect(mapped(label, 'ha')).not.toBe('pepper_area_restored');
    },
  );
});

describe('how many crops a year a field gives is no word of the name', () => {
  test.each([
    ['Diện tích lúa 2 vụ', 'rice_area'],
    ['DT lúa ba vụ trong năm', 'rice_area'],
    ['Dien tich lua hai vu', 'rice_area'],
    ['San luong lua 3 vu', 'rice_output'],
  ])('%s → %s', (label, id) => {
    expect(mapped(label, label.toLowerCase().includes('luong') ? 'tấn' : 'ha')).toBe(id);
  });
  test.each([
    ['- Lúa nước 2 vụ', 'Tổng diện tích gieo trồng cây hàng năm'],
    ['+ LUA NUOC HAI VU', 'TONG DIEN TICH GIEO TRONG CAY HANG NAM'],
    ['- Lúa 3 vụ/năm', 'Diện tích cây hàng năm'],
  ])('%s under %s is the rice area', (label, heading) => {
    const values = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      [1, heading, 'ha', 900, 950],
      [null, label, 'ha', 500, 520],
    ];
    const rows = toReport(analyzeWorkbook({ sheets: [{ name: 'S', values }] })).sheets[0].tables[0].rows;
    expect(rows.map((r) => r.indicatorId)).toEqual(['annual_crop_area', 'rice_area']);
  });
  test('a count of cases keeps its word', () => {
    expect(mapped('Số vụ cháy rừng', 'vụ')).toBeNull();
  });
});
