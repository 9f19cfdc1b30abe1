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
  tableRows: (sheet: string, table: string, cell: string, shorter: boolean) =>
    shorter
      ? `Bảng Excel “${table}” trên trang “${sheet}” kết thúc trước bảng chỉ tiêu: từ ô ${cell} trở xuống nằm ngoài bảng Excel. Hãy mở rộng bảng cho hết các dòng chỉ tiêu (Thiết kế bảng › Đổi kích thước bảng), hoặc chuyển bảng về vùng thường, rồi thử lại. Chưa có ô nào bị thay đổi.`
      : `Bảng Excel “${table}” trên trang “${sheet}” dài hơn bảng chỉ tiêu: từ ô ${cell} trở xuống không phải dòng chỉ tiêu. Hãy thu bảng lại cho khớp các dòng chỉ tiêu (Thiết kế bảng › Đổi kích thước bảng), hoặc chuyển bảng về vùng thường, rồi thử lại. Chưa có ô nào bị thay đổi.`,
  tableColumnName: (sheet: string, table: string, header: string, cell: string) =>
    `Bảng Excel “${table}” trên trang “${sheet}” đã có cột tên “${header}” (ô ${cell}), nên không thêm được cột kết quả cùng tên. Hãy đổi tên cột đó rồi thử lại. Chưa có ô nào bị thay đổi.`,
  sheetHidden: (sheet: string) =>
    `Trang tính “${sheet}” đang bị ẩn nên Chỉ tiêu không mở nó. Hãy hiện trang tính (nhấp phải vào thẻ trang › Bỏ ẩn) rồi thử lại.`,
  tableShift: (sheet: string, table: string, cells: string) =>
    `Thêm cột kết quả vào bảng Excel “${table}” trên trang “${sheet}” sẽ đẩy các ô bên phải bảng (${cells}) sang phải, chỉ trong các dòng của bảng. Hãy dời các ô đó ra khỏi các dòng của bảng, hoặc chuyển bảng về vùng thường (Thiết kế bảng › Chuyển thành dải ô), rồi thử lại. Chưa có ô nào bị thay đổi.`,
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
  tableRows: (sheet, table, cell, shorter) =>
    shorter
      ? `Excel table “${table}” on sheet “${sheet}” ends before the indicator table does: from cell ${cell} down the indicator rows lie outside it. Resize the table to cover every indicator row (Table Design › Resize Table) or convert it to a range, and try again. Nothing was changed.`
      : `Excel table “${table}” on sheet “${sheet}” runs past the indicator table: from cell ${cell} down its rows are not indicator rows. Resize the table to end at the last indicator row (Table Design › Resize Table) or convert it to a range, and try again. Nothing was changed.`,
  tableColumnName: (sheet, table, header, cell) =>
    `Excel table “${table}” on sheet “${sheet}” already has a column named “${header}” (cell ${cell}), so the result column of that name cannot be added. Rename that column and try again. Nothing was changed.`,
  sheetHidden: (sheet) =>
    `Sheet “${sheet}” is hidden, so chitieu does not open it. Unhide it (right-click a sheet tab › Unhide) and try again.`,
  tableShift: (sheet, table, cells) =>
    `Adding the result columns to Excel table “${table}” on sheet “${sheet}” would move the cells right of the table (${cells}) one column right per result column, in the table's rows only. Move those cells out of the table's rows, or convert the table to a range (Table Design › Convert to Range), and try again. Nothing was changed.`,
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
