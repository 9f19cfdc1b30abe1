import { Combobox, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../core/types';
import type { UiLanguage } from '../i18n';
import { PickerOnFocus, type PickerOpenState } from './PickerOnFocus';

/** The option value that means "not in the catalog". */
export const UNMAPPED = '__unmapped__';
const SEARCH_LIMIT = 30;

export interface CatalogSearch {
  catalog: readonly Indicator[];
  /** Accent-insensitive search over Vietnamese and English names. */
  search: (query: string, limit?: number) => Indicator[];
}

interface Props extends CatalogSearch {
  label: string;
  indicatorId: string | null;
  language: UiLanguage;
  onChange: (indicatorId: string | null) => void;
}

const useStyles = makeStyles({
  combobox: { minWidth: 0, width: '100%' },
  other: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function indicatorName(indicator: Indicator, language: UiLanguage): string {
  return language === 'vi' ? indicator.nameVi : indicator.nameEn;
}

/**
 * A searchable choice of the catalog's indicators, typed with or without diacritics: a button
 * showing the current indicator until it is focused or clicked (see `PickerOnFocus`).
 */
export function IndicatorPicker(props: Props) {
  const { t } = useTranslation();
  const current = props.catalog.find((i) => i.id === props.indicatorId);
  const value = current ? indicatorName(current, props.language) : t('review.unmappedOption');
  return (
    <PickerOnFocus label={props.label} value={value} wide>
      {(openState) => <IndicatorCombobox {...props} {...openState} />}
    </PickerOnFocus>
  );
}

function IndicatorCombobox({
  label,
  indicatorId,
  language,
  catalog,
  search,
  onChange,
  open,
  onOpenChange,
}: Props & PickerOpenState) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [query, setQuery] = useState<string | null>(null);
  const current = catalog.find((i) => i.id === indicatorId);
  const shown = query !== null && query.trim() ? search(query, SEARCH_LIMIT) : catalog;
  return (
    <Combobox
      className={styles.combobox}
      aria-label={label}
      placeholder={t('review.searchPlaceholder')}
      value={query ?? (current ? indicatorName(current, language) : t('review.unmappedOption'))}
      selectedOptions={[indicatorId ?? UNMAPPED]}
      open={open}
      onChange={(event) => setQuery(event.target.value)}
      onOpenChange={(_, data) => {
        onOpenChange(data.open);
        if (!data.open) setQuery(null);
      }}
      onOptionSelect={(_, data) => {
        // Typing clears Fluent's selection and reports no value; only a picked option is a choice.
        if (data.optionValue === undefined) return;
        setQuery(null);
        const chosen = data.optionValue === UNMAPPED ? null : data.optionValue;
        if (chosen !== indicatorId) onChange(chosen);
      }}
    >
      <Option value={UNMAPPED} text={t('review.unmappedOption')}>
        {t('review.unmappedOption')}
      </Option>
      {shown.map((indicator) => (
        <Option key={indicator.id} value={indicator.id} text={indicatorName(indicator, language)}>
          <span>
            {indicatorName(indicator, language)}
            <span className={styles.other} lang={language === 'vi' ? 'en' : 'vi'}>
              {language === 'vi' ? indicator.nameEn : indicator.nameVi}
            </span>
          </span>
        </Option>
      ))}
      {shown.length === 0 && (
        <Option value="__no_matches__" text={t('review.noMatches')} disabled>
          {t('review.noMatches')}
        </Option>
      )}
    </Combobox>
  );
}
