/**
 * Issue 17: a resolution typed in TCVN3 or VNI (saved as Windows-1252 bytes, or pasted into a
 * UTF-8 file) drafts the same targets as its Unicode text, with a note that it was converted.
 */
import fs from 'fs';
import path from 'path';
import { decodeText as readDocumentText } from '../../src/hosts/documents/text';
import { decodeLegacyText, encodeLegacy } from '../../src/core/legacy-encoding';
import { loadXlsx, runCli, SHARED, tempDir } from '../helpers/samples';

const RESOLUTION = path.join(SHARED, 'resolutions', 'trung-son-ket-luan-04-2023.txt');
const text = fs.readFileSync(RESOLUTION, 'utf8');

/** Windows-1252 bytes of a text made of its characters (what a legacy editor saves). */
function cp1252(legacy: string): Buffer {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return Buffer.from(
    [...legacy].map((ch) => {
      const i = high.indexOf(ch);
      return i >= 0 ? 0x80 + i : (ch.codePointAt(0) as number);
    }),
  );
}

test('reading a file: UTF-8, or the Windows-1252 bytes a legacy editor saved; then TCVN3 and VNI told apart', () => {
  expect(readDocumentText(Buffer.from(text, 'utf8'))).toBe(text);
  const tcvn3 = encodeLegacy(text, 'tcvn3');
  const vni = encodeLegacy(text, 'vni');
  expect(readDocumentText(cp1252(tcvn3))).toBe(tcvn3);
  expect(readDocumentText(cp1252(vni))).toBe(vni);
  expect(decodeLegacyText(tcvn3).encoding).toBe('tcvn3');
  expect(decodeLegacyText(vni).encoding).toBe('vni');
  expect(decodeLegacyText(text)).toEqual({ text, encoding: null });
  expect(decodeLegacyText('Plain English text, no accents.').encoding).toBeNull();
});

test.each(['tcvn3', 'vni'] as const)('chitieu draft on the resolution typed in %s', async (encoding) => {
  const dir = tempDir(`draft-${encoding}`);
  const original = await runCli(['draft', RESOLUTION, '-o', path.join(dir, 'unicode.xlsx'), '--json']);
  expect(original.code).toBe(0);
  const legacyFile = path.join(dir, `resolution-${encoding}.txt`);
  fs.writeFileSync(legacyFile, cp1252(encodeLegacy(text, encoding)));
  const json = await runCli(['draft', legacyFile, '-o', path.join(dir, 'legacy.xlsx'), '--json']);
  expect(json.code).toBe(0);
  const { convertedFrom, targets } = JSON.parse(json.stdout) as { convertedFrom?: string; targets: unknown[] };
  expect(convertedFrom).toBe(encoding);
  // TCVN3 has no toned capitals: compare the targets case-insensitively.
  const fold = (v: unknown): string => JSON.stringify(v).toLowerCase();
  expect(fold(targets)).toBe(fold((JSON.parse(original.stdout) as { targets: unknown[] }).targets));

  const printed = await runCli(['draft', legacyFile, '-o', path.join(dir, 'legacy2.xlsx')]);
  expect(printed.stdout).toContain('đã chuyển sang Unicode');
  const ws = (await loadXlsx(path.join(dir, 'legacy2.xlsx'))).worksheets[0];
  const cells: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
  expect(cells.some((c) => c.includes('sang Unicode'))).toBe(true);
});
