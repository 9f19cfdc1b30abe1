import { parseTargetText, ratingRank, readQuantity, reportValue } from '../../src/core/quantity';

describe('plan expressions', () => {
  test.each([
    ['trên 92', { kind: 'comparator', op: '>', value: 92 }],
    ['Trên 97%', { kind: 'comparator', op: '>', value: 97 }],
    ['dưới 1', { kind: 'comparator', op: '<', value: 1 }],
    ['>= 90', { kind: 'comparator', op: '>=', value: 90 }],
    ['≥ 90%', { kind: 'comparator', op: '>=', value: 90 }],
    ['<= 1,5', { kind: 'comparator', op: '<=', value: 1.5 }],
    ['từ 90% trở lên', { kind: 'comparator', op: '>=', value: 90 }],
    ['90% trở lên', { kind: 'comparator', op: '>=', value: 90 }],
    ['ít nhất 95', { kind: 'comparator', op: '>=', value: 95 }],
    ['không quá 2', { kind: 'comparator', op: '<=', value: 2 }],
    ['tối đa 3 vụ', { kind: 'comparator', op: '<=', value: 3 }],
    ['over 92', { kind: 'comparator', op: '>', value: 92 }],
    ['at least 90', { kind: 'comparator', op: '>=', value: 90 }],
    ['below 1', { kind: 'comparator', op: '<', value: 1 }],
  ])('%s is a comparator', (text, expected) => {
    expect(parseTargetText(text)).toMatchObject({ ...expected, text });
  });

  test.each([
    ['9 - 9,5', 9, 9.5],
    ['1 - 1,2', 1, 1.2],
    ['9–9,5%', 9, 9.5],
    ['từ 5 đến 6', 5, 6],
    ['1 - 1,2%/năm', 1, 1.2],
  ])('%s is a range', (text, low, high) => {
    expect(parseTargetText(text)).toMatchObject({ kind: 'range', low, high, text });
  });

  test('a number with its unit, an estimate word or a verb is a number, its words kept as written', () => {
    expect(parseTargetText('5,9 tỷ đồng')).toEqual({ kind: 'number', value: 5.9, text: '5,9 tỷ đồng' });
    expect(parseTargetText('Khoảng 35,86 ha')).toEqual({ kind: 'number', value: 35.86, text: 'Khoảng 35,86 ha' });
    expect(parseTargetText('Phấn đấu đạt 92%')).toEqual({ kind: 'number', value: 92, text: 'Phấn đấu đạt 92%' });
    expect(parseTargetText('Giữ vững 100%')).toMatchObject({ kind: 'number', value: 100 });
    expect(parseTargetText('100')).toEqual({ kind: 'number', value: 100 });
    expect(reportValue(parseTargetText('Khoảng 35,86 ha'))).toBe('Khoảng 35,86 ha');
  });

  test('a verb in front of a comparator keeps the comparator', () => {
    expect(parseTargetText('Duy trì trên 52%')).toMatchObject({ kind: 'comparator', op: '>', value: 52 });
    expect(parseTargetText('Giảm còn dưới 2%')).toMatchObject({ kind: 'comparator', op: '<', value: 2 });
    expect(parseTargetText('not exceeding 3')).toMatchObject({ kind: 'comparator', op: '<=', value: 3 });
  });

  test.each(['-', 'x', 'Chưa giao KH', 'Chưa có số liệu', ''])('%p gives nothing usable', (text) => {
    expect(['none']).toContain(parseTargetText(text).kind);
    expect(reportValue(parseTargetText(text))).toBeNull();
  });
});

describe('ratings: Xuất sắc > Tốt > Giỏi > Khá > Trung bình > Yếu > Kém', () => {
  test.each([
    ['Xuất sắc', 7],
    ['Hoàn thành xuất sắc nhiệm vụ', 7],
    ['Tốt', 6],
    ['Giỏi', 5],
    ['Loại Giỏi', 5],
    ['GIỎI', 5],
    ['Khá', 4],
    ['Trung bình', 3],
    ['Yếu', 2],
    ['Kém', 1],
    ['Good', 5],
    ['Very good', 6],
  ])('%s has rank %i', (text, rank) => {
    expect(ratingRank(text)).toBe(rank);
  });

  test('a rating reports its scale word', () => {
    expect(reportValue(parseTargetText('Loại Giỏi'))).toBe('Giỏi');
  });

  test('numbers and notes are not ratings', () => {
    expect(ratingRank('92')).toBeNull();
    expect(ratingRank('Chưa đánh giá xong vì thiếu hồ sơ của các thôn trong xã năm nay')).toBeNull();
  });
});

describe('cells', () => {
  test('error values and blanks give nothing, text targets stay verbatim', () => {
    expect(readQuantity({ error: '#DIV/0!' }, null, 'vi').kind).toBe('none');
    expect(readQuantity(null, null, 'vi').kind).toBe('none');
    expect(reportValue(readQuantity('trên 92', '@', 'vi'))).toBe('trên 92');
    expect(reportValue(readQuantity(0.045, '0.00%', 'vi'))).toBe(4.5);
    expect(reportValue(readQuantity('5,40%', '@', 'vi'))).toBe(5.4);
  });
});

describe('a comparative denied is the other side’s bound, counting itself', () => {
  test.each([
    ['fewer than 3', '<', 3],
    ['no more than 4 cases', '<=', 4],
    ['not less than 90%', '>=', 90],
    ['no fewer than 12', '>=', 12],
    ['không nhiều hơn 5 vụ', '<=', 5],
    ['không ít hơn 80', '>=', 80],
    ['lower than 2,5', '<', 2.5],
    ['không vượt quá 3', '<=', 3],
  ])('%s', (text, op, value) => {
    expect(parseTargetText(text)).toMatchObject({ kind: 'comparator', op, value, text });
  });
});
