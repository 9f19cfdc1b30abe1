/** Texts of the errors the Excel host shows a person, in the task pane's language. */
export type MessageLanguage = 'vi' | 'en';

const vi = {
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
  tooLarge: (sheet: string) =>
    `Dữ liệu trên trang “${sheet}” quá lớn để Excel nhận trong một lần, kể cả khi đã chia nhỏ. Hãy thử với một trang tính nhỏ hơn.`,
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

const en: typeof vi = {
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
    `The data on sheet “${sheet}” is too large for Excel to take in one request, even split up. Try a smaller sheet.`,
  partial: (detail) =>
    `Excel stopped while writing the results (${detail}). Part of them may have been written; running chitieu again overwrites exactly its own columns.`,
  office: (action, detail, where) =>
    `Excel reported an error while ${action}${where}: ${detail}. Try again; if it persists, save the workbook, reopen it and retry.`,
  where: (sheet, cell) => (sheet ? ` (sheet “${sheet}”${cell ? `, cell ${cell}` : ''})` : ''),
  actionRead: 'reading the workbook',
  actionApply: 'writing the results',
  actionSelect: 'selecting the cell',
  actionSettings: 'saving your choices in the workbook',
};

export type Messages = typeof vi;

export function messages(language: MessageLanguage): Messages {
  return language === 'vi' ? vi : en;
}
