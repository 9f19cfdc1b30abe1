import { Dropdown, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../core/types';

export const DIRECTIONS: Direction[] = ['higher', 'lower', 'ceiling', 'rating', 'info'];

export function DirectionPicker(props: { label: string; direction: Direction; onChange: (d: Direction) => void }) {
  const { t } = useTranslation();
  return (
    <Dropdown
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
