/** @jest-environment jsdom */
/** Messages as a person sees them in the task pane's error bar: in the pane's language, naming file, sheet and cell. */
import { fireEvent, screen } from '@testing-library/react';
import ExcelJS from 'exceljs';
import path from 'path';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { App } from '../../src/taskpane/components/App';
import type { UiLanguage } from '../../src/taskpane/i18n';
import { SAMPLES } from '../helpers/samples';
import { renderPane } from '../taskpane/render';

async function protectedSample(language: UiLanguage): Promise<FileHost> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(SAMPLES, 'trung-son-2023.xlsx'));
  await wb.worksheets[0].protect('', {});
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return FileHost.open(bytes, 'trung-son.xlsx', { language });
}

test('a protected sheet, in Vietnamese', async () => {
  const host = await protectedSample('vi');
  renderPane(<App host={host} settings={{ nearMissPercent: 5, uiLanguage: 'vi' }} />, 'vi');
  fireEvent.click(screen.getByRole('button', { name: 'Quét' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ghi kết quả vào sổ tính' }, { timeout: 20000 }));
  expect(await screen.findByText('Trang tính “Chỉ tiêu 2023”, ô G7')).toBeTruthy();
  expect(
    screen.getByText(
      'trung-son.xlsx: Trang tính “Chỉ tiêu 2023” đang được bảo vệ nên không ghi được từ ô G7. Bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
    ),
  ).toBeTruthy();
}, 60000);

test('a protected sheet, in English', async () => {
  const host = await protectedSample('en');
  renderPane(<App host={host} settings={{ nearMissPercent: 5, uiLanguage: 'en' }} />, 'en');
  fireEvent.click(screen.getByRole('button', { name: 'Scan' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Write results to the workbook' }, { timeout: 20000 }));
  expect(await screen.findByText('Sheet “Chỉ tiêu 2023”, cell G7')).toBeTruthy();
  expect(
    screen.getByText(
      'trung-son.xlsx: Sheet “Chỉ tiêu 2023” is protected, so nothing can be written from cell G7. Unprotect it (Review › Unprotect Sheet) and try again.',
    ),
  ).toBeTruthy();
}, 60000);
