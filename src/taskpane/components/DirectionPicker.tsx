import { Dropdown, makeStyles, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../core/types';

export const DIRECTIONS: Direction[] = ['higher', 'lower', 'ceiling', 'rating', 'info'];

// Fluent gives dropdowns a 250px minimum; here the dropdown is as wide as its text.
const useStyles = makeStyles({
  dropdown: { minWidth: 0, maxWidth: '100%' },
  button: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
});

export function DirectionPicker(props: { label: string; direction: Direction; onChange: (d: Direction) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Dropdown
      className={styles.dropdown}
      size="small"
      button={{ className: styles.button, title: t(`direction.${props.direction}`) }}
      aria-label={props.label}
      value={t(`direction.${props.direction}`)}
      selectedOptions={[props.direction]}
      onOptionSelect={(_, data) => {
        const chosen = DIRECTIONS.find((d) => d === data.optionValue);
        if (chosen && chosen !== props.direction) props.onChange(chosen);
      }}
    >
      {DIRECTIONS.map((d) => (
        <Option key={d} value={d}>
          {t(`direction.${d}`)}
        </Option>
      ))}
    </Dropdown>
  );
}
