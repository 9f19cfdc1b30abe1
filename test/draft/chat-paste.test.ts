/**
 * A list pasted from a chat: each message (`[09:15, 03/01/2026] Chị Hoa KT: …`) opens a stretch of its
 * own — the one that announces the year's targets and the list under it are read; a message that
 * gives last year's figures, or talk, is not.
 */
import { splitMarker } from '../../src/core/draft/sections';
import { engine } from '../helpers/engine';

const STAMPS: [string, string][] = [
  ['[09:15, 03/01/2026] Chị Hoa KT: chỉ tiêu năm 2026 nhé', 'chỉ tiêu năm 2026 nhé'],
  ['[03/01/2026 09:15] Bí thư Lâm: gửi mọi người', 'gửi mọi người'],
  ['[9:05 SA] Anh Khoa: ok', 'ok'],
];

test.each(STAMPS)('a chat stamp and sender are a marker: %s', (line, text) => {
  expect(splitMarker(line)).toMatchObject({ marker: 'chat', text });
});

/** [form, the chat, the plans drafted] */
const CHATS: [string, string, (number | string)[]][] = [
  [
    'a list under the announcing message, last year in a later one',
    '[07:30, 02/01/2026] Chị Hoa KT: gửi a/c chỉ tiêu 2026 đã chốt:\n- trồng rừng 75ha\n- BHYT 95%\n[07:32, 02/01/2026] Chị Hoa KT: năm 2025 đạt: trồng rừng 60ha, BHYT 91%\n[07:40, 02/01/2026] Anh Tú: dạ em nhận, nộp trước 10/1 nha chị',
    [75, 95],
  ],
  [
    'the targets in the message itself',
    '[14:02, 29/12/2025] Văn phòng: Chỉ tiêu năm 2026: kết nạp 12 đảng viên mới\n[14:03, 29/12/2025] Anh Tú: 👍 ok, 3 ngày nữa em gửi',
    [12],
  ],
];

describe.each(CHATS)('a chat paste: %s', (_, text, plans) => {
  test('only the targets are drafted', () => {
    expect(engine.draftFromText(text).targets.map((t) => t.plan)).toEqual(plans);
  });
});
