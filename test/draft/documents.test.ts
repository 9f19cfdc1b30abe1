/**
 * Files → the drafter's document: .docx paragraphs and tables in reading order with Word's own
 * numbering written in front; text files in UTF-8 or UTF-16; what is not readable says why.
 */
import JSZip from 'jszip';
import { readResolution, DocumentError } from '../../src/hosts/documents';
import { makeDocx } from '../helpers/docx';

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
  test('a scanned PDF (images, no font) says there is no text in it', async () => {
    const scanned = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj << /Type /Page /Resources << /XObject << /Im0 2 0 R >> >> >> endobj\n%%EOF',
    );
    await expect(readResolution(scanned, 'nghi-quyet.pdf')).rejects.toMatchObject({ code: 'pdf-no-text' });
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

  test('another kind of file is refused by name', async () => {
    await expect(readResolution(new Uint8Array([1, 2, 3]), 'bang.xlsx')).rejects.toMatchObject({ code: 'unsupported' });
  });
});
