/** A small .docx written by hand (jszip): paragraphs, Word-numbered paragraphs and tables, for reader tests. */
import JSZip from 'jszip';

/** A table cell: its text, or its text and the columns it spans (Word's `w:gridSpan`). */
export type DocxCell = string | { text: string; span: number };

export type DocxBlock = string | { numbered: string; numId: number; level?: number } | { table: DocxCell[][] };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraph(text: string, numPr = ''): string {
  return `<w:p><w:pPr>${numPr}</w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

/** numId 1: `(1)`, `(2)` …; numId 2: `a)`, `b)` at level 0 and `-` bullets at level 1. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
</w:numbering>`;

export async function makeDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const body = blocks
    .map((b) => {
      if (typeof b === 'string') return paragraph(b);
      if ('numbered' in b)
        return paragraph(
          b.numbered,
          `<w:numPr><w:ilvl w:val="${b.level ?? 0}"/><w:numId w:val="${b.numId}"/></w:numPr>`,
        );
      const rows = b.table
        .map(
          (r) =>
            `<w:tr>${r
              .map(
                (c) =>
                  `<w:tc>${typeof c === 'string' ? '' : `<w:tcPr><w:gridSpan w:val="${c.span}"/></w:tcPr>`}${(typeof c ===
                  'string'
                    ? c
                    : c.text
                  )
                    .split('\n')
                    .map((l) => paragraph(l))
                    .join('')}</w:tc>`,
              )
              .join('')}</w:tr>`,
        )
        .join('');
      return `<w:tbl>${rows}</w:tbl>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  zip.file('word/numbering.xml', NUMBERING);
  return zip.generateAsync({ type: 'nodebuffer' });
}
