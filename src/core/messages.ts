/**
 * Every error and notice chitieu shows a person, in Vietnamese and English, each built here once:
 * which file, sheet and cell, what is wrong, what to do. Hosts and shells pick a language and never
 * write a message of their own. The command line, whose user may read either, shows both.
 */
import type { DictionaryProblem } from './dictionary/problems';

export type MessageLanguage = 'vi' | 'en';

const DIRECTION_KEYS = 'higher, lower, ceiling, info, rating';
const ROLE_KEYS = 'label, unit, plan, actual, previous';

/** Why a dictionary line was refused, said in Vietnamese. */
function reasonVi(p: DictionaryProblem): string {
  switch (p.kind) {
    case 'cells':
      return `có ${p.count} ô; dòng cách gọi cần nhãn, mã chỉ tiêu, chiều, đơn vị (2 đến 4 ô), dòng tiêu đề cột cần tiêu đề và vai trò (2 ô)`;
    case 'no-label':
      return 'thiếu nhãn';
    case 'no-indicator':
      return 'thiếu mã chỉ tiêu';
    case 'unknown-indicator':
      return `mã chỉ tiêu “${p.value}” không có trong danh mục`;
    case 'bad-direction':
      return `chiều “${p.value}” không hợp lệ (chỉ nhận ${DIRECTION_KEYS}, hoặc để trống)`;
    case 'bad-role':
      return `vai trò cột “${p.value}” không hợp lệ (chỉ nhận ${ROLE_KEYS})`;
    case 'duplicate':
      return `“${p.value}” đã có ở dòng ${p.first}`;
    case 'syntax':
      return 'không phải JSON hợp lệ';
    case 'shape':
      return 'không phải từ điển của chitieu';
  }
}

/** Why a dictionary line was refused, said in English. */
function reasonEn(p: DictionaryProblem): string {
  switch (p.kind) {
    case 'cells':
      return `${p.count} cells; a wording line takes label, indicator id, direction, unit (2 to 4 cells), a column line header and role (2 cells)`;
    case 'no-label':
      return 'no label';
    case 'no-indicator':
      return 'no indicator id';
    case 'unknown-indicator':
      return `indicator id “${p.value}” is not in the catalog`;
    case 'bad-direction':
      return `direction “${p.value}” is not valid (one of ${DIRECTION_KEYS}, or empty)`;
    case 'bad-role':
      return `column role “${p.value}” is not valid (one of ${ROLE_KEYS})`;
    case 'duplicate':
      return `“${p.value}” is already on line ${p.first}`;
    case 'syntax':
      return 'not valid JSON';
    case 'shape':
      return 'not a chitieu dictionary';
  }
}

/** The Vietnamese texts; their shape is every language's. */
function vietnamese() {
  return {
    // Files (the command line and the browser preview)
    inFile: (file: string, message: string) => `${file}: ${message}`,
    fileEmpty: (file: string) => `${file}: tệp rỗng, không phải bảng tính .xlsx.`,
    filePasswordOrXls: (file: string) =>
      `${file}: tệp được bảo vệ bằng mật khẩu hoặc là định dạng .xls cũ; hãy mở trong Excel, bỏ mật khẩu và lưu thành .xlsx.`,
    notXlsx: (file: string) => `${file}: không phải tệp .xlsx.`,
    corrupt: (file: string, detail: string) => `${file}: tệp .xlsx bị hỏng, không đọc được (${detail}).`,
    fileNotFound: (file: string) => `${file}: không tìm thấy tệp.`,
    fileIsFolder: (file: string) => `${file}: đây là thư mục, không phải tệp.`,
    cannotRead: (file: string, detail: string) => `${file}: không đọc được tệp (${detail}).`,
    cannotWrite: (file: string, detail: string) => `${file}: không ghi được tệp (${detail}).`,
    outIsInput: (out: string) => `${out}: tệp ra trùng tệp vào; hãy chọn tên khác để giữ nguyên bản gốc.`,
    macrosNeedXlsm: (out: string, file: string) =>
      `${out}: ${file} có macro (VBA); tệp ra phải có đuôi .xlsm để giữ macro. Chưa ghi gì cả.`,
    noIndicatorTable: (file: string) =>
      `${file}: không tìm thấy bảng chỉ tiêu nào (cần một dòng tiêu đề có cột KH và TH).`,
    noTableToApply: (file: string) =>
      `${file}: không tìm thấy bảng chỉ tiêu nào (cần một dòng tiêu đề có cột KH và TH). Chưa ghi gì cả.`,
    tablesWritten: (out: string, tables: number) => `${out}: ${tables} bảng đã ghi cột TH/KH (%) và Đánh giá.`,
    summarySheetWritten: (sheet: string) => `Sheet tổng hợp: ${sheet}.`,
    noTargets: (file: string) =>
      `${file}: không tìm thấy mục “Các chỉ tiêu chủ yếu” hoặc chỉ tiêu nào trong đó. Chưa ghi gì cả.`,
    thisWorkbook: 'Sổ làm việc này',
    cannotAddSheet: () => 'Không thêm được trang tính vào sổ làm việc này.',
    sheetExists: (sheet: string) =>
      `Trang tính “${sheet}” đã có trong sổ làm việc; Chỉ tiêu không ghi đè trang của người dùng.`,
    noFreeColumn: (sheet: string, cell: string) =>
      `Trang “${sheet}” không còn cột trống bên phải bảng: sau ô ${cell} là hết trang tính. Chưa có ô nào bị thay đổi.`,
    mergedCell: (sheet: string, cell: string, merge: string) =>
      `Ô ${cell} trên trang “${sheet}” thuộc vùng gộp ${merge}, nằm trong cột cần ghi kết quả. Hãy bỏ gộp ô hoặc dời bảng rồi thử lại. Chưa có ô nào bị thay đổi.`,
    columnNotEmpty: (sheet: string, column: string, cells: string) =>
      `Cột ${column} trên trang “${sheet}” cần để trống nhưng đã có dữ liệu ở ${cells}. Hãy dời hoặc xóa các ô đó rồi thử lại. Chưa có ô nào bị thay đổi.`,
    sheetProtectedAt: (sheet: string, cell: string) =>
      `Trang tính “${sheet}” đang được bảo vệ nên không ghi được từ ô ${cell}. Bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`,
    // The dictionary of wordings
    dictionaryReason: reasonVi,
    dictionaryLine: (file: string, p: DictionaryProblem) => `${file}, dòng ${p.line}: ${reasonVi(p)}`,
    dictionaryUnreadable: (file: string, p: DictionaryProblem) =>
      `${file}, dòng ${p.line}: ${reasonVi(p)}. Từ điển cách gọi này không dùng được; hãy sửa dòng đó hoặc bỏ --dictionary. Chưa ghi gì cả.`,
    importRefused: (file: string, refused: number) =>
      `${file}: ${refused} dòng bị từ chối nên không nhập dòng nào; từ điển giữ nguyên. Sửa các dòng dưới đây rồi nhập lại:`,
    imported: (file: string, added: number, changed: number, unchanged: number) =>
      `${file}: đã nhập vào từ điển: thêm ${added}, thay đổi ${changed}, giữ nguyên ${unchanged}.`,
    importAdded: (line: number, text: string) => `  + dòng ${line}: ${text}`,
    importChanged: (line: number, text: string) => `  ~ dòng ${line}: ${text}`,
    learned: (file: string, dictionary: string, added: number, changed: number, forgotten: number) =>
      `${file}: từ điển ${dictionary} đã học ${added} cách gọi mới, sửa ${changed}, quên ${forgotten}.`,
    nothingToLearn: (file: string) =>
      `${file}: sổ tính không có lựa chọn nào đã lưu (sửa trong phần Rà soát của chitieu rồi ghi kết quả); từ điển giữ nguyên.`,
    exported: (file: string, wordings: number, columns: number) =>
      `${file}: đã xuất ${wordings} cách gọi chỉ tiêu và ${columns} tiêu đề cột.`,
    dictionaryEmpty: (file: string) => `${file}: từ điển cách gọi đang trống.`,
    dictionaryAction: () => 'dictionary cần export, import hoặc list',
    // The command line's arguments
    unknownCommand: (command: string) => `lệnh không rõ "${command}"`,
    optionNeedsFile: (option: string) => `${option} cần tên tệp`,
    langValues: () => '--lang chỉ nhận vi hoặc en',
    unknownOption: (option: string) => `tuỳ chọn không rõ "${option}"`,
    noInputFile: () => 'thiếu tệp .xlsx',
    takesOneFile: (command: string) => `${command} nhận đúng một tệp`,
    needsOut: (command: string) => `${command} cần -o OUT`,
    // Excel
    more: (n: number) => `và ${n} ô khác`,
    sheetMissing: (sheet: string) =>
      `Không tìm thấy trang tính “${sheet}”: có thể nó vừa bị đổi tên hoặc xóa. Hãy quét lại sổ làm việc rồi thử lại.`,
    sheetProtected: (sheet: string) =>
      `Trang tính “${sheet}” đang được bảo vệ nên không ghi được. Bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`,
    notEmpty: (sheet: string, cells: string, header: string) =>
      `Không ghi cột “${header}” vì các ô ${cells} trên trang “${sheet}” đã có dữ liệu. Chỉ tiêu không bao giờ ghi đè dữ liệu: hãy dời hoặc xóa các ô đó rồi thử lại. Chưa có ô nào bị thay đổi.`,
    merged: (sheet: string, cells: string) =>
      `Các ô gộp ${cells} trên trang “${sheet}” nằm đúng chỗ cần ghi kết quả. Hãy bỏ gộp ô (Trang đầu › Gộp và căn giữa) rồi thử lại. Chưa có ô nào bị thay đổi.`,
    table: (sheet: string, table: string, cells: string) =>
      `Bảng Excel “${table}” trên trang “${sheet}” nằm ở chỗ cần ghi kết quả (${cells}). Hãy dời bảng, hoặc chuyển bảng về vùng thường (Thiết kế bảng › Chuyển thành dải ô), rồi thử lại. Chưa có ô nào bị thay đổi.`,
    sheetHidden: (sheet: string) =>
      `Trang tính “${sheet}” đang bị ẩn nên Chỉ tiêu không mở nó. Hãy hiện trang tính (nhấp phải vào thẻ trang › Bỏ ẩn) rồi thử lại.`,
    workbookProtected: () =>
      'Cấu trúc sổ làm việc đang được bảo vệ nên không thêm được trang tính. Bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.',
    noActiveWorksheet: () =>
      'Trang đang mở không phải là trang tính (có thể là trang biểu đồ). Hãy chọn một trang tính rồi quét lại, hoặc quét cả sổ làm việc.',
    filtered: (sheet: string, table: string | null) =>
      `${table ? `Bảng Excel “${table}” trên trang “${sheet}”` : `Trang tính “${sheet}”`} đang lọc và ẩn bớt dòng ở chỗ cần ghi kết quả. Hãy xóa bộ lọc (Dữ liệu › Xóa) rồi thử lại. Chưa có ô nào bị thay đổi.`,
    tableGrew: (sheet: string, table: string, cells: string) =>
      `Excel đã nới bảng Excel “${table}” trên trang “${sheet}” sang cột kết quả (${cells}) trong khi Chỉ tiêu ghi, và có thể đã chép một công thức xuống cả cột. Hãy tắt hai tùy chọn trong Tệp › Tùy chọn › Soát lỗi › Tùy chọn Tự Sửa › Tự Định dạng khi Nhập: “Bao gồm hàng và cột mới trong bảng” và “Điền công thức vào bảng để tạo cột được tính”, rồi chạy lại Chỉ tiêu: nó sẽ đưa cột của mình ra khỏi bảng và ghi lại đúng công thức từng dòng.`,
    cellEditMode: () => 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc trong ô đang sửa rồi thử lại.',
    tooLarge: (sheet: string | null) =>
      `${sheet ? `Dữ liệu trên trang “${sheet}”` : 'Dữ liệu của sổ làm việc'} quá lớn để Excel nhận trong một lần, kể cả khi đã chia nhỏ. Hãy thử với ${sheet ? 'một trang tính nhỏ hơn' : 'ít trang tính hơn (quét trang đang mở)'}.`,
    partial: (detail: string) =>
      `Excel dừng giữa chừng khi ghi kết quả (${detail}). Một phần kết quả có thể đã được ghi; chạy lại Chỉ tiêu sẽ ghi đè đúng các cột của nó.`,
    office: (action: string, detail: string, where: string) =>
      `Excel báo lỗi khi ${action}${where}: ${detail}. Hãy thử lại; nếu vẫn lỗi, lưu sổ làm việc, mở lại rồi thử lần nữa.`,
    where: (sheet?: string, cell?: string) => (sheet ? ` (trang “${sheet}”${cell ? `, ô ${cell}` : ''})` : ''),
    actionRead: 'đọc sổ làm việc',
    actionApply: 'ghi kết quả',
    actionSelect: 'chọn ô',
    actionSettings: 'lưu lựa chọn vào sổ làm việc',
  };
}

export type Messages = Readonly<ReturnType<typeof vietnamese>>;

const vi: Messages = Object.freeze(vietnamese());

const en: Messages = Object.freeze<Messages>({
  inFile: (file, message) => `${file}: ${message}`,
  fileEmpty: (file) => `${file}: the file is empty, not an .xlsx workbook.`,
  filePasswordOrXls: (file) =>
    `${file}: the file is password-protected or a legacy .xls; open it in Excel, remove the password and save it as .xlsx.`,
  notXlsx: (file) => `${file}: not an .xlsx workbook.`,
  corrupt: (file, detail) => `${file}: corrupt workbook, it cannot be read (${detail}).`,
  fileNotFound: (file) => `${file}: file not found.`,
  fileIsFolder: (file) => `${file}: is a directory, not a file.`,
  cannotRead: (file, detail) => `${file}: cannot read the file (${detail}).`,
  cannotWrite: (file, detail) => `${file}: could not write the file (${detail}).`,
  outIsInput: (out) => `${out}: OUT must differ from FILE, so the original stays as it is; choose another name.`,
  macrosNeedXlsm: (out, file) =>
    `${out}: ${file} has macros (VBA); OUT must end in .xlsm to keep them. Nothing was written.`,
  dictionaryReason: reasonEn,
  dictionaryLine: (file, p) => `${file}, line ${p.line}: ${reasonEn(p)}`,
  dictionaryUnreadable: (file, p) =>
    `${file}, line ${p.line}: ${reasonEn(p)}. This dictionary of wordings cannot be used; fix that line or leave out --dictionary. Nothing was written.`,
  importRefused: (file, refused) =>
    `${file}: ${refused} lines refused, so no line was imported; the dictionary is unchanged. Fix these lines and import again:`,
  imported: (file, added, changed, unchanged) =>
    `${file}: imported into the dictionary: ${added} added, ${changed} changed, ${unchanged} unchanged.`,
  importAdded: (line, text) => `  + line ${line}: ${text}`,
  importChanged: (line, text) => `  ~ line ${line}: ${text}`,
  learned: (file, dictionary, added, changed, forgotten) =>
    `${file}: dictionary ${dictionary} learned ${added} new wordings, changed ${changed}, forgot ${forgotten}.`,
  nothingToLearn: (file) =>
    `${file}: the workbook holds no saved choices (correct rows in chitieu's Review, then write the results); the dictionary is unchanged.`,
  exported: (file, wordings, columns) =>
    `${file}: exported ${wordings} indicator wordings and ${columns} column headers.`,
  dictionaryEmpty: (file) => `${file}: the dictionary of wordings is empty.`,
  dictionaryAction: () => 'dictionary takes export, import or list',
  unknownCommand: (command) => `unknown command "${command}"`,
  optionNeedsFile: (option) => `${option} needs a file name`,
  langValues: () => '--lang takes vi or en',
  unknownOption: (option) => `unknown option "${option}"`,
  noInputFile: () => 'no input file',
  takesOneFile: (command) => `${command} takes one file`,
  needsOut: (command) => `${command} needs -o OUT`,
  noIndicatorTable: (file) => `${file}: no indicator table found (a header row with KH/TH columns).`,
  noTableToApply: (file) => `${file}: no indicator table found (a header row with KH/TH columns). Nothing was written.`,
  tablesWritten: (out, tables) => `${out}: ${tables} tables with % of plan and Status written.`,
  summarySheetWritten: (sheet) => `Summary sheet: ${sheet}.`,
  noTargets: (file) => `${file}: no targets section (“Các chỉ tiêu chủ yếu”) or no targets in it. Nothing was written.`,
  thisWorkbook: 'This workbook',
  cannotAddSheet: () => 'This workbook cannot add sheets.',
  sheetExists: (sheet) => `Sheet “${sheet}” already exists; chitieu never overwrites a user's sheet.`,
  noFreeColumn: (sheet, cell) =>
    `Sheet “${sheet}” has no free column right of the table: ${cell} is the sheet's last column. Nothing was changed.`,
  mergedCell: (sheet, cell, merge) =>
    `Cell ${cell} on sheet “${sheet}” is part of merged cells ${merge}, in a column the results go to. Unmerge them or move the table and try again. Nothing was changed.`,
  columnNotEmpty: (sheet, column, cells) =>
    `Column ${column} on sheet “${sheet}” must be empty but holds data in ${cells}. Move or clear those cells and try again. Nothing was changed.`,
  sheetProtectedAt: (sheet, cell) =>
    `Sheet “${sheet}” is protected, so nothing can be written from cell ${cell}. Unprotect it (Review › Unprotect Sheet) and try again.`,
  more: (n) => `and ${n} more`,
  sheetMissing: (sheet) =>
    `Sheet “${sheet}” was not found: it may have just been renamed or deleted. Scan the workbook again and retry.`,
  sheetProtected: (sheet) =>
    `Sheet “${sheet}” is protected, so nothing can be written there. Unprotect it (Review › Unprotect Sheet) and try again.`,
  notEmpty: (sheet, cells, header) =>
    `Column “${header}” was not written because cells ${cells} on sheet “${sheet}” already hold data. chitieu never overwrites data: move or clear those cells and try again. Nothing was changed.`,
  merged: (sheet, cells) =>
    `Merged cells ${cells} on sheet “${sheet}” are where the results go. Unmerge them (Home › Merge & Center) and try again. Nothing was changed.`,
  table: (sheet, table, cells) =>
    `Excel table “${table}” on sheet “${sheet}” is where the results go (${cells}). Move the table or convert it to a range (Table Design › Convert to Range) and try again. Nothing was changed.`,
  sheetHidden: (sheet) =>
    `Sheet “${sheet}” is hidden, so chitieu does not open it. Unhide it (right-click a sheet tab › Unhide) and try again.`,
  workbookProtected: () =>
    'The workbook structure is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook) and try again.',
  noActiveWorksheet: () =>
    'The active sheet is not a worksheet (a chart sheet, perhaps). Select a worksheet and scan again, or scan the whole workbook.',
  filtered: (sheet, table) =>
    `${table ? `Excel table “${table}” on sheet “${sheet}”` : `Sheet “${sheet}”`} is filtered, hiding rows where the results go. Clear the filter (Data › Clear) and try again. Nothing was changed.`,
  tableGrew: (sheet, table, cells) =>
    `Excel grew table “${table}” on sheet “${sheet}” over the result column (${cells}) while chitieu wrote it, and may have copied one formula down the whole column. Turn off two options in File › Options › Proofing › AutoCorrect Options › AutoFormat As You Type: “Include new rows and columns in table” and “Fill formulas in tables to create calculated columns”, then run chitieu again: it takes its columns out of the table and writes each row's formula again.`,
  cellEditMode: () => 'Excel is editing a cell. Press Enter or Esc in that cell and try again.',
  tooLarge: (sheet) =>
    `${sheet ? `The data on sheet “${sheet}”` : 'The workbook’s data'} is too large for Excel to take in one request, even split up. Try ${sheet ? 'a smaller sheet' : 'fewer sheets (scan the active sheet)'}.`,
  partial: (detail) =>
    `Excel stopped while writing the results (${detail}). Part of them may have been written; running chitieu again overwrites exactly its own columns.`,
  office: (action, detail, where) =>
    `Excel reported an error while ${action}${where}: ${detail}. Try again; if it persists, save the workbook, reopen it and retry.`,
  where: (sheet, cell) => (sheet ? ` (sheet “${sheet}”${cell ? `, cell ${cell}` : ''})` : ''),
  actionRead: 'reading the workbook',
  actionApply: 'writing the results',
  actionSelect: 'selecting the cell',
  actionSettings: 'saving your choices in the workbook',
});

/**
 * A Vietnamese text followed by its English in brackets, for the command line, whose user may read
 * either. A leading `file: ` both share is said once, and a text the same in both is said once.
 */
function sayBoth(vietnamese: string, english: string): string {
  const colon = vietnamese.indexOf(': ');
  const prefix = colon > 0 && english.startsWith(vietnamese.slice(0, colon + 2)) ? vietnamese.slice(0, colon + 2) : '';
  const rest = vietnamese.slice(prefix.length);
  const restEnglish = english.slice(prefix.length);
  return rest === restEnglish ? vietnamese : `${prefix}${rest} (${restEnglish})`;
}

type Text = string | ((...args: never[]) => string);

const both = Object.freeze(
  Object.fromEntries(
    Object.entries(vi).map(([key, text]: [string, Text]) => {
      const english: Text = en[key as keyof Messages];
      if (typeof text === 'string') return [key, sayBoth(text, english as string)];
      const say = (...args: never[]): string => sayBoth(text(...args), (english as typeof text)(...args));
      return [key, say];
    }),
  ),
) as Messages;

export function messages(language: MessageLanguage | 'both'): Messages {
  return language === 'vi' ? vi : language === 'en' ? en : both;
}
