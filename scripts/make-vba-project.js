#!/usr/bin/env node
/**
 * `node scripts/make-vba-project.js OUT.bin`: a small but valid VBA project (MS-OVBA) for the .xlsm
 * probe of the preservation suite, written here so no macro file is copied from elsewhere: a
 * ThisWorkbook document module and a Module1 with one macro, in a compound file (the `cfb` package).
 * The version-independent `_VBA_PROJECT` stream makes Excel compile the source when it opens it.
 * Module and dir streams use MS-OVBA compression with literal tokens only (2.4.1), which every
 * reader decompresses; each text here fits one chunk.
 */
const fs = require('fs');
const CFB = require('cfb');

const CODEPAGE = 1252;

/** MS-OVBA 2.4.1 compressed container: one chunk of literal tokens per ≤ 3,600 bytes. */
function compress(data) {
  const out = [0x01];
  for (let start = 0; start < data.length || start === 0; start += 3600) {
    const piece = data.subarray(start, start + 3600);
    const body = [];
    for (let i = 0; i < piece.length; i += 8) {
      body.push(0x00, ...piece.subarray(i, i + 8));
    }
    const header = ((body.length + 2 - 3) & 0x0fff) | (0b011 << 12) | 0x8000;
    out.push(header & 0xff, header >> 8, ...body);
    if (piece.length < 3600) break;
  }
  return Buffer.from(out);
}

const latin = (s) => Buffer.from(s, 'latin1');
const utf16 = (s) => Buffer.from(s, 'utf16le');
const u16 = (n) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
/** A dir record: id, size, data. */
const rec = (id, data) => Buffer.concat([u16(id), u32(data.length), data]);

const MODULES = [
  {
    name: 'ThisWorkbook',
    type: 0x0022,
    source: [
      'Attribute VB_Name = "ThisWorkbook"',
      'Attribute VB_Base = "0{00020819-0000-0000-C000-000000000046}"',
      'Attribute VB_GlobalNameSpace = False',
      'Attribute VB_Creatable = False',
      'Attribute VB_PredeclaredId = True',
      'Attribute VB_Exposed = True',
      'Attribute VB_TemplateDerived = False',
      'Attribute VB_Customizable = True',
      '',
    ],
  },
  {
    name: 'Module1',
    type: 0x0021,
    source: [
      'Attribute VB_Name = "Module1"',
      'Sub ChitieuProbe()',
      '    MsgBox "chitieu: the macros of this workbook survived"',
      'End Sub',
      '',
    ],
  },
];

function dirStream() {
  const parts = [
    rec(0x0001, u32(1)),
    rec(0x0002, u32(0x409)),
    rec(0x0014, u32(0x409)),
    rec(0x0003, u16(CODEPAGE)),
    rec(0x0004, latin('VBAProject')),
    rec(0x0005, Buffer.alloc(0)),
    rec(0x0040, Buffer.alloc(0)),
    rec(0x0006, Buffer.alloc(0)),
    rec(0x003d, Buffer.alloc(0)),
    rec(0x0007, u32(0)),
    rec(0x0008, u32(0)),
    // PROJECTVERSION: Reserved is 4 and the record has no size of its own beyond it.
    Buffer.concat([u16(0x0009), u32(4), u32(1), u16(0)]),
    rec(0x000c, Buffer.alloc(0)),
    rec(0x003c, Buffer.alloc(0)),
    rec(0x000f, u16(MODULES.length)),
    rec(0x0013, u16(0xffff)),
  ];
  for (const m of MODULES) {
    parts.push(
      rec(0x0019, latin(m.name)),
      rec(0x0047, utf16(m.name)),
      rec(0x001a, latin(m.name)),
      rec(0x0032, utf16(m.name)),
      rec(0x001c, Buffer.alloc(0)),
      rec(0x0048, Buffer.alloc(0)),
      rec(0x0031, u32(0)),
      rec(0x001e, u32(0)),
      rec(0x002c, u16(0xffff)),
      rec(m.type, Buffer.alloc(0)),
      rec(0x002b, Buffer.alloc(0)),
    );
  }
  parts.push(rec(0x0010, Buffer.alloc(0)));
  return Buffer.concat(parts);
}

function projectStream() {
  const lines = [
    'ID="{5C0BD6F3-7A1E-4C8B-9E3A-2F6B1D0C4A11}"',
    'Document=ThisWorkbook/&H00000000',
    'Module=Module1',
    'Name="VBAProject"',
    'HelpContextID="0"',
    'VersionCompatible32="393222000"',
    'CMG="0E0CD1ECDFF4E7F5E7F5E7F5E7F5"',
    'DPB="0C0ED3D8EDD9EDD9"',
    'GC="1517CAF1D6F9D7F9D706"',
    '',
    '[Host Extender Info]',
    '&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000',
    '',
    '[Workspace]',
    'ThisWorkbook=0, 0, 0, 0, C',
    'Module1=0, 0, 0, 0, C',
    '',
  ];
  return latin(lines.join('\r\n'));
}

function projectWm() {
  return Buffer.concat([...MODULES.flatMap((m) => [latin(m.name + '\0'), utf16(m.name + '\0')]), u16(0)]);
}

function main() {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/make-vba-project.js OUT.bin');
    process.exit(2);
  }
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, 'PROJECT', projectStream());
  CFB.utils.cfb_add(cfb, 'PROJECTwm', projectWm());
  CFB.utils.cfb_add(cfb, 'VBA/_VBA_PROJECT', Buffer.from([0xcc, 0x61, 0xff, 0xff, 0x00, 0x00, 0x00]));
  CFB.utils.cfb_add(cfb, 'VBA/dir', compress(dirStream()));
  for (const m of MODULES) CFB.utils.cfb_add(cfb, `VBA/${m.name}`, compress(latin(m.source.join('\r\n'))));
  fs.writeFileSync(out, CFB.write(cfb, { type: 'buffer' }));
}

main();
