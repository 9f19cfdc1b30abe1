#!/usr/bin/python3
"""
Probe workbooks for the preservation suite (test/preservation), each the same small indicator table
plus one real-world feature, made by tools other than ExcelJS: Debian's python3-xlsxwriter and
python3-openpyxl, and LibreOffice headless for what only it writes (external links, pivot tables,
a file last saved by LibreOffice). The .xlsx files are committed; run this again to remake them:

    apt-get install python3-xlsxwriter python3-openpyxl libreoffice-calc-nogui
    /usr/bin/python3 scripts/make-probes.py

The .xlsm probe's VBA project is written by scripts/make-vba-project.js (node, the `cfb` package).
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

import openpyxl
import xlsxwriter
from lxml import etree
from openpyxl.styles import Font, NamedStyle, PatternFill
from openpyxl.workbook.protection import WorkbookProtection

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'preservation', 'probes')
SHEET = 'Chỉ tiêu'
HEADER = ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023']
ROWS = [
    [1, 'Tổng giá trị sản xuất', 'Tỷ đồng', 500, 520],
    [2, 'Tỷ lệ hộ nghèo', '%', 3, 2.5],
    [3, 'Thu ngân sách nhà nước', 'Triệu đồng', 1152.1, 1000.5],
    [4, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', '%', 10, 11],
    [5, 'Số lao động được tạo việc làm mới', 'người', 200, 230],
]
MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'


def png(width=16, height=16, rgb=(0x2E, 0x75, 0xB6)):
    """A small solid PNG, made here so the probes need no image file."""
    raw = b''.join(b'\x00' + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
    data += chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
    path = os.path.join(tempfile.gettempdir(), 'chitieu-probe.png')
    with open(path, 'wb') as f:
        f.write(data)
    return path


def table(ws, top=0):
    for c, h in enumerate(HEADER):
        ws.write(top, c, h)
    for r, row in enumerate(ROWS):
        for c, v in enumerate(row):
            ws.write(top + 1 + r, c, v)
    ws.set_column(1, 1, 40)


def xlsx(name, build, **options):
    path = os.path.join(OUT, name)
    wb = xlsxwriter.Workbook(path, options)
    ws = wb.add_worksheet(SHEET)
    table(ws)
    build(wb, ws)
    wb.close()
    return path


def chart(wb, ws):
    c = wb.add_chart({'type': 'column'})
    c.add_series({'name': 'KH', 'categories': f"='{SHEET}'!$B$2:$B$6", 'values': f"='{SHEET}'!$D$2:$D$6"})
    c.add_series({'name': 'TH', 'categories': f"='{SHEET}'!$B$2:$B$6", 'values': f"='{SHEET}'!$E$2:$E$6"})
    c.set_title({'name': 'Kế hoạch và thực hiện'})
    ws.insert_chart('J2', c)


def chartsheet(wb, ws):
    cs = wb.add_chartsheet('Biểu đồ')
    c = wb.add_chart({'type': 'bar'})
    c.add_series({'name': 'TH', 'categories': f"='{SHEET}'!$B$2:$B$6", 'values': f"='{SHEET}'!$E$2:$E$6"})
    cs.set_chart(c)


def image(wb, ws):
    ws.insert_image('J2', png(), {'description': 'Logo của UBND xã', 'decorative': False, 'x_scale': 4, 'y_scale': 4})


def header_picture(wb, ws):
    ws.set_header('&L&G&CBáo cáo chỉ tiêu', {'image_left': png(rgb=(0xC0, 0x00, 0x00))})
    ws.set_footer('&RTrang &P / &N')


def notes(wb, ws):
    ws.write_comment('B2', 'Số liệu của phòng Tài chính', {'author': 'Nguyễn Văn An', 'visible': True})
    ws.write_comment('D4', 'Chờ quyết toán', {'author': 'Trần Thị Bình'})


def validation(wb, ws):
    ws.data_validation('D2:D6', {'validate': 'decimal', 'criteria': '>=', 'value': 0,
                                 'input_title': 'Kế hoạch', 'input_message': 'Nhập số không âm',
                                 'error_message': 'Phải là số'})
    ws.data_validation('C2:C6', {'validate': 'list', 'source': ['Tỷ đồng', '%', 'Triệu đồng', 'người']})


def names(wb, ws):
    ws2 = wb.add_worksheet('Tham số')
    ws2.write('A1', 'Ngưỡng')
    ws2.write('B1', 0.95)
    wb.define_name('KeHoach', f"='{SHEET}'!$D$2:$D$6")
    wb.define_name(f"'{SHEET}'!ThucHien", f"='{SHEET}'!$E$2:$E$6")
    wb.define_name('TyLeSatMuc', '=0.05')
    wb.define_name("'Tham số'!Nam", '=2023')
    wb.define_name("'Tham số'!Nguong", "='Tham số'!$B$1")


def hyperlinks(wb, ws):
    ws2 = wb.add_worksheet('Liên kết')
    ws2.write('A1', 'Nguồn số liệu')
    ws.write_url('B2', "internal:'Liên kết'!A1", string=ROWS[0][1], tip='Xem nguồn số liệu')
    ws.write_url('B3', 'https://example.org/ho-ngheo', string=ROWS[1][1], tip='Chuẩn nghèo')
    ws2.write_url('A2', f"internal:'{SHEET}'!B4", string='Về bảng')


def freeze(wb, ws):
    ws.freeze_panes(1, 2)


def outline(wb, ws):
    ws.set_row(2, None, None, {'level': 1, 'hidden': True})
    ws.set_row(3, None, None, {'level': 1, 'hidden': True})
    ws.set_row(4, None, None, {'collapsed': True})
    ws.set_column('C:C', 12, None, {'level': 1, 'hidden': True})
    ws.set_column('D:D', None, None, {'collapsed': True})


def autofilter(wb, ws):
    ws.autofilter('A1:E6')
    ws.filter_column('E', 'x > 300')
    for r, row in enumerate(ROWS):
        if not row[4] > 300:
            ws.set_row(r + 1, options={'hidden': True})


def print_setup(wb, ws):
    ws.print_area('A1:E6')
    ws.repeat_rows(0)
    ws.set_h_pagebreaks([3])
    ws.set_v_pagebreaks([2])
    ws.set_landscape()
    ws.fit_to_pages(1, 0)


def conditional(wb, ws):
    ws.conditional_format('D2:D6', {'type': 'data_bar', 'bar_color': '#63BE7B', 'data_bar_2010': True,
                                    'bar_solid': True, 'bar_negative_color': '#FF0000'})
    ws.conditional_format('E2:E6', {'type': 'icon_set', 'icon_style': '3_arrows'})
    ws.conditional_format('A2:A6', {'type': '3_color_scale'})
    ws.conditional_format('B2:B6', {'type': 'text', 'criteria': 'containing', 'value': 'Tỷ lệ',
                                    'format': wb.add_format({'bold': True})})
    # A note beside a data bar: the order Excel's schema wants (conditionalFormatting, then legacyDrawing).
    ws.write_comment('E2', 'Số ước', {'author': 'Kế toán'})


def formulas(wb, ws):
    ws.write('J1', 'Tổng KH')
    ws.write_array_formula('J2:J2', '{=SUM(D2:D6*1)}', None, 2004.1)
    ws.write('K1', 'Lọc')
    ws.write_dynamic_array_formula('K2:K3', '=_xlfn._xlws.FILTER(D2:D6,D2:D6>400)', None, 500)
    ws.write('L1', 'Gấp đôi')
    for r in range(1, 6):
        ws.write_formula(r, 11, f'=D{r + 1}*2', None, ROWS[r - 1][3] * 2)


def make_shared(path):
    """
    Excel writes a formula filled down a column as one shared formula; no free tool here writes one,
    so the L2:L6 formulas xlsxwriter wrote become one shared group as Excel lays it out (lxml).
    """
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'xl/worksheets/sheet1.xml':
                doc = etree.fromstring(data)
                cells = [c for c in doc.iter(f'{{{MAIN}}}c') if c.get('r', '').startswith('L') and c.get('r') != 'L1']
                for i, c in enumerate(cells):
                    f = c.find(f'{{{MAIN}}}f')
                    f.set('t', 'shared')
                    f.set('si', '0')
                    if i == 0:
                        f.set('ref', f"{cells[0].get('r')}:{cells[-1].get('r')}")
                    else:
                        f.text = None
                data = etree.tostring(doc, xml_declaration=True, encoding='UTF-8', standalone=True)
            zout.writestr(item, data)
    os.replace(tmp, path)


def external(wb, ws):
    ws.write('J1', 'Năm trước')
    ws.write_formula('J2', "='[ke-hoach-2022.xlsx]Chỉ tiêu'!E2", None, 480)


def sparklines(wb, ws):
    for r in range(2, 7):
        ws.add_sparkline(f'J{r}', {'range': f"'{SHEET}'!D{r}:E{r}", 'type': 'column', 'markers': True})


def properties(wb, ws):
    wb.set_properties({'title': 'Báo cáo chỉ tiêu 2023', 'author': 'UBND xã', 'company': 'UBND xã Trung Sơn'})
    wb.set_custom_property('Đơn vị', 'Xã Trung Sơn')
    wb.set_custom_property('Năm báo cáo', 2023)
    wb.set_custom_property('Đã duyệt', True)


def excel_table(wb, ws):
    pass


def make_excel_table():
    path = os.path.join(OUT, 'excel-table-totals.xlsx')
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet(SHEET)
    ws.add_table(0, 0, len(ROWS) + 1, 4, {
        'name': 'BangChiTieu',
        'style': 'Table Style Medium 2',
        'total_row': True,
        'columns': [
            {'header': HEADER[0], 'total_string': 'Cộng'},
            {'header': HEADER[1]},
            {'header': HEADER[2]},
            {'header': HEADER[3], 'total_function': 'sum'},
            {'header': HEADER[4], 'total_function': 'sum'},
        ],
        'data': ROWS,
    })
    ws.set_column(1, 1, 40)
    wb.close()


def make_openpyxl_probes():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    header = NamedStyle(name='Tiêu đề bảng', font=Font(bold=True, color='1F4E78'),
                        fill=PatternFill('solid', fgColor='DDEBF7'))
    numbers = NamedStyle(name='Số liệu', number_format='#,##0.0')
    wb.add_named_style(header)
    wb.add_named_style(numbers)
    for cell in ws[1]:
        cell.style = 'Tiêu đề bảng'
    for row in ws.iter_rows(min_row=2, min_col=4, max_col=5):
        for cell in row:
            cell.style = 'Số liệu'
    wb.save(os.path.join(OUT, 'named-styles.xlsx'))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    locked = wb.create_sheet('Bảo vệ')
    locked['A1'] = 'Số liệu đã khóa'
    locked.protection.sheet = True
    locked.protection.password = 'chitieu'
    wb.security = WorkbookProtection(workbookPassword='socai', lockStructure=True)
    wb.save(os.path.join(OUT, 'protection.xlsx'))


def libreoffice(src, name):
    """Opens `src` in LibreOffice and saves it as .xlsx named `name`."""
    work = tempfile.mkdtemp(prefix='chitieu-probe-')
    profile = os.path.join(work, 'profile')
    subprocess.run(['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--norestore',
                    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', work, src],
                   check=True, capture_output=True, timeout=300)
    made = os.path.join(work, os.path.splitext(os.path.basename(src))[0] + '.xlsx')
    shutil.move(made, os.path.join(OUT, name))
    shutil.rmtree(work, ignore_errors=True)


FODS = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
<table:table table:name="{sheet}">{rows}</table:table>
<table:table table:name="Tổng hợp nhóm"><table:table-row><table:table-cell/></table:table-row></table:table>
<table:data-pilot-tables>
 <table:data-pilot-table table:name="BangTongHop" table:target-range-address="'Tổng hợp nhóm'.A1:'Tổng hợp nhóm'.B6">
  <table:source-cell-range table:cell-range-address="'{sheet}'.A1:'{sheet}'.E6"/>
  <table:data-pilot-field table:source-field-name="ĐVT" table:orientation="row"/>
  <table:data-pilot-field table:source-field-name="TH 2023" table:orientation="data" table:function="sum"/>
  <table:data-pilot-field table:source-field-name="" table:orientation="column" table:is-data-layout-field="true"/>
 </table:data-pilot-table>
</table:data-pilot-tables>
</office:spreadsheet></office:body></office:document>
'''


def cell(v):
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{v}"/>'
    return f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'


def make_pivot():
    rows = ''.join('<table:table-row>' + ''.join(cell(v) for v in row) + '</table:table-row>' for row in [HEADER] + ROWS)
    work = tempfile.mkdtemp(prefix='chitieu-pivot-')
    src = os.path.join(work, 'pivot-table.fods')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(FODS.format(sheet=SHEET, rows=rows))
    libreoffice(src, 'pivot-table.xlsx')
    shutil.rmtree(work, ignore_errors=True)


def make_macro():
    work = tempfile.mkdtemp(prefix='chitieu-vba-')
    bin_path = os.path.join(work, 'vbaProject.bin')
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run(['node', os.path.join(here, 'make-vba-project.js'), bin_path], check=True)
    wb = xlsxwriter.Workbook(os.path.join(OUT, 'macros.xlsm'))
    ws = wb.add_worksheet(SHEET)
    table(ws)
    wb.set_vba_name('ThisWorkbook')
    ws.set_vba_name('Sheet1')
    wb.add_vba_project(bin_path)
    wb.close()
    shutil.rmtree(work, ignore_errors=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith('.xlsx') or name.endswith('.xlsm'):
            os.remove(os.path.join(OUT, name))
    xlsx('chart.xlsx', chart)
    xlsx('chart-sheet.xlsx', chartsheet)
    xlsx('image-alt-text.xlsx', image)
    xlsx('header-picture.xlsx', header_picture)
    xlsx('notes.xlsx', notes)
    xlsx('data-validation.xlsx', validation)
    xlsx('defined-names.xlsx', names)
    xlsx('hyperlinks.xlsx', hyperlinks)
    xlsx('freeze-panes.xlsx', freeze)
    xlsx('outline-collapsed.xlsx', outline)
    xlsx('autofilter-criteria.xlsx', autofilter)
    xlsx('print-area-page-breaks.xlsx', print_setup)
    xlsx('conditional-formats.xlsx', conditional)
    make_shared(xlsx('formulas-shared-array-dynamic.xlsx', formulas))
    xlsx('sparklines.xlsx', sparklines)
    xlsx('custom-properties.xlsx', properties)
    make_excel_table()
    make_openpyxl_probes()
    src = xlsx('external-link-source.xlsx', external)
    libreoffice(src, 'external-link.xlsx')
    os.remove(src)
    src = xlsx('libreoffice-source.xlsx', lambda wb, ws: None)
    libreoffice(src, 'libreoffice-saved.xlsx')
    os.remove(src)
    make_pivot()
    make_macro()
    print('\n'.join(sorted(os.listdir(OUT))))


if __name__ == '__main__':
    sys.exit(main())
