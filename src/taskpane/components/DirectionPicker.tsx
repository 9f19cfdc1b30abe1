import { Dropdown, makeStyles, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../core/types';
import { PickerOnFocus, type PickerOpenState } from './PickerOnFocus';

export const DIRECTIONS: Direction[] = ['higher', 'lower', 'ceiling', 'rating', 'info'];

// Fluent gives dropdowns a 250px minimum; here the dropdown is as wide as its text.
const useStyles = makeStyles({
  dropdown: { minWidth: 0, maxWidth: '100%' },
  button: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
});

interface Props {
  label: string;
  direction: Direction;
  onChange: (d: Direction) => void;
}

/** The direction a row is judged in: a button showing it until focused or clicked (see `PickerOnFocus`). */
export function DirectionPicker(props: Props) {
  const { t } = useTranslation();
  return (
    <PickerOnFocus label={props.label} value={t(`direction.${props.direction}`)} size="small">
      {(openState) => <DirectionDropdown {...props} {...openState} />}
    </PickerOnFocus>
  );
}

function DirectionDropdown(props: Props & PickerOpenState) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Dropdown
      open={props.open}
      onOpenChange={(_, data) => props.onOpenChange(data.open)}
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
