/**
 * The dictionary of wordings on the command line (issue 14): `chitieu learn` on an applied sample, then
 * `analyze` of another commune's workbook with the same wording maps it as `learned`; export, import
 * (all or nothing) and list; a malformed `--dictionary` is named by its line and changes nothing.
 */
import fs from 'fs';
import path from 'path';
import { rowChoiceKey } from '../../src/core/choice-keys';
import type { Report } from '../../src/core/report';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { runCli, SAMPLES, tempDir } from '../helpers/samples';

const SAMPLE = path.join(SAMPLES, 'hai-duong-ngan-sach-2023.xlsx');
const SHEET = 'Thu ngân sách';
const WORDING = 'Thu bổ sung cân đối ngân sách';
const INDICATOR = 'revenue_upper_level_transfers';

const dir = tempDir('cli-dictionary');
const reviewed = path.join(dir, 'hai-duong-reviewed.xlsx');
const applied = path.join(dir, 'hai-duong-applied.xlsx');
/** Another commune's budget sheet, laid out its own way, with the same wording. */
const other = path.join(dir, 'an-binh-2024.xlsx');

beforeAll(async () => {
  // The review in the browser preview keeps the correction in the workbook; the CLI applies it.
  const host = await FileHost.open(fs.readFileSync(SAMPLE), 'hai-duong.xlsx');
  await host.saveChoices({ rows: { [rowChoiceKey(SHEET, WORDING)]: { indicatorId: INDICATOR } } });
  fs.writeFileSync(reviewed, host.toBytes());
  const apply = await runCli(['apply', reviewed, '-o', applied]);
  expect(apply.code).toBe(0);

  const b = FileHost.create('an-binh-2024.xlsx');
  await b.addSheetNamed({
    name: 'Thu NS 2024',
    values: [
      ['BÁO CÁO THU NGÂN SÁCH XÃ AN BÌNH NĂM 2024'],
      [],
      ['TT', 'Nội dung thu', 'Dự toán 2024', 'Thực hiện 2024'],
      ['1', 'Thu phí, lệ phí', 80000000, 91000000],
      ['2', 'Thu tiền sử dụng đất', 500000000, 420000000],
      ['3', WORDING, 3900000000, 3900000000],
    ],
  });
  fs.writeFileSync(other, b.toBytes());
});

function rowOf(stdout: string, label: string) {
  const report = JSON.parse(stdout) as Report;
  const rows = report.sheets.flatMap((s) => s.tables.flatMap((t) => t.rows));
  const row = rows.find((r) => r.label === label);
  if (!row) throw new Error(`no row ${label} in ${rows.map((r) => r.label).join(', ')}`);
  return row;
}

test('learn on an applied sample, then analyze of another workbook maps the same wording as learned', async () => {
  const dictionary = path.join(dir, 'learn.json');
  const before = await runCli(['analyze', other, '--json']);
  expect(rowOf(before.stdout, WORDING)).toMatchObject({ indicatorId: null, band: 'none' });

  const learned = await runCli(['learn', applied, '--dictionary', dictionary]);
  expect(learned.stderr).toBe('');
  expect(learned.code).toBe(0);
  expect(learned.stdout).toContain(`đã học 1 cách gọi mới`);
  expect(learned.stdout).toContain(`learned 1 new wordings`);
  expect(learned.stdout).toContain(`  + ${WORDING}\n`);

  const after = await runCli(['analyze', other, '--json', '--dictionary', dictionary]);
  expect(after.code).toBe(0);
  expect(rowOf(after.stdout, WORDING)).toMatchObject({ indicatorId: INDICATOR, band: 'learned', confidence: 1 });
  // The other rows are still the engine's.
  expect(rowOf(after.stdout, 'Thu phí, lệ phí')).toMatchObject({ indicatorId: 'revenue_fees_charges', band: 'sure' });

  // Learning the same workbook again changes nothing.
  const again = await runCli(['learn', applied, '--dictionary', dictionary]);
  expect(again.stdout).toContain('đã học 0 cách gọi mới, sửa 0, quên 0');
});

test('without --dictionary the dictionary is $XDG_CONFIG_HOME/chitieu/dictionary.json', async () => {
  const home = tempDir('cli-dictionary-home');
  const saved = process.env.XDG_CONFIG_HOME;
  process.env.XDG_CONFIG_HOME = home;
  try {
    expect((await runCli(['learn', applied])).code).toBe(0);
    expect(fs.existsSync(path.join(home, 'chitieu', 'dictionary.json'))).toBe(true);
    const after = await runCli(['analyze', other, '--json']);
    expect(rowOf(after.stdout, WORDING).band).toBe('learned');
  } finally {
    process.env.XDG_CONFIG_HOME = saved;
  }
});

test('learn on a workbook with no saved choice says so and writes no dictionary', async () => {
  const dictionary = path.join(dir, 'nothing.json');
  const result = await runCli(['learn', SAMPLE, '--dictionary', dictionary]);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('không có lựa chọn nào đã lưu');
  expect(fs.existsSync(dictionary)).toBe(false);
});

describe('a malformed --dictionary', () => {
  const bad = path.join(dir, 'bad.json');
  const text = [
    '{',
    ' "wordings": [',
    `  {"label": "${WORDING}", "indicatorId": "${INDICATOR}" "source": "learned"}`,
    ' ]',
    '}',
    '',
  ].join('\n');

  beforeEach(() => fs.writeFileSync(bad, text));

  test('analyze names the file and the line, in both languages, and stops', async () => {
    const result = await runCli(['analyze', other, '--json', '--dictionary', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `chitieu: ${bad}, dòng 3: không phải JSON hợp lệ. Từ điển cách gọi này không dùng được; hãy sửa dòng đó hoặc bỏ --dictionary. Chưa ghi gì cả. ` +
        `(${bad}, line 3: not valid JSON. This dictionary of wordings cannot be used; fix that line or leave out --dictionary. Nothing was written.)\n`,
    );
  });

  test('apply writes no output, learn leaves the file as it was', async () => {
    const out = path.join(dir, 'not-written.xlsx');
    const apply = await runCli(['apply', other, '-o', out, '--dictionary', bad]);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(`${bad}, dòng 3:`);
    expect(fs.existsSync(out)).toBe(false);
    const learn = await runCli(['learn', applied, '--dictionary', bad]);
    expect(learn.code).toBe(1);
    expect(fs.readFileSync(bad, 'utf8')).toBe(text);
  });

  test('an unknown indicator id is named by its line, in Vietnamese in the Vietnamese message', async () => {
    fs.writeFileSync(bad, text.replace(`"${INDICATOR}" "source"`, '"thu_bo_sung", "source"'));
    const result = await runCli(['analyze', other, '--dictionary', bad, '--lang', 'vi']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `chitieu: ${bad}, dòng 3: mã chỉ tiêu “thu_bo_sung” không có trong danh mục. Từ điển cách gọi này không dùng được; hãy sửa dòng đó hoặc bỏ --dictionary. Chưa ghi gì cả.\n`,
    );
  });

  test('a --dictionary that is not there is an error for analyze, a new file for learn', async () => {
    const missing = path.join(dir, 'missing.json');
    expect((await runCli(['analyze', other, '--dictionary', missing])).stderr).toContain('không tìm thấy tệp');
    expect(fs.existsSync(missing)).toBe(false);
    expect((await runCli(['learn', applied, '--dictionary', missing])).code).toBe(0);
    expect(fs.existsSync(missing)).toBe(true);
  });
});

describe('chitieu dictionary export | import | list', () => {
  const store = path.join(dir, 'district.json');
  const tsv = path.join(dir, 'huyen.tsv');
  const commune = path.join(dir, 'commune.json');

  beforeAll(async () => {
    expect((await runCli(['learn', applied, '--dictionary', store])).code).toBe(0);
  });

  test('export writes the TSV a person edits in Excel; import into another dictionary maps B as learned', async () => {
    const exported = await runCli(['dictionary', 'export', tsv, '--dictionary', store]);
    expect(exported.code).toBe(0);
    expect(fs.readFileSync(tsv, 'utf8')).toBe(
      `\uFEFFlabel\tindicator id\tdirection\tunit\r\n${WORDING}\t${INDICATOR}\t\tđồng\r\n`,
    );
    const imported = await runCli(['dictionary', 'import', tsv, '--dictionary', commune]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`${tsv}: đã nhập vào từ điển: thêm 1, thay đổi 0, giữ nguyên 0.`);
    expect(imported.stdout).toContain(`  + dòng 2: ${WORDING}`);
    const analysed = await runCli(['analyze', other, '--json', '--dictionary', commune]);
    expect(rowOf(analysed.stdout, WORDING).band).toBe('learned');
    const listed = await runCli(['dictionary', 'list', '--dictionary', commune]);
    expect(listed.stdout).toContain(`${WORDING} → ${INDICATOR} (Thu bổ sung từ ngân sách cấp trên) [đồng] · imported`);
  });

  test('an import with a refused line takes nothing and names every refused line', async () => {
    const before = fs.readFileSync(store, 'utf8');
    const file = path.join(dir, 'sai.tsv');
    fs.writeFileSync(
      file,
      [
        'label\tindicator id\tdirection\tunit',
        'Thu bổ sung có mục tiêu\trevenue_upper_level_transfers\t\t',
        'Thu khác\tthu_khac\t\t',
        'Tỷ lệ hộ tái nghèo\tpoverty_rate\tgiảm\t%',
        '',
      ].join('\r\n'),
    );
    const result = await runCli(['dictionary', 'import', file, '--dictionary', store, '--lang', 'vi']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `chitieu: ${file}: 2 dòng bị từ chối nên không nhập dòng nào; từ điển giữ nguyên. Sửa các dòng dưới đây rồi nhập lại:\n` +
        `  ${file}, dòng 3: mã chỉ tiêu “thu_khac” không có trong danh mục\n` +
        `  ${file}, dòng 4: chiều “giảm” không hợp lệ (chỉ nhận higher, lower, ceiling, info, rating, hoặc để trống)\n`,
    );
    expect(fs.readFileSync(store, 'utf8')).toBe(before);
    const english = await runCli(['dictionary', 'import', file, '--dictionary', store, '--lang', 'en']);
    expect(english.stderr).toContain(`${file}, line 4: direction “giảm” is not valid`);
  });
});
