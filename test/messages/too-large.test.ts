/** Excel refusing a request for its size: the message names the sheet when one is known, never an empty name. */
import { messages } from '../../src/core/messages';
import { toHostError } from '../../src/hosts/excel/errors';
import { FakeOfficeError } from '../fakes/excel-fake';

const refused = new FakeOfficeError(
  'RequestPayloadSizeLimitExceeded',
  'The request payload size has exceeded the limit.',
);

test.each(['vi', 'en'] as const)('with no sheet known, the workbook is named (%s)', (language) => {
  const error = toHostError(refused, messages(language), { action: 'apply' });
  expect(error.message).not.toContain('“”');
  expect(error.message).toMatch(
    language === 'vi' ? /^Dữ liệu của sổ làm việc quá lớn/ : /^The workbook’s data is too large/,
  );
});

test('with a sheet known, the sheet is named', () => {
  const error = toHostError(refused, messages('vi'), { action: 'apply', sheet: 'Kinh tế' });
  expect(error.message).toMatch(/^Dữ liệu trên trang “Kinh tế” quá lớn/);
});
