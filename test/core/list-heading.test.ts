/**
 * A heading written as a list of fields (`Lao động, việc làm - Giảm nghèo`) names no one whole: its
 * words complete a part that names nothing alone, and never turn a row that names an indicator by its
 * own words into another (`Hộ nghèo` is the poverty rate, not the field's poverty reduction). Labels
 * invented for the kind, not taken from any round.
 */
import { tableIds } from '../helpers/engine';

test.each([['Lao động, việc làm - Giảm nghèo'], ['Lao động - Giảm nghèo'], ['Giảm nghèo và an sinh xã hội']])(
  'under %p a row naming the poverty rate keeps it',
  (heading) => {
    expect(
      tableIds([
        ['III', heading, null, null, null],
        [1, 'Hộ nghèo (theo chuẩn đa chiều)', '%', 3.2, 2.9],
        [2, 'Số lao động được giải quyết việc làm mới', 'người', 120, 131],
      ]),
    ).toEqual(['poverty_rate', 'jobs_created']);
  },
);
