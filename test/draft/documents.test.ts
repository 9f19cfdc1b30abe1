/**
 * Files → the drafter's document: .docx paragraphs and tables in reading order with Word's own
 * numbering written in front; text files in UTF-8 or UTF-16; what is not readable says why.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { readResolution, DocumentError } from '../../src/hosts/documents';
import { makeDocx } from '../helpers/docx';
import { engine } from '../helpers/engine';

describe('a Word document', () => {
  test('paragraphs, Word-numbered items and tables, in reading order', async () => {
    const bytes = await makeDocx([
      'Các chỉ tiêu chủ yếu:',
      { numbered: 'Về kinh tế', numId: 2 },
      { numbered: 'Sản lượng lúa 5.250 tấn.', numId: 1 },
      { numbered: 'Đàn lợn 6.800 con.', numId: 1 },
      { numbered: 'đàn gia cầm 95.000 con', numId: 2, level: 1 },
      { numbered: 'Về xã hội', numId: 2 },
      {
        table: [
          ['STT', 'Chỉ tiêu', 'KH 2025'],
          ['1', 'Tỷ lệ hộ nghèo\n(chuẩn đa chiều)', '2,5'],
        ],
      },
    ]);
    const doc = await readResolution(new Uint8Array(bytes), 'nghi-quyet.docx');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'Các chỉ tiêu chủ yếu:' },
      { kind: 'paragraph', text: 'a) Về kinh tế' },
      { kind: 'paragraph', text: '(1) Sản lượng lúa 5.250 tấn.' },
      { kind: 'paragraph', text: '(2) Đàn lợn 6.800 con.' },
      { kind: 'paragraph', text: '- đàn gia cầm 95.000 con' },
      { kind: 'paragraph', text: 'b) Về xã hội' },
      {
        kind: 'table',
        rows: [
          ['STT', 'Chỉ tiêu', 'KH 2025'],
          ['1', 'Tỷ lệ hộ nghèo\n(chuẩn đa chiều)', '2,5'],
        ],
      },
    ]);
  });

  test('escaped characters, tabs and the shown result of a field read as a reader sees them', async () => {
    const zip = await JSZip.loadAsync(await makeDocx(['placeholder']));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(
      /<w:p>.*<\/w:p>/,
      '<w:p><w:r><w:t>Thu &amp; chi ngân sách&#160;</w:t></w:r><w:r><w:tab/></w:r>' +
        '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t xml:space="preserve">&lt;= 5,0 tỷ đồng</w:t></w:r></w:p>',
    );
    zip.file('word/document.xml', xml);
    const doc = await readResolution(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'a.docx');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'Thu & chi ngân sách \t<= 5,0 tỷ đồng' }]);
  });

  test('a cell merged across columns keeps them: each figure stays under its own header', async () => {
    const bytes = await makeDocx([
      'Biểu chỉ tiêu năm 2026',
      {
        table: [
          ['TT', 'Chỉ tiêu', 'ĐVT', { text: 'Năm 2025', span: 2 }, 'KH năm 2026'],
          ['', '', '', 'KH giao', 'Ước TH', ''],
          ['1', 'Thu nhập bình quân đầu người', 'triệu đồng', '58', '58,5', '63'],
        ],
      },
    ]);
    const doc = await readResolution(new Uint8Array(bytes), 'bieu.docx');
    expect(doc.blocks[1]).toEqual({
      kind: 'table',
      rows: [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', '', 'KH năm 2026'],
        ['', '', '', 'KH giao', 'Ước TH', ''],
        ['1', 'Thu nhập bình quân đầu người', 'triệu đồng', '58', '58,5', '63'],
      ],
    });
    expect(engine.draftFromDocument(doc).targets.map((t) => [t.indicatorId, t.plan])).toEqual([
      ['income_per_capita', 63],
    ]);
  });

  test('a Word file whose document part is damaged says it is not a readable Word document', async () => {
    const zip = await JSZip.loadAsync(await makeDocx(['Sản lượng lúa 5.250 tấn.']));
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>',
    );
    await expect(
      readResolution(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'hong.docx'),
    ).rejects.toMatchObject({ code: 'not-docx' });
  });

  test('a zip that is no Word document', async () => {
    await expect(readResolution(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'x.docx')).rejects.toBeInstanceOf(
      DocumentError,
    );
  });
});

describe('a PDF', () => {
  const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, 'fixtures', name)));

  // ke-hoach-2026.pdf is ke-hoach-2026.html printed by LibreOffice: a paragraph wrapped over lines,
  // bullets, and a bordered table whose header and unit cells wrap inside their cells.
  test('a typed PDF: wrapped sentences joined again, a table read as rows of cells', async () => {
    const doc = await readResolution(fixture('ke-hoach-2026.pdf'), 'ke-hoach-2026.pdf');
    const paragraphs = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toContain(
      '- Tổng sản lượng lương thực có hạt đạt 12.500 tấn trở lên, trong đó sản lượng lúa đạt 11.800 tấn.',
    );
    expect(paragraphs.some((p) => p.startsWith('Năm 2025 thu nhập') && p.endsWith('từng bộ phận:'))).toBe(true);
    expect(doc.blocks.filter((b) => b.kind === 'table')).toEqual([
      {
        kind: 'table',
        rows: [
          ['TT', 'Chỉ tiêu', 'ĐVT', 'Ước TH 2025', 'KH 2026'],
          ['1', 'Thu nhập bình quân đầu người', 'triệu đồng', '52', '58'],
          ['2', 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', '91,5', '93'],
          ['3', 'Tổng thu ngân sách xã', 'triệu đồng', '14.200', '15.000'],
        ],
      },
    ]);
  });

  test("the plan year's column of a PDF's table is drafted, not last year's estimate", async () => {
    const draft = engine.draftFromDocument(await readResolution(fixture('ke-hoach-2026.pdf'), 'ke-hoach-2026.pdf'));
    expect(draft.year).toBe(2026);
    const plans = new Map(draft.targets.map((t) => [t.indicatorId, t.plan]));
    expect(plans.get('income_per_capita')).toBe(58);
    expect(plans.get('budget_revenue')).toBe(15000);
  });

  // bang-chi-tieu-hep.pdf: a narrow bordered table whose every cell wraps, some centred, some at the top.
  test('a ruled table is read by its borders, however its cells wrap and align', async () => {
    const doc = await readResolution(fixture('bang-chi-tieu-hep.pdf'), 'bang-chi-tieu-hep.pdf');
    expect(doc.blocks.filter((b) => b.kind === 'table')).toEqual([
      {
        kind: 'table',
        rows: [
          [
            'STT',
            'Chỉ tiêu',
            'Đơn vị tính',
            'Ước thực hiện năm 2025',
            'Kế hoạch năm 2026',
            'Cơ quan chủ trì thực hiện',
          ],
          [
            '1',
            'Tốc độ tăng giá trị sản xuất trên địa bàn (giá so sánh 2010)',
            '%',
            '7,9',
            'Từ 8,5 trở lên',
            'Phòng Kinh tế',
          ],
          [
            '2',
            'Thu nhập bình quân đầu người',
            'Triệu đồng/ người / năm',
            '88,6',
            '95',
            'Phòng Kinh tế; Phòng Văn hóa - Xã hội',
          ],
          [
            '3',
            'Tỷ lệ hộ nghèo theo chuẩn nghèo của Thành phố',
            '%',
            '0,62',
            'Dưới 0,5',
            'Phòng Văn hóa - Xã hội; Ủy ban MTTQ Việt Nam xã',
          ],
        ],
      },
    ]);
  });

  test('a PDF whose pages carry no text (a scan) says there is no text in it', async () => {
    await expect(readResolution(fixture('ban-scan.pdf'), 'ban-scan.pdf')).rejects.toMatchObject({
      code: 'pdf-no-text',
    });
  });

  test('a file that starts as a PDF but is none is refused as unreadable', async () => {
    const broken = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF');
    await expect(readResolution(broken, 'nghi-quyet.pdf')).rejects.toMatchObject({ code: 'not-pdf' });
  });
});

describe('a text file', () => {
  test('UTF-8 with a byte-order mark and UTF-16 read alike', async () => {
    const text = 'Sản lượng lúa 5.250 tấn';
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    for (const bytes of [utf8, utf16]) {
      expect((await readResolution(bytes, 'a.txt')).blocks).toEqual([{ kind: 'paragraph', text }]);
    }
  });

  test('a legacy-encoded text goes through the seam given for it', async () => {
    const doc = await readResolution(new Uint8Array(Buffer.from('S¶n l­îng lóa 5.250 tÊn', 'latin1')), 'a.txt', {
      legacy: () => 'Sản lượng lúa 5.250 tấn',
    });
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'Sản lượng lúa 5.250 tấn' }]);
  });

  test('cells pasted from a spreadsheet with a line break inside stay one cell of one row', async () => {
    const pasted =
      'Chỉ tiêu\tĐVT\tKH 2026\n"Tỷ lệ hộ nghèo\n(chuẩn ""đa chiều"")"\t%\t2,1\nThu nhập bình quân\ttriệu đồng\t60';
    const doc = await readResolution(new TextEncoder().encode(pasted), 'dan.txt');
    expect(doc.blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['Chỉ tiêu', 'ĐVT', 'KH 2026'],
          ['Tỷ lệ hộ nghèo (chuẩn "đa chiều")', '%', '2,1'],
          ['Thu nhập bình quân', 'triệu đồng', '60'],
        ],
      },
    ]);
  });

  test('a label with a bracketed detail in a table is read by its name', () => {
    const draft = engine.draftFromText(
      'Chỉ tiêu năm 2026:\nSTT\tChỉ tiêu\tĐVT\tKH 2026\n1\tTỷ lệ hộ nghèo (chuẩn nghèo giai đoạn 2026 - 2030)\t%\t< 1,5\n2\tThu nhập bình quân đầu người\ttriệu đồng\t72',
    );
    expect(draft.targets.map((t) => t.indicatorId)).toEqual(['poverty_rate', 'income_per_capita']);
  });

  test('another kind of file is refused by name', async () => {
    await expect(readResolution(new Uint8Array([1, 2, 3]), 'bang.xlsx')).rejects.toMatchObject({ code: 'unsupported' });
  });
});
