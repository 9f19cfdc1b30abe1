// Builds demo/trung-son-2023.xlsx: the figures of the Trung Sơn commune's 2023 report
// (Kết luận 04-KL/ĐU) laid out as a commune accountant keeps them. Run: node scripts/make-demo.js
const path = require('path');
const ExcelJS = require('exceljs');

const ROWS = [
  ['I', 'KINH TẾ'],
  [1, 'Tổng diện tích gieo trồng cây hàng năm', 'ha', 1152.1, 1152.1, 'Đạt 100% KH'],
  [2, 'Diện tích gieo trồng lúa', 'ha', 1076.1, 1076.1, 'Đạt 100% KH'],
  [3, 'Năng suất lúa bình quân cả năm', 'tạ/ha', 55, 57, 'Đạt 103,6% KH; tăng 4,9 tạ/ha so với cùng kỳ'],
  [4, 'Sản lượng lúa', 'tấn', 5918.6, 6133.7, 'KH = DT lúa KH × NS lúa KH'],
  [5, 'Diện tích cây có củ', 'ha', 76, 76, 'Đạt 100% KH'],
  [6, 'Sản lượng cây có củ', 'tấn', null, 2494],
  [7, 'Diện tích cao su khai thác, chăm sóc', 'ha', null, 691.7],
  [8, 'Sản lượng mủ cao su', 'tấn', null, 4343.2, 'Ước đạt'],
  [9, 'Diện tích trồng rừng tập trung', 'ha', null, 91.3, 'Năm 2022 trồng 200 ha'],
  [10, 'Tổng đàn trâu bò', 'con', null, 585, 'Giảm 114 con so với cùng kỳ'],
  [11, 'Tổng đàn lợn', 'con', null, 602, 'Tăng 50 con so với cùng kỳ'],
  [12, 'Tổng đàn gia cầm', 'con', null, 31000],
  [13, 'Tỷ lệ Zê bu hóa đàn bò', '%', null, 76],
  [14, 'Tỷ lệ tiêm phòng đàn gia súc', '%', null, 66.6],
  [15, 'Tỷ lệ tiêm phòng gia cầm', '%', null, 96.7],
  [16, 'Tỷ lệ tiêm phòng dại chó', '%', null, 26.9],
  [17, 'Diện tích nuôi cá nước ngọt', 'ha', null, 35.86],
  [18, 'Sản lượng cá nước ngọt', 'tấn', null, 50, 'Ước đạt'],
  [19, 'Số cơ sở sản xuất CN-TTCN', 'cơ sở', null, 157, 'Thu hút trên 255 lao động'],
  [20, 'Giá trị sản xuất CN-TTCN', 'tỷ đồng', null, 5.9],
  [21, 'Tổng mức bán lẻ hàng hóa, dịch vụ', 'tỷ đồng', null, 62],
  [22, 'Thu nhập bình quân đầu người', 'triệu đồng/người/năm', null, 48],
  [23, 'Tổng thu ngân sách xã', 'đồng', 4976000000, 4807887427, 'Đạt 96,6% KH'],
  [24, 'Tổng chi ngân sách xã', 'đồng', 4976000000, 4542542375, 'Đạt 91,3% KH'],
  ['II', 'VĂN HÓA - XÃ HỘI'],
  [1, 'Tỷ lệ gia đình đạt chuẩn văn hóa', '%', null, 93.8],
  [2, 'Tỷ lệ thôn đạt khu dân cư văn hóa', '%', null, 100],
  [3, 'Tỷ lệ trẻ trong độ tuổi đến trường', '%', null, 100],
  [4, 'Tỷ lệ hoàn thành chương trình tiểu học', '%', null, 100],
  [5, 'Tỷ lệ tốt nghiệp THCS', '%', null, 100],
  [6, 'Số lao động được giải quyết việc làm mới', 'lao động', null, 65, 'Tại chỗ 35, trong tỉnh 15, XKLĐ 15'],
  [7, 'Số lao động đi xuất khẩu lao động', 'lao động', null, 15],
  [8, 'Số lượt khám chữa bệnh tại trạm y tế', 'lượt', null, 1737],
  [9, 'Tỷ lệ tăng dân số tự nhiên', '%', null, 0.51],
  [10, 'Tỷ lệ sinh con thứ 3 trở lên', '%', 16, 26, 'KH 16% theo Kết luận'],
  [11, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân', '%', null, 0.5],
  [12, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', '%', null, 5.5],
  [13, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', null, 97],
  [14, 'Tỷ lệ trẻ em được tiêm chủng đầy đủ', '%', null, 93.5],
  [15, 'Tỷ lệ hộ nghèo', '%', null, 5.4, 'Theo chuẩn nghèo đa chiều'],
  ['III', 'QUỐC PHÒNG - AN NINH'],
  [1, 'Số vụ phạm pháp hình sự', 'vụ', null, 4, 'Tổng 8 vụ vi phạm (hành chính 4, hình sự 4)'],
];

async function main() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu 2023');
  ws.columns = [{ width: 6 }, { width: 50 }, { width: 12 }, { width: 16 }, { width: 16 }, { width: 40 }];
  ws.getCell('A1').value = 'UBND XÃ TRUNG SƠN';
  ws.mergeCells('A1:B1');
  ws.getCell('D1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.mergeCells('D1:F1');
  ws.getCell('D2').value = 'Độc lập - Tự do - Hạnh phúc';
  ws.mergeCells('D2:F2');
  ws.getCell('A4').value = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023';
  ws.mergeCells('A4:F4');
  ws.getCell('A4').font = { bold: true };
  const header = ws.getRow(6);
  header.values = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2023', 'Thực hiện 2023', 'Ghi chú'];
  header.font = { bold: true };
  let r = 7;
  for (const [stt, label, unit, plan, actual, note] of ROWS) {
    const row = ws.getRow(r++);
    row.values = [stt, label, unit ?? null, plan ?? null, actual ?? null, note ?? null];
    if (unit === undefined) row.font = { bold: true };
    for (const c of [4, 5]) row.getCell(c).numFmt = '#,##0.##';
  }
  const out = path.join(__dirname, '..', 'demo', 'trung-son-2023.xlsx');
  await wb.xlsx.writeFile(out);
  console.log(`wrote ${out}`);
}

main();
