/** Appendix tables: the plan column chosen by its header; the direction a target's words give; a figure is no rating. */
import { documentFromText } from '../../src/core/draft/document';
import { readTargetTable } from '../../src/core/draft/tables';
import { textDirection } from '../../src/core/draft/targets';
import { clauseFigure } from '../../src/core/draft/values';
import { draftFromText } from '../helpers/engine';

describe('the plan column of a table', () => {
  const HEADERS: [string, string[], number, number | string][] = [
    [
      'estimate beside plan',
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Ước TH năm 2024', 'Kế hoạch năm 2025', 'KH 2025 so với ƯTH 2024 (%)'],
      2025,
      76,
    ],
    [
      'three value columns, the plan year last',
      ['STT', 'Nội dung', 'Dự toán năm 2025', 'Ước thực hiện năm 2025', 'Dự toán năm 2026'],
      2026,
      80,
    ],
    ['TH / KH / note', ['STT', 'Chỉ tiêu', 'ĐVT', 'TH năm 2024', 'KH năm 2025', 'Ghi chú'], 2025, 76],
    ['plan before the estimate', ['TT', 'Nội dung', 'KH 2025', 'Ước TH 2024'], 2025, 76],
  ];
  test.each(HEADERS)('%s', (_, header, year, plan) => {
    const values: Record<string, string> = {
      'Ước TH năm 2024': '71,5',
      'Kế hoạch năm 2025': '76',
      'KH 2025 so với ƯTH 2024 (%)': '106,3',
      'Dự toán năm 2025': '70',
      'Ước thực hiện năm 2025': '75',
      'Dự toán năm 2026': '80',
      'TH năm 2024': '71',
      'KH năm 2025': '76',
      'Ghi chú': '',
      'KH 2025': '76',
      'Ước TH 2024': '71',
    };
    const row = header.map((h) =>
      /^(STT|TT)$/.test(h)
        ? '1'
        : /Chỉ tiêu|Nội dung/.test(h)
          ? 'Thu nhập bình quân đầu người'
          : h === 'ĐVT'
            ? 'Triệu đồng'
            : values[h],
    );
    const read = readTargetTable([header, row], year, null);
    expect(read?.targets[0]).toMatchObject({ label: 'Thu nhập bình quân đầu người', plan });
  });

  test('tab-separated rows pasted from Excel, with groups, parts, a bound and a word as plan', () => {
    const doc = documentFromText(
      [
        'STT\tChỉ tiêu\tĐVT\tTH năm 2024\tKH năm 2025\tGhi chú',
        'I\tKINH TẾ\t\t\t\t',
        '5\tDiện tích gieo trồng cây hằng năm\tHa\t268\t275\t',
        '-\tDiện tích lúa\tHa\t146\t140\t',
        '2\tCơ cấu kinh tế\t%\t100\t100\t',
        '10\tTỷ lệ sinh con thứ 3 trở lên\t%\t9,6\tDưới 9\t',
        '11\tTỷ lệ trẻ em được tiêm chủng đầy đủ\t%\t98,5\t≥98\t',
        '12\tXã đạt chuẩn an toàn về an ninh, trật tự\t\tĐạt\tĐạt\t',
        '13\tTuyển quân\tNgười\t6\tTheo chỉ tiêu huyện giao\t',
      ].join('\n'),
    );
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no table read');
    const read = readTargetTable(table.rows, 2025, null);
    expect(read?.targets.map((t) => [t.label, t.plan, t.group, t.parent])).toEqual([
      ['Diện tích gieo trồng cây hằng năm', 275, 'KINH TẾ', null],
      ['Diện tích lúa', 140, 'KINH TẾ', 'Diện tích gieo trồng cây hằng năm'],
      ['Tỷ lệ sinh con thứ 3 trở lên', 'dưới 9', 'KINH TẾ', null],
      ['Tỷ lệ trẻ em được tiêm chủng đầy đủ', 'từ 98 trở lên', 'KINH TẾ', null],
      ['Xã đạt chuẩn an toàn về an ninh, trật tự', 'Đạt', 'KINH TẾ', null],
    ]);
    expect(read?.skipped.map((s) => s.reason)).toEqual(['total', 'no-plan']);
  });

  test('pipe and space-aligned tables are tables too', () => {
    const pipe = documentFromText(
      '| STT | Chỉ tiêu | ĐVT | KH 2025 |\n|---|---|---|---|\n| 1 | Sản lượng lúa | Tấn | 5.250 |',
    );
    const aligned = documentFromText(
      'STT   Chỉ tiêu          ĐVT    KH 2025\n1     Sản lượng lúa     Tấn    5.250\n2     Đàn lợn           Con    6.800',
    );
    for (const doc of [pipe, aligned]) {
      const table = doc.blocks.find((b) => b.kind === 'table');
      expect(table && table.kind === 'table' && readTargetTable(table.rows, 2025, null)?.targets[0]).toMatchObject({
        label: 'Sản lượng lúa',
        plan: 5250,
      });
    }
  });
});

describe('the direction of a target the catalog does not have', () => {
  const ROWS: [string, string, string][] = [
    ['Kết nạp đảng viên', 'Kết nạp 08 đảng viên', 'higher'],
    ['Giảm tỷ lệ hộ cận nghèo', 'giảm tỷ lệ hộ cận nghèo 0,3%', 'higher'],
    ['Tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo còn dưới 4,5%', 'lower'],
    ['Số vụ cháy rừng', 'Số vụ cháy rừng không quá 2 vụ', 'lower'],
    ['Chi khác', 'Chi khác 60 triệu đồng', 'ceiling'],
    ['Tỷ trọng dịch vụ', 'Tỷ trọng dịch vụ 40%', 'info'],
    ['Xếp loại Đảng bộ xã', 'Đảng bộ xã hoàn thành tốt nhiệm vụ', 'rating'],
    ['Chi bộ hoàn thành tốt nhiệm vụ', 'Trên 85% chi bộ hoàn thành tốt nhiệm vụ', 'higher'],
  ];
  test.each(ROWS)('%s (%s) → %s', (label, clause, direction) => {
    const figure = clauseFigure(clause);
    if (!figure) throw new Error('no figure');
    expect(textDirection(label, figure)).toBe(direction);
  });
});

describe('a figure is never placed under a rating', () => {
  test('"Công an xã hoàn thành 100% chỉ tiêu" is a share to reach, not the police rating; "Xếp loại … đạt Khá" is', () => {
    const draft = draftFromText(
      [
        'Các chỉ tiêu chủ yếu năm 2025:',
        '- Công an xã hoàn thành 100% chỉ tiêu, nhiệm vụ Công an huyện giao.',
        '- Xếp loại Công an xã đạt Khá trở lên.',
      ].join('\n'),
    );
    const share = draft.targets.find((t) => t.plan === 100);
    expect(share).toMatchObject({ unit: '%', direction: 'higher' });
    expect(share?.indicatorId).not.toBe('commune_police_rating');
    expect(draft.targets.find((t) => t.indicatorId === 'commune_police_rating')).toMatchObject({
      name: 'Xếp loại Công an xã',
      plan: 'Khá',
      direction: 'rating',
    });
  });
});
