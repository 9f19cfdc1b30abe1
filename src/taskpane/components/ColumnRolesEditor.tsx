import { Dropdown, Field, makeStyles, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ColumnRoles, RoleName } from '../../core/types';
import type { ColumnOption } from '../state/models';

const NONE = '__none__';
const ROLE_NAMES: RoleName[] = ['label', 'unit', 'plan', 'actual', 'previous'];

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: '8px' },
  dropdown: { minWidth: 0, width: '100%' },
});

interface Props {
  columns: ColumnRoles;
  options: ColumnOption[];
  onChange: (role: RoleName, column: number | null) => void;
}

/** Which column holds the labels, units, plan, actual and previous year; the label column is required. */
export function ColumnRolesEditor({ columns, options, onChange }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const describe = (option: ColumnOption) => t('roles.column', { letter: option.letter, header: option.header || '…' });
  return (
    <div className={styles.grid}>
      {ROLE_NAMES.map((role) => {
        const chosen = options.find((o) => o.index === columns[role]);
        return (
          <Field key={role} label={t(`roles.${role}`)} size="small">
            <Dropdown
              className={styles.dropdown}
              size="small"
              value={chosen ? describe(chosen) : t('roles.none')}
              selectedOptions={[chosen ? String(chosen.index) : NONE]}
              onOptionSelect={(_, data) => {
                const column =
                  data.optionValue === NONE || data.optionValue === undefined ? null : Number(data.optionValue);
                if (column !== columns[role]) onChange(role, column);
              }}
            >
              {role !== 'label' && <Option value={NONE}>{t('roles.none')}</Option>}
              {options.map((option) => (
                <Option key={option.index} value={String(option.index)}>
                  {describe(option)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
