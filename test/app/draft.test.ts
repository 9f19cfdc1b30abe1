/**
 * The draft operation both shells use: a resolution's targets become a sheet with chitieu's percent
 * and status columns; a text with no target adds nothing and says which document; a sheet name the
 * workbook already has is never overwritten.
 */
import { draft } from '../../src/app';
import { createEngine } from '../../src/core/engine';
import { messages } from '../../src/core/messages';
import { FileHost } from '../../src/hosts/xlsx/file-host';

const engine = createEngine();
const TEXT = [
  'NGHỊ QUYẾT về nhiệm vụ năm 2026',
  'Các chỉ tiêu chủ yếu:',
  '- Thu nhập bình quân đầu người đạt 68 triệu đồng/người/năm;',
  '- Tỷ lệ hộ nghèo giảm còn dưới 1,5%;',
  '- Tỷ lệ tham gia bảo hiểm y tế đạt 95%.',
].join('\n');

function options(sheetName = 'Theo dõi chỉ tiêu') {
  return { messages: messages('vi'), documentName: 'nghi-quyet.txt', sheetName };
}

test('the targets become a sheet whose status column is chitieu’s own formulas', async () => {
  const host = FileHost.create('theo-doi.xlsx');
  const drafted = await draft(engine, host, engine.draftFromText(TEXT), options());
  expect(drafted.sheet).toBe('Theo dõi chỉ tiêu');
  const table = drafted.analysis.sheets[0].tables[0];
  expect(table.rows.map((row) => row.indicatorId)).toEqual(
    expect.arrayContaining(['income_per_capita', 'poverty_rate']),
  );
  const grids = await host.read('workbook');
  const sheet = grids.sheets.find((s) => s.name === drafted.sheet);
  const header = sheet?.values.find((row) => row.some((v) => v === 'Đánh giá'));
  expect(header).toBeDefined();
});

test('a text without targets adds nothing and names the document', async () => {
  const host = FileHost.create('theo-doi.xlsx');
  const before = (await host.read('workbook')).sheets.map((s) => s.name);
  await expect(
    draft(engine, host, engine.draftFromText('Biên bản họp chi bộ, không có số liệu.'), options()),
  ).rejects.toThrow(/nghi-quyet\.txt/);
  expect((await host.read('workbook')).sheets.map((s) => s.name)).toEqual(before);
});

test('a second draft into the same workbook gets its own sheet, the first one kept', async () => {
  const host = FileHost.create('theo-doi.xlsx');
  await draft(engine, host, engine.draftFromText(TEXT), options());
  const second = await draft(engine, host, engine.draftFromText(TEXT), options());
  expect(second.sheet).not.toBe('Theo dõi chỉ tiêu');
  expect((await host.read('workbook')).sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(['Theo dõi chỉ tiêu', second.sheet]),
  );
});
